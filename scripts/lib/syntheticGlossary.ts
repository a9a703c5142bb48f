import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nameKey } from "../../src/core/content/nameKey.ts";
import { slugify } from "../../src/core/content/slug.ts";
import { between, pick, seededRandom } from "./random.ts";

const QUALIFIERS = [
  "Adaptive",
  "Sparse",
  "Dense",
  "Latent",
  "Recurrent",
  "Stochastic",
  "Bayesian",
  "Contrastive",
  "Causal",
  "Federated",
  "Quantised",
  "Hierarchical",
  "Residual",
  "Generative",
  "Discriminative",
  "Probabilistic",
  "Incremental",
  "Distributed",
  "Robust",
  "Private",
  "Multimodal",
  "Self-Supervised",
  "Gated",
  "Hybrid",
  "Convolutional",
  "Variational",
  "Differentiable",
  "Ensemble",
  "Kernel",
  "Graph",
  "Temporal",
  "Spectral",
];
const SUBJECTS = [
  "Attention",
  "Embedding",
  "Gradient",
  "Tokenizer",
  "Encoder",
  "Decoder",
  "Sampling",
  "Regulariser",
  "Optimiser",
  "Classifier",
  "Retriever",
  "Memory",
  "Routing",
  "Alignment",
  "Calibration",
  "Distillation",
  "Pruning",
  "Normalisation",
  "Augmentation",
  "Clustering",
  "Inference",
  "Search",
  "Planning",
  "Reward",
  "Policy",
  "Transformer",
  "Autoencoder",
  "Benchmark",
  "Metric",
  "Loss",
  "Scheduler",
  "Index",
];
const TAILS = ["", "", "", "Network", "Model", "Method", "Layer", "Objective", "Estimator", "Protocol", "Score"];
const LEVELS = ["beginner", "intermediate", "advanced"] as const;
const WORDS = (
  "model data training signal layer weight feature vector token sequence batch update error sample label " +
  "network output input value estimate parameter gradient step loss score prediction context memory " +
  "representation distribution probability objective evaluation dataset benchmark system method result"
).split(" ");

/**
 * How the names of a synthetic glossary look. `distinct`: two to four technical words from a vocabulary the bodies
 * never use, an acronym now and then, every `related` link two-way. `words`: as real glossaries are, names of one to
 * three everyday words from the bodies' own vocabulary and a number ("Model 12", "Training data 907"), many sharing
 * their first words with each other and the text, some long, several aliases each, and `related` links one way.
 * `names`: names as people write them in a converted glossary: titles with a parenthesised abbreviation ("Sparse
 * Attention Network (SAN)"), plural titles ("Dense Encoders"), abbreviations two or three entries share (marked
 * ambiguous, so the site gets disambiguation pages), bodies that mention other entries in lower case, in the other
 * number, without their abbreviation and inside hyphenated compounds, and links to category, alias and search pages.
 */
export const GLOSSARY_SHAPES = ["distinct", "words", "names"] as const;

/** One of the glossary shapes. */
export type GlossaryShape = (typeof GLOSSARY_SHAPES)[number];

/** The size and shape of a synthetic glossary. */
export interface SyntheticOptions {
  entries: number;
  seed: number;
  /** How names and links look (default `distinct`). */
  shape?: GlossaryShape;
  /** Roughly how many characters of Markdown body each entry gets. */
  bodyChars?: number;
  categories?: number;
  /** Whether the site draws social cards (default not: the benchmark measures them only when asked). */
  socialCards?: boolean;
}

function sentence(random: () => number): string {
  const words = Array.from({ length: between(random, 8, 18) }, () => pick(random, WORDS));
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, chars: number, links: string[]): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    let next = sentence(random);
    const link = links.length > 0 && random() < 0.15 ? links.splice(0, 1)[0] : undefined;
    if (link) next = `${next.slice(0, -1)}, as in ${link}.`;
    parts.push(next);
    length += next.length + 1;
  }
  return parts.join(" ");
}

function uniqueTitles(random: () => number, count: number): string[] {
  const titles = new Set<string>();
  let attempts = 0;
  while (titles.size < count) {
    attempts++;
    const words = [pick(random, QUALIFIERS), pick(random, SUBJECTS), pick(random, TAILS)];
    const extra = pick(random, QUALIFIERS);
    if ((attempts > count * 20 || random() < 0.3) && extra !== words[0]) words.unshift(extra);
    if (attempts > count * 40) words.push(String(titles.size));
    titles.add(words.filter(Boolean).join(" "));
  }
  return [...titles];
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Names made of the bodies' own words, as the glossaries that showed the slow path had: one to three everyday words
 * and a number ("Model 12", "Training data 907", "Signal layer update 3"), one name in twenty long (five to seven
 * words), so that names share their first words with each other and with every sentence of the text.
 */
function wordTitles(random: () => number, count: number): string[] {
  const titles = new Set<string>();
  while (titles.size < count) {
    const length = random() < 0.05 ? between(random, 5, 7) : between(random, 1, 3);
    titles.add(capitalised([...Array.from({ length }, () => pick(random, WORDS)), String(titles.size)].join(" ")));
  }
  return [...titles];
}

/** Up to `count` more names for a word-named entry, in the shapes real aliases take. */
function wordAliases(random: () => number, title: string, count: number): string[] {
  const forms = [
    acronym(title),
    `${title} method`,
    `${pick(random, WORDS)} ${title.toLowerCase()}`,
    `${title} (${acronym(title)})`,
    `the ${title.toLowerCase()} approach`,
    `${title.toLowerCase()} technique`,
  ];
  return forms.slice(0, count);
}

/** The last words a `names` title may take in the plural. */
const COUNTABLE = new Set(
  "Network Model Method Layer Estimator Protocol Score Encoder Decoder Classifier Retriever Tokenizer Optimiser Regulariser Scheduler Transformer Autoencoder Metric Embedding Benchmark".split(
    " ",
  ),
);

/** An entry of the `names` shape: its title, the plain words of its name, and its aliases as written in YAML. */
interface WrittenName {
  title: string;
  base: string;
  aliases: (string | { name: string; ambiguous: true })[];
}

/**
 * Names for the `names` shape, from the distinct vocabulary: one title in eight in the plural, and each entry's
 * acronym either in its title as "(SAN)" or as an alias where it is the entry's own, or as an ambiguous alias of up
 * to three entries where several share it (the rest of such a group go without).
 */
function writtenNames(random: () => number, count: number): WrittenName[] {
  const bases = uniqueTitles(random, count).map((title) => {
    const last = title.split(" ").at(-1) ?? "";
    return COUNTABLE.has(last) && random() < 0.125 ? `${title}s` : title;
  });
  const byAcronym = new Map<string, number[]>();
  bases.forEach((base, index) => {
    const short = acronym(base);
    if (short.length > 1) byAcronym.set(short, [...(byAcronym.get(short) ?? []), index]);
  });
  const names: WrittenName[] = bases.map((base) => ({ title: base, base, aliases: [] }));
  for (const [short, members] of byAcronym) {
    if (members.length > 1) {
      for (const index of members.slice(0, 3)) names[index]?.aliases.push({ name: short, ambiguous: true });
      continue;
    }
    const only = names[members[0] as number] as WrittenName;
    if (random() < 0.5) only.title = `${only.base} (${short})`;
    else only.aliases.push(short);
  }
  return names;
}

/** How running text mentions another entry's name: in lower case, in the other number, or inside a compound. */
function mentionOf(random: () => number, base: string): string {
  const lower = base.toLowerCase();
  const roll = random();
  if (roll < 0.3) return lower.endsWith("s") ? lower.slice(0, -1) : `${lower}s`;
  if (roll < 0.45) return `self-${lower.split(" ").at(-1)}`;
  return lower;
}

/** Links every entry to one to five random others, one way, as a glossary whose `related` follows the text does. */
function oneWayLinks(random: () => number, count: number): number[][] {
  return Array.from({ length: count }, (_, i) => {
    const targets = new Set<number>();
    for (let n = between(random, 1, 5); n > 0 && count > 1; n--) {
      const j = Math.floor(random() * count);
      if (j !== i) targets.add(j);
    }
    return [...targets];
  });
}

function acronym(title: string): string {
  return title
    .split(/[\s-]+/)
    .map((word) => word.charAt(0))
    .join("")
    .toUpperCase();
}

/**
 * Links every entry to 4 or 5 others, always both ways (as the validator expects of a curated glossary): its two
 * neighbours on each side in a ring, plus, for some, one chord to a random entry that gets the link back.
 */
function symmetricNeighbours(random: () => number, count: number): number[][] {
  if (count < 6) return Array.from({ length: count }, (_, i) => [...Array(count).keys()].filter((j) => j !== i));
  const links = Array.from({ length: count }, (_, i) =>
    [1, 2, -1, -2].map((offset) => (((i + offset) % count) + count) % count),
  );
  for (let i = 0; i < count; i++) {
    const j = Math.floor(random() * count);
    const a = links[i] as number[];
    const b = links[j] as number[];
    if (j === i || a.length >= 5 || b.length >= 5 || a.includes(j)) continue;
    a.push(j);
    b.push(i);
  }
  return links;
}

/**
 * Writes a deterministic synthetic glossary in the real content format: `categories.yaml`, `site.yaml` and one
 * valid entry per term (categories, levels, aliases, 4–5 two-way related links, sources, body sections with term
 * links), so that it validates without errors or warnings.
 */
export function writeSyntheticGlossary(dir: string, options: SyntheticOptions): { slugs: string[]; titles: string[] } {
  const random = seededRandom(options.seed);
  const bodyChars = options.bodyChars ?? 5000;
  const categoryCount = options.categories ?? 8;
  const words = options.shape === "words";
  const written = options.shape === "names" ? writtenNames(random, options.entries) : undefined;
  const titles = written
    ? written.map((name) => name.title)
    : words
      ? wordTitles(random, options.entries)
      : uniqueTitles(random, options.entries);
  const slugs = titles.map(slugify);
  const usedAliases = new Set(titles.map(nameKey));
  const usedAddresses = new Set(slugs);
  mkdirSync(join(dir, "terms"), { recursive: true });
  const categories = Array.from({ length: categoryCount }, (_, index) => ({
    id: `category-${index + 1}`,
    title: `Category ${index + 1}`,
  }));
  writeFileSync(
    join(dir, "categories.yaml"),
    categories.map((c) => `- id: ${c.id}\n  title: ${c.title}\n  description: Synthetic category ${c.id}.\n`).join(""),
  );
  writeFileSync(
    join(dir, "site.yaml"),
    `title: Synthetic Glossary\nurl: https://example.org/\nsocialCards: ${options.socialCards ?? false}\n`,
  );
  const related = words || written ? oneWayLinks(random, slugs.length) : symmetricNeighbours(random, slugs.length);
  // Each `names` entry also points at the next, so that none is an orphan.
  if (written && slugs.length > 1)
    related.forEach((targets, i) => {
      const next = (i + 1) % slugs.length;
      if (!targets.includes(next)) targets.push(next);
    });
  titles.forEach((title, index) => {
    const slug = slugs[index] as string;
    const relatedSlugs = (related[index] ?? []).map((other) => slugs[other] as string);
    const short = acronym(title);
    // The distinct shape draws exactly as it always has, so its glossaries stay the same from run to run of history.
    const candidates = words
      ? wordAliases(random, title, between(random, 0, 6))
      : short.length > 1 && !usedAliases.has(nameKey(short)) && random() < 0.6
        ? [short]
        : [];
    const aliases: (string | { name: string; ambiguous: true })[] = written?.[index]?.aliases ?? [];
    for (const alias of written ? [] : candidates) {
      // Each alias must be a name and an address no other entry has (the validator's alias rules).
      const key = nameKey(alias);
      const address = slugify(alias);
      if (alias.length < 2 || usedAliases.has(key) || (address !== slug && usedAddresses.has(address))) continue;
      aliases.push(alias);
      usedAliases.add(key);
      usedAddresses.add(address);
    }
    const year = between(random, 2024, 2026);
    const published = `${year}-${String(between(random, 1, 12)).padStart(2, "0")}-${String(between(random, 1, 28)).padStart(2, "0")}`;
    const links = relatedSlugs.slice(0, 3).map((other) => `[${other.replace(/-/g, " ")}](/terms/${other}/)`);
    if (written) {
      // Names in running text, as people write them, and links to the site's other kinds of page.
      for (let n = 0; n < 3; n++) links.push(mentionOf(random, pick(random, written).base));
      links.push(
        `[the other entries of this kind](/categories/${pick(random, categories).id}/)`,
        "[a search](/search/)",
      );
    }
    const section = Math.floor(bodyChars / 4);
    const body = [
      paragraph(random, section, links),
      `## Why it matters\n\n${paragraph(random, section, links)}`,
      `## How it works\n\n${paragraph(random, section, links)}`,
      `## Example\n\n${paragraph(random, section, links)}`,
    ].join("\n\n");
    const front = [
      "---",
      `title: ${title}`,
      `description: A synthetic definition of ${title.toLowerCase()}, written to give every entry a realistic one-sentence summary.`,
      `category: ${pick(random, categories).id}`,
      `level: ${pick(random, LEVELS)}`,
      `published: ${published}`,
      aliases.length > 0 ? `aliases: ${JSON.stringify(aliases)}` : "",
      `related: [${relatedSlugs.join(", ")}]`,
      "sources:",
      `  - title: Reference for ${title}`,
      `    url: https://example.org/references/${slug}`,
      "---",
    ].filter(Boolean);
    writeFileSync(join(dir, "terms", `${slug}.md`), `${front.join("\n")}\n\n${body}\n`);
  });
  return { slugs, titles };
}
