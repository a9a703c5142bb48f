import { type HTMLElement, parse } from "node-html-parser";

const SCRIPT_FREE = ["iframe", "object", "embed", "frame", "frameset", "applet", "base", "meta[http-equiv=refresh]"];

/**
 * Finds markup in a built page that could run script or escape the page's design: scripts other than the site's
 * own external modules (and Pagefind's inert result templates), `on…` handlers, `javascript:`/`data:`/`vbscript:`
 * addresses, embedded frames and objects, `<style>` elements, and links to other sites without
 * `rel="noopener noreferrer"`. `scriptPrefix` is where the site's own scripts live (e.g. `/_astro/`).
 */
export function unsafeMarkup(html: string, scriptPrefix: string): string[] {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const problems: string[] = [];
  for (const script of root.querySelectorAll("script")) {
    const type = script.getAttribute("type");
    const src = script.getAttribute("src") ?? "";
    const own = type === "module" && src.startsWith(scriptPrefix) && script.textContent.trim() === "";
    if (!own && type !== "text/pagefind-template") problems.push(`script: ${script.toString().slice(0, 80)}`);
  }
  for (const selector of SCRIPT_FREE) {
    for (const element of root.querySelectorAll(selector))
      problems.push(`${selector}: ${element.toString().slice(0, 80)}`);
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
