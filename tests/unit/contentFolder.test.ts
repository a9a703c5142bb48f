import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { errorsOf, loadGlossary } from "../../src/core/content/glossary.ts";
import { MAX_FOLDER_DEPTH } from "../../src/core/content/termsFolder.ts";
import { entryText } from "../helpers/entryText.ts";
import { runScript } from "../helpers/runScript.ts";
import { caseFolders, caseReport } from "../helpers/validateCase.ts";

/**
 * Content folders that git cannot hold (symbolic links, thousands of nested folders, a huge sparse file, a folder
 * where a file belongs), built at run time over the base glossary of the validator fixtures.
 */
const folder = caseFolders();
const base = () => folder("valid-bom-crlf-tabs");

const outside: string[] = [];
afterEach(() => {
  for (const path of outside.splice(0)) rmSync(path, { recursive: true, force: true });
});

/** A folder outside every content folder, removed after the test. */
function elsewhere(): string {
  const path = mkdtempSync(join(tmpdir(), "outside-content-"));
  outside.push(path);
  return path;
}

/** Nests `depth` folders named `name` inside `parent`, without ever naming a path longer than two of them. */
function nestFolders(parent: string, name: string, depth: number): void {
  const work = mkdtempSync(join(tmpdir(), "nest-"));
  outside.push(work);
  mkdirSync(join(work, "top"));
  for (let level = 1; level < depth; level++) {
    mkdirSync(join(work, "next"));
    renameSync(join(work, "top"), join(work, "next", name));
    renameSync(join(work, "next"), join(work, "top"));
  }
  renameSync(join(work, "top"), join(parent, name));
}

/** `validate` on a content folder must fail with exit 1, name each fragment, and show no stack trace. */
function expectReported(root: string, ...fragments: string[]): void {
  const run = runScript("validate", [], root);
  const printed = `${run.stdout}\n${run.stderr}`;
  expect(run.status).toBe(1);
  for (const fragment of fragments) expect(run.stdout).toContain(fragment);
  expect(printed).not.toMatch(/^ {4}at /m);
  expect(printed).not.toMatch(/\b[A-Z]\w*Error\b/);
  expect(run.stderr).toBe("");
}

/** A valid entry for the base glossary, titled Gamma. */
const ENTRY = entryText([
  "title: Gamma",
  "description: A third test entry.",
  "category: basics",
  "level: beginner",
  "published: 2026-04-21",
]);

/** The report without its warnings (a new entry is an orphan, which is beside the point here). */
const errorLines = (root: string) => caseReport(root).filter((line) => !line.startsWith("warning "));

describe("symbolic links under terms/", () => {
  it("reports a link to `/` and a link back up as problems, following neither", () => {
    const root = base();
    symlinkSync("/", join(root, "terms/root"));
    symlinkSync("..", join(root, "terms/loop"));
    expect(caseReport(root)).toEqual([
      "warning terms/loop:1:1  is a symbolic link to a folder and is not followed (linked folders list entries twice, or forever): move the files into a real folder  (symlink-folder)",
      "terms/root:1:1  is a symbolic link to `/`, outside the content folder: the site must not publish files from elsewhere; copy what it needs into the content folder and remove the link  (symlink-outside)",
    ]);
    expectReported(root, `${root}/terms/root:1:1  is a symbolic link to \`/\``);
  });

  it("does not read a linked file from outside the content folder", () => {
    const root = base();
    const secret = join(elsewhere(), "secret.md");
    writeFileSync(secret, ENTRY);
    symlinkSync(secret, join(root, "terms/gamma.md"));
    const glossary = loadGlossary(root);
    expect(glossary.entries.map((entry) => entry.slug)).toEqual(["alpha", "beta"]);
    expect(errorsOf(glossary).map((p) => `${p.file} ${p.rule}`)).toEqual(["terms/gamma.md symlink-outside"]);
    expectReported(root, "terms/gamma.md:1:1  is a symbolic link to", "(symlink-outside)");
  });

  it("reports links that point nowhere or at each other", () => {
    const root = base();
    symlinkSync("missing.md", join(root, "terms/gone.md"));
    symlinkSync("two.md", join(root, "terms/one.md"));
    symlinkSync("one.md", join(root, "terms/two.md"));
    expect(caseReport(root)).toEqual([
      "terms/gone.md:1:1  is a symbolic link to `missing.md`, which does not exist: remove the link or restore its target  (symlink-broken)",
      "terms/one.md:1:1  is a symbolic link that leads back to itself: remove it  (symlink-broken)",
      "terms/two.md:1:1  is a symbolic link that leads back to itself: remove it  (symlink-broken)",
    ]);
    expectReported(root, "terms/gone.md:1:1", "terms/one.md:1:1");
  });

  it("reads a linked file inside the content folder as the entry, and does not follow a linked folder", () => {
    const root = base();
    mkdirSync(join(root, "shared"));
    writeFileSync(join(root, "shared/gamma.md"), ENTRY);
    writeFileSync(join(root, "shared/delta.md"), ENTRY);
    symlinkSync("../shared/gamma.md", join(root, "terms/gamma.md"));
    symlinkSync("../shared", join(root, "terms/shared"));
    const glossary = loadGlossary(root);
    expect(glossary.entries.map((entry) => entry.slug)).toEqual(["alpha", "beta", "gamma"]);
    expect(errorsOf(glossary)).toEqual([]);
    expect(glossary.problems.map((p) => `${p.file} ${p.rule}`)).toContain("terms/shared symlink-folder");
  });

  it("catches a linked file that repeats another entry, as a copy would be", () => {
    const root = base();
    symlinkSync("beta.md", join(root, "terms/gamma.md"));
    expect(errorsOf(loadGlossary(root)).map((p) => `${p.file} ${p.rule}`)).toEqual(["terms/gamma.md title-duplicate"]);
  });
});

describe("folders under terms/", () => {
  it("reads 16 levels of folders, and reports a deeper folder once without descending 5,000 levels", () => {
    const root = base();
    const name = "a";
    nestFolders(join(root, "terms"), name, 5000);
    const atBound = ["terms", ...Array(MAX_FOLDER_DEPTH).fill(name)].join("/");
    writeFileSync(join(root, atBound, "gamma.md"), ENTRY);
    const tooDeep = `${atBound}/${name}`;
    expect(errorLines(root)).toEqual([
      `${tooDeep}:1:1  folder is more than 16 levels below terms/, so nothing in it is read: move its files into a folder higher up  (folder-too-deep)`,
    ]);
    expect(loadGlossary(root).entries.map((entry) => entry.slug)).toContain("gamma");
    expectReported(root, `${root}/${tooDeep}:1:1  folder is more than 16 levels below terms/`);
  });

  it("reports a folder whose path is too long for the file system, naming it", () => {
    const root = base();
    const name = "n".repeat(255);
    nestFolders(join(root, "terms"), name, MAX_FOLDER_DEPTH);
    const problems = errorsOf(loadGlossary(root));
    expect(problems.map((p) => p.rule)).toEqual(["file-unreadable"]);
    expect(problems[0]?.file).toMatch(/^terms\/n{255}\//);
    expect(problems[0]?.message).toBe(
      "cannot be read (its path is longer than the file system allows, ENAMETOOLONG): use shorter folder or file names",
    );
    expectReported(root, "(file-unreadable)");
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)("reports a folder it may not read", async () => {
    const { chmodSync } = await import("node:fs");
    const root = base();
    mkdirSync(join(root, "terms/locked"));
    chmodSync(join(root, "terms/locked"), 0);
    try {
      expect(errorsOf(loadGlossary(root)).map((p) => `${p.file} ${p.rule}`)).toEqual(["terms/locked file-unreadable"]);
    } finally {
      chmodSync(join(root, "terms/locked"), 0o755);
    }
  });

  it.skipIf(process.platform === "win32")("reports a pipe instead of waiting for it", async () => {
    const { execFileSync } = await import("node:child_process");
    const root = base();
    execFileSync("mkfifo", [join(root, "terms/pipe.md")]);
    expect(caseReport(root)).toEqual([
      "terms/pipe.md:1:1  is not a regular file (a pipe, socket or device): content is plain files; remove it  (not-a-file)",
    ]);
  });
});

describe("files that are not what they should be", () => {
  it("rejects a 600 MB entry by its size, without reading it", () => {
    const root = base();
    truncateSync(join(root, "terms/beta.md"), 600 * 1024 * 1024);
    const started = performance.now();
    expect(caseReport(root)).toEqual([
      "terms/beta.md:1:1  is 600.0 MiB, over the 1 MiB limit for an entry: split it or remove what does not belong  (file-too-large)",
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    expectReported(root, `${root}/terms/beta.md:1:1  is 600.0 MiB`);
  });

  it("reports site.yaml and categories.yaml that are folders, and no missing categories", () => {
    const root = base();
    mkdirSync(join(root, "site.yaml"));
    rmSync(join(root, "categories.yaml"));
    mkdirSync(join(root, "categories.yaml"));
    expect(caseReport(root)).toEqual([
      "categories.yaml:1:1  is a folder: categories.yaml must be a file; rename or remove the folder  (not-a-file)",
      "site.yaml:1:1  is a folder: site.yaml must be a file; rename or remove the folder  (not-a-file)",
    ]);
    expectReported(root, `${root}/site.yaml:1:1  is a folder`, `${root}/categories.yaml:1:1  is a folder`);
  });

  it("reports site.yaml linked from outside the content folder, and reads one linked from inside", () => {
    const root = base();
    const settings = join(elsewhere(), "site.yaml");
    writeFileSync(settings, "title: Elsewhere\n");
    symlinkSync(settings, join(root, "site.yaml"));
    expect(errorsOf(loadGlossary(root)).map((p) => `${p.file} ${p.rule}`)).toEqual(["site.yaml symlink-outside"]);
    rmSync(join(root, "site.yaml"));
    writeFileSync(join(root, "settings.yaml"), "title: Inside\n");
    symlinkSync("settings.yaml", join(root, "site.yaml"));
    const glossary = loadGlossary(root);
    expect(glossary.settings.title).toBe("Inside");
    expect(glossary.problems).toEqual([]);
  });

  it("reports terms/ that is a file, or a link", () => {
    const root = base();
    rmSync(join(root, "terms"), { recursive: true });
    writeFileSync(join(root, "terms"), "not a folder\n");
    expect(caseReport(root)).toEqual([
      "terms:1:1  is not a folder: terms/ is a folder with one Markdown file per entry  (not-a-folder)",
    ]);
    expectReported(root, `${root}/terms:1:1  is not a folder`);
    rmSync(join(root, "terms"));
    const real = elsewhere();
    symlinkSync(real, join(root, "terms"));
    expect(caseReport(root)).toEqual([
      "terms:1:1  is a symbolic link, and links to folders are not followed: make terms/ a real folder, or point GLOSSARY_CONTENT at the content folder it links to  (not-a-folder)",
    ]);
  });
});
