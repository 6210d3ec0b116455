/**
 * The two settings of a build, BASE_PATH and SITE_URL, checked before Astro sees
 * them. Astro writes both into every page's script and stylesheet tags and every
 * canonical link unescaped: a quote in BASE_PATH cut those tags, and a SITE_URL
 * with a path, a query or no scheme made wrong canonical addresses. So a value
 * that is not a plain path or an http(s) origin stops the build with the fix.
 */

export const DEFAULT_SITE_URL = 'https://dossier.example.org';

/** A path segment: letters, digits and the unreserved marks of RFC 3986, nothing to escape. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** A DNS host name (or an IPv4 address): parts of 1 to 63 letters, digits and inner "-", one dot between them, a dot at the end allowed. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;

export class SiteConfigError extends Error {
  constructor(name: string, value: string, problem: string, fix: string) {
    super(`${name}=${JSON.stringify(value)} ${problem}\n  fix: ${fix}`);
    this.name = 'SiteConfigError';
  }
}

/** "/", "/a/b/c/": BASE_PATH with one slash at each end; throws SiteConfigError when it is not a plain path. */
export function basePath(value: string | undefined): string {
  if (value === undefined || /^\/*$/.test(value)) return '/';
  const fix =
    'write the path the site is served under, with letters, digits, "-", "_", "." or "~" between slashes, e.g. BASE_PATH=/dossier/ (or BASE_PATH=/ for the root)';
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  const segments = trimmed.split('/');
  const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
  if (bad !== undefined) {
    const problem =
      bad === ''
        ? 'has an empty segment ("//")'
        : bad === '.' || bad === '..'
          ? `has a "${bad}" segment`
          : `has characters a path cannot hold as written: ${JSON.stringify(bad)}`;
    throw new SiteConfigError('BASE_PATH', value, `is not a valid base path: it ${problem}`, fix);
  }
  return `/${trimmed}/`;
}

/** The site's origin, "https://host[:port]"; throws SiteConfigError when SITE_URL is not an http(s) origin. Unset or empty: the placeholder. */
export function siteOrigin(value: string | undefined): string {
  // An empty value is unset, as a CI variable that is not defined expands to "".
  if (value === undefined || value === '') return DEFAULT_SITE_URL;
  const fix = 'write the public origin only, scheme and host: SITE_URL=https://example.github.io (the sub-path goes in BASE_PATH)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError('SITE_URL', value, 'is not a URL', fix);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteConfigError('SITE_URL', value, `has the scheme ${url.protocol} instead of https: or http:`, fix);
  // The URL parser lets through quotes and other marks in a host name; a real one is letters, digits, "-" and ".".
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) && !/^\[[0-9a-f:.]+\]$/i.test(url.hostname))
    throw new SiteConfigError('SITE_URL', value, 'has characters a host name cannot hold', fix);
  // The URL parser also takes "x..org", "-x.org" and port 0, which no site can be served at.
  if (!url.hostname.startsWith('[') && !HOST_NAME.test(url.hostname))
    throw new SiteConfigError(
      'SITE_URL',
      value,
      'has a host name no site can have: an empty part between dots, or a part that starts or ends with "-"',
      fix,
    );
  if (url.port === '0') throw new SiteConfigError('SITE_URL', value, 'has port 0, which no site can be served at', fix);
  if (url.username || url.password) throw new SiteConfigError('SITE_URL', value, 'holds a user name or password', fix);
  if (/^https:\/\/[^/]+:443\/?$/i.test(value) || /^http:\/\/[^/]+:80\/?$/i.test(value))
    throw new SiteConfigError('SITE_URL', value, "names its scheme's default port", `leave the port out: SITE_URL=${url.origin}`);
  if (url.hostname.split('.').some((part) => part.startsWith('xn--')) && !/xn--/i.test(value))
    throw new SiteConfigError(
      'SITE_URL',
      value,
      'has a host name with letters beyond ASCII',
      `write it in its ASCII form: SITE_URL=${url.origin}`,
    );
  const asWritten = value.replace(/\/$/, '');
  if (url.pathname !== '/' || url.search || url.hash || asWritten.toLowerCase() !== url.origin.toLowerCase()) {
    throw new SiteConfigError(
      'SITE_URL',
      value,
      'is not an origin: it has a path, query, fragment or characters the URL parser rewrote',
      fix,
    );
  }
  return url.origin;
}

/**
 * Checks SITE_URL and BASE_PATH of `env` and returns the base path for astro.config.mjs.
 * Both are checked before anything is built; the first bad one throws SiteConfigError.
 */
export function siteBase(env: Record<string, string | undefined>): string {
  siteOrigin(env.SITE_URL);
  return basePath(env.BASE_PATH);
}
