import type { BuiltSite } from "../builtSite.ts";

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** The internal links of a built page, as absolute URLs resolved against the page's own URL. */
function internalLinks(site: BuiltSite, file: string): URL[] {
  const page = site.parsed(file);
  const base = `https://site.test${site.urlOf(file)}`;
  return page
    .querySelectorAll("a[href], link[href]")
    .map((element) => element.getAttribute("href") ?? "")
    .filter((href) => !EXTERNAL.test(href))
    .map((href) => new URL(href, base));
}

/** Every internal link or fragment of the site that leads nowhere, as `page: href (why)`. */
export function brokenLinks(site: BuiltSite): string[] {
  const broken: string[] = [];
  for (const file of site.htmlFiles()) {
    for (const url of internalLinks(site, file)) {
      const target = url.pathname === site.urlOf(file) ? file : site.fileFor(url.pathname);
      const shown = `${url.pathname}${url.hash}`;
      if (!target) {
        broken.push(`${file}: ${shown} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (
        fragment &&
        target.endsWith(".html") &&
        !site.parsed(target).querySelector(`[id="${fragment.replace(/["\\]/g, "\\$&")}"]`)
      ) {
        broken.push(`${file}: ${shown} (no #${fragment})`);
      }
    }
  }
  return broken;
}

/**
 * Every page that cannot be reached by following links from the home page. The 404 page is excepted, and so are
 * redirect pages (an alias's address), whose own links are checked by `brokenLinks`.
 */
export function unreachablePages(site: BuiltSite): string[] {
  const seen = new Set<string>(["index.html"]);
  const queue = ["index.html"];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const url of internalLinks(site, file)) {
      const target = site.fileFor(url.pathname);
      if (target?.endsWith(".html") && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return site.htmlFiles().filter((file) => file !== "404.html" && !site.redirectOf(file) && !seen.has(file));
}
