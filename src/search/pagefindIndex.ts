import * as pagefind from "pagefind";

/** Raised when Pagefind reports a problem; its message says which step failed and what Pagefind said. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Search indexing failed while ${step}: ${errors.join("; ")}`);
    this.name = "SearchIndexError";
    this.stack = "";
  }
}

/** Throws a SearchIndexError when a Pagefind call answered with errors. */
export function checked<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
  return response;
}

/** A Pagefind index that can be filled, and is always closed afterwards, however the filling ends. */
export async function withPagefindIndex<T>(
  config: pagefind.PagefindServiceConfig,
  use: (index: pagefind.PagefindIndex) => Promise<T>,
): Promise<T> {
  try {
    const { index } = checked("starting Pagefind", await pagefind.createIndex(config));
    if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
    return await use(index);
  } finally {
    await pagefind.close();
  }
}
