import { nameKey } from "../core/content/nameKey.ts";
import { exactFirst, nameToken } from "../search/exactMatch.ts";

interface SearchResult {
  id: string;
  data(): Promise<{ meta: Record<string, string | undefined> }>;
}

interface SearchResponse {
  results: SearchResult[];
}

interface PagefindApi {
  search(term: string | null, options?: object): Promise<SearchResponse | null>;
}

/** The private parts of a Component UI instance this module relies on (Pagefind ~1.6.0, pinned in package.json). */
interface InstanceInternals {
  __load__(): Promise<void>;
  __pagefind__?: PagefindApi | null;
}

const wrapped = new WeakSet<PagefindApi>();

function wrapSearch(api: PagefindApi): void {
  if (wrapped.has(api)) return;
  wrapped.add(api);
  const search = api.search.bind(api);
  // Pagefind answers a word it does not know with its closest words, so each hit is checked for the token itself,
  // then sorted into matches of the title and matches of an alias.
  const exact = async (
    term: string,
    options?: object,
  ): Promise<{ titles: SearchResult[]; aliases: SearchResult[] }> => {
    const token = nameToken(term);
    const found = { titles: [] as SearchResult[], aliases: [] as SearchResult[] };
    if (!token) return found;
    const candidates = ((await search(token, options))?.results ?? []).slice(0, 5);
    const metas = await Promise.all(candidates.map(async (result) => (await result.data()).meta));
    candidates.forEach((result, index) => {
      const meta = metas[index] ?? {};
      if (!meta.keys?.split(" ").includes(token)) return;
      if (nameKey(meta.title ?? "") === nameKey(term)) found.titles.push(result);
      else found.aliases.push(result);
    });
    return found;
  };
  api.search = async (term, options) => {
    if (!term) return search(term, options);
    const [ranked, { titles, aliases }] = await Promise.all([search(term, options), exact(term, options)]);
    if (!ranked) return ranked;
    return { ...ranked, results: exactFirst(titles, aliases, ranked.results) };
  };
}

/**
 * Makes a search instance list a term first when the query is exactly its name (then its aliases), something
 * Pagefind's word scoring cannot promise: for "reinforcement learning" it may rank "Reinforcement Learning from
 * Human Feedback" higher. Each search also looks up the query's name token, which term pages carry in their
 * `keys` metadata for their title and each alias. Hooks in as Pagefind loads, before any search runs.
 */
export function preferExactMatches(instance: object): void {
  const internals = instance as InstanceInternals;
  const load = internals.__load__.bind(internals);
  internals.__load__ = async () => {
    await load();
    if (internals.__pagefind__) wrapSearch(internals.__pagefind__);
  };
}
