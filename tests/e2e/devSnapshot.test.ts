import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/astroBuild.ts";
import { type DevServer, startDevServer } from "../helpers/devServer.ts";
import { pngSize } from "../helpers/socialCards.ts";

let content: string;
let server: DevServer;
const file = () => join(content, "terms/kernel-trick.md");
const page = () => fetch(`${server.url}terms/kernel-trick/`);

/**
 * Runs `change` and waits until the dev server logs `text` after it (each content reload logs a line). On a loaded
 * machine the file watcher now and then folds a change into the one before it, so the change is made again every
 * few seconds until the line appears.
 */
async function afterLog(text: string, change: () => void): Promise<void> {
  const start = server.output().length;
  const deadline = Date.now() + 30_000;
  for (let next = 0; !server.output().slice(start).includes(text); ) {
    if (Date.now() > deadline) throw new Error(`the dev server never logged "${text}":\n${server.output()}`);
    if (Date.now() >= next) {
      change();
      next = Date.now() + 5_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), "glossary-dev-snapshot-"));
  cpSync(join(projectRoot, "tests/fixtures/glossary"), content, { recursive: true });
  server = await startDevServer(content);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  rmSync(content, { recursive: true, force: true });
});

/**
 * The dev server renders a page only from content that passed the checks, as the build does: a file that turns
 * invalid, or goes while others still point at it, leaves its last valid page in place, front matter and body
 * together, instead of rendering what is on disk.
 */
describe("the dev server's alias pages", () => {
  it("renders each alias's page itself, and serves neither the build's alias template nor its texts", async () => {
    const alias = await fetch(`${server.url}terms/kernel-method/`);
    expect(alias.status).toBe(200);
    const html = await alias.text();
    expect(html).toContain("<h1>kernel method</h1>");
    expect(html).toContain("kernel method · Fixture Glossary</title>");
    expect(html).not.toMatch(/(alias|title|slug|target)x[a-z]{12}/);
    expect((await fetch(`${server.url}terms/_alias-page-template/`)).status).toBe(404);
    expect((await fetch(`${server.url}alias-pages.json`)).status).toBe(404);
  });
});

describe("the dev server's social cards", () => {
  it("draws the card a page names when it is asked for", async () => {
    const html = await (await page()).text();
    const url = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? "";
    expect(url).toMatch(/\/cards\/terms\/kernel-trick\.png$/);
    const card = await fetch(`${server.url}${new URL(url).pathname.replace(/^\/glossary\//, "")}`);
    expect(card.status).toBe(200);
    expect(card.headers.get("content-type")).toBe("image/png");
    expect(pngSize(new Uint8Array(await card.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});

describe("the dev server's content snapshot", () => {
  it("keeps the last valid body while a saved file has errors, and shows the new one once it is fixed", async () => {
    const valid = readFileSync(file(), "utf8");
    expect(await (await page()).text()).toContain("Computes inner products");
    const hostile = valid
      .replace("Computes inner products", "Rewritten text")
      .concat('\n<script>document.title = "owned"</script>\n');
    await afterLog("(raw-html)", () => writeFileSync(file(), hostile));
    const during = await page();
    expect(during.status).toBe(200);
    const html = await during.text();
    expect(html).toContain("Computes inner products");
    expect(html).not.toContain("Rewritten text");
    expect(html).not.toContain("owned");

    const fixed = valid.replace("Computes inner products", "Fixed text that computes inner products");
    await afterLog("[glossary-terms] Reloaded after a change", () => writeFileSync(file(), fixed));
    // The reloaded store reaches the pages a moment after the log line.
    const deadline = Date.now() + 10_000;
    let shown = "";
    while (!shown.includes("Fixed text") && Date.now() < deadline) shown = await (await page()).text();
    expect(shown).toContain("Fixed text that computes inner products");
  });

  it("still serves an entry's last valid page when its file is renamed while another entry relates to it", async () => {
    await afterLog("(related-missing)", () => {
      if (existsSync(file())) renameSync(file(), join(content, "terms/kernel-trick-renamed.md"));
    });
    const response = await page();
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Fixed text that computes inner products");
    expect(server.output()).not.toContain("ENOENT");
  });

  it("keeps the categories the entries were checked with while categories.yaml drops one they use", async () => {
    await afterLog("[glossary-terms] Reloaded after a change", () => {
      const renamed = join(content, "terms/kernel-trick-renamed.md");
      if (existsSync(renamed)) renameSync(renamed, file());
    });
    const categories = join(content, "categories.yaml");
    const withoutMethods = readFileSync(categories, "utf8").replace(/- id: methods\n(?: {2}.*\n)*/, "");
    await afterLog("(category-unknown)", () => writeFileSync(categories, withoutMethods));
    // A reloaded store reaches the pages a moment after the log line: watch them for a while.
    for (const until = Date.now() + 3_000; Date.now() < until; ) {
      const term = await page();
      expect(term.status).toBe(200);
      expect(await term.text()).toContain("Methods");
      expect((await fetch(`${server.url}categories/methods/`)).status).toBe(200);
    }
  });
});
