import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askUrl } from "../../scripts/lib/sources/askUrl.ts";
import { runPerHost } from "../../scripts/lib/sources/hostQueue.ts";
import { isFresh, movedTo, type SourceAnswer, sourceProblems } from "../../src/core/checks/sourceHealth.ts";
import { type FakeRemote, SLOW_MS, startFakeRemote } from "../helpers/fakeRemote.ts";
import { runScriptAsync } from "../helpers/runScript.ts";

let remote: FakeRemote;
const folders: string[] = [];

beforeAll(async () => {
  remote = await startFakeRemote();
});

afterAll(async () => {
  await remote.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A port on the loopback address that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An entry file citing `urls` as its sources. */
function entry(title: string, urls: readonly string[]): string {
  const sources = urls.map((url, index) => `  - title: Source ${index + 1}\n    url: ${url}\n`).join("");
  return `---\ntitle: ${title}\ndescription: A short test definition.\ncategory: basics\nlevel: beginner\npublished: 2026-01-01\nsources:\n${sources}---\n\n${title} is a test entry.\n`;
}

/** A glossary whose entries cite the given URLs (one entry per list), and a cache file beside it. */
function glossary(...lists: string[][]): { root: string; cache: string } {
  const folder = mkdtempSync(join(tmpdir(), "check-sources-"));
  folders.push(folder);
  const root = join(folder, "content");
  mkdirSync(join(root, "terms"), { recursive: true });
  writeFileSync(join(root, "site.yaml"), "title: Sources\nrepository: https://github.com/example/glossary\n");
  writeFileSync(join(root, "categories.yaml"), "- id: basics\n  title: Basics\n  description: The basics.\n");
  lists.forEach((urls, index) => {
    writeFileSync(join(root, `terms/entry-${index + 1}.md`), entry(`Entry ${index + 1}`, urls));
  });
  return { root, cache: join(folder, "cache.json") };
}

const check = (root: string, cache: string, extra: string[] = []) =>
  runScriptAsync("check-sources", ["--cache", cache, "--timeout", "1500", "--slow", "400", ...extra], root);

describe("npm run check-sources against a local server", () => {
  it("reports dead, moved and slow sources at their line, and passes the others", async () => {
    const port = await closedPort();
    const paths = ["/ok", "/head-refused", "/moved", "/chain", "/temporary", "/loop", "/gone", "/broken"];
    const { root, cache } = glossary([
      ...paths.map((path) => `${remote.origin}${path}`),
      `${remote.origin}/slow`,
      `${remote.origin}/silent`,
      `http://127.0.0.1:${port}/refused`,
    ]);
    const run = await check(root, cache);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    const at = (url: string) => lines.filter((line) => line.includes(`sources: \`${url}\``));
    const file = `${root}/terms/entry-1.md`;
    expect(at(`${remote.origin}/gone`)).toEqual([
      `${file}:21:10  sources: \`${remote.origin}/gone\` answers 404: replace it with a working source, or an archived copy (web.archive.org)  (source-dead)`,
    ]);
    expect(at(`${remote.origin}/broken`)[0]).toContain("answers 500");
    expect(at(`${remote.origin}/silent`)[0]).toContain("gave no answer within 1.5 s: replace it");
    expect(at(`http://127.0.0.1:${port}/refused`)[0]).toContain("refused the connection");
    expect(at(`${remote.origin}/loop`)[0]).toContain("too many redirects");
    expect(at(`${remote.origin}/moved`)[0]).toContain(
      `has moved permanently to \`${remote.origin}/ok\`: write the new address  (source-moved)`,
    );
    expect(at(`${remote.origin}/chain`)[0]).toContain(`moved permanently to \`${remote.origin}/ok\``);
    expect(at(`${remote.origin}/slow`)[0]).toMatch(/took 0\.\d s to answer.*\(source-slow\)/);
    for (const fine of ["/ok", "/head-refused", "/temporary"]) expect(at(`${remote.origin}${fine}`)).toEqual([]);
    expect(run.stdout).toContain("11 source URL(s): 11 asked, 0 from the cache");
    expect(remote.requests.filter((r) => r.path === "/head-refused").map((r) => r.method)).toEqual(["HEAD", "GET"]);
    expect(remote.requests.every((r) => r.userAgent.includes("glossary-generator-check-sources/"))).toBe(true);
    expect(remote.requests[0]?.userAgent).toContain("https://github.com/example/glossary");
    expect(SLOW_MS).toBeGreaterThan(400);
  }, 30_000);

  it("asks again only stale and dead URLs, and every one with --max-age 0", async () => {
    const { root, cache } = glossary([`${remote.origin}/ok`, `${remote.origin}/gone`]);
    const first = await check(root, cache);
    expect(first.stdout).toContain("2 asked, 0 from the cache");
    const asked = remote.requests.length;
    const second = await check(root, cache);
    expect(second.stdout).toContain("1 asked, 1 from the cache");
    expect(remote.requests.slice(asked).map((request) => request.path)).toEqual(["/gone", "/gone"]);
    expect(second.stdout).toContain("answers 404");
    expect(second.status).toBe(1);
    const cached = JSON.parse(readFileSync(cache, "utf8")).answers[`${remote.origin}/gone`];
    expect(cached.status).toBe(404);
    expect(Date.parse(cached.checkedAt)).toBeGreaterThan(Date.now() - 60_000);
    const third = await check(root, cache, ["--max-age", "0"]);
    expect(third.stdout).toContain("2 asked, 0 from the cache");
  }, 30_000);

  it("keeps to the limit of requests in flight to one host", async () => {
    const urls = Array.from({ length: 8 }, (_, index) => `${remote.origin}/busy/${index}`);
    const { root, cache } = glossary(urls);
    remote.resetMostAtOnce();
    const run = await check(root, cache, ["--per-host", "2", "--concurrency", "8"]);
    expect(run.status).toBe(0);
    expect(remote.requests.filter((r) => r.path.startsWith("/busy/")).length).toBe(8);
    expect(remote.mostAtOnce()).toBe(2);
  }, 30_000);

  it("prints GitHub annotations and JSON like validate", async () => {
    const { root, cache } = glossary([`${remote.origin}/gone`, `${remote.origin}/moved`]);
    const github = await check(root, cache, ["--format", "github"]);
    const file = `${root}/terms/entry-1.md`.replace(/:/g, "%3A").replace(/,/g, "%2C");
    expect(github.stdout).toContain(`::error file=${file},line=9,col=10,title=source-dead::`);
    expect(github.stdout).toContain(`::warning file=${file},line=11,col=10,title=source-moved::`);
    const json = JSON.parse((await check(root, cache, ["--format", "json"])).stdout);
    expect(json.sources).toBe(2);
    expect(json.asked).toBe(1);
    expect(JSON.stringify(json)).toContain("source-dead");
  }, 30_000);

  it("checks with --base only the sources the files add or change since that revision", async () => {
    const { root, cache } = glossary([`${remote.origin}/gone`]);
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: root });
    expect(git("init", "-q").status).toBe(0);
    git("add", ".");
    expect(git("commit", "-q", "-m", "first").status).toBe(0);
    writeFileSync(
      join(root, "terms/entry-1.md"),
      entry("Entry 1", [`${remote.origin}/gone`, `${remote.origin}/broken`]),
    );
    const run = await check(root, cache, ["--base", "HEAD", join(root, "terms/entry-1.md")]);
    expect(run.stdout).toContain("answers 500");
    expect(run.stdout).not.toContain("/gone");
    expect(run.stdout).toContain("1 source URL(s): 1 asked");
    const bad = await check(root, cache, ["--base", "--no-such"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("refuses bad options with exit status 2 and no stack trace", async () => {
    const { root, cache } = glossary([]);
    for (const args of [
      ["--timeout", "soon"],
      ["--format", "xml"],
      ["--per-host", "0"],
    ]) {
      const run = await check(root, cache, args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^check-sources: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  }, 30_000);
});

describe("askUrl", () => {
  it("says a host name that does not resolve is dead, without asking the network", async () => {
    const lookup = ((_host: string, _options: unknown, callback: (error: NodeJS.ErrnoException) => void) =>
      callback(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }))) as never;
    const answer = await askUrl("http://no-such-host.example/", { timeoutMs: 1000, userAgent: "test", lookup });
    expect(answer.error).toBe("dns");
    expect(answer.status).toBeUndefined();
  });
});

describe("runPerHost", () => {
  it("runs at most the given number at once in all and per host, and returns every result", async () => {
    let now = 0;
    let most = 0;
    const perHost = new Map<string, number>();
    let mostPerHost = 0;
    const urls = [
      ...Array.from({ length: 6 }, (_, i) => `https://a.example/${i}`),
      ...Array.from({ length: 6 }, (_, i) => `https://b.example/${i}`),
    ];
    const results = await runPerHost(urls, { total: 3, perHost: 2 }, async (url) => {
      const host = new URL(url).host;
      now++;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      most = Math.max(most, now);
      mostPerHost = Math.max(mostPerHost, perHost.get(host) ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 5));
      now--;
      perHost.set(host, (perHost.get(host) ?? 0) - 1);
      return url.length;
    });
    expect(results.size).toBe(12);
    expect(most).toBe(3);
    expect(mostPerHost).toBe(2);
  });
});

describe("source health", () => {
  const answer = (fields: Partial<SourceAnswer>): SourceAnswer => ({
    checkedAt: "2026-12-01T00:00:00.000Z",
    redirects: [],
    ms: 10,
    ...fields,
  });

  it("uses an answer again only while it is younger than the maximum age", () => {
    const now = new Date("2026-12-05T00:00:00.000Z");
    expect(isFresh(answer({ status: 200 }), now, 7)).toBe(true);
    expect(isFresh(answer({ status: 404 }), now, 7)).toBe(false);
    expect(isFresh(answer({ error: "dns" }), now, 7)).toBe(false);
    expect(isFresh(answer({ status: 200 }), now, 4)).toBe(false);
    expect(isFresh(answer({ status: 200, checkedAt: "" }), now, 7)).toBe(false);
    expect(isFresh(answer({ status: 200, checkedAt: "2027-01-01T00:00:00.000Z" }), now, 7)).toBe(false);
  });

  it("calls a source moved only when every redirect is permanent and the end answers", () => {
    const hop = (status: number, to: string) => ({ status, to });
    expect(movedTo(answer({ status: 200, redirects: [hop(301, "https://a/"), hop(308, "https://b/")] }))).toBe(
      "https://b/",
    );
    expect(movedTo(answer({ status: 200, redirects: [hop(301, "https://a/"), hop(302, "https://b/")] }))).toBe(
      undefined,
    );
    expect(movedTo(answer({ status: 404, redirects: [hop(301, "https://a/")] }))).toBe(undefined);
  });

  it("leaves out links it has no answer for", () => {
    const link = { file: "terms/a.md", position: { line: 3, column: 10 }, url: "https://x.example/" };
    expect(sourceProblems([link], new Map(), { timeoutMs: 1000, slowMs: 500 })).toEqual([]);
  });
});
