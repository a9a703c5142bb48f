/**
 * The previews of term links, loaded by termPreviews.ts on the first hover, focus or tap of a link: hovering, focusing or tapping a link marked `data-preview` (the slug is its address's) shows
 * the term and its definition in a tooltip, without leaving the page. The definition comes from the name index,
 * fetched when a first preview opens, so pages do not carry the definitions of every term they link. Hover waits a
 * moment and the tooltip stays while the pointer is over it; Escape, a tap elsewhere or moving away closes it. A first tap on a touch screen previews, a second
 * tap on the same link follows it, as a hint says in the page's language (the page carries it, see TermPreviews.astro).
 * Without JavaScript the links are plain links.
 */
const TOOLTIP_ID = "term-preview";
const SHOW_DELAY = 300;
const HIDE_DELAY = 200;

let tooltip: HTMLElement | undefined;
/** A term link: an HTML link, or an SVG one (the concept map's). */
type TermAnchor = HTMLAnchorElement | SVGAElement;

let current: TermAnchor | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let touching = false;

function tooltipElement(): HTMLElement {
  if (tooltip) return tooltip;
  tooltip = document.createElement("div");
  tooltip.id = TOOLTIP_ID;
  tooltip.className = "term-preview";
  tooltip.setAttribute("role", "tooltip");
  tooltip.hidden = true;
  tooltip.addEventListener("pointerenter", () => clearTimeout(timer));
  tooltip.addEventListener("pointerleave", () => later(hide, HIDE_DELAY));
  // Inside the main landmark, like all content; main is not positioned, so page coordinates still apply.
  (document.querySelector("main") ?? document.body).append(tooltip);
  return tooltip;
}

function later(action: () => void, delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(action, delay);
}

function previewLink(target: EventTarget | null): TermAnchor | undefined {
  const link = target instanceof Element ? target.closest("a[data-preview]") : null;
  return link instanceof HTMLAnchorElement || link instanceof SVGAElement ? link : undefined;
}

/** What a preview shows of a term: its title and definition. */
interface Preview {
  title?: string | undefined;
  definition: string;
}

const previews = new Map<string, Promise<Preview>>();

/** The slug of the entry a link points at: the last segment of its address (`/terms/<slug>/`, `#section` aside). */
function slugOfLink(link: TermAnchor): string {
  const path = new URL(link.getAttribute("href") ?? "", location.href).pathname;
  return decodeURIComponent(path.split("/").filter(Boolean).at(-1) ?? "");
}

/**
 * The title and definition a link previews, from the name index; its reader loads with the first preview (or the
 * first hover), never with the page, so links carry only the mark. Empty when it cannot be read.
 */
function previewOf(link: TermAnchor): Promise<Preview> {
  const slug = slugOfLink(link);
  let preview = previews.get(slug);
  if (!preview) {
    preview = import("./nameIndexClient.ts")
      .then(({ nameIndex }) => nameIndex().term(slug))
      .then((term): Preview => ({ title: term?.title, definition: term?.definition ?? "" }))
      .catch((): Preview => ({ definition: "" }));
    previews.set(slug, preview);
  }
  return preview;
}

function show(link: TermAnchor, tapped: boolean): void {
  clearTimeout(timer);
  if (current && current !== link) current.removeAttribute("aria-describedby");
  const box = tooltipElement();
  const title = document.createElement("strong");
  // Until the index answers, the link's own words (a card's title, a mention's text) stand for the title.
  title.textContent = (link.querySelector("strong") ?? link).textContent?.trim() ?? "";
  const definition = document.createElement("span");
  definition.textContent = "…";
  box.replaceChildren(title, definition);
  void previewOf(link).then((preview) => {
    if (preview.title) title.textContent = preview.title;
    definition.textContent = preview.definition;
  });
  if (tapped) {
    const hint = document.createElement("small");
    hint.textContent =
      document.querySelector<HTMLTemplateElement>("template[data-preview-hint]")?.content.textContent ?? "";
    box.append(hint);
  }
  box.hidden = false;
  const rect = link.getBoundingClientRect();
  const width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${rect.bottom + window.scrollY + 6}px`;
  link.setAttribute("aria-describedby", TOOLTIP_ID);
  current = link;
}

function hide(): void {
  clearTimeout(timer);
  if (tooltip) tooltip.hidden = true;
  current?.removeAttribute("aria-describedby");
  current = undefined;
}

/** What the previews do on each event of the page, by event type. */
const handlers = {
  pointerdown(event: PointerEvent) {
    touching = event.pointerType === "touch";
    if (!previewLink(event.target) && !tooltip?.contains(event.target as Node)) hide();
  },
  pointerover(event: PointerEvent) {
    if (event.pointerType === "touch") return;
    const link = previewLink(event.target);
    if (link && link !== current) {
      void previewOf(link);
      later(() => show(link, false), SHOW_DELAY);
    } else if (link) clearTimeout(timer);
  },
  pointerout(event: PointerEvent) {
    if (event.pointerType !== "touch" && previewLink(event.target) && event.relatedTarget !== tooltip) {
      later(hide, HIDE_DELAY);
    }
  },
  focusin(event: FocusEvent) {
    const link = previewLink(event.target);
    if (link && !touching) show(link, false);
  },
  focusout(event: FocusEvent) {
    if (previewLink(event.target)) hide();
  },
  click(event: MouseEvent) {
    const link = previewLink(event.target);
    if (!link || !touching || (link === current && !tooltip?.hidden)) return;
    event.preventDefault();
    show(link, true);
  },
  keydown(event: KeyboardEvent) {
    if (event.key === "Escape" && current) hide();
  },
};

type PreviewEvent = keyof typeof handlers;

/**
 * Starts the previews: listens to the page's events from now on, after handling `earlier`, the events that came
 * while this module loaded (the first hover, focus or tap of a link that has a preview).
 */
export function startPreviews(earlier: readonly Event[]): void {
  for (const [type, handler] of Object.entries(handlers)) document.addEventListener(type, handler as EventListener);
  for (const event of earlier) (handlers[event.type as PreviewEvent] as ((event: Event) => void) | undefined)?.(event);
}
