/**
 * The only code of previews a page loads: it waits for the first hover, focus or tap of a link that has a preview
 * (`data-preview`), then loads the previews (previewTooltip.ts) and hands them that event. A first tap on a touch
 * screen previews rather than follows the link, even while the previews are still loading.
 */
const EVENTS = ["pointerdown", "pointerover", "focusin", "click"];
const earlier: Event[] = [];
let touched = false;

function first(event: Event): void {
  if (!(event.target instanceof Element) || !event.target.closest("a[data-preview]")) return;
  if (event instanceof PointerEvent && event.type === "pointerdown") touched = event.pointerType === "touch";
  if (event.type === "click") {
    if (!touched) return;
    event.preventDefault();
  }
  earlier.push(event);
  if (earlier.length > 1) return;
  void import("./previewTooltip.ts").then(({ startPreviews }) => {
    for (const type of EVENTS) document.removeEventListener(type, first);
    startPreviews(earlier);
  });
}

for (const type of EVENTS) document.addEventListener(type, first);
