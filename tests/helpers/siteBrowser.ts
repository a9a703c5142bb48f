import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/lib/staticServer.ts";

/** A built site served on loopback with a browser to visit it, collecting every console error and page error. */
export class SiteBrowser {
  readonly errors: string[] = [];
  readonly #server: StaticServer;
  readonly #browser: Browser;

  private constructor(server: StaticServer, browser: Browser) {
    this.#server = server;
    this.#browser = browser;
  }

  /** Serves `dir` under `base` and starts Chromium. */
  static async open(dir: string, base: string): Promise<SiteBrowser> {
    return new SiteBrowser(await serveStatic(dir, base), await launchChromium());
  }

  /** The absolute URL of a site-relative path. */
  url(path = ""): string {
    return `${this.#server.url}${path}`;
  }

  /** A fresh page (own context) at a site-relative path, recording console and page errors. */
  async visit(path = "", options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.#browser.newContext(options);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // Visiting a missing address on purpose (to see the 404 page) logs the 404 of the document itself.
      const missingDocument = message.text().includes("status of 404") && message.location().url === page.url();
      if (!missingDocument) this.errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`${page.url()}: ${error.message}`));
    await page.goto(this.url(path));
    return page;
  }

  /** Stops the browser and the server. */
  async close(): Promise<void> {
    await this.#browser.close();
    await this.#server.close();
  }
}
