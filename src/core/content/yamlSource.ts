import { CORE_SCHEMA, load } from "js-yaml";
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
  } catch {
    const { document, at } = detail();
    errors = document.errors.map((error) => ({ message: firstSentence(error.message), position: at(error.pos[0]) }));
    if (errors.length === 0) errors = [{ message: "it could not be read", position: { line: firstLine, column: 1 } }];
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
