import unhomoglyph from "unhomoglyph";
import type { Entry } from "../content/entry.ts";
import { nameKey } from "../content/nameKey.ts";
import type { Problem } from "./problem.ts";

/** Scripts told apart when names are compared; letters of any other script count as one more, "other". */
const SCRIPTS = ["Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Georgian", "Cherokee", "Han"] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

/** The scripts of a name's letters, e.g. `Latin+Cyrillic` for "Аlbedo" with a Cyrillic А; "" for no letters. */
export function scriptsOf(name: string): string {
  const found = new Set<string>();
  for (const letter of name.match(/\p{L}/gu) ?? []) {
    found.add(SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(letter))?.[0] ?? "other");
  }
  return [...found].sort().join("+");
}

/**
 * What a name looks like, after Unicode's confusables mapping (UTS #39, through unhomoglyph): two names with the same
 * skeleton are hard to tell apart on screen.
 */
export function skeleton(name: string): string {
  // Case is ignored after the mapping, not before: capitals have look-alikes of their own (Cyrillic "ВЕТА" and
  // "BETA"), and the mapping turns some characters into capitals (`0` into `O`).
  return unhomoglyph(name.normalize("NFKC")).toLowerCase().normalize("NFD");
}

interface NameSite {
  entry: Entry;
  name: string;
  path: PropertyKey[];
  field: string;
  scripts: string;
}

function nameSites(entry: Entry): NameSite[] {
  const { title, aliases } = entry.data;
  return [
    { entry, name: title, path: ["title"], field: "title", scripts: scriptsOf(title) },
    ...aliases.map((alias, index) => ({
      entry,
      name: alias,
      path: ["aliases", index],
      field: `aliases[${index}]`,
      scripts: scriptsOf(alias),
    })),
  ];
}

/**
 * Warns about a name written in other scripts than another entry's name that looks the same (Cyrillic "Аlbedo"
 * beside Latin "Albedo"): readers cannot tell them apart, and one of them is usually a mistake or a spoof. Names in
 * the same scripts are left alone ("Modem" and "Modern" are different words). No skeleton is computed while every
 * name is in one script.
 */
export function confusableNames(entries: readonly Entry[]): Problem[] {
  // Names without letters (`42`, `C++`) are in no script, so they look like nothing in another one.
  const sites = entries.flatMap(nameSites).filter((site) => site.scripts !== "");
  if (new Set(sites.map((site) => site.scripts).filter(Boolean)).size < 2) return [];
  const bySkeleton = new Map<string, NameSite[]>();
  for (const site of sites) {
    const key = skeleton(site.name);
    const group = bySkeleton.get(key);
    if (group) group.push(site);
    else bySkeleton.set(key, [site]);
  }
  const problems: Problem[] = [];
  for (const group of bySkeleton.values()) {
    for (const site of group) {
      const twin = group.find(
        (other) =>
          other.entry !== site.entry && other.scripts !== site.scripts && nameKey(other.name) !== nameKey(site.name),
      );
      if (!twin || site.scripts === "Latin") continue;
      problems.push({
        file: site.entry.file,
        field: site.field,
        position: site.entry.source.locate(site.path),
        message: `\`${site.name}\` (${site.scripts} letters) looks like \`${twin.name}\` (${twin.scripts}), the ${twin.field} of ${twin.entry.file}: write it in one script, or rename one of them`,
        rule: "name-confusable",
        severity: "warning",
      });
    }
  }
  return problems;
}
