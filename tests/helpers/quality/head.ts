import type { BuiltSite } from "../builtSite.ts";

/**
 * Every page must have a language, a title and a meta description, a canonical URL on the configured site that
 * names the page itself (a redirect page names the page it redirects to, and is kept out of search engines), and
 * the Content-Security-Policy; titles must be unique, but for the language versions of one page, which may share a
 * title (a term named alike in both languages) when each names the other as an `hreflang` alternate.
 */
export function headProblems(site: BuiltSite, origin: string): string[] {
  const problems: string[] = [];
  const titles = new Map<string, string[]>();
  for (const file of site.htmlFiles()) {
    const page = site.parsed(file);
    const say = (what: string) => problems.push(`${file}: ${what}`);
    if (!page.querySelector("html")?.getAttribute("lang")) say("no lang");
    const title = page.querySelector("title")?.textContent.trim() ?? "";
    if (!title) say("no title");
    const versions = page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => link.getAttribute("href"));
    const twin = titles.get(title)?.find((other) => !versions.includes(`${origin}${site.urlOf(other)}`));
    if (title && twin) say(`same title as ${twin}`);
    titles.set(title, [...(titles.get(title) ?? []), file]);
    if (!page.querySelector('meta[name="description"]')?.getAttribute("content")?.trim()) say("no meta description");
    if (!page.querySelector('meta[http-equiv="Content-Security-Policy"]')) say("no Content-Security-Policy");
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute("href");
    const redirect = site.redirectOf(file);
    const expected = `${origin}${redirect ?? site.urlOf(file)}`;
    if (canonical !== expected) say(`canonical is ${canonical}, not ${expected}`);
    if (redirect && page.querySelector('meta[name="robots"]')?.getAttribute("content") !== "noindex") {
      say("redirects but is not marked noindex");
    }
  }
  return problems;
}
