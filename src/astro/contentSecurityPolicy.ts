/**
 * The Content-Security-Policy of every built page: scripts, styles, fonts and data only from the site itself;
 * WebAssembly compilation for Pagefind's search engine, and its worker; images also as `data:` URLs (Pagefind's
 * icons). No inline script or style is allowed, and plugins, framing of other origins and form posts elsewhere
 * are shut off.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
