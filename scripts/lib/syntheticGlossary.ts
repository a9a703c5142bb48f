import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

/** The size and shape of a synthetic glossary. */
export interface SyntheticOptions {
  entries: number;
  seed: number;
  /** Roughly how many characters of Markdown body each entry gets. */
  bodyChars?: number;
  categories?: number;
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
  const titles = uniqueTitles(random, options.entries);
  const slugs = titles.map(slugify);
  const usedAliases = new Set(titles.map((title) => title.toLowerCase()));
  mkdirSync(join(dir, "terms"), { recursive: true });
  const categories = Array.from({ length: categoryCount }, (_, index) => ({
    id: `category-${index + 1}`,
    title: `Category ${index + 1}`,
  }));
  writeFileSync(
    join(dir, "categories.yaml"),
    categories.map((c) => `- id: ${c.id}\n  title: ${c.title}\n  description: Synthetic category ${c.id}.\n`).join(""),
  );
  writeFileSync(join(dir, "site.yaml"), `title: Synthetic Glossary\nurl: https://example.org/\n`);
  const related = symmetricNeighbours(random, slugs.length);
  titles.forEach((title, index) => {
    const slug = slugs[index] as string;
    const relatedSlugs = (related[index] ?? []).map((other) => slugs[other] as string);
    const aliases: string[] = [];
    const short = acronym(title);
    if (short.length > 1 && !usedAliases.has(short.toLowerCase()) && random() < 0.6) aliases.push(short);
    for (const alias of aliases) usedAliases.add(alias.toLowerCase());
    const year = between(random, 2024, 2026);
    const published = `${year}-${String(between(random, 1, 12)).padStart(2, "0")}-${String(between(random, 1, 28)).padStart(2, "0")}`;
    const links = relatedSlugs.slice(0, 3).map((other) => `[${other.replace(/-/g, " ")}](/terms/${other}/)`);
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
      aliases.length > 0 ? `aliases: [${aliases.join(", ")}]` : "",
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
