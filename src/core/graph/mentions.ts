/** A name that links to an entry when it is mentioned: the entry's title or one of its aliases. */
export interface MentionName {
  slug: string;
  name: string;
}

/** One mention found in a text: where it is, what it says, and the entry it names. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  slug: string;
}

interface Candidate {
  slug: string;
  /** Word keys of the name, the last in its singular form. */
  words: string[];
  /** What must stand between consecutive words, whitespace collapsed to one space. */
  separators: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A word as names are compared: in lower case. Accents count: "Å" must not match every "a" of a text. */
function wordKey(word: string): string {
  return word.toLowerCase();
}

/** The forms a text word may take to count as `key` or its simple plural: -s, -es, and -y to -ies. */
function singulars(key: string): string[] {
  const forms = [key];
  if (key.endsWith("ies") && key.length > 4) forms.push(`${key.slice(0, -3)}y`);
  if (key.endsWith("es") && key.length > 3) forms.push(key.slice(0, -2));
  if (key.endsWith("s") && key.length > 2) forms.push(key.slice(0, -1));
  return forms;
}

function separatorKey(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** The words of a text with where each starts and ends. */
function wordsOf(text: string): { key: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * Finds mentions of entry names in running text: whole words, in any case, the last word also in a simple plural; where names overlap the longest wins ("deep learning" over "learning"). Built once
 * for a glossary; each lookup is linear in the words of the text.
 */
export class MentionIndex {
  readonly #byFirstWord = new Map<string, Candidate[]>();

  /** Indexes the given names; a name with no letters or digits is left out. */
  constructor(names: Iterable<MentionName>) {
    for (const { slug, name } of names) {
      const words = wordsOf(name);
      const first = words[0];
      if (!first) continue;
      const separators = words.slice(1).map((word, i) => separatorKey(name.slice(words[i]?.end, word.start)));
      const candidate = { slug, words: words.map((w) => w.key), separators };
      const list = this.#byFirstWord.get(first.key) ?? [];
      list.push(candidate);
      this.#byFirstWord.set(first.key, list);
    }
    for (const list of this.#byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * The mentions in `text`, in order, not overlapping. Every name found uses up its words, but only those for
   * which `wanted(slug)` is true are returned: so the page's own name, or a term already linked, still keeps a
   * shorter name inside it from being linked.
   */
  find(text: string, wanted: (slug: string) => boolean): Mention[] {
    const words = wordsOf(text);
    const mentions: Mention[] = [];
    for (let i = 0; i < words.length; ) {
      const match = this.#matchAt(text, words, i);
      if (!match) {
        i++;
        continue;
      }
      const start = words[i]?.start ?? 0;
      const end = words[i + match.words.length - 1]?.end ?? start;
      if (wanted(match.slug)) mentions.push({ start, end, text: text.slice(start, end), slug: match.slug });
      i += match.words.length;
    }
    return mentions;
  }

  #matchAt(text: string, words: ReturnType<typeof wordsOf>, i: number): Candidate | undefined {
    const first = words[i];
    if (!first) return undefined;
    const candidates = new Set<Candidate>();
    for (const form of singulars(first.key)) for (const c of this.#byFirstWord.get(form) ?? []) candidates.add(c);
    let best: Candidate | undefined;
    for (const candidate of candidates) {
      if (best && best.words.length >= candidate.words.length) continue;
      if (this.#matches(candidate, text, words, i)) best = candidate;
    }
    return best;
  }

  #matches(candidate: Candidate, text: string, words: ReturnType<typeof wordsOf>, i: number): boolean {
    const last = candidate.words.length - 1;
    for (let k = 0; k <= last; k++) {
      const word = words[i + k];
      if (!word) return false;
      const ok = k === last ? singulars(word.key).includes(candidate.words[k] ?? "") : word.key === candidate.words[k];
      if (!ok) return false;
      if (k > 0) {
        const previous = words[i + k - 1];
        if (separatorKey(text.slice(previous?.end, word.start)) !== candidate.separators[k - 1]) return false;
      }
    }
    return true;
  }
}

/**
 * Links first mentions across one document: each term at most once, never the document's own entry, never a term
 * the document already links to explicitly. Feed it the document's linkable text pieces in reading order.
 */
export class MentionLinker {
  readonly #index: MentionIndex;
  readonly #done: Set<string>;

  /** Starts a document: `self` is its entry's slug, `linked` the slugs its body already links to. */
  constructor(index: MentionIndex, self: string, linked: Iterable<string> = []) {
    this.#index = index;
    this.#done = new Set([self, ...linked]);
  }

  /** The mentions to link in the next piece of text; they count as linked from now on. */
  next(text: string): Mention[] {
    const mentions: Mention[] = [];
    for (const mention of this.#index.find(text, (slug) => !this.#done.has(slug))) {
      if (this.#done.has(mention.slug)) continue;
      this.#done.add(mention.slug);
      mentions.push(mention);
    }
    return mentions;
  }
}
