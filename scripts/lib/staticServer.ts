import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server for a built site on 127.0.0.1, serving it under `base` the way a static host would. */
export interface StaticServer {
  /** The site's root URL, e.g. `http://127.0.0.1:41234/glossary/`. */
  url: string;
  /** Bytes of response bodies sent so far (after compression), to measure what a visit costs; of one type only
   * when given its extension (".css"). */
  bytesSent(extension?: string): number;
  close(): Promise<void>;
}

/** Types a static host compresses; Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"]);

function resolveFile(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.(\/|$))+/, "");
  const path = join(dir, relative);
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

/**
 * Serves `dir` under `base` on a free loopback port; unknown paths get the site's 404 page with status 404. Text
 * files are sent gzip-compressed to clients that accept it, as static hosts do.
 */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = resolveFile(dir, base, pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(dir, "404.html");
    const extension = extname(served);
    let body = readFileSync(served);
    const headers: Record<string, string> = { "content-type": TYPES[extension] ?? "application/octet-stream" };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    sent.set(extension, (sent.get(extension) ?? 0) + body.length);
    response.writeHead(status, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    bytesSent: (extension) =>
      extension === undefined ? [...sent.values()].reduce((sum, bytes) => sum + bytes, 0) : (sent.get(extension) ?? 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
