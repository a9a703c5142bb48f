import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { Position, Problem } from "../checks/problem.ts";

/** A parsed YAML document that can tell where each value and key stands in the file. */
export interface YamlSource {
  /** The plain JavaScript value of the document; undefined when there are errors. */
  value: unknown;
  /** Syntax errors with their positions; the value is unusable when there is any. */
  errors: { message: string; position: Position }[];
  /** Position of the value at `path` (or of its key, with `key`), falling back to the nearest parent that exists. */
  locate(path: readonly PropertyKey[], key?: boolean): Position;
}

interface Located {
  document: Document;
  at(offset: number): Position;
}

function located(source: string, firstLine: number): Located {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return {
    document,
    at(offset) {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + firstLine - 1, column: col };
    },
  };
}

/**
 * Parses YAML 1.2 (core schema: dates stay strings, so impossible dates can be reported instead of silently rolled
 * over). The value comes from js-yaml, which is fast; positions come from the `yaml` parser, which keeps them but
 * is several times slower, so it runs only when a position or an error message is asked for. `firstLine` is the
 * file line the source starts on, so positions are file positions.
 *
 * Anchors and aliases (`&name`, `*name`) are allowed: js-yaml shares an aliased value instead of copying it, so even
 * a "billion laughs" document loads in linear time and memory, and the schemas accept only text, lists of text and
 * sources, so a nested alias is reported as the wrong type of its first level, never expanded. An alias to an anchor
 * that is not defined, and any tag the core schema does not know (`!!js/function`, `!custom`), is a syntax error with
 * its position (the core schema's own tags, `!!str` and the like, are read as YAML says).
 */
export function parseYamlSource(source: string, firstLine = 1): YamlSource {
  let detailed: Located | undefined;
  const detail = () => {
    detailed ??= located(source, firstLine);
    return detailed;
  };
  let value: unknown;
  let errors: YamlSource["errors"] = [];
  try {
    value = load(source, { schema: CORE_SCHEMA });
  } catch (error) {
    errors = syntaxErrors(error, source, firstLine, detail);
  }
  return {
    value,
    errors,
    locate(path, key = false) {
      const { document, at } = detail();
      return at(findOffset(document, path, key));
    },
  };
}

/** The syntax errors of a parsed YAML file as problems of that file, each message opening with `lead`. */
export function yamlSyntaxProblems(file: string, source: YamlSource, lead = "is not valid YAML"): Problem[] {
  return source.errors.map((error) => ({
    file,
    position: error.position,
    message: `${lead}: ${error.message}`,
    rule: "yaml-syntax",
    severity: "error",
  }));
}

type LocatedError = YamlSource["errors"][number];

/** The `yaml` parser's messages in the words a contributor needs, with what to do; `token` is the text at the error. */
const YAML_MESSAGES: Record<string, (token: string) => string> = {
  MULTIPLE_DOCS: () =>
    "it holds more than one document (a `---` or `...` line inside it starts another): remove that line",
  DUPLICATE_KEY: (token) => `\`${token}\` is given twice: keep one of them`,
  BLOCK_AS_IMPLICIT_KEY: () =>
    "a value holds `: ` or runs on into an indented line: put the whole value in quotes, or start the indented line further left",
  TAB_AS_INDENT: () => "a tab indents this line: indent with spaces",
  MISSING_CHAR: () => "a quote on this line is never closed: close it on the same line",
  BAD_INDENT: () => "a `[` or `{` on this line is never closed: close it with `]` or `}` on the same line",
};

/** The key or word at an offset of the source (up to a colon, space or bracket), for messages. */
function tokenAt(source: string, offset: number): string {
  return /^[^\s:[\]{},]*/.exec(source.slice(offset))?.[0] ?? "";
}

/**
 * What js-yaml says for the mistakes the `yaml` parser does not see as errors (it only warns, or resolves them later),
 * with the written token to point at: undefined aliases, tags, and nesting beyond js-yaml's depth limit.
 */
function jsYamlError(error: YAMLException, source: string, firstLine: number): LocatedError | undefined {
  const { reason, mark } = error;
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  const tag = /^unknown tag !<(.*)>$/.exec(reason);
  let token: string | undefined;
  let message: string;
  if (alias) {
    token = `*${alias[1]}`;
    message = `\`${token}\` refers to an anchor \`&${alias[1]}\` that is not defined: write the value itself, in quotes if it starts with \`*\``;
  } else if (tag) {
    const name = tag[1] ?? "";
    token = name.startsWith("tag:yaml.org,2002:") ? `!!${name.slice(18)}` : name.startsWith("!") ? name : `!<${name}>`;
    message = `\`${token}\` is a YAML tag, and tags are not read here: remove it, or put the value in quotes if it starts with \`!\``;
  } else if (/^nesting exceeded maxDepth/.test(reason)) {
    message = "values are nested too deeply: no field needs lists or mappings more than a few levels deep";
  } else {
    return undefined;
  }
  const line = source.split("\n", mark.line + 1)[mark.line] ?? "";
  const found = token === undefined ? -1 : line.lastIndexOf(token, mark.column);
  return { message, position: { line: mark.line + firstLine, column: (found < 0 ? mark.column : found) + 1 } };
}

/**
 * The syntax errors of YAML that js-yaml refused: its own reading of the mistakes above, else the `yaml` parser's
 * errors (which are located and worded for people), else js-yaml's reason at its position.
 */
function syntaxErrors(error: unknown, source: string, firstLine: number, detail: () => Located): LocatedError[] {
  const own = error instanceof YAMLException ? jsYamlError(error, source, firstLine) : undefined;
  if (own) return [own];
  const { document, at } = detail();
  // One message per place: the parser may report one mistake several times where it stands (a value that runs on).
  const seen = new Set<number>();
  const errors = document.errors.flatMap((error) => {
    if (seen.has(error.pos[0])) return [];
    seen.add(error.pos[0]);
    const explain = YAML_MESSAGES[error.code];
    const message = explain ? explain(tokenAt(source, error.pos[0])) : firstSentence(error.message);
    return [{ message, position: at(error.pos[0]) }];
  });
  if (errors.length > 0) return errors;
  const mark = error instanceof YAMLException ? error.mark : undefined;
  return [
    {
      message: error instanceof YAMLException ? error.reason : "it could not be read",
      position: mark ? { line: mark.line + firstLine, column: mark.column + 1 } : { line: firstLine, column: 1 },
    },
  ];
}

function firstSentence(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

function findOffset(document: Document, path: readonly PropertyKey[], key: boolean): number {
  let node: Node | null | undefined = document.contents;
  let offset = firstContentOffset(node);
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      offset = firstContentOffset(keyNode);
      if (last && key) return offset;
      node = pair.value as Node | null;
      offset = node?.range ? node.range[0] : offset;
    } else if (node && "items" in node && Array.isArray(node.items) && typeof segment === "number") {
      node = node.items[segment] as Node | undefined;
      if (!node) return offset;
      offset = firstContentOffset(node);
    } else {
      return offset;
    }
  }
  return offset;
}

function firstContentOffset(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}
