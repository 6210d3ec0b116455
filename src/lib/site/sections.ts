import { files } from './files.ts';
import { nearestWithin } from '../text/nearest.ts';
import { compareText } from '../text/compare-text.ts';
import { FACET_LABELS } from '../lists/brief-facets.ts';
import { DEAL_FACET_LABELS } from '../lists/deal-facets.ts';
import { DEAL_SORTS } from '../lists/deal-sort.ts';
import { PAGE_SEGMENT } from '../lists/pagination.ts';
import { ENTITY_TYPES } from '../../schemas/entity.ts';
import { EXPORT_COLLECTIONS } from '../../schemas/exports.ts';

/**
 * The routes of src/pages, written as their files are named there (without the extension;
 * "index" is the folder itself), so an address can be told to fit no page's shape:
 * "/briefs/some-brief/extra/" or "/entities/type/robot/" lead nowhere though their section
 * exists. A unit test holds this list equal to the files of src/pages.
 */
export const SITE_ROUTES: readonly string[] = [
  '404',
  'briefs/[...page]',
  'briefs/[facet]/[value]/[...page]',
  'briefs/[id]',
  'data/[collection].json',
  'data/deals.csv',
  'data/schema/[collection].json',
  'deals/[...page]',
  'deals/[facet]/[value]/[...page]',
  'deals/sort/[order]/[...page]',
  'entities/[id]',
  'entities/[id]/briefs/[...page]',
  'entities/[id]/deals/[...page]',
  'entities/index',
  'entities/type/[type]/[...page]',
  'index',
  'network',
  'quick-search/[version]/[shard].json',
  'quick-search/index.json',
  'quick-search/shards.json',
  'robots.txt',
  'rss.xml',
  'search-records.json',
  'search',
  'timeline/[year]/[...page]',
  'timeline/index',
  'topics/[id]/[...page]',
  'topics/index',
];

/** Parameters that take only a fixed set of values, by section and name. */
const CLOSED_PARAMETERS: Record<string, readonly string[]> = {
  'briefs/facet': Object.keys(FACET_LABELS),
  'deals/facet': Object.keys(DEAL_FACET_LABELS),
  'deals/order': DEAL_SORTS.map((sort) => sort.order),
  'entities/type': ENTITY_TYPES,
  'data/collection': EXPORT_COLLECTIONS,
};

interface RoutePart {
  /** A fixed segment, or one holding parameters ("[collection].json"). */
  pattern: RegExp;
  /** Its parameters' names, in order. */
  names: string[];
  /** The closed sets its parameters must be in, in order (undefined: any value). */
  closed: (readonly string[] | undefined)[];
}

/** The route an address fits and the values of its parameters ("id" → "xpeng"). */
export interface RouteMatch {
  route: string;
  params: Record<string, string>;
}

/** The address a route is published at: src/pages/404.astro is written as 404.html, the page static hosts serve for a missing address. */
const publishedAs = (route: string): string => (route === '404' ? '404.html' : route);

/** Each route as segment matchers; `paged` when it ends in [...page] (nothing, or "page/<n>"). */
const MATCHERS = SITE_ROUTES.map((route) => {
  const segments = publishedAs(route)
    .split('/')
    .filter((segment) => segment !== 'index');
  const paged = segments.at(-1) === '[...page]';
  if (paged) segments.pop();
  const section = segments[0] ?? '';
  const parts: RoutePart[] = segments.map((segment) => {
    const names: string[] = [];
    const closed: (readonly string[] | undefined)[] = [];
    const source = segment
      .split(/(\[[a-z]+\])/)
      .map((piece) => {
        const name = /^\[([a-z]+)\]$/.exec(piece)?.[1];
        if (!name) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        closed.push(CLOSED_PARAMETERS[`${section}/${name}`]);
        return '([^/]+)';
      })
      .join('');
    return { pattern: new RegExp(`^${source}$`), names, closed };
  });
  return { route, parts, paged };
});

/** The parameters of `segments` when they fit `parts`, else undefined. */
function fitParts(segments: readonly string[], parts: readonly RoutePart[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, { pattern, names, closed }] of parts.entries()) {
    const values = pattern.exec(segments[i]!);
    if (!values) return undefined;
    for (const [k, name] of names.entries()) {
      const value = values[k + 1]!;
      if (closed[k] && !closed[k].includes(value)) return undefined;
      params[name] = value;
    }
  }
  return params;
}

/**
 * The route of src/pages whose shape a site path fits ("entities/type/company/page/2/",
 * decoded, without the base path, query or fragment, with or without its final slash),
 * with its parameters, or undefined when no page or file of the build has that shape.
 * Which ids and values exist is the content's to say, not this.
 */
export function matchSiteRoute(path: string): RouteMatch | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const { route, parts, paged } of MATCHERS) {
    const params = fitParts(segments, parts);
    if (params) return { route, params };
    if (!paged || segments.length !== parts.length + 2) continue;
    const [segment, number] = segments.slice(parts.length);
    const listParams =
      segment === PAGE_SEGMENT && /^[1-9]\d*$/.test(number!) ? fitParts(segments.slice(0, parts.length), parts) : undefined;
    if (listParams) return { route, params: { ...listParams, page: number! } };
  }
  return undefined;
}

/** The top-level names that hold routes of src/pages (not the search bundle's, Astro's or public/'s files). */
export const ROUTE_SECTIONS: ReadonlySet<string> = new Set(
  SITE_ROUTES.map((route) => publishedAs(route).split('/')[0]!).filter((name) => name !== 'index'),
);

/**
 * Every top-level name of the built site but the files copied from public/, so a link
 * written in content can be told to lead nowhere before it is published: the routes'
 * sections, and what is written beside them after Astro renders.
 */
export const SITE_TOP_LEVEL: ReadonlySet<string> = new Set([
  ...ROUTE_SECTIONS,
  // The search bundle (src/integrations/pagefind-index.ts) and Astro's hashed assets.
  'pagefind',
  '_astro',
  // @astrojs/sitemap's index; its numbered parts are SITEMAP_PART.
  files.sitemap(),
]);

/**
 * The addresses under one top-level name, written for a reader of the check's fix:
 * "/entities/<id>/briefs/", "/entities/type/<type>/ (<type>: company, person, …)".
 */
export function routeShapes(section: string): string[] {
  const shapes = SITE_ROUTES.filter((route) => route.split('/')[0] === section).map((route) => {
    const path = route
      .split('/')
      .filter((segment) => segment !== 'index' && segment !== '[...page]')
      .join('/');
    const closed = [...route.matchAll(/\[([a-z]+)\]/g)].flatMap(([, name]) => {
      const values = CLOSED_PARAMETERS[`${section}/${name}`];
      return values ? [`<${name}>: ${values.join(', ')}`] : [];
    });
    const shown = path.replace(/\[([a-z]+)\]/g, '<$1>');
    return `/${shown}${/\.[a-z]+$/.test(shown) ? '' : '/'}${closed.length ? ` (${closed.join('; ')})` : ''}`;
  });
  // The section's own list first, then deeper addresses.
  return shapes.sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b));
}

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
