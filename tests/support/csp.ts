// The strict Content-Security-Policy every Dossier page must work under: scripts and
// styles only from the site's own files (no inline code, no style attributes), plus
// 'wasm-unsafe-eval', which Pagefind's WebAssembly search needs and nothing else.
// Pagefind's worker is a file of the site (no blob: worker), so worker-src is 'self'.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
