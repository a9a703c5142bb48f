import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFolders, createStaging, removeLeftoverBuildFolders } from "../../scripts/lib/buildFolders.ts";
import { BUILD_MARKER, isReplaceableOutput, markBuildOutput } from "../../scripts/lib/buildOutput.ts";
import { outputFolderRefusal } from "../../scripts/lib/outputFolder.ts";
import { realPath } from "../../scripts/lib/realPath.ts";
import { missingUrlWarning } from "../../scripts/lib/siteUrlWarning.ts";
import { cacheDirFor } from "../../src/astro/cacheDir.ts";
import { astroEnv, projectRoot } from "../helpers/astroBuild.ts";
import { foldersBeside } from "../helpers/foldersBeside.ts";
import { runScript } from "../helpers/runScript.ts";
import { caseFolder } from "../helpers/validateCase.ts";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const scratch = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `build-cli-${name}-`));
  temporary.push(dir);
  return dir;
};

/** A valid content folder of its own (the validator's base glossary, which has no site.yaml), cache included. */
function content(): string {
  const root = caseFolder("valid-bom-crlf-tabs");
  temporary.push(root, join(projectRoot, cacheDirFor(root)));
  return root;
}

/** Every file and folder under a folder, relative to it, with the bytes of each file. */
function tree(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), entry.isFile() ? readFileSync(path, "utf8") : "(folder)"];
    }),
  );
}

const build = (root: string, outDir: string) => runScript("build", ["--out-dir", outDir], root);

/** The process id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid as number;

describe("npm run build refuses an output folder it must not replace", () => {
  it.each([
    ["the content folder", (root: string) => root, "is the content folder"],
    ["a folder inside it", (root: string) => join(root, "terms"), "lies inside the content folder"],
    ["a folder around it", (root: string) => join(root, ".."), "contains the content folder"],
    ["the content folder by way of ..", (root: string) => `${root}/../x/../${basename(root)}`, "is the content folder"],
  ])("%s", (_, outDir, reason) => {
    const root = content();
    const before = tree(root);
    const run = build(root, outDir(root));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain("which a build must never replace");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(tree(root)).toEqual(before);
  });

  it("a symbolic link to the content folder, and a path through a link and ..", () => {
    const root = content();
    const parent = scratch("links");
    symlinkSync(root, join(parent, "site"));
    mkdirSync(join(root, "nested"));
    symlinkSync(join(root, "nested"), join(parent, "deep"));
    const before = tree(root);
    for (const outDir of [join(parent, "site"), `${parent}/deep/../x`]) {
      const run = build(root, outDir);
      expect(run.status, outDir).toBe(2);
      expect(run.stderr, outDir).toMatch(/(is|lies inside) the content folder/);
    }
    expect(tree(root)).toEqual(before);
  });

  it("a folder under a file, and a content folder that is not a folder", () => {
    const root = content();
    const parent = scratch("under-file");
    writeFileSync(join(parent, "site"), "a file");
    const under = build(root, join(parent, "site/sub"));
    expect(under.status).toBe(2);
    expect(under.stderr).toContain("lies under");
    expect(under.stderr).toContain("which is a file");
    const notFolder = build(join(root, "categories.yaml"), join(parent, "dist"));
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toContain("is not a folder. Nothing was built or changed.");
    expect(readdirSync(parent)).toEqual(["site"]);
  });

  it("an existing folder that is not a build's output, and a file", () => {
    const root = content();
    const parent = scratch("existing");
    mkdirSync(join(parent, "notes"));
    writeFileSync(join(parent, "notes/todo.txt"), "keep me");
    writeFileSync(join(parent, "site"), "a file");
    const folder = build(root, join(parent, "notes"));
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("already exists and is not the output of an earlier build");
    const file = build(root, join(parent, "site"));
    expect(file.status).toBe(2);
    expect(file.stderr).toContain("is a file, not a folder");
    expect(tree(parent)).toEqual({ notes: "(folder)", "notes/todo.txt": "keep me", site: "a file" });
  });
});

describe("the output folder rules", () => {
  const keepOut = () => ({ contentRoot: content(), projectRoot });

  it("keep the project's own folders, its root and what contains it out of reach", () => {
    const places = keepOut();
    const cases: [string, string][] = [
      [".", "is the project's root folder"],
      ["src", "is the project's src/ folder"],
      ["src/site", "lies inside the project's src/ folder"],
      ["public", "is the project's public/ folder"],
      ["scripts/out", "lies inside the project's scripts/ folder"],
      ["tests", "is the project's tests/ folder"],
      ["content", "is the project's content/ folder"],
      [".github", "is the project's .github/ folder"],
      [".ci/out", "lies inside the project's .ci/ folder"],
      ["node_modules", "is the project's node_modules/ folder"],
      [".git", "is the project's .git/ folder"],
      ["package.json", "is a file, not a folder"],
    ];
    for (const [outDir, reason] of cases) {
      expect(outputFolderRefusal(join(projectRoot, outDir), places), outDir).toContain(reason);
    }
    for (const around of ["..", "/"])
      expect(outputFolderRefusal(resolve(projectRoot, around), places)).toMatch(/^contains the /);
    expect(outputFolderRefusal(join(projectRoot, "dist-of-a-test-that-does-not-exist"), places)).toBeUndefined();
  });

  it("accept a new folder, an empty one, a marked output and one shaped like an output from before the marker", () => {
    const places = keepOut();
    const parent = scratch("outputs");
    expect(outputFolderRefusal(join(parent, "new/dist"), places)).toBeUndefined();
    mkdirSync(join(parent, "empty"));
    expect(outputFolderRefusal(join(parent, "empty"), places)).toBeUndefined();
    mkdirSync(join(parent, "marked"));
    writeFileSync(join(parent, "marked/index.html"), "");
    expect(isReplaceableOutput(join(parent, "marked"))).toBe(false);
    markBuildOutput(join(parent, "marked"));
    expect(readdirSync(join(parent, "marked")).sort()).toEqual([BUILD_MARKER, "index.html"]);
    expect(outputFolderRefusal(join(parent, "marked"), places)).toBeUndefined();
    mkdirSync(join(parent, "older/pagefind"), { recursive: true });
    for (const file of ["index.html", "terms.json", "pagefind/pagefind-entry.json"]) {
      writeFileSync(join(parent, "older", file), "{}");
    }
    expect(outputFolderRefusal(join(parent, "older"), places)).toBeUndefined();
  });

  it("follow symbolic links before `..`, as the file system does", () => {
    const parent = realPath(scratch("real"));
    mkdirSync(join(parent, "a/b"), { recursive: true });
    symlinkSync(join(parent, "a/b"), join(parent, "link"));
    expect(realPath(`${parent}/link/../c`)).toBe(join(parent, "a/c"));
    expect(realPath("x/../y", parent)).toBe(join(parent, "y"));
    symlinkSync(join(parent, "nowhere"), join(parent, "dangling"));
    expect(() => realPath(join(parent, "dangling/dist"))).toThrow("is a symbolic link that leads to nothing");
  });
});

describe("the folders of killed builds", () => {
  it("moves a killed build's previous output back when the output itself is gone, and removes the rest", () => {
    const parent = scratch("restore");
    const dead = deadPid();
    mkdirSync(join(parent, `dist.previous-${dead}`));
    writeFileSync(join(parent, `dist.previous-${dead}/${BUILD_MARKER}`), "");
    writeFileSync(join(parent, `dist.previous-${dead}/index.html`), "the last good site");
    createStaging(buildFolders(join(parent, "dist"), dead));
    const removed = removeLeftoverBuildFolders(join(parent, "dist"));
    expect(removed).toEqual([join(parent, `dist.staging-${dead}`)]);
    expect(readdirSync(parent)).toEqual(["dist"]);
    expect(readFileSync(join(parent, "dist/index.html"), "utf8")).toBe("the last good site");
  });

  it("leaves alone folders of such names that no build made, a content folder among them", () => {
    const parent = scratch("not-ours");
    const dead = deadPid();
    cpSync(join(projectRoot, "tests/fixtures/validate/_base"), join(parent, `site.staging-${dead}`), {
      recursive: true,
    });
    mkdirSync(join(parent, `site.previous-${dead + 1}`));
    writeFileSync(join(parent, `site.previous-${dead + 1}/notes.txt`), "keep me");
    expect(removeLeftoverBuildFolders(join(parent, "site"))).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual([`site.previous-${dead + 1}`, `site.staging-${dead}`]);
    expect(readdirSync(join(parent, `site.staging-${dead}/terms`))).toEqual(["alpha.md", "beta.md"]);
  });
});

describe("npm run build", () => {
  it("removes the folders of dead builds, marks its output and warns when site.yaml sets no url", async () => {
    const root = content();
    const parent = scratch("leftovers");
    const dead = deadPid();
    createStaging(buildFolders(join(parent, "dist"), dead));
    mkdirSync(join(parent, `dist.staging-${dead}/site/terms`), { recursive: true });
    writeFileSync(join(parent, `dist.staging-${dead}/site/terms/index.html`), "half built");
    mkdirSync(join(parent, `dist.previous-${dead}`));
    mkdirSync(join(parent, `dist.staging-${process.pid}`));
    const run = build(root, join(parent, "dist"));
    expect(run.status, run.stderr).toBe(0);
    // No line per page (src/astro/pageLogger.mjs), but the summary of what was built.
    expect(run.stdout).not.toMatch(/[├└]─|index\.html|\(\+[\d.]+m?s\)/);
    expect(run.stdout).toMatch(/\d+ page\(s\) built in/);
    // The dead build's previous output was moved back as the output, and the build kept it beside as its spare.
    expect((await foldersBeside(join(parent, "dist"))).sort()).toEqual([
      "dist",
      "dist.spare",
      `dist.staging-${process.pid}`,
    ]);
    expect(readdirSync(join(parent, "dist"))).toContain(BUILD_MARKER);
    const warnings = run.stderr.split("\n").filter((line) => line.includes("`url` is not set"));
    expect(warnings).toEqual([missingUrlWarning(root)]);
    expect(warnings[0]).toContain("every absolute link");
    expect(warnings[0]).toContain("http://localhost:4321/");
  }, 120_000);

  it("builds the pages in a process of its own, which gives a build over its heap limit another go without one", () => {
    const outDir = join(scratch("heap-limit"), "site");
    const pagesProcess = join(projectRoot, "scripts/lib/pagesProcess.ts");
    // 16 MB is less than Astro needs to start: the first attempt runs out of memory, the second builds.
    const run = spawnSync(process.execPath, [pagesProcess, outDir, "16"], {
      cwd: projectRoot,
      env: { ...astroEnv(content()), GLOSSARY_SEARCH_JOB: join(outDir, "..", "job.json") },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("the pages needed more than 16 MB of heap; building them again without a limit");
    expect(run.stderr).not.toMatch(/FATAL ERROR|^\s+at /m);
    expect(readdirSync(join(outDir, "terms"))).toContain("alpha");
    const job = JSON.parse(readFileSync(join(outDir, "..", "job.json"), "utf8"));
    expect(job.pages).toContain("terms/alpha/index.html");
  }, 120_000);

  it("lists every page it builds with --verbose", () => {
    const run = runScript("build", ["--out-dir", join(scratch("verbose"), "dist"), "--verbose"], content());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/├─ \S*\/terms\/alpha\/index\.html/);
  }, 120_000);

  it("does not warn about the url when site.yaml sets one", () => {
    expect(missingUrlWarning(join(projectRoot, "tests/fixtures/glossary"))).toBeUndefined();
    const root = content();
    writeFileSync(join(root, "site.yaml"), "title: Test\n");
    expect(missingUrlWarning(root)).toContain("`url` is not set in");
    writeFileSync(join(root, "site.yaml"), "\uFEFFurl: https://example.org/\r\n");
    expect(missingUrlWarning(root)).toBeUndefined();
  });

  it("fails naming site.yaml and url when the url path needs encoding, and leaves no staging folder", () => {
    const root = content();
    writeFileSync(join(root, "site.yaml"), "url: https://example.org/my glossary/\n");
    const parent = scratch("bad-url");
    const run = build(root, join(parent, "dist"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("site.yaml:1:6  url: path `/my glossary/`");
    expect(run.stderr).toContain("(url-path)");
    expect(readdirSync(parent)).toEqual([]);
  }, 60_000);

  it("fails, saying so and leaving nothing behind, when the process building the pages is killed", async () => {
    const parent = scratch("pages-killed");
    const child = spawn(process.execPath, [join(projectRoot, "scripts/build.ts"), "--out-dir", join(parent, "dist")], {
      cwd: projectRoot,
      env: astroEnv(content()),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const ended = new Promise<number | null>((resolve) => child.on("close", resolve));
    let pages: number[] = [];
    for (let waited = 0; pages.length === 0 && waited < 60_000; waited += 20) {
      pages = processesNaming("pagesProcess.ts", parent);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(pages, stderr).toHaveLength(1);
    // As the kernel's out-of-memory killer would.
    process.kill(pages[0] as number, "SIGKILL");
    expect(await ended).toBe(1);
    expect(stderr).toContain("was left as it was.\nThe process building the pages was stopped by SIGKILL.");
    expect(readdirSync(parent)).toEqual([]);
  }, 120_000);

  it("removes its staging folder when stopped by SIGTERM", async () => {
    const root = content();
    const parent = scratch("sigterm");
    const child = spawn(process.execPath, [join(projectRoot, "scripts/build.ts"), "--out-dir", join(parent, "dist")], {
      cwd: projectRoot,
      env: astroEnv(root),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    let running = true;
    const ended = new Promise<number | null>((resolve) =>
      child.on("close", (code) => {
        running = false;
        resolve(code);
      }),
    );
    const staging = `dist.staging-${child.pid}`;
    while (running && !readdirSync(parent).includes(staging)) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(running, stderr).toBe(true);
    child.kill("SIGTERM");
    expect(await ended).toBe(143);
    expect(stderr).toContain("build: stopped by SIGTERM");
    expect(readdirSync(parent)).toEqual([]);
    // The process that was building the pages was stopped too, before the clean-up.
    expect(processesNaming(parent)).toEqual([]);
  }, 120_000);
});

/** The ids of running processes whose command line names every one of `texts` (Linux: read from /proc). */
function processesNaming(...texts: string[]): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
        return texts.every((text) => command.includes(text)) ? [Number(pid)] : [];
      } catch {
        return [];
      }
    });
}
