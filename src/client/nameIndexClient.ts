import { NAME_INDEX_FOLDER } from "../search/nameIndexFolder.ts";
import { NameIndexReader } from "../search/nameLookup.ts";
import { PAGE_FOLDER, SITE_BASE } from "./siteBase.ts";

let reader: NameIndexReader | undefined;

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(`${SITE_BASE}${PAGE_FOLDER}${NAME_INDEX_FOLDER}${path}`);
  if (!response.ok) throw new Error(`The name index file ${path} answered ${response.status}`);
  return response.json();
}

/** The name index of the page's language, read over the network one small file at a time, each file once per page. */
export function nameIndex(): NameIndexReader {
  reader ??= new NameIndexReader(fetchJson);
  return reader;
}
