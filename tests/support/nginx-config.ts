// nginx configuration for a built Dossier site under any base path: no rewrites,
// only files. The nginx snippet in docs/deploying.md is serverBlock()'s output (a unit test keeps
// them equal), and the hosts test runs nginx with fullConfig() around the same block.
import { MIME_TYPES, isTextType } from './mime-types.ts';

export interface NginxSiteOptions {
  /** The site's base path, as BASE_PATH was at build time: "/" or "/a/b/c/". */
  base: string;
  /** The built site folder (dist/), absolute. */
  dir: string;
  /** Content-Security-Policy header to send, if any. */
  csp?: string | undefined;
  /** Address to listen on: "80", "127.0.0.1:8080". */
  listen: string;
}

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** A `types { }` block from the shared table: nginx's own mime.types lacks some (Pagefind's files). */
export function typesBlock(indent = ''): string {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(MIME_TYPES)) byType.set(type, [...(byType.get(type) ?? []), extension.slice(1)]);
  const lines = [...byType].map(([type, extensions]) => `${indent}  ${type} ${extensions.join(' ')};`);
  return `${indent}types {\n${lines.join('\n')}\n${indent}}`;
}

/**
 * The text types nginx should label with charset=utf-8 and compress: the shared table's, and the
 * ones Debian's stock mime.types gives the same files (.js as application/javascript, .xml as
 * text/xml), as a server set up from the docs uses that file.
 */
function textTypes(): string[] {
  const stock = ['application/javascript', 'text/xml'];
  return [...new Set([...Object.values(MIME_TYPES).filter(isTextType), ...stock])].filter((t) => t !== 'text/html');
}

/** A directive with a long list of values, wrapped a few values a line. */
function listDirective(name: string, values: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += 4) lines.push(values.slice(i, i + 4).join(' '));
  return `${name} ${lines.join('\n      ')};`;
}

/** The `server { }` block serving the site under its base path. */
export function serverBlock({ base, dir, csp, listen }: NginxSiteOptions): string {
  const header = csp ? `\n    add_header Content-Security-Policy "${csp}" always;` : '';
  // The base typed without its slash matches no "location ${base}": nginx would answer with its own 404.
  const bareBase = base === '/' ? '' : `  location = ${base.slice(0, -1)} {\n    return 301 ${base}$is_args$args;\n  }\n\n`;
  return `server {
  listen ${listen};
  # Redirects (a folder asked for without its slash) keep the host and port the visitor used.
  absolute_redirect off;
  charset utf-8;
  ${listDirective('charset_types', textTypes())}
  gzip on;
  ${listDirective('gzip_types', [...textTypes(), 'image/svg+xml'])}

${bareBase}  location ${base} {
    # The built site; "alias" maps ${base} onto the folder, so no rewrite is needed.
    alias ${withSlash(dir)};
    index index.html;
    # Missing pages, and folders without a page (403), get the site's own error page, with status 404.
    error_page 403 404 =404 ${base}404.html;${header}
  }
}`;
}

export interface NginxRunOptions extends NginxSiteOptions {
  /** Folder for nginx's pid, logs and temp files. */
  prefix: string;
  /** Run workers as this user (only when nginx starts as root). */
  user?: string | undefined;
}

/** A complete nginx.conf for running one site in the foreground (`nginx -c … -g 'daemon off;'`). */
export function fullConfig(options: NginxRunOptions): string {
  const p = withSlash(options.prefix);
  const indented = serverBlock(options).replace(/^/gm, '  ');
  return `${options.user ? `user ${options.user};\n` : ''}worker_processes 1;
pid ${p}nginx.pid;
error_log ${p}error.log warn;
events { worker_connections 256; }
http {
${typesBlock('  ')}
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${p}body;
  proxy_temp_path ${p}proxy;
  fastcgi_temp_path ${p}fastcgi;
  uwsgi_temp_path ${p}uwsgi;
  scgi_temp_path ${p}scgi;
${indented}
}
`;
}
