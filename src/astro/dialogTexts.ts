import type { APIRoute } from "astro";
import { searchDialogTexts } from "../i18n/clientTexts.ts";
import { messagesFor } from "../i18n/messages.ts";
import { settings } from "./site.ts";

/** Serves the search dialog's texts in the route's language (`lang`, or the site's own) as JSON. */
export const dialogTextsRoute: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchDialogTexts(messagesFor(params.lang ?? settings.language))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
