import { RESULT_TEMPLATE } from "../search/resultTemplate.ts";
import { configureSearch, loadPagefindComponents } from "./pagefindComponents.ts";

const INSTANCE = "site";

interface ModalElement extends HTMLElement {
  open(): void;
}

let modal: Promise<ModalElement> | undefined;

/** The search dialog: Pagefind's modal with its box, summary, results (in the site's template) and key hints. */
function modalMarkup(): string {
  const results = `<script type="text/pagefind-template">${RESULT_TEMPLATE}</script>`;
  return `<pagefind-modal instance="${INSTANCE}" reset-on-close>
  <pagefind-modal-header><pagefind-input instance="${INSTANCE}" placeholder="Search terms, aliases, definitions"></pagefind-input></pagefind-modal-header>
  <pagefind-modal-body><pagefind-summary instance="${INSTANCE}"></pagefind-summary><pagefind-results instance="${INSTANCE}" hide-sub-results>${results}</pagefind-results></pagefind-modal-body>
  <pagefind-modal-footer><pagefind-keyboard-hints instance="${INSTANCE}"></pagefind-keyboard-hints></pagefind-modal-footer>
</pagefind-modal>`;
}

function createModal(): Promise<ModalElement> {
  modal ??= (async () => {
    const components = await loadPagefindComponents();
    configureSearch(components, INSTANCE);
    document.body.insertAdjacentHTML("beforeend", modalMarkup());
    await customElements.whenDefined("pagefind-modal");
    const element = document.querySelector<ModalElement>(`pagefind-modal[instance="${INSTANCE}"]`);
    if (!element) throw new Error("The search modal did not render");
    return element;
  })();
  return modal;
}

/** Starts loading search in the background (on first focus or hover of the search control). */
export function prepareSearch(): void {
  void createModal();
}

/** Opens the search dialog, loading Pagefind first if needed. */
export async function openSearch(): Promise<void> {
  (await createModal()).open();
}
