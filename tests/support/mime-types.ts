// Content types by file extension for the files a Dossier build writes, shared by the
// test static server and the generated nginx configuration so both hosts agree.
// Text types carry no charset here; each server adds "charset=utf-8" to text types.

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  // Pagefind: the WebAssembly module (browsers compile it while streaming only as application/wasm) and its index files.
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a server should label with charset=utf-8. */
export const isTextType = (type: string): boolean => /^text\/|^application\/(?:json|xml|javascript|[\w.+-]*\+(?:xml|json))$/.test(type);

/** The Content-Type header for a file extension (".css"), with charset for text. */
export function contentTypeFor(extension: string): string {
  const type = MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
  return isTextType(type) ? `${type}; charset=utf-8` : type;
}
