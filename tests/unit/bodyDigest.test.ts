import { describe, expect, it } from "vitest";
import { bodyDigest, checkedBody } from "../../src/core/content/bodyDigest.ts";
import { readEntry } from "../../src/core/content/entry.ts";
import { entryText } from "../helpers/entryText.ts";

/**
 * A build renders a body only when it is the one the checks saw: the loader stores the digest of the checked body,
 * and the page gets the file's body back only while its digest is the same.
 */
describe("the checked body of an entry", () => {
  const text = entryText(undefined, "The checked body.\n\n## Example\n\nIt works.\n");
  const entry = readEntry("terms/x.md", text).entry;
  if (!entry) throw new Error("the test entry does not validate");
  const digest = bodyDigest(entry.body);

  it("is given back while the file's body is the one that was checked", () => {
    expect(checkedBody(text, digest)).toBe(entry.body);
    expect(checkedBody(`\uFEFF${text.replace(/\n/g, "\r\n")}`, digest)).toBe(entry.body);
  });

  it("is refused once the body changed after the checks", () => {
    expect(checkedBody(text.replace("The checked body.", "<script>alert(1)</script>"), digest)).toBeUndefined();
    expect(checkedBody(`${text}\nOne more line.\n`, digest)).toBeUndefined();
  });
});
