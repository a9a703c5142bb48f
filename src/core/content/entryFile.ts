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

/** The opening fence: a first line that is exactly `---` (trailing spaces or tabs allowed). */
const OPENING_FENCE = /^---[ \t]*\n/;

/**
 * A closing fence: a line that is exactly `---` (trailing spaces or tabs allowed). Lines are split at `\n` only, as
 * YAML does: no `m` flag, under which JavaScript would also start a line after U+2028 and U+2029, so that
 * `published: 2026-04-21<U+2028>---` would end the block and drop every key below it.
 */
const CLOSING_FENCE = /(?<=\n)---[ \t]*(?:\n|$)/g;

/**
 * A line starting with `---` or `...`: followed by a space or nothing, YAML reads it as the start or the end of a
 * document, and other front-matter readers end the block at the first line starting with `---`.
 */
const DOCUMENT_MARKER = /(?<=^|\n)(?:---|\.\.\.)/g;

/** Where the YAML of normalised text's front matter starts and ends, and where the block ends (after its closing fence). */
function frontMatterBlock(text: string): { yamlStart: number; yamlEnd: number; blockEnd: number } | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  CLOSING_FENCE.lastIndex = opening[0].length;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return undefined;
  return { yamlStart: opening[0].length, yamlEnd: closing.index, blockEnd: closing.index + closing[0].length };
}

/** The Markdown body of an entry file's text: everything after the front matter, normalised as for parsing. */
export function entryBody(raw: string): string {
  const text = normaliseText(raw);
  return text.slice(frontMatterBlock(text)?.blockEnd ?? 0);
}

function problem(file: string, line: number, column: number, message: string, rule: string): Problem {
  return { file, position: { line, column }, message, rule, severity: "error" };
}

/**
 * The lines inside front matter that YAML would read as a document marker, or that a reader would take for the end of
 * the block: the front matter is one block of fields, and only its closing line is exactly `---`.
 */
function markerProblems(file: string, yaml: string): Problem[] {
  const problems: Problem[] = [];
  let line = 2;
  let counted = 0;
  for (const marker of yaml.matchAll(DOCUMENT_MARKER)) {
    for (let at = yaml.indexOf("\n", counted); at !== -1 && at < marker.index; at = yaml.indexOf("\n", at + 1)) line++;
    counted = marker.index;
    const fix =
      marker[0] === "---"
        ? "a line starting with `---` does not belong inside it; remove it, or make it exactly `---` if the front matter ends there"
        : "a line starting with `...` does not belong inside it; remove it (the front matter ends at a line `---`)";
    problems.push(problem(file, line, 1, `front matter must be one block of fields: ${fix}`, "yaml-syntax"));
  }
  return problems;
}

/**
 * Splits an entry file into its front matter and its body, and parses the front matter as YAML 1.2 with positions.
 * The front matter runs from a first line `---` to the next line that is exactly `---` (trailing spaces and tabs
 * allowed), and all of it is parsed: a line that only starts with `---` (`------`, `--- !!map`) or `...` is reported
 * where it stands instead of silently ending the block early. Never throws: every way the text can be wrong comes
 * back as a problem.
 */
export function parseEntryFile(file: string, raw: string): EntryFileResult {
  if (raw.includes("\u0000")) {
    return { ok: false, problems: [problem(file, 1, 1, "is not a text file", "not-text")] };
  }
  const text = normaliseText(raw);
  if (!OPENING_FENCE.test(text)) {
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
  const block = frontMatterBlock(text);
  if (block === undefined) {
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
  // Without the line feed that ends the last field, so that an error at the end of the YAML points at that field.
  const yaml = text.slice(block.yamlStart, Math.max(block.yamlStart, block.yamlEnd - 1));
  const markers = markerProblems(file, yaml);
  if (markers.length > 0) return { ok: false, problems: markers };
  const source = parseYamlSource(yaml, 2);
  if (source.errors.length > 0) {
    return { ok: false, problems: yamlSyntaxProblems(file, source, "front matter is not valid YAML") };
  }
  const body = text.slice(block.blockEnd);
  const bodyLine = text.slice(0, block.blockEnd).split("\n").length;
  return { ok: true, value: { source, body, bodyLine } };
}
