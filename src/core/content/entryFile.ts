import matter from "gray-matter";
import type { Problem } from "../checks/problem.ts";
import { parseYamlSource, type YamlSource, yamlSyntaxProblems } from "./yamlSource.ts";

/** An entry file split into its front matter (parsed, with positions) and its Markdown body. */
export interface EntryFile {
  /** The front matter as parsed YAML, not yet checked against the schema. */
  source: YamlSource;
  /** The Markdown body after the front matter. */
  body: string;
  /** The file line the body starts on, so body positions can be reported as file positions. */
  bodyLine: number;
}

/** Result of splitting a file: the parts, or the problems that stopped it. */
export type EntryFileResult = { ok: true; value: EntryFile } | { ok: false; problems: Problem[] };

/** Makes text safe to parse: no byte-order mark, LF line endings. Line numbers are unchanged. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Where the front-matter block of normalised text ends (after its closing `---` line); undefined when unclosed. */
function frontMatterEnd(text: string): number | undefined {
  const closing = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  return closing ? 3 + closing.index + closing[0].length : undefined;
}

/** The Markdown body of an entry file's text: everything after the front matter, normalised as for parsing. */
export function entryBody(raw: string): string {
  const text = normaliseText(raw);
  return text.slice(frontMatterEnd(text) ?? 0);
}

function problem(file: string, line: number, column: number, message: string, rule: string): Problem {
  return { file, position: { line, column }, message, rule, severity: "error" };
}

/**
 * Splits an entry file with gray-matter and parses its front matter as YAML 1.2 with positions.
 * Never throws: every way the text can be wrong comes back as a problem.
 */
export function parseEntryFile(file: string, raw: string): EntryFileResult {
  if (raw.includes("\u0000")) {
    return { ok: false, problems: [problem(file, 1, 1, "is not a text file", "not-text")] };
  }
  const text = normaliseText(raw);
  if (!/^---[ \t]*\n/.test(text)) {
    return {
      ok: false,
      problems: [
        problem(
          file,
          1,
          1,
          "has no front matter: start the file with a line `---`, the fields, then `---`",
          "front-matter-missing",
        ),
      ],
    };
  }
  const blockEnd = frontMatterEnd(text);
  if (blockEnd === undefined) {
    return {
      ok: false,
      problems: [
        problem(
          file,
          1,
          1,
          "front matter is not closed: add a line `---` after the last field",
          "front-matter-unclosed",
        ),
      ],
    };
  }
  // gray-matter reads the front-matter block only: handing it the body too would only make it copy and hash it.
  let source: YamlSource | undefined;
  matter(text.slice(0, blockEnd), {
    engines: {
      yaml: (yaml: string) => {
        source = parseYamlSource(yaml);
        return {};
      },
    },
  });
  const yamlSource = source ?? parseYamlSource("");
  if (yamlSource.errors.length > 0) {
    return { ok: false, problems: yamlSyntaxProblems(file, yamlSource, "front matter is not valid YAML") };
  }
  const body = text.slice(blockEnd);
  const bodyLine = text.slice(0, blockEnd).split("\n").length;
  return { ok: true, value: { source: yamlSource, body, bodyLine } };
}
