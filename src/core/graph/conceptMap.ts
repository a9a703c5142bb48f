/**
 * The concept map of an entry: the entry in the middle and its neighbours around it (the entries it lists as
 * related, and those that refer to it), laid out by fixed rules so that the same content always gives the same
 * picture. Pure: the component that draws it (ConceptMap.astro) only writes these numbers out.
 */

/** An entry as the map names it. */
export interface MapTerm {
  slug: string;
  title: string;
}

/** How a neighbour is tied to the entry: listed in its `related`, referring to it, or both. */
export type MapTie = "related" | "referenced-by" | "both";

/** A box of the map: its text in lines and the first line's baseline, its centre, corner and size, in the map's units. */
export interface MapBox {
  lines: string[];
  /** The baseline of the first line; each further line is LINE_HEIGHT below. */
  textY: number;
  x: number;
  y: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A neighbour on the map, with its box and its tie to the entry. */
export interface MapNeighbour extends MapBox {
  term: MapTerm;
  tie: MapTie;
}

/** A laid-out concept map. */
export interface ConceptMap {
  width: number;
  height: number;
  centre: MapBox;
  neighbours: MapNeighbour[];
  /** How many neighbours the map leaves out, beyond the most it shows. */
  more: number;
}

/** The most neighbours a map shows: more would not stay legible on a phone. */
export const MAP_NEIGHBOURS = 8;

/** The width of every map, in its units (CSS pixels at a phone's width). */
const WIDTH = 360;

/** The most characters on one line of a box, and the most lines. */
const LINE_CHARACTERS = 16;
const MAX_LINES = 2;

/** The distance between the baselines of a box's lines. */
export const LINE_HEIGHT = 14;

/** A number rounded to a whole unit: the same layout always prints the same, in few bytes. */
function round(value: number): number {
  return Math.round(value);
}

/** A text cut to `characters`, ending with an ellipsis when cut. */
function cut(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1).trimEnd()}…`;
}

/** A title broken into at most two lines of at most LINE_CHARACTERS, each cut with an ellipsis if needed. */
export function mapLines(title: string, characters = LINE_CHARACTERS): string[] {
  const lines: string[] = [];
  for (const word of title.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= characters) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept =
    lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES - 1), lines.slice(MAX_LINES - 1).join(" ")] : lines;
  return kept.map((line) => cut(line, characters));
}

/** A box of `width` sized for its lines, centred on (x, y), its lines' baselines centred in it. */
function box(lines: string[], x: number, y: number, width: number): MapBox {
  const height = 12 + LINE_HEIGHT * lines.length;
  const [centreX, centreY] = [round(x), round(y)];
  return {
    lines,
    textY: round(centreY - ((lines.length - 1) * LINE_HEIGHT) / 2 + 4),
    x: centreX,
    y: centreY,
    left: round(centreX - width / 2),
    top: round(centreY - height / 2),
    width,
    height,
  };
}

/**
 * The concept map of `centre`, or undefined when it has no neighbour. Neighbours are its related entries in their
 * order, then the entries referring to it (as given, the list "Referenced by" shows), each once; at most
 * MAP_NEIGHBOURS of them, evenly around an ellipse starting at the top. `referencedByCount` is how many entries
 * refer to it in all, for the count of those left out.
 */
export function conceptMap(
  centre: MapTerm,
  related: readonly MapTerm[],
  referencedBy: readonly MapTerm[],
  referencedByCount = referencedBy.length,
): ConceptMap | undefined {
  const referring = new Set(referencedBy.map((term) => term.slug));
  const ties = new Map<string, { term: MapTerm; tie: MapTie }>();
  for (const term of related) {
    if (term.slug !== centre.slug) ties.set(term.slug, { term, tie: referring.has(term.slug) ? "both" : "related" });
  }
  for (const term of referencedBy) {
    if (term.slug !== centre.slug && !ties.has(term.slug)) ties.set(term.slug, { term, tie: "referenced-by" });
  }
  if (ties.size === 0) return undefined;
  const shown = [...ties.values()].slice(0, MAP_NEIGHBOURS);
  const relatedOnly = [...ties.values()].filter((tie) => tie.tie === "related").length;
  const more = Math.max(0, relatedOnly + referencedByCount - shown.length);
  const height = shown.length > 4 ? 340 : 240;
  const centreX = WIDTH / 2;
  const centreY = height / 2;
  const radiusX = WIDTH / 2 - 54;
  const radiusY = height / 2 - 28;
  const neighbours = shown.map(({ term, tie }, index): MapNeighbour => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / shown.length;
    const lines = mapLines(term.title);
    return {
      term,
      tie,
      ...box(lines, centreX + radiusX * Math.cos(angle), centreY + radiusY * Math.sin(angle), 104),
    };
  });
  return { width: WIDTH, height, centre: box(mapLines(centre.title), centreX, centreY, 120), neighbours, more };
}
