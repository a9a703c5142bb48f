import { type AliasPagePlaceholders, type AliasPageText, aliasPagePlaceholders } from "../core/publish/aliasPages.ts";
import { termPath } from "../core/publish/paths.ts";

/** The address a build renders the alias page template at (`src/pages/terms/[alias].astro`); no slug has a `_`. */
export const ALIAS_TEMPLATE_SLUG = "_alias-page-template";

/** The template's file, site-relative. */
export const ALIAS_TEMPLATE_FILE = `${termPath(ALIAS_TEMPLATE_SLUG)}index.html`;

/** The build's file of the placeholders and of every alias page's texts (`src/pages/alias-pages.json.ts`). */
export const ALIAS_TEXTS_FILE = "alias-pages.json";

/** What the texts' file holds. */
export interface AliasTexts {
  placeholders: AliasPagePlaceholders;
  pages: AliasPageText[];
}

/**
 * The placeholders of this build's template: made once where the pages are rendered, so that the template's route
 * and the texts' file, which says what they are, agree.
 */
export const templatePlaceholders: AliasPagePlaceholders = aliasPagePlaceholders();
