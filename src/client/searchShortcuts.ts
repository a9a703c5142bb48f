/** The search dialog's code, fetched on first use so that pages load only this small module. */
const dialog = () => import("./searchDialog.ts");
const prepareSearch = () => void dialog().then((module) => module.prepareSearch());
const openSearch = async () => (await dialog()).openSearch();

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Turns the header's search link into a button that opens the search dialog, and opens it on `/` (when not
 * typing) and Ctrl/Cmd+K. Without JavaScript the link goes to the search page instead.
 */
function enhance(trigger: HTMLAnchorElement): void {
  trigger.setAttribute("role", "button");
  trigger.setAttribute("aria-haspopup", "dialog");
  for (const event of ["pointerenter", "focus"]) trigger.addEventListener(event, prepareSearch, { once: true });
  trigger.addEventListener("click", (event) => {
    event.preventDefault();
    void openSearch();
  });
  trigger.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      void openSearch();
    }
  });
  document.addEventListener("keydown", (event) => {
    const modK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!modK && !slash) return;
    if (document.querySelector("dialog.search-dialog[open]")) return;
    event.preventDefault();
    void openSearch();
  });
}

const trigger = document.querySelector<HTMLAnchorElement>("a[data-search-trigger]");
if (trigger) enhance(trigger);
