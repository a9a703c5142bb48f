import { type HTMLElement, parse } from "node-html-parser";

const SCRIPT_FREE = ["iframe", "object", "embed", "frame", "frameset", "applet", "base"];

/** Whether a script element is JSON-LD: data the browser never runs, which parses and cannot close the element. */
function isInertJsonLd(type: string | undefined, src: string, text: string): boolean {
  if (type !== "application/ld+json" || src !== "" || text.includes("<")) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds markup in a built page that could run script or escape the page's design: scripts other than the site's
 * own external modules (and inert data: Pagefind's result templates, JSON-LD that parses and holds no `<`), `on…` handlers, `javascript:`/`data:`/`vbscript:`
 * addresses, embedded frames and objects, refreshes other than an instant one to a page of the site (an alias's
 * redirect), `<style>` elements, and links to other sites without
 * `rel="noopener noreferrer"`. `scriptPrefix` is where the site's own scripts live (e.g. `/_astro/`).
 */
export function unsafeMarkup(html: string, scriptPrefix: string): string[] {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const problems: string[] = [];
  for (const script of root.querySelectorAll("script")) {
    const type = script.getAttribute("type");
    const src = script.getAttribute("src") ?? "";
    const own = type === "module" && src.startsWith(scriptPrefix) && script.textContent.trim() === "";
    if (own || type === "text/pagefind-template" || isInertJsonLd(type, src, script.textContent)) continue;
    problems.push(`script: ${script.toString().slice(0, 80)}`);
  }
  for (const selector of SCRIPT_FREE) {
    for (const element of root.querySelectorAll(selector))
      problems.push(`${selector}: ${element.toString().slice(0, 80)}`);
  }
  for (const refresh of root.querySelectorAll("meta[http-equiv=refresh]")) {
    const content = refresh.getAttribute("content") ?? "";
    if (!/^0; url=\/(?!\/)[^\s"'<>]*$/.test(content))
      problems.push(`refresh other than to a page of the site: ${content}`);
  }
  for (const style of root.querySelectorAll("body style")) problems.push(`style: ${style.toString().slice(0, 80)}`);
  for (const element of root.querySelectorAll("*") as HTMLElement[]) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) problems.push(`handler: <${element.tagName.toLowerCase()} ${name}>`);
      const cleaned = value.replace(/[\p{Cc}\s]/gu, "").toLowerCase();
      if (
        ["href", "src", "action", "formaction", "xlink:href"].includes(name.toLowerCase()) &&
        /^(javascript|data|vbscript):/.test(cleaned)
      ) {
        problems.push(`address: <${element.tagName.toLowerCase()} ${name}="${value.slice(0, 40)}">`);
      }
    }
    if (element.tagName === "A" && /^(https?:)?\/\//i.test(element.getAttribute("href") ?? "")) {
      const rel = (element.getAttribute("rel") ?? "").split(/\s+/);
      if (!rel.includes("noopener") || !rel.includes("noreferrer")) {
        problems.push(`external link without rel="noopener noreferrer": ${element.getAttribute("href")}`);
      }
    }
  }
  return problems;
}
