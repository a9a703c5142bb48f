import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../helpers/builtSite.ts";
import { BASE, fixtureSite } from "../helpers/fixtureSite.ts";

let site: BuiltSite;

beforeAll(() => {
  site = fixtureSite();
});

/** The hrefs of a list of links, sorted. */
const hrefs = (links: { getAttribute(name: string): string | undefined }[]) =>
  links.map((link) => link.getAttribute("href")).sort();

describe("the concept map of an entry", () => {
  it("links every related and referring entry once, the same links the lists below it hold", () => {
    const page = site.page(`${BASE}terms/k-means/`);
    const map = page.querySelector("figure.concept-map svg");
    expect(map).not.toBeNull();
    const mapped = hrefs(map?.querySelectorAll("a") ?? []);
    const listed = [...new Set(hrefs(page.querySelectorAll("section.related a.card, section.referenced-by a")))].sort();
    expect(mapped).toEqual(listed);
    expect(mapped).toContain(`${BASE}terms/kernel-trick/`);
    for (const link of map?.querySelectorAll("a") ?? []) {
      expect(link.getAttribute("data-preview")).toBe("");
      expect(link.querySelector("text")?.textContent.trim()).not.toBe("");
    }
  });

  it("draws related entries with solid ties and referring ones with dashed ties, and says which is which", () => {
    const map = site.page(`${BASE}terms/k-means/`).querySelector("figure.concept-map svg");
    const ties = (map?.querySelectorAll("path.tie") ?? []).map((path) => path.classList.value.join(" "));
    expect(ties).toContain("tie both");
    expect(ties).toContain("tie referenced-by");
    expect(map?.querySelector(".legend")?.textContent).toContain("related");
  });

  it("has a title and a description as its accessible name, and every link a name", () => {
    const map = site.page(`${BASE}terms/k-means/`).querySelector("figure.concept-map svg");
    expect(map?.getAttribute("aria-labelledby")).toBe("concept-map-title concept-map-desc");
    expect(map?.querySelector("title#concept-map-title")?.textContent).toBe("Concept map of k-means");
    expect(map?.querySelector("desc#concept-map-desc")?.textContent).toContain("dashed lines");
    const names = (map?.querySelectorAll("a") ?? []).map((link) => link.textContent.trim());
    expect(names).toEqual(expect.arrayContaining(["Kernel Trick", "Ångström", "xylophone"]));
  });

  it("is sized for a phone: a fixed viewBox no wider than 360 units, scaled by the page", () => {
    const map = site.page(`${BASE}terms/k-means/`).querySelector("figure.concept-map svg");
    const [, , width, height] = (map?.getAttribute("viewBox") ?? "").split(" ").map(Number);
    expect(width).toBe(360);
    expect(height).toBeGreaterThan(200);
    expect(map?.getAttribute("width")).toBeUndefined();
  });

  it("is left out of an entry that nothing relates to", () => {
    const withMap = site
      .htmlFiles()
      .filter((file) => file.startsWith("terms/") && site.text(file).includes("concept-map"));
    const terms = site.htmlFiles().filter((file) => /^terms\/[^/]+\/index\.html$/.test(file));
    expect(withMap.length).toBeGreaterThan(0);
    for (const file of terms) {
      const page = site.parsed(file);
      const linked = page.querySelectorAll("section.related a.card, section.referenced-by a").length > 0;
      expect(page.querySelector("figure.concept-map") !== null).toBe(linked);
    }
  });
});
