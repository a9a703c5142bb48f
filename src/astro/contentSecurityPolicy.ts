/**
 * The Content-Security-Policy of every built page: scripts, styles, images, fonts and data only from the site
 * itself, and WebAssembly compilation for Pagefind's search engine, which runs on the page (no worker may start).
 * No inline script or style is allowed, and plugins, framing of other origins and form posts elsewhere are shut
 * off.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
