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
  /** The next words: by what stands between the words (whitespace collapsed, in lower case), then by the word. */
  next: Map<string, Map<string, TrieNode>>;
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
  const forms = [key];
  if (key.endsWith("ies") && key.length > 4) forms.push(`${key.slice(0, -3)}y`);
  if (key.endsWith("es") && key.length > 3) forms.push(key.slice(0, -2));
  if (key.endsWith("s") && key.length > 2) forms.push(key.slice(0, -1));
  return forms;
}

function separatorKey(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** The node that follows `node` with `word` after `separator` (the first word of a name has the empty separator). */
function step(node: TrieNode, separator: string, word: string): TrieNode | undefined {
  return node.next.get(separator)?.get(word);
}

/** A word of a text: where it starts and ends, its key, and what stands between it and the word before. */
interface TextWord {
  key: string;
  start: number;
  end: number;
  /** The text between the previous word and this one, whitespace collapsed, in lower case ("" for the first). */
  separator: string;
}

/** The words of a text, each with its key and the separator before it, worked out once per word. */
function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  let previousEnd: number | undefined;
  for (const m of text.matchAll(WORD)) {
    const separator = previousEnd === undefined ? "" : separatorKey(text.slice(previousEnd, m.index));
    words.push({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length, separator });
    previousEnd = m.index + m[0].length;
  }
  return words;
}

/**
 * Finds mentions of entry names in running text: whole words, in any case, the last word also in a simple plural;
 * where names overlap the longest wins ("deep learning" over "learning"). The names form a trie of words, so each
 * position of a text costs at most as many steps as the longest name has words, however many names share their
 * first words ("learning rate", "machine learning", "learning"): finding is linear in the text.
 */
export class MentionIndex {
  readonly #root: TrieNode = { next: new Map() };

  /** Indexes the given names; a name with no letters or digits is left out. */
  constructor(names: Iterable<MentionName>) {
    for (const { slug, name } of names) {
      const words = wordsOf(name);
      if (words.length === 0) continue;
      let node = this.#root;
      words.forEach((word, i) => {
        let followers = node.next.get(word.separator);
        if (!followers) {
          followers = new Map();
          node.next.set(word.separator, followers);
        }
        let child = followers.get(word.key);
        if (!child) {
          child = { next: new Map() };
          followers.set(word.key, child);
        }
        if (i === words.length - 1) node.endsInPlural = true;
        node = child;
      });
      node.slug ??= slug;
    }
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
      const match = this.#longestAt(words, i);
      if (!match) {
        i++;
        continue;
      }
      const start = words[i]?.start ?? 0;
      const end = words[i + match.length - 1]?.end ?? start;
      if (wanted(match.slug)) mentions.push({ start, end, text: text.slice(start, end), slug: match.slug });
      i += match.length;
    }
    return mentions;
  }

  /**
   * The longest name that starts at word `i`: down the trie word by word while the words and the separators
   * between them match exactly; at each depth, a name may also end on a plural form of the text's word.
   */
  #longestAt(words: readonly TextWord[], i: number): { slug: string; length: number } | undefined {
    let best: { slug: string; length: number } | undefined;
    let node: TrieNode | undefined = this.#root;
    for (let k = i; node && k < words.length; k++) {
      const word = words[k];
      if (!word) break;
      // A name's first word has nothing before it, whatever stands before it in the text.
      const separator = k === i ? "" : word.separator;
      const exact = step(node, separator, word.key);
      if (exact?.slug !== undefined) {
        best = { slug: exact.slug, length: k - i + 1 };
      } else if (node.endsInPlural) {
        for (const form of singulars(word.key).slice(1)) {
          const slug = step(node, separator, form)?.slug;
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
