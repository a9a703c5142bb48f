import { defineCollection } from "astro:content";
import { categoriesLoader, termsLoader } from "./astro/loaders.ts";
import { resolveContentRoot } from "./core/content/contentRoot.ts";

const root = resolveContentRoot();

/** The glossary's content collections, both read from the content root (`$GLOSSARY_CONTENT` or `./content`). */
export const collections = {
  terms: defineCollection({ loader: termsLoader(root) }),
  categories: defineCollection({ loader: categoriesLoader(root) }),
};
