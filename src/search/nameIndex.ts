import { nameKey } from "../core/content/nameKey.ts";
import { buildShardTree, type ShardRoot } from "./shardTree.ts";
import { deletions, MIN_TYPO_LENGTH } from "./typos.ts";

/** One term as the name index knows it. */
export interface NamedTerm {
  slug: string;
  title: string;
  aliases: readonly string[];
  definition: string;
  category: string;
  level: string;
  /**
   * The language of the term's page when it is not the index's own: an entry not translated into the language
   * of a translated index falls back to the site's own page (at the site's root rather than under the index's
   * folder).
   */
  language?: string;
}

/** The format's version, in `index.json`; a reader refuses another. */
export const NAME_INDEX_VERSION = 1;

/** About how many bytes of JSON a leaf of any of the trees holds. */
export const NAME_LEAF_BYTES = 4000;

/**
 * A term in a leaf: slug, title, definition, the positions of its category and level in `index.json`, and, only
 * when its page is in another language than the index's (see NamedTerm), that language.
 */
export type TermTuple = [
  slug: string,
  title: string,
  definition: string,
  category: number,
  level: number,
  language?: string,
];

/** A name in a leaf of `names/`: its key, its term (position in the leaf's `terms`), and 1 when it is an alias. */
export type NameTuple = [key: string, term: number, alias: 0 | 1, written: string];

/** A leaf of `names/`: the names, sorted by key (titles first), and the terms they name. */
export interface NamesLeaf {
  terms: TermTuple[];
  names: NameTuple[];
}

/** A typo key and the name key it was made from by deleting one character. */
export type NearRow = [deleted: string, key: string];

/**
 * A front-coded typo row: the length shared with the previous row's typo key, the rest of it, and where the
 * name key's deleted character goes back in with that character.
 */
export type NearLine = [shared: number, rest: string, at: number, character: string];

/** A leaf of `near/`: front-coded typo rows, sorted by typo key. */
export interface NearLeaf {
  lines: NearLine[];
}

/** A leaf of `slugs/`: terms by slug, sorted by slug. */
export interface SlugsLeaf {
  terms: TermTuple[];
}

/** What `index.json` holds: the version, the categories and levels terms point to, and the three trees' roots. */
export interface NameIndexRoot {
  version: number;
  categories: string[];
  levels: string[];
  names: ShardRoot;
  near: ShardRoot;
  slugs: ShardRoot;
}

/** Front-codes sorted typo rows (see NearLine); `decodeNearRows` gives them back. */
export function encodeNearRows(rows: readonly NearRow[]): NearLine[] {
  let previous = "";
  return rows.map(([deleted, key]) => {
    let shared = 0;
    while (shared < deleted.length && shared < previous.length && deleted[shared] === previous[shared]) shared++;
    let at = 0;
    while (at < deleted.length && deleted[at] === key[at]) at++;
    previous = deleted;
    return [shared, deleted.slice(shared), at, key.slice(at, at + key.length - deleted.length)];
  });
}

/** The typo rows of front-coded lines (see NearLine). */
export function decodeNearRows(lines: readonly NearLine[]): NearRow[] {
  let previous = "";
  return lines.map(([shared, rest, at, character]) => {
    const deleted = previous.slice(0, shared) + rest;
    previous = deleted;
    return [deleted, deleted.slice(0, at) + character + deleted.slice(at)];
  });
}

/** A name row while building: its key, its term, and whether it is an alias. */
interface NameRow {
  key: string;
  term: number;
  alias: boolean;
  written: string;
}

/**
 * The name index of a glossary: path inside its folder → JSON text. `index.json` holds the roots of three trees
 * (src/search/shardTree.ts): `names/` (every title and alias by its key, each leaf with the terms it names),
 * `near/` (every one-character deletion of every title's key of MIN_TYPO_LENGTH or more, for typos) and `slugs/`
 * (every term by slug, for link previews).
 */
export function nameIndexFiles(terms: readonly NamedTerm[]): Map<string, string> {
  const categories = [...new Set(terms.map((term) => term.category))].sort();
  const levels = [...new Set(terms.map((term) => term.level))];
  const tuples: TermTuple[] = terms.map((term) => {
    const tuple: TermTuple = [
      term.slug,
      term.title,
      term.definition,
      categories.indexOf(term.category),
      levels.indexOf(term.level),
    ];
    if (term.language !== undefined) tuple.push(term.language);
    return tuple;
  });
  const tupleBytes = tuples.map((tuple) => JSON.stringify(tuple).length + 1);

  const names: NameRow[] = [];
  const seen = new Set<string>();
  const add = (term: number, written: string, alias: boolean) => {
    const key = nameKey(written);
    if (!key || seen.has(`${term} ${key}`)) return;
    seen.add(`${term} ${key}`);
    names.push({ key, term, alias, written });
  };
  terms.forEach((term, index) => {
    add(index, term.title, false);
  });
  terms.forEach((term, index) => {
    for (const alias of term.aliases) add(index, alias, true);
  });

  const files = new Map<string, string>();
  const put = (folder: string, tree: { files: Map<string, string> }) => {
    for (const [file, text] of tree.files) files.set(`${folder}${file}`, text);
  };

  const namesTree = buildShardTree(
    names,
    (row) => row.key,
    (row) => row.key.length + row.written.length + 12 + (tupleBytes[row.term] ?? 0),
    (rows): NamesLeaf => {
      const positions = new Map<number, number>();
      const leafTerms: TermTuple[] = [];
      const leafNames = rows.map((row): NameTuple => {
        let position = positions.get(row.term);
        if (position === undefined) {
          position = leafTerms.length;
          positions.set(row.term, position);
          leafTerms.push(tuples[row.term] as TermTuple);
        }
        return [row.key, position, row.alias ? 1 : 0, row.alias ? row.written : ""];
      });
      return { terms: leafTerms, names: leafNames };
    },
    NAME_LEAF_BYTES,
  );
  put("names/", namesTree);

  const near = new Map<string, NearRow>();
  // Titles only: aliases are five times as many names, and a reader who half-remembers a term types its title.
  for (const key of new Set(names.filter((row) => !row.alias).map((row) => row.key))) {
    if ([...key].length < MIN_TYPO_LENGTH) continue;
    for (const deleted of deletions(key)) near.set(`${deleted}\u0000${key}`, [deleted, key]);
  }
  const nearTree = buildShardTree(
    [...near.values()],
    ([deleted]) => deleted,
    ([deleted]) => deleted.length + 12,
    (rows): NearLeaf => ({ lines: encodeNearRows(rows) }),
    NAME_LEAF_BYTES,
  );
  put("near/", nearTree);

  const slugsTree = buildShardTree(
    tuples.map((_, index) => index),
    (index) => tuples[index]?.[0] ?? "",
    (index) => tupleBytes[index] ?? 0,
    (rows): SlugsLeaf => ({ terms: rows.map((index) => tuples[index] as TermTuple) }),
    NAME_LEAF_BYTES,
  );
  put("slugs/", slugsTree);

  const root: NameIndexRoot = {
    version: NAME_INDEX_VERSION,
    categories,
    levels,
    names: namesTree.root,
    near: nearTree.root,
    slugs: slugsTree.root,
  };
  files.set("index.json", JSON.stringify(root));
  return files;
}
