import { createHash } from "node:crypto";
import type { Nodes, Root } from "mdast";
import type { Position } from "../checks/problem.ts";
import type { Entry } from "../content/entry.ts";
import { type Glossary, publishedEntries } from "../content/glossary.ts";
import { textLocator, tryParseMarkdown, walkTree } from "../content/markdownTree.ts";
import { nameKey } from "../content/nameKey.ts";
import { type Mention, MentionIndex, MentionLinker, type MentionName } from "./mentions.ts";
import { nameForms } from "./nameForms.ts";

/** Markdown nodes whose text is never linked: code, headings, links, and raw HTML. */
const UNLINKED = new Set(["code", "inlineCode", "heading", "link", "linkReference", "html", "definition"]);

/** An entry as mentions know it: its slug, title and aliases. */
type NamedEntry = { slug: string; title: string; aliases: readonly string[] };

/**
 * Who owns each name key: `explicit` keys are titles and aliases as written, `derived` keys the other name forms
 * (see nameForms); a key several entries have maps to `null`.
 */
export interface NameOwners {
  explicit: Map<string, string | null>;
  derived: Map<string, string | null>;
}

/** Records `slug` as an owner of `key`: the first owner, or `null` once a second entry has it. */
function own(owners: Map<string, string | null>, key: string, slug: string): void {
  const first = owners.get(key);
  if (first === undefined) owners.set(key, slug);
  else if (first !== slug) owners.set(key, null);
}

/**
 * The owners of every name of `entries` (with the number forms of `language`): what decides which entry a mentioned
 * name links to, if any.
 */
export function nameOwners(entries: Iterable<NamedEntry>, language: string): NameOwners {
  const owners: NameOwners = { explicit: new Map(), derived: new Map() };
  for (const entry of entries) {
    for (const name of [entry.title, ...entry.aliases]) own(owners.explicit, nameKey(name), entry.slug);
    for (const name of nameForms(entry.title, entry.aliases, language)) own(owners.derived, nameKey(name), entry.slug);
  }
  return owners;
}

/**
 * The linkable names of entries, each pointing at its entry: every name form (title, the title's parts around an
 * abbreviation, aliases, their singular or plural), except a name several entries share (CD), and a derived form
 * that is another entry's title or alias.
 */
export function mentionNames(
  entries: readonly NamedEntry[],
  language: string,
  owners: NameOwners = nameOwners(entries, language),
): MentionName[] {
  return entries.flatMap((entry): MentionName[] =>
    nameForms(entry.title, entry.aliases, language)
      .filter((name) => {
        const key = nameKey(name);
        const explicit = owners.explicit.get(key);
        return explicit === undefined ? owners.derived.get(key) === entry.slug : explicit === entry.slug;
      })
      .map((name) => ({ slug: entry.slug, name })),
  );
}

/** The name owners of each map of names, computed once per map. */
const ownersByMap = new WeakMap<object, NameOwners>();

/**
 * The names one page may link, given the slugs of its own entry, of the entries it links to, and of those a
 * whole-glossary pass found it mentions (`bodyMentions`). Every name that pass matched is among them (a match is
 * either a mention, the page's own name, a linked entry, or a repeat), so linking with this small index gives
 * the same links as the whole glossary's index; names the whole glossary shares stay out, as they do there.
 */
export function pageMentionIndex(
  slugs: Iterable<string>,
  bySlug: ReadonlyMap<string, NamedEntry>,
  language: string,
): MentionIndex {
  let owners = ownersByMap.get(bySlug);
  if (!owners) {
    owners = nameOwners(bySlug.values(), language);
    ownersByMap.set(bySlug, owners);
  }
  return new MentionIndex(
    mentionNames(
      [...new Set(slugs)].flatMap((slug) => bySlug.get(slug) ?? []),
      language,
      owners,
    ),
  );
}

/** A mention as the validator lists it: where it is in the file, what it says, and the entry it would link. */
export interface LocatedMention extends Mention {
  position: Position;
}

/** The text nodes of a Markdown tree that mentions may link, in reading order. */
function* linkableText(tree: Root): Generator<Extract<Nodes, { type: "text" }>> {
  for (const { node } of walkTree<Nodes>(tree, (node) => UNLINKED.has(node.type))) if (node.type === "text") yield node;
}

/**
 * The first mentions the site would link in an entry's body (parsed as `tree`), with file positions: what
 * `npm run validate -- --mentions` lists. `linked` are the slugs the body already links to.
 */
export function bodyMentions(
  entry: Pick<Entry, "slug" | "bodyLine">,
  tree: Root,
  index: MentionIndex,
  linked: Iterable<string>,
): LocatedMention[] {
  const linker = new MentionLinker(index, entry.slug, linked);
  const found: LocatedMention[] = [];
  for (const node of linkableText(tree)) {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const locate = textLocator(node.value, { line: start.line + entry.bodyLine - 1, column: start.column });
    for (const mention of linker.next(node.value)) found.push({ ...mention, position: locate(mention.start) });
  }
  return found;
}

/** Mentions found earlier, kept by a key of everything they depend on (`glossaryMentions` makes the keys). */
export interface MentionMemo {
  get(key: string): LocatedMention[] | undefined;
  set(key: string, mentions: LocatedMention[]): void;
}

/**
 * What mention linking would link in every published entry of a glossary, by file: nothing when the site turns it
 * off, and nothing for an entry whose front matter does. With a memo, an entry whose body, position, links and
 * glossary of names are all as they were when its mentions were found gets them from the memo, unparsed. The names
 * linked are those of the entries themselves, or `named` (the names of one translated language, see editionNames),
 * with the number forms of `language`.
 */
export function glossaryMentions(
  glossary: Pick<Glossary, "settings" | "entries" | "links">,
  memo?: MentionMemo,
  named?: readonly { slug: string; title: string; aliases: readonly string[] }[],
  language = glossary.settings.language,
): Map<string, LocatedMention[]> {
  const found = new Map<string, LocatedMention[]>();
  if (!glossary.settings.linkMentions) return found;
  const published = publishedEntries(glossary);
  const names = mentionNames(named ?? published.map(({ slug, data }) => ({ slug, ...data })), language);
  const namesKey = memo ? createHash("sha256").update(JSON.stringify(names)).digest("hex") : "";
  let index: MentionIndex | undefined;
  for (const entry of published) {
    if (!entry.data.linkMentions) continue;
    const links = glossary.links.get(entry.slug) ?? [];
    const key = memo
      ? createHash("sha256")
          .update(JSON.stringify([namesKey, entry.slug, entry.bodyLine, [...links].sort()]))
          .update(entry.body)
          .digest("base64url")
      : "";
    let mentions = memo?.get(key);
    if (!mentions) {
      const tree = tryParseMarkdown(entry.body);
      if (!tree) continue;
      index ??= new MentionIndex(names);
      mentions = bodyMentions(entry, tree, index, links);
      memo?.set(key, mentions);
    }
    if (mentions.length > 0) found.set(entry.file, mentions);
  }
  return found;
}
