import { configureSearch, loadPagefindComponents } from "./pagefindComponents.ts";

const INSTANCE = "site";

interface ModalElement extends HTMLElement {
  open(): void;
}

let modal: Promise<ModalElement> | undefined;

function createModal(): Promise<ModalElement> {
  modal ??= (async () => {
    const components = await loadPagefindComponents();
    configureSearch(components, INSTANCE);
    const template = document.querySelector<HTMLTemplateElement>("template#search-modal");
    if (!template) throw new Error("The page has no search modal template");
    document.body.append(template.content.cloneNode(true));
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
