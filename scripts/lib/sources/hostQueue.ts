/** How many requests may be in flight: in all, and to any one host. */
export interface Limits {
  total: number;
  perHost: number;
}

/**
 * Runs `work` on every URL, never more than `limits.total` at once nor more than `limits.perHost` for one host
 * (so a glossary citing one site a thousand times does not hammer it), and resolves with the results by URL.
 * `work` must not reject (askUrl never does).
 */
export function runPerHost<T>(
  urls: readonly string[],
  limits: Limits,
  work: (url: string) => Promise<T>,
): Promise<Map<string, T>> {
  const results = new Map<string, T>();
  const waiting = [...new Set(urls)];
  const busy = new Map<string, number>();
  let running = 0;
  const hostOf = (url: string) => URL.parse(url)?.host ?? url;
  return new Promise((resolve) => {
    const next = () => {
      if (waiting.length === 0 && running === 0) {
        resolve(results);
        return;
      }
      for (let index = 0; index < waiting.length && running < limits.total; ) {
        const url = waiting[index] ?? "";
        const host = hostOf(url);
        if ((busy.get(host) ?? 0) >= limits.perHost) {
          index++;
          continue;
        }
        waiting.splice(index, 1);
        running++;
        busy.set(host, (busy.get(host) ?? 0) + 1);
        void work(url).then((result) => {
          results.set(url, result);
          running--;
          busy.set(host, (busy.get(host) ?? 1) - 1);
          next();
        });
      }
    };
    next();
  });
}
