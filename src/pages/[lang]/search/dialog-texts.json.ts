/** The search dialog's texts in each translated language (see src/pages/search/dialog-texts.json.ts). */
import type { GetStaticPaths } from "astro";
import { dialogTextsRoute } from "../../../astro/dialogTexts.ts";
import { translatedLanguagePaths } from "../../../astro/languageVersions.ts";

export const getStaticPaths = translatedLanguagePaths satisfies GetStaticPaths;

export const GET = dialogTextsRoute;
