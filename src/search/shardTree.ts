/**
 * A static B-tree written as small JSON files: sorted rows cut into leaves of about a byte budget, and pages above
 * them listing the first key of each child, 64 to a page, up to a root small enough to embed in another file. A
 * reader fetches the root's pages down to one leaf, so a lookup reads one file per level at any size.
 */

/** How many children an inner page lists. */
export const FANOUT = 64;

/** The top of a tree: the first key of each top-level page, how many levels lie below, and how many leaves. */
export interface ShardRoot {
  /** The number of levels of pages below the root (1: the root lists leaves). */
  depth: number;
  /** The first key of each page the root points to. */
  keys: string[];
  /** The number of leaves. */
  leaves: number;
}

/** The file of page `index` at `level` (0: the leaves), inside the tree's folder. */
export function pageFile(level: number, index: number): string {
  return `p${level}-${index}.json`;
}

/**
 * Builds a tree from `rows` (sorted here by `keyOf`, code unit order, stable): leaves of `makeLeaf(rows)` whose JSON
 * is at most about `leafBytes`, measured once per row with `rowBytes`. Rows with the same key always share a leaf
 * (so a leaf of one key's rows may be longer). Returns the root and every page's JSON text by file name.
 */
export function buildShardTree<R>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  rowBytes: (row: R) => number,
  makeLeaf: (rows: R[]) => unknown,
  leafBytes: number,
): { root: ShardRoot; files: Map<string, string> } {
  const sorted = rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const files = new Map<string, string>();
  let firstKeys: string[] = [];
  let leaf: R[] = [];
  let size = 0;
  const flush = () => {
    files.set(pageFile(0, firstKeys.length), JSON.stringify(makeLeaf(leaf)));
    leaf = [];
    size = 0;
  };
  let leafKey = "";
  let previousKey = "";
  for (const { row, key } of sorted) {
    const bytes = rowBytes(row);
    if (leaf.length > 0 && size + bytes > leafBytes && key !== previousKey) {
      flush();
      firstKeys.push(leafKey);
    }
    if (leaf.length === 0) leafKey = key;
    leaf.push(row);
    size += bytes;
    previousKey = key;
  }
  flush();
  firstKeys.push(leafKey);
  const leaves = firstKeys.length;
  let level = 0;
  while (firstKeys.length > FANOUT) {
    level++;
    const above: string[] = [];
    for (let start = 0; start < firstKeys.length; start += FANOUT) {
      const keys = firstKeys.slice(start, start + FANOUT);
      files.set(pageFile(level, above.length), JSON.stringify(keys));
      above.push(keys[0] ?? "");
    }
    firstKeys = above;
  }
  return { root: { depth: level + 1, keys: firstKeys, leaves }, files };
}

/** The index of the last key in sorted `keys` at or before `key` (0 when `key` comes before all of them). */
export function lastAtOrBefore(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((keys[middle] ?? "") <= key) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Reads a tree's pages through `fetchJson(folder + file)`, each page once, however many lookups ask for it. */
export class ShardTreeReader<L> {
  readonly #root: ShardRoot;
  readonly #folder: string;
  readonly #fetchJson: (path: string) => Promise<unknown>;
  readonly #pages = new Map<string, Promise<unknown>>();

  constructor(root: ShardRoot, folder: string, fetchJson: (path: string) => Promise<unknown>) {
    this.#root = root;
    this.#folder = folder;
    this.#fetchJson = fetchJson;
  }

  #page(level: number, index: number): Promise<unknown> {
    const file = `${this.#folder}${pageFile(level, index)}`;
    let page = this.#pages.get(file);
    if (!page) {
      page = this.#fetchJson(file);
      // A failed fetch is tried again by the next lookup.
      page.catch(() => this.#pages.delete(file));
      this.#pages.set(file, page);
    }
    return page;
  }

  /** The leaf that holds `key` if any leaf does, with its index: the last leaf whose first key is at or before it. */
  async leafFor(key: string): Promise<{ index: number; leaf: L }> {
    let index = lastAtOrBefore(this.#root.keys, key);
    for (let level = this.#root.depth - 1; level > 0; level--) {
      const keys = (await this.#page(level, index)) as string[];
      index = index * FANOUT + lastAtOrBefore(keys, key);
    }
    return { index, leaf: (await this.#page(0, index)) as L };
  }

  /** Leaf `index`, or undefined past the last one (for scans that cross into the next leaf). */
  async leaf(index: number): Promise<L | undefined> {
    if (index < 0 || index >= this.#root.leaves) return undefined;
    return (await this.#page(0, index)) as L;
  }
}
