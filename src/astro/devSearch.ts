import { sep } from "node:path";
import type { AstroIntegrationLogger } from "astro";
import type { ViteDevServer } from "vite";
import { indexContent } from "../search/contentIndex.ts";
import { NAME_INDEX_FOLDER } from "../search/nameIndexFolder.ts";

const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
};

/**
 * Gives the dev server working search: a Pagefind bundle and the name index, built in memory from the content at
 * start-up and rebuilt after every content change, served under `<base>pagefind/` and `<base>search/names/` (and
 * each translated language's `<base><lang>/search/names/`) (before
 * Astro's routes, so its trailing-slash rule never sees them). Nothing is written to disk.
 */
export function serveDevSearch(server: ViteDevServer, root: string, base: string, logger: AstroIntegrationLogger) {
  let bundle: Map<string, Uint8Array> = new Map();
  let names: Map<string, Map<string, string>> = new Map();
  let building: Promise<void> = Promise.resolve();
  const rebuild = () => {
    building = building.then(async () => {
      try {
        const result = await indexContent(root);
        if (!result) return;
        bundle = result.files;
        names = result.names;
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
  const siteBase = base.replace(/\/?$/, "/");
  const served = () => [
    { prefix: `${siteBase}pagefind/`, files: () => bundle },
    ...[...names].map(([pages, files]) => ({ prefix: `${siteBase}${pages}${NAME_INDEX_FOLDER}`, files: () => files })),
  ];
  server.middlewares.use(async (request, response, next) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (!pathname.startsWith(`${siteBase}pagefind/`) && !pathname.includes(`/${NAME_INDEX_FOLDER}`)) return next();
    await building;
    const folder = served().find(({ prefix }) => pathname.startsWith(prefix));
    if (!folder) return next();
    const file = folder.files().get(pathname.slice(folder.prefix.length));
    if (file === undefined) return next();
    const extension = pathname.split(".").pop() ?? "";
    response.setHeader("content-type", CONTENT_TYPES[extension] ?? "application/octet-stream");
    response.end(file);
  });
}
