import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/runScript.ts";
import { caseFolders } from "../helpers/validateCase.ts";

const folder = caseFolders();
const validate = (root: string, ...args: string[]) => runScript("validate", args, root);

describe("npm run validate", () => {
  it("exits 0 and says so when the glossary is clean", () => {
    const run = validate(folder("valid-bom-crlf-tabs"));
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("✔ 2 entry files checked: no problems");
  });

  it("exits 0 with warnings, listed under their own heading", () => {
    const root = folder("orphan");
    const run = validate(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Warnings (these do not fail the check):");
    expect(run.stdout).toContain(`${root}/terms/gamma.md:1:1  no other entry links to this one`);
    expect(run.stdout).toContain("✔ 3 entry files checked: 0 errors and 1 warning in 1 file");
  });

  it("exits 1 and prints path:line:column  message  (rule) for every problem", () => {
    const root = folder("wrong-type");
    const run = validate(root);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines).toContain(`${root}/terms/beta.md:8:10  aliases: must be a list, not string "just one"  (wrong-type)`);
    expect(lines).toContain(
      `${root}/terms/beta.md:9:8  draft: must be true or false, not string "maybe"  (wrong-type)`,
    );
    expect(run.stdout).toContain("✖ 2 entry files checked: 2 errors and 0 warnings in 1 file");
    expect(run.stderr).toBe("");
  });

  it("prints GitHub annotations with --format github", () => {
    const root = folder("unknown-key");
    const run = validate(root, "--format", "github");
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe(
      `::error file=${root}/terms/beta.md,line=8,col=1,title=unknown-key::realted: is not a known field; did you mean \`related\`?`,
    );
  });

  it("escapes what GitHub annotations cannot hold", () => {
    const root = folder("orphan");
    const run = validate(root, "--format=github");
    expect(run.stdout).toMatch(/^::warning file=.*gamma\.md,line=1,col=1,title=orphan::no other entry/m);
  });

  it("prints machine-readable results with --format json", () => {
    const root = folder("related-missing");
    const run = validate(root, "--format", "json");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ checked: 2, errors: 1, warnings: 1 });
    expect(result.problems).toContainEqual({
      file: `${root}/terms/beta.md`,
      line: 7,
      column: 11,
      field: "related[0]",
      rule: "related-missing",
      severity: "error",
      message: "no entry has the slug `alpah`; did you mean `alpha`?",
    });
  });

  it("checks only the given files, still against the whole glossary", () => {
    const root = folder("related-missing");
    const alpha = validate(root, join(root, "terms/alpha.md"));
    expect(alpha.status).toBe(0);
    expect(alpha.stdout).toContain("1 entry file checked: 0 errors and 1 warning");
    const beta = validate(root, join(root, "terms/beta.md"));
    expect(beta.status).toBe(1);
    expect(beta.stdout).toContain("related-missing");
  });

  it("exits 2 with the usage on bad usage", () => {
    const root = folder("valid-bom-crlf-tabs");
    for (const args of [
      ["--format", "xml"],
      ["--fast"],
      [join(root, "terms/missing.md")],
      ["/"],
      [join(root, "categories.yaml")],
    ]) {
      const run = validate(root, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("Usage: npm run validate");
      expect(run.stdout).toBe("");
    }
    expect(validate(join(root, "nowhere")).status).toBe(2);
    const notAFolder = validate(join(root, "terms/beta.md"));
    expect(notAFolder.status).toBe(2);
    expect(notAFolder.stderr).toContain("is not a folder");
  });

  it("prints help and exits 0 with --help", () => {
    const run = validate(folder("valid-bom-crlf-tabs"), "--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Exit status: 0 no errors");
  });

  it("reports binary, empty and huge files without a stack trace", () => {
    const root = folder("valid-bom-crlf-tabs");
    writeFileSync(join(root, "terms/binary.md"), Buffer.from([0, 159, 146, 150, 0, 1]));
    writeFileSync(join(root, "terms/empty.md"), "");
    writeFileSync(join(root, "terms/huge.md"), `---\ntitle: Huge\n---\n${"x".repeat(2_000_000)}`);
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("terms/binary.md:1:1  is not a text file  (not-text)");
    expect(run.stdout).toContain("terms/empty.md:1:1  has no front matter");
    expect(run.stdout).toContain("terms/huge.md:1:1  is 1.9 MiB, over the 1 MiB limit");
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });
});
