import { describe, expect, it } from "vitest";
import * as z from "zod";
import { schemaProblems } from "../../src/core/checks/schemaProblems.ts";
import { siteSettingsSchema } from "../../src/core/checks/site.ts";
import { parseYamlSource } from "../../src/core/content/yamlSource.ts";

/** The problems of a YAML document against a schema, as `line:column field: message (rule)`. */
function problems(schema: z.ZodType, yaml: string): string[] {
  const source = parseYamlSource(yaml);
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return [];
  return schemaProblems(result.error.issues, "f.yaml", source, []).map(
    (p) => `${p.position?.line}:${p.position?.column} ${p.field}: ${p.message} (${p.rule})`,
  );
}

const bounds = z.strictObject({
  name: z.string().trim().min(1),
  code: z.string().min(2),
  tags: z.array(z.string()).min(1),
  pair: z.array(z.string()).max(2),
  short: z.string().max(3),
  exact: z.string().length(2),
  count: z.number().min(3),
  id: z.string().regex(/^[a-z]+$/),
  home: z.url(),
  prefixed: z.string().startsWith("x-"),
});

describe("schemaProblems: limits and formats in a contributor's words", () => {
  it("never passes zod's own wording through", () => {
    const yaml = [
      'name: "  "',
      "code: e",
      "tags: []",
      "pair: [a, b, c]",
      "short: abcd",
      "exact: abc",
      "count: 1",
      "id: Not An Id",
      "home: nowhere",
      "prefixed: y-1",
    ].join("\n");
    expect(problems(bounds, yaml)).toEqual([
      "1:7 name: must not be empty (empty)",
      "2:7 code: must have at least 2 characters (it has 1) (too-short)",
      "3:7 tags: must list at least one item (empty)",
      "4:7 pair: must list at most 2 items (it has 3) (too-long)",
      "5:8 short: must have at most 3 characters (it has 4) (too-long)",
      "6:8 exact: must have exactly 2 characters (it has 3) (too-long)",
      "7:8 count: must be at least 3 (too-short)",
      "8:5 id: is not in the expected form: it must match /^[a-z]+$/ (invalid-format)",
      "9:7 home: is not a valid url (invalid-format)",
      "10:11 prefixed: must start with `x-` (invalid-format)",
    ]);
  });

  it("keeps the schema's own messages", () => {
    const schema = z.strictObject({
      list: z.array(z.string()).min(1, { error: "must list at least one category" }),
      text: z.string().max(3, { error: "must be at most 3 characters" }),
    });
    expect(problems(schema, "list: []\ntext: abcd")).toEqual([
      "1:7 list: must list at least one category (empty)",
      "2:7 text: must be at most 3 characters (it has 4) (too-long)",
    ]);
  });

  it("says an empty site title must not be empty", () => {
    expect(problems(siteSettingsSchema, 'title: ""')).toEqual(["1:8 title: must not be empty (empty)"]);
  });

  it("points a field missing from a list item at that item", () => {
    const schema = z.array(z.strictObject({ id: z.string(), title: z.string() }));
    expect(problems(schema, "- id: a\n  title: A\n- id: b\n")).toEqual(["3:3 [1].title: is required (required)"]);
  });
});
