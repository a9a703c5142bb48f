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

/** One step of the word trie: the names that end here, and the words that can follow. */
interface TrieNode {
  /** The entry whose name ends with this word (the first such name, when several do). */
  slug?: string;
  /** The next words, by `transition` of what stands between the words and the word itself. */
  next: Map<number, TrieNode>;
  /** Whether a name ends among the next words, and so a plural form of the text's word must be tried too. */
  endsInPlural?: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A word as names are compared: in lower case. Accents count: "Å" must not match every "a" of a text. */
function wordKey(word: string): string {
  return word.toLowerCase();
}

/** The forms a text word may take to count as `key` or its simple plural: -s, -es, and -y to -ies. */
function singulars(key: string): string[] {
  const forms: string[] = [];
  if (key.endsWith("ies") && key.length > 4) forms.push(`${key.slice(0, -3)}y`);
  if (key.endsWith("es") && key.length > 3) forms.push(key.slice(0, -2));
  if (key.endsWith("s") && key.length > 2) forms.push(key.slice(0, -1));
  return forms;
}

/** What stands between two words as names compare it: whitespace collapsed, in lower case. */
function separatorKey(text: string): string {
  return text === " " ? text : text.replace(/\s+/g, " ").toLowerCase();
}

/** The words of a text: where each starts and ends, and its key. */
interface Words {
  keys: string[];
  starts: number[];
  ends: number[];
}

/** Finds the words of a text, in order. */
function wordsOf(text: string): Words {
  const words: Words = { keys: [], starts: [], ends: [] };
  for (const m of text.matchAll(WORD)) {
    words.keys.push(wordKey(m[0]));
    words.starts.push(m.index);
    words.ends.push(m.index + m[0].length);
  }
  return words;
}

/** The separator key of what stands before word `k` of a text (see separatorKey); "" before its first word. */
function separatorBefore(text: string, { starts, ends }: Words, k: number): string {
  return k === 0 ? "" : separatorKey(text.slice(ends[k - 1], starts[k]));
}

/** Not a word or separator of any name: a text word or separator with this id matches nothing. */
const UNKNOWN = -1;

/**
 * Finds mentions of entry names in running text: whole words, in any case, the last word also in a simple plural;
 * where names overlap the longest wins ("deep learning" over "learning"). The names form a trie of words, so each
 * position of a text costs at most as many steps as the longest name has words, however many names share their
 * first words ("learning rate", "machine learning", "learning"): finding is linear in the text. Every word and
 * separator of the names is numbered once, so a text's word is looked up by its text once, and each step down the
 * trie is a lookup by number.
 */
export class MentionIndex {
  readonly #root: TrieNode = { next: new Map() };
  /** The words of every name, numbered. */
  readonly #words = new Map<string, number>();
  /** What stands between the words of names, numbered from 1; 0 is the nothing before a name's first word. */
  readonly #separators = new Map<string, number>([["", 0]]);
  /** How many separators there are: the factor that keeps transitions of different separators apart. */
  readonly #separatorCount: number;

  /** Indexes the given names; a name with no letters or digits is left out. */
  constructor(names: Iterable<MentionName>) {
    const split: { slug: string; words: number[]; separators: number[] }[] = [];
    for (const { slug, name } of names) {
      const found = wordsOf(name);
      if (found.keys.length === 0) continue;
      const words = found.keys.map((key) => numbered(this.#words, key));
      const separators = words.map((_, k) => numbered(this.#separators, separatorBefore(name, found, k)));
      split.push({ slug, words, separators });
    }
    this.#separatorCount = this.#separators.size;
    for (const { slug, words, separators } of split) {
      let node = this.#root;
      words.forEach((word, i) => {
        const key = this.#transition(separators[i] ?? 0, word);
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        if (i === words.length - 1) node.endsInPlural = true;
        node = child;
      });
      node.slug ??= slug;
    }
  }

  /** The key of the step to `word` after `separator`: one number for the pair. */
  #transition(separator: number, word: number): number {
    return word * this.#separatorCount + separator;
  }

  /**
   * The mentions in `text`, in order, not overlapping. Every name found uses up its words, but only those for
   * which `wanted(slug)` is true are returned: so the page's own name, or a term already linked, still keeps a
   * shorter name inside it from being linked.
   */
  find(text: string, wanted: (slug: string) => boolean): Mention[] {
    const found = wordsOf(text);
    const { keys, starts, ends } = found;
    const words = keys.map((key) => this.#words.get(key) ?? UNKNOWN);
    const separatorAt = (k: number) => this.#separators.get(separatorBefore(text, found, k)) ?? UNKNOWN;
    const mentions: Mention[] = [];
    for (let i = 0; i < words.length; ) {
      const match = startsWord(text, starts[i] ?? 0)
        ? this.#longestAt(keys, words, separatorAt, i, (k) => endsWordAt(text, ends[k] ?? 0))
        : undefined;
      if (!match) {
        i++;
        continue;
      }
      const start = starts[i] ?? 0;
      const end = ends[i + match.length - 1] ?? start;
      if (wanted(match.slug)) mentions.push({ start, end, text: text.slice(start, end), slug: match.slug });
      i += match.length;
    }
    return mentions;
  }

  /**
   * The longest name that starts at word `i`: down the trie word by word while the words and the separators
   * between them match exactly; at each depth, a name may also end on a plural form of the text's word.
   */
  #longestAt(
    keys: readonly string[],
    words: readonly number[],
    separatorAt: (k: number) => number,
    i: number,
    endsWord: (k: number) => boolean,
  ): { slug: string; length: number } | undefined {
    let best: { slug: string; length: number } | undefined;
    let node: TrieNode | undefined = this.#root;
    for (let k = i; node && k < words.length; k++) {
      // A name's first word has nothing before it, whatever stands before it in the text.
      const separator = k === i ? 0 : separatorAt(k);
      if (separator === UNKNOWN) break;
      const word = words[k] ?? UNKNOWN;
      const exact: TrieNode | undefined =
        word === UNKNOWN ? undefined : node.next.get(this.#transition(separator, word));
      if (exact?.slug !== undefined) {
        if (endsWord(k)) best = { slug: exact.slug, length: k - i + 1 };
      } else if (node.endsInPlural && endsWord(k)) {
        for (const form of singulars(keys[k] ?? "")) {
          const singular = this.#words.get(form);
          const slug = singular === undefined ? undefined : node.next.get(this.#transition(separator, singular))?.slug;
          if (slug !== undefined) {
            best = { slug, length: k - i + 1 };
            break;
          }
        }
      }
      node = exact;
    }
    return best;
  }
}

/** A hyphen or apostrophe, which joins words into one ("self-service", "don't"). */
const JOINER = /^[-'\u2019\u2010\u2011]$/u;

/** A letter or digit. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Whether a word starting at `start` of `text` starts a word of its own, not the second part of "self-service". */
function startsWord(text: string, start: number): boolean {
  return !(JOINER.test(text.charAt(start - 1)) && WORD_CHARACTER.test(text.charAt(start - 2)));
}

/** Whether a word ending at `end` of `text` ends a word of its own, not the first part of "service-based". */
function endsWordAt(text: string, end: number): boolean {
  return !(JOINER.test(text.charAt(end)) && WORD_CHARACTER.test(text.charAt(end + 1)));
}

/** The number `map` gives `key`, numbering it next when it has none yet. */
function numbered(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
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
