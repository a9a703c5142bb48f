import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorsOf, loadGlossary } from "../../src/core/content/glossary.ts";
import { runScript, type ScriptRun } from "../helpers/runScript.ts";

const fixture = (shape: string) => join(import.meta.dirname, "..", "fixtures", "import", shape);

/** A digest of every file under a folder, names and bytes, to see that a run changed nothing there. */
function treeDigest(root: string): string {
  const hash = createHash("sha256");
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      hash.update(path.slice(root.length));
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest("hex");
}

/** Imports a folder into a new one and returns the run, the new folder and a reader of its files. */
function importInto(input: string): { run: ScriptRun; out: string; file: (path: string) => string } {
  const out = join(mkdtempSync(join(tmpdir(), "import-")), "out");
  const run = runScript("import", [input, "--out", out], out);
  return { run, out, file: (path) => readFileSync(join(out, path), "utf8") };
}

describe("npm run import", () => {
  it.each(["hugo", "jekyll", "docusaurus", "starlight"])(
    "imports the %s shape into a glossary with no errors, leaving the input as it was",
    (shape) => {
      const before = treeDigest(fixture(shape));
      const { run, out } = importInto(fixture(shape));
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(errorsOf(loadGlossary(out))).toEqual([]);
      expect(run.stdout).toMatch(/✔ \d+ entry files checked/);
      expect(treeDigest(fixture(shape))).toBe(before);
    },
  );

  it("maps Hugo: ref shortcodes, URL aliases, page bundles, and an abbreviation two titles share", () => {
    const { run, file } = importInto(fixture("hugo"));
    expect(run.stdout).toContain("kept out: weight");
    expect(run.stdout).toContain("alias `/old/api/` is a URL path");
    expect(file("terms/api.md")).toContain("Clients send requests over [HTTP](/terms/http/)");
    expect(file("terms/api.md")).not.toContain("# Application Programming Interface");
    expect(file("terms/json.md")).toContain("[APIs](/terms/api/)");
    expect(file("terms/json.md")).toContain("or YAML.");
    for (const slug of ["continuous-delivery", "continuous-deployment"]) {
      expect(file(`terms/${slug}.md`)).toContain("aliases:\n  - name: CD\n    ambiguous: true\n");
    }
    expect(file("terms/continuous-delivery.md")).toContain("[continuous deployment](/terms/continuous-deployment/)");
  });

  it("maps Jekyll: collections, posts with dated names, drafts, Liquid links and the site title", () => {
    const { run, file } = importInto(fixture("jekyll"));
    expect(file("site.yaml")).toBe("title: Web Performance Words\n");
    expect(run.stdout).toContain("index.md: skipped, the overview page of its folder");
    expect(file("terms/latency.md")).toContain("published: 2023-05-06");
    expect(file("terms/latency.md")).toContain("[CDN]: /terms/cdn/");
    expect(file("terms/throughput.md")).toContain("draft: true");
    const cdn = file("terms/cdn.md");
    expect(cdn).toContain("[latency](/terms/latency/)");
    expect(cdn).toContain("[cache](/terms/cache/)");
    expect(cdn).toContain("its throughput\nis rarely");
    expect(run.stdout).toContain("leads to a draft");
    const cache = file("terms/cache.md");
    expect(cache).toContain("[CDN](/terms/cdn/)");
    expect(cache).toContain("the origin server.");
    expect(cache).not.toContain("{% include");
    expect(cache).toContain("{% if page.cached %}{{ page.title }}{% endif %}");
  });

  it("maps Docusaurus: ids, links by id and by file, drafts, admonitions, MDX and images", () => {
    const { run, file } = importInto(fixture("docusaurus"));
    const term = file("terms/idempotent.md");
    expect(term).toContain("title: Idempotent request");
    expect(term).toContain("category: api-design");
    expect(term).toContain("[retry](/terms/retry/)");
    expect(term).not.toMatch(/import |:::|<Tabs>|<TabItem/);
    expect(term).toContain("\nSend an `Idempotency-Key` header");
    expect(term).toContain("\nHow a retry flows\n");
    expect(term).toContain("![Logo](/img/logo.svg)");
    expect(run.stdout).toContain("copy the file to public/img/logo.svg");
    expect(file("terms/retry.md")).toContain("[idempotent](/terms/idempotent/)");
    expect(file("terms/retry.md")).toContain(
      "see also webhooks and [the HTTP spec](https://www.rfc-editor.org/rfc/rfc9110)",
    );
    expect(file("terms/webhook.md")).toContain("draft: true");
    expect(file("terms/webhook.md")).toContain("[idempotent](/terms/idempotent/)");
    expect(file("terms/rate-limiting.md")).toContain("title: Rate limiting");
    expect(run.stdout).toContain("rate-limit.md: kept out: unlisted");
  });

  it("maps Starlight: the title's heading, components, asides, anchors and the last update as the date", () => {
    const { run, file } = importInto(fixture("starlight"));
    expect(run.stdout).toContain("src/content/docs/index.mdx: skipped");
    const dns = file("terms/dns.md");
    expect(dns).toContain("published: 2025-01-15");
    expect(run.stdout).toContain("no date: published set to the last update (2025-01-15)");
    expect(dns).toContain("aliases:\n  - DNS\n");
    expect(dns).not.toMatch(/^# |<Aside|:::/m);
    expect(dns).toContain("[IP address](/terms/ip-address/)");
    expect(dns).toContain("secured with TLS only");
    expect(file("terms/ip-address.md")).toContain("[Domain Name System](/terms/dns/)");
    expect(run.stdout).toContain("`#how-it-works` is no heading of dns");
  });

  it("reads hostile folders without a stack trace and reports each file it skipped", () => {
    const input = mkdtempSync(join(tmpdir(), "import-input-"));
    const outside = mkdtempSync(join(tmpdir(), "import-outside-"));
    writeFileSync(join(outside, "secret.md"), "---\ntitle: Secret\n---\nNot to be read.\n");
    writeFileSync(join(input, "good.md"), "---\ntitle: Good\n---\nGood is fine.\n");
    writeFileSync(join(input, "latin1.md"), Buffer.from("---\ntitle: Caf\xe9\n---\nCaf\xe9.\n", "latin1"));
    writeFileSync(join(input, "empty.md"), "");
    writeFileSync(join(input, "unclosed.md"), "---\ntitle: Open\nBody without an end.\n");
    writeFileSync(join(input, "binary.md"), Buffer.from([0, 1, 2, 255, 0]));
    symlinkSync(join(outside, "secret.md"), join(input, "link.md"));
    symlinkSync(outside, join(input, "folder-link"));
    let deep = input;
    for (let level = 0; level < 40; level++) deep = join(deep, "d");
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, "deep.md"), "---\ntitle: Deep\n---\nDeep down.\n");
    const { run, out } = importInto(input);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Imported 1 term(s)");
    for (const name of ["latin1.md", "empty.md", "unclosed.md", "binary.md"]) {
      expect(run.stdout).toMatch(new RegExp(`${name.replace(".", "\\.")}: skipped`));
    }
    expect(run.stdout).toContain("link.md: symbolic link, not followed");
    expect(run.stdout).toContain("folder-link: symbolic link, not followed");
    expect(run.stdout).toContain("too deep, not read");
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(out, "terms"))).toEqual(["good.md"]);
  });

  it("refuses an output folder that exists, one inside the input, and bad usage, writing nothing", () => {
    const existing = mkdtempSync(join(tmpdir(), "import-"));
    const exists = runScript("import", [fixture("hugo"), "--out", existing], existing);
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain("already exists");
    expect(readdirSync(existing)).toEqual([]);
    const input = mkdtempSync(join(tmpdir(), "import-input-"));
    writeFileSync(join(input, "good.md"), "---\ntitle: Good\n---\nGood is fine.\n");
    const inside = runScript("import", [input, "--out", join(input, "new", "out")], input);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain("must not be inside the folder to import");
    expect(readdirSync(input)).toEqual(["good.md"]);
    expect(runScript("import", [], input).status).toBe(2);
    expect(runScript("import", [join(input, "missing")], input).stderr).toContain("is not a folder");
    for (const run of [exists, inside]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("ends with status 1 and writes nothing when no file can be imported", () => {
    const input = mkdtempSync(join(tmpdir(), "import-input-"));
    writeFileSync(join(input, "notes.txt"), "not Markdown");
    writeFileSync(join(input, "plain.md"), "# No front matter\n\nJust text.\n");
    const { run, out } = importInto(input);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no term could be imported");
    expect(() => statSync(out)).toThrow();
  });
});
