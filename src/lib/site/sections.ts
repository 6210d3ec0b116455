import { paths } from './urls.ts';
import { files } from './files.ts';
import { nearestWithin } from '../text/nearest.ts';

/**
 * The first segment of every address the build writes, so a link written in content can be
 * told to lead nowhere before it is published. Taken from the site's own address makers
 * (./urls.ts, ./files.ts) plus the files written outside them; a unit test holds this list
 * to the top-level routes of src/pages, so a new section cannot be forgotten here. Pure.
 */
const OUTSIDE_ADDRESS_MAKERS = [
  // The header box's per-script files and the search page's records (src/pages/quick-search/, search-records.json.ts).
  'quick-search',
  'search-records.json',
  // Written after Astro: the search bundle (src/integrations/pagefind-index.ts) and Astro's hashed assets.
  'pagefind',
  '_astro',
  // Astro writes src/pages/404.astro as 404.html, which static hosts serve for a missing address.
  '404.html',
];

const firstSegment = (path: string): string => path.split('/')[0]!;

/** Every top-level name of the built site, but the files copied from public/. */
export const SITE_TOP_LEVEL: ReadonlySet<string> = new Set(
  [
    ...Object.values(paths).map((make) => firstSegment(make('x', 'x'))),
    ...Object.values(files).map((make) => firstSegment(make('briefs'))),
    ...OUTSIDE_ADDRESS_MAKERS,
  ].filter(Boolean),
);

/** @astrojs/sitemap writes its parts as sitemap-0.xml, sitemap-1.xml, … beside its index. */
const SITEMAP_PART = /^sitemap-\d+\.xml$/;

/** Whether a top-level name (decoded, without slashes) is one the build writes. */
export function isSiteTopLevel(name: string): boolean {
  return SITE_TOP_LEVEL.has(name) || SITEMAP_PART.test(name);
}

/** "entities" for "entity", "briefs" for "brief": a section named in the singular. */
const singularOf = (section: string): string => section.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The site's top-level name a mistyped one most likely meant ("entity" → "entities",
 * "brifs" → "briefs"), or undefined when none is close. Names with a dot (files) are
 * matched only by names with one, so "/about" never suggests "rss.xml".
 */
export function nearestSiteTopLevel(name: string): string | undefined {
  const lower = name.toLowerCase();
  const isFileName = lower.includes('.');
  const options = [...SITE_TOP_LEVEL].filter((option) => option.includes('.') === isFileName && !option.startsWith('_'));
  return options.find((option) => option === lower || singularOf(option) === lower) ?? nearestWithin(lower, options);
}
