import { defineCollection } from "astro:content";
import { categoriesLoader, languagesLoader, termsLoader, translationsLoader } from "./astro/loaders.ts";
import { resolveContentRoot } from "./core/content/contentRoot.ts";

const root = resolveContentRoot();

/** The glossary's content collections, all read from the content root (`$GLOSSARY_CONTENT` or `./content`). */
export const collections = {
  terms: defineCollection({ loader: termsLoader(root) }),
  categories: defineCollection({ loader: categoriesLoader(root) }),
  translations: defineCollection({ loader: translationsLoader(root) }),
  languages: defineCollection({ loader: languagesLoader(root) }),
};
