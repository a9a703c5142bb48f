import { sep } from "node:path";
import type { LoaderContext } from "astro/loaders";

/**
 * In the dev server, runs `reload` whenever a file under `watched` (the content root, or one file in it) is added,
 * changed or removed, and logs content errors instead of stopping the server, so a contributor sees the problem
 * and the last good page stays up.
 */
export function watchContent(
  { watcher, logger }: Pick<LoaderContext, "watcher" | "logger">,
  watched: string,
  reload: () => Promise<void>,
): void {
  if (!watcher) return;
  watcher.add(watched);
  const onEvent = async (path: string) => {
    if (path !== watched && !path.startsWith(`${watched}${sep}`)) return;
    try {
      await reload();
      logger.info(`Reloaded after a change to ${path}`);
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  for (const event of ["add", "change", "unlink"] as const) watcher.on(event, onEvent);
}
