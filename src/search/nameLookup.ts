import { nameKey } from "../core/content/nameKey.ts";
import {
  decodeNearRows,
  NAME_INDEX_VERSION,
  type NameIndexRoot,
  type NamesLeaf,
  type NearLeaf,
  type SlugsLeaf,
  type TermTuple,
} from "./nameIndex.ts";
import { ShardTreeReader } from "./shardTree.ts";
import { deletions, editDistance, MAX_TYPO_LENGTH, MIN_TYPO_LENGTH } from "./typos.ts";

/** A term found by one of its names. */
export interface NameHit {
  slug: string;
  title: string;
  definition: string;
  category: string;
  level: string;
  /** The name that matched, as written: the title, or an alias. */
  name: string;
  /** How it matched: exactly by its title or an alias, with one mistake, or by what the name starts with. */
  match: "title" | "alias" | "typo" | "prefix";
  /** The language of the term's page when it is not the index's own (the site's own page of an untranslated term). */
  language?: string;
}

/** The category and level (as the pages label them) that hits must have. */
export interface NameFilters {
  category?: string;
  level?: string;
}

/** What `find` may do: how many hits, which filters, and whether names one mistake away count. */
export interface FindOptions {
  limit?: number;
  filters?: NameFilters;
  typos?: boolean;
}

/** A name row of a leaf with its term: key, whether an alias, the name as written, the term. */
interface NameEntry {
  key: string;
  alias: boolean;
  written: string;
  term: TermTuple;
}

/** How many leaves a prefix scan reads at most. */
const PREFIX_LEAVES = 3;

/** Raised when `index.json` is of another version of the format than this code reads. */
export class NameIndexVersionError extends Error {
  constructor(found: unknown) {
    super(`The name index is of version ${String(found)}; this page reads version ${NAME_INDEX_VERSION}`);
    this.name = "NameIndexVersionError";
  }
}

function entriesOf(leaf: NamesLeaf): NameEntry[] {
  return leaf.names.map(([key, term, alias, written]) => {
    const tuple = leaf.terms[term] as TermTuple;
    return { key, alias: alias === 1, written: alias === 1 ? written : tuple[1], term: tuple };
  });
}

/** Whether a query key is of a length typo matching takes (MIN_TYPO_LENGTH to MAX_TYPO_LENGTH characters). */
function typoLength(key: string): boolean {
  const length = [...key].length;
  return length >= MIN_TYPO_LENGTH && length <= MAX_TYPO_LENGTH;
}

/** Titles before aliases, then shorter names first, then in key order: how prefix and typo matches are listed. */
function byNameOrder(a: NameEntry, b: NameEntry): number {
  return Number(a.alias) - Number(b.alias) || a.key.length - b.key.length || (a.key < b.key ? -1 : 1);
}

/** The first `limit` hits of a ranked list, each term once (at its best place). */
function firstPerTerm(ranked: readonly NameHit[], limit: number): NameHit[] {
  const seen = new Set<string>();
  const hits: NameHit[] = [];
  for (const hit of ranked) {
    if (hits.length >= limit) break;
    if (seen.has(hit.slug)) continue;
    seen.add(hit.slug);
    hits.push(hit);
  }
  return hits;
}

/** The position of the first of sorted `keys` at or after `key`. */
function firstAtOrAfter(keys: readonly { key: string }[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle]?.key ?? "") < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Answers name lookups from the name index (src/search/nameIndex.ts), fetching `index.json` and then only the
 * pages and leaves a lookup needs, each once. `fetchJson` takes a path inside the index's folder.
 */
export class NameIndexReader {
  readonly #fetchJson: (path: string) => Promise<unknown>;
  #root: Promise<NameIndexRoot> | undefined;
  #trees:
    | { names: ShardTreeReader<NamesLeaf>; near: ShardTreeReader<NearLeaf>; slugs: ShardTreeReader<SlugsLeaf> }
    | undefined;
  #categories: string[] = [];
  #levels: string[] = [];
  readonly #decoded = new WeakMap<object, unknown>();

  constructor(fetchJson: (path: string) => Promise<unknown>) {
    this.#fetchJson = fetchJson;
  }

  /** Loads `index.json` (once; a failed load is tried again by the next call). */
  async ready(): Promise<void> {
    this.#root ??= (async () => {
      const root = (await this.#fetchJson("index.json")) as NameIndexRoot;
      if (root?.version !== NAME_INDEX_VERSION) throw new NameIndexVersionError(root?.version);
      this.#categories = root.categories;
      this.#levels = root.levels;
      this.#trees = {
        names: new ShardTreeReader(root.names, "names/", this.#fetchJson),
        near: new ShardTreeReader(root.near, "near/", this.#fetchJson),
        slugs: new ShardTreeReader(root.slugs, "slugs/", this.#fetchJson),
      };
      return root;
    })();
    this.#root.catch(() => {
      this.#root = undefined;
    });
    await this.#root;
  }

  /** The categories terms belong to, sorted (after `ready`). */
  get categories(): readonly string[] {
    return this.#categories;
  }

  /** The levels terms have, in the order first met (after `ready`). */
  get levels(): readonly string[] {
    return this.#levels;
  }

  async #tree() {
    await this.ready();
    if (!this.#trees) throw new Error("The name index is not loaded");
    return this.#trees;
  }

  #decode<T>(leaf: object, decode: () => T): T {
    let decoded = this.#decoded.get(leaf) as T | undefined;
    if (decoded === undefined) {
      decoded = decode();
      this.#decoded.set(leaf, decoded);
    }
    return decoded;
  }

  async #names(leaf: NamesLeaf | undefined): Promise<NameEntry[]> {
    return leaf ? this.#decode(leaf, () => entriesOf(leaf)) : [];
  }

  /** The names whose key is exactly `key`, titles first (a key's rows always share a leaf). */
  async #exact(key: string): Promise<NameEntry[]> {
    const { names } = await this.#tree();
    const entries = await this.#names((await names.leafFor(key)).leaf);
    const matching: NameEntry[] = [];
    for (let at = firstAtOrAfter(entries, key); entries[at]?.key === key; at++) matching.push(entries[at] as NameEntry);
    return matching;
  }

  /** Up to `want` names whose key starts with `prefix`, reading at most PREFIX_LEAVES leaves. */
  async #prefixed(prefix: string, want: number): Promise<NameEntry[]> {
    const { names } = await this.#tree();
    const { index, leaf } = await names.leafFor(prefix);
    const found: NameEntry[] = [];
    let entries = await this.#names(leaf);
    let at = firstAtOrAfter(entries, prefix);
    for (let read = 1; ; ) {
      for (; at < entries.length && found.length < want; at++) {
        const entry = entries[at] as NameEntry;
        if (!entry.key.startsWith(prefix)) return found;
        found.push(entry);
      }
      if (found.length >= want || read >= PREFIX_LEAVES) return found;
      const next = await names.leaf(index + read);
      read++;
      if (!next) return found;
      entries = await this.#names(next);
      at = 0;
    }
  }

  /** The name keys that `deleted` is a typo key of. */
  async #near(deleted: string): Promise<string[]> {
    const { near } = await this.#tree();
    const { leaf } = await near.leafFor(deleted);
    const rows = this.#decode(leaf, () => decodeNearRows(leaf.lines).map(([key, name]) => ({ key, name })));
    const names: string[] = [];
    for (let at = firstAtOrAfter(rows, deleted); rows[at]?.key === deleted; at++) names.push(rows[at]?.name ?? "");
    return names;
  }

  /** Name keys within one mistake of `key` (by the typo keys both share), and the key itself when it is one. */
  async #oneAway(key: string): Promise<Set<string>> {
    const own = deletions(key);
    const lookups = [this.#near(key), ...own.map((deleted) => this.#near(deleted))];
    const [fromNear, fromNames] = await Promise.all([
      Promise.all(lookups),
      Promise.all(own.map(async (deleted) => ((await this.#exact(deleted)).length > 0 ? [deleted] : []))),
    ]);
    return new Set([...fromNear.flat(), ...fromNames.flat()]);
  }

  #hit(entry: NameEntry, match: NameHit["match"]): NameHit {
    const [slug, title, definition, category, level, language] = entry.term;
    const hit: NameHit = {
      slug,
      title,
      definition,
      category: this.#categories[category] ?? "",
      level: this.#levels[level] ?? "",
      name: entry.written,
      match,
    };
    if (language !== undefined) hit.language = language;
    return hit;
  }

  #passes(hit: NameHit, filters: NameFilters): boolean {
    return (!filters.category || hit.category === filters.category) && (!filters.level || hit.level === filters.level);
  }

  /**
   * Terms by name, best first: exact titles, exact aliases, then (with `typos`, for queries of MIN_TYPO_LENGTH or
   * more) names one mistake away, then names starting with the query (titles first, shorter first); each term once.
   */
  async find(query: string, options: FindOptions = {}): Promise<NameHit[]> {
    const key = nameKey(query);
    if (!key) return [];
    const { limit = 8, filters = {}, typos = false } = options;
    const want = limit * 4;
    const [exact, prefixed, near] = await Promise.all([
      this.#exact(key),
      this.#prefixed(key, want),
      typos && typoLength(key) ? this.#oneAway(key) : Promise.resolve(new Set<string>()),
    ]);
    near.delete(key);
    const typoEntries = (await Promise.all([...near].map((candidate) => this.#exact(candidate)))).flat();
    const ranked: NameHit[] = [
      ...exact.filter((entry) => !entry.alias).map((entry) => this.#hit(entry, "title")),
      ...exact.filter((entry) => entry.alias).map((entry) => this.#hit(entry, "alias")),
      ...typoEntries
        .filter((entry) => editDistance(key, entry.key, 1) <= 1)
        .sort(byNameOrder)
        .map((entry) => this.#hit(entry, "typo")),
      ...prefixed
        .filter((entry) => entry.key !== key)
        .sort(byNameOrder)
        .map((entry) => this.#hit(entry, "prefix")),
    ];
    return firstPerTerm(
      ranked.filter((hit) => this.#passes(hit, filters)),
      limit,
    );
  }

  /**
   * The closest names to a query that found nothing ("Did you mean"): names within two mistakes, found through
   * the typo keys both share and among the names sorted next to it, closest first, titles before aliases.
   */
  async suggest(query: string, limit = 3): Promise<NameHit[]> {
    const key = nameKey(query);
    if (!key) return [];
    const { names } = await this.#tree();
    const [oneAway, around] = await Promise.all([
      typoLength(key) ? this.#oneAway(key) : new Set<string>(),
      names.leafFor(key).then(async ({ leaf }) => {
        const entries = await this.#names(leaf);
        const at = firstAtOrAfter(entries, key);
        return entries.slice(Math.max(0, at - 8), at + 8);
      }),
    ]);
    const candidates = [
      ...(await Promise.all([...oneAway].map((candidate) => this.#exact(candidate)))).flat(),
      ...around,
    ];
    const scored = candidates
      .map((entry) => ({ entry, distance: editDistance(key, entry.key, 2) }))
      .filter(({ distance }) => distance <= 2)
      .sort((a, b) => a.distance - b.distance || Number(a.entry.alias) - Number(b.entry.alias));
    return firstPerTerm(
      scored.map(({ entry }) => this.#hit(entry, "typo")),
      limit,
    );
  }

  /** The term with `slug`, for a link's preview; undefined when there is none. */
  async term(slug: string): Promise<NameHit | undefined> {
    const { slugs } = await this.#tree();
    const { leaf } = await slugs.leafFor(slug);
    const tuple = leaf.terms.find(([own]) => own === slug);
    return tuple && this.#hit({ key: "", alias: false, written: tuple[1], term: tuple }, "title");
  }
}
