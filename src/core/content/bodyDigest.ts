import { createHash } from "node:crypto";
import { entryBody } from "./entryFile.ts";

/**
 * A digest of an entry's body text as it was validated: the page renderer compares it with the body it is about to
 * render, so a page never shows a body that did not pass the checks with its front matter.
 */
export function bodyDigest(body: string): string {
  return createHash("sha256").update(body).digest("base64url");
}

/** The body of an entry file's text when it is the body the checks saw (the same digest); undefined when it changed. */
export function checkedBody(raw: string, digest: string): string | undefined {
  const body = entryBody(raw);
  return bodyDigest(body) === digest ? body : undefined;
}
