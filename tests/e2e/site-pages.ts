// The pages of the e2e build, discovered from its sitemap on disk (so tests can be
// declared one per page), grouped into page types by URL shape. New pages and new
// page types are covered by the accessibility and CSP tests without listing them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xmlReferences } from '../support/site-links.ts';
import { BASE } from './site.ts';

/** The folder tests/e2e/build-site.ts builds into and tests/playwright.config.ts serves. */
export const E2E_DIR = '.dist-e2e';

/** A path under the base → the file in the build that holds it. */
const fileFor = (pathname: string) => join(E2E_DIR, decodeURIComponent(pathname).slice(BASE.length));

/** Every page the sitemap lists, as paths with the base ("/dossier/briefs/x/"), in sitemap order. */
export function sitemapPaths(): string[] {
  const index = fileFor(`${BASE}sitemap-index.xml`);
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`node tests/e2e/build-site.ts\` (npm run test:e2e does) first`);
  return xmlReferences(readFileSync(index, 'utf8')).flatMap((sitemap) =>
    xmlReferences(readFileSync(fileFor(new URL(sitemap.url).pathname), 'utf8')).map((page) => new URL(page.url).pathname),
  );
}

/**
 * The type of a page from its URL: "" (home), "briefs/" (a top-level page), and for
 * deeper pages the path with its last segment as "*": "briefs/*", "briefs/topic/*".
 */
export function pageType(path: string): string {
  const segments = path.slice(BASE.length).split('/').filter(Boolean);
  if (segments.length <= 1) return segments.length ? `${segments[0]}/` : 'home';
  return `${segments.slice(0, -1).join('/')}/*`;
}

/** Up to `perType` pages of each type, spread over the type's pages (first, last, between). */
export function samplePages(perType: number): { type: string; path: string }[] {
  const byType = new Map<string, string[]>();
  for (const path of sitemapPaths()) byType.set(pageType(path), [...(byType.get(pageType(path)) ?? []), path]);
  const out: { type: string; path: string }[] = [];
  for (const [type, paths] of byType) {
    const count = Math.min(perType, paths.length);
    const picked = new Set(
      Array.from({ length: count }, (_, i) => paths[count === 1 ? 0 : Math.round((i * (paths.length - 1)) / (count - 1))]!),
    );
    for (const path of picked) out.push({ type, path });
  }
  return out;
}

/** An address with no page: the host answers with the site's 404 page. */
export const MISSING_PATH = `${BASE}no-such-page/`;

/**
 * A collection of the build's open data, read from disk while the tests are declared,
 * so a check that runs once per record is one test per record (each within its own
 * timeout, however many records the content has).
 */
export function builtData<T>(name: 'briefs' | 'entities' | 'deals'): T[] {
  const file = join(E2E_DIR, 'data', `${name}.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`node tests/e2e/build-site.ts\` (npm run test:e2e does) first`);
  return JSON.parse(readFileSync(file, 'utf8')) as T[];
}

/** The pages of the build under a folder (given with the base: "/dossier/briefs/topic/"), as paths with the base, sorted. */
export function builtPagesUnder(folder: string): string[] {
  const dir = fileFor(folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => folder + file.slice(0, -'index.html'.length))
    .sort();
}

/** How many elements a built page has (its start tags): the work axe or a keyboard walk does on it grows with this. */
export function elementCount(path: string): number {
  const file = path.endsWith('/') ? `${fileFor(path)}/index.html` : fileFor(path);
  return existsSync(file) ? (readFileSync(file, 'utf8').match(/<[a-zA-Z]/g) ?? []).length : 0;
}
