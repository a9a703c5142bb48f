import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { RedirectHop, SourceAnswer } from "../../../src/core/checks/sourceHealth.ts";

/** How to ask: the time one request may take, the user agent, and (for tests) how host names are resolved. */
export interface AskOptions {
  timeoutMs: number;
  userAgent: string;
  /** The most redirects followed before the answer counts as a dead loop. */
  maxRedirects?: number;
  lookup?: LookupFunction;
}

/** The status and redirect target one request got, or why it got none. */
type Reply = { status: number; location?: string } | { error: string };

/** Statuses after which a HEAD request is asked again as GET: servers that refuse or mishandle HEAD. */
const RETRY_AS_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 502, 503]);

/** The short name of a network error: `dns`, `refused`, `timeout`, or its code. */
function errorName(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return "dns";
  if (error.code === "ECONNREFUSED") return "refused";
  if (error.code === "ETIMEDOUT") return "timeout";
  return error.code ?? error.message;
}

/** One request, no redirect followed; the body is never read, so a GET costs no more than its first bytes. */
function requestOnce(url: URL, method: "HEAD" | "GET", options: AskOptions): Promise<Reply> {
  return new Promise((resolve) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      {
        method,
        headers: { "user-agent": options.userAgent, accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
        ...(options.lookup ? { lookup: options.lookup } : {}),
      },
      (response) => {
        const location = response.headers.location;
        resolve({ status: response.statusCode ?? 0, ...(location ? { location } : {}) });
        response.destroy();
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      resolve({ error: "timeout" });
    }, options.timeoutMs);
    request.once("error", (error: NodeJS.ErrnoException) => resolve({ error: errorName(error) }));
    request.once("close", () => clearTimeout(timer));
    request.end();
  });
}

/** A HEAD request, asked again as GET when the server answers HEAD with an error or not at all. */
async function ask(url: URL, options: AskOptions): Promise<Reply> {
  const head = await requestOnce(url, "HEAD", options);
  if ("status" in head && !RETRY_AS_GET.has(head.status)) return head;
  if ("error" in head && (head.error === "dns" || head.error === "refused")) return head;
  return requestOnce(url, "GET", options);
}

/**
 * Asks a source URL whether it still answers: HEAD, falling back to GET; redirects followed one by one (each
 * recorded) up to `maxRedirects`; `timeoutMs` for each request. Never throws.
 */
export async function askUrl(address: string, options: AskOptions): Promise<SourceAnswer> {
  const started = performance.now();
  const checkedAt = new Date().toISOString();
  const redirects: RedirectHop[] = [];
  const done = (fields: Partial<SourceAnswer>): SourceAnswer => ({
    checkedAt,
    redirects,
    ms: Math.round(performance.now() - started),
    ...fields,
  });
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return done({ error: "not a URL" });
  }
  for (;;) {
    const reply = await ask(url, options);
    if ("error" in reply) return done({ error: reply.error });
    const redirected = reply.status >= 300 && reply.status < 400 && reply.location !== undefined;
    if (!redirected) return done({ status: reply.status });
    const next = URL.parse(reply.location ?? "", url);
    if (!next || (next.protocol !== "http:" && next.protocol !== "https:")) {
      return done({ error: `a redirect to \`${reply.location}\`, which is not a web address` });
    }
    redirects.push({ status: reply.status, to: next.href });
    if (redirects.length > (options.maxRedirects ?? 5)) return done({ error: "too many redirects" });
    url = next;
  }
}
