import { sep } from "node:path";
import type { AstroIntegrationLogger } from "astro";
import type { ViteDevServer } from "vite";
import { indexContent } from "../search/contentIndex.ts";

const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
};

/**
 * Gives the dev server working search: a Pagefind bundle built in memory from the content at start-up and
 * rebuilt after every content change, served under `<base>pagefind/`. Nothing is written to disk.
 */
export function serveDevSearch(server: ViteDevServer, root: string, base: string, logger: AstroIntegrationLogger) {
  let bundle: Map<string, Uint8Array> = new Map();
  let building: Promise<void> = Promise.resolve();
  const rebuild = () => {
    building = building.then(async () => {
      try {
        const result = await indexContent(root);
        if (!result) return;
        bundle = result.files;
        logger.info(`Search index ready: ${result.pageCount} terms`);
      } catch (error) {
        logger.error(error instanceof Error ? error.message : String(error));
      }
    });
  };
  rebuild();
  server.watcher.add(root);
  server.watcher.on("all", (_event, path) => {
    if (path.startsWith(`${root}${sep}`)) rebuild();
  });
  const prefix = `${base.replace(/\/?$/, "/")}pagefind/`;
  server.middlewares.use(async (request, response, next) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (!pathname.startsWith(prefix)) return next();
    await building;
    const file = bundle.get(pathname.slice(prefix.length));
    if (!file) return next();
    const extension = pathname.split(".").pop() ?? "";
    response.setHeader("content-type", CONTENT_TYPES[extension] ?? "application/octet-stream");
    response.end(file);
  });
}
