/**
 * The search dialog's texts in the site's language, fetched by the dialog's code when a reader first reaches for
 * search, so that pages do not carry them.
 */
import { dialogTextsRoute } from "../../astro/dialogTexts.ts";

export const GET = dialogTextsRoute;
