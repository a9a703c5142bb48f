import { exactMatchesFirst, type LoadableResult } from "../search/exactMatch.ts";

interface PagefindApi {
  search(term: string | null, options?: object): Promise<{ results: LoadableResult[] } | null>;
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
  api.search = async (term, options) => {
    const response = await search(term, options);
    if (!response || !term) return response;
    return { ...response, results: await exactMatchesFirst(response.results, term) };
  };
}

/**
 * Makes a search instance put a term first when the query is exactly its name or one of its aliases, something
 * Pagefind's word scoring cannot express (it ranks "Reinforcement Learning from Human Feedback" level with
 * "Reinforcement Learning" for the query "reinforcement learning"). Hooks in as Pagefind loads, before any search.
 */
export function preferExactMatches(instance: object): void {
  const internals = instance as InstanceInternals;
  const load = internals.__load__.bind(internals);
  internals.__load__ = async () => {
    await load();
    if (internals.__pagefind__) wrapSearch(internals.__pagefind__);
  };
}
