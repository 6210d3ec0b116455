import type { ContentIssue } from './issue.ts';
import { nearestWithin } from '../lib/text/nearest.ts';
import type { CollectionName, Collections, Deal } from '../lib/content/entries.ts';
import { dealHomeBrief } from '../lib/content/deal-home.ts';
import { paths } from '../lib/site/urls.ts';
import { isSiteTopLevel, matchSiteRoute, nearestSiteTopLevel, ROUTE_SECTIONS, routeShapes } from '../lib/site/sections.ts';
import { isFileRelative } from '../lib/content/mdx-policy.ts';
import { briefStatuses, dealBriefLists, SINGULAR, type FailedEntry } from './references.ts';

/**
 * Site links written inside brief bodies ("[XPeng](/entities/xpeng/)"), checked
 * like the frontmatter's references: a link to a brief, entity, topic or deal that
 * does not exist, to an unpublished brief from a published one, or to an address no page
 * of the site has, is an error at `npm run check`, not a 404 found after publishing. Pure.
 */

/** A link as written in a brief body, located in its file. */
export interface BodyLink {
  url: string;
  line?: number | undefined;
  column?: number | undefined;
  /** An image's source: its own rule (src/check/mdx-body.ts) says when it is missing. */
  image?: true;
  /** A root-relative URL outside the site's own top-level names that names a file in public/. */
  inPublic?: true;
  /** For a link relative to the page, the root-relative address it leads to (resolveRelativeLink). */
  siteUrl?: string;
}

/**
 * The top-level name a root-relative URL starts with, decoded ("entities" for
 * "/entities/xpeng/", "" for "/" or "/#top"), or undefined when the URL is not
 * root-relative (another site, "//host", a relative or fragment-only link) or cannot be decoded.
 */
export function rootRelativeTopLevel(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^\/(?!\/)/.test(trimmed)) return undefined;
  const path = trimmed.replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(path.split('/')[1] ?? '');
  } catch {
    return undefined;
  }
}

/**
 * The address a link leads to once leading segments that are no part of the site are dropped
 * ("/dossier/entities/x/" → "/entities/x/"): a link written with a base path in front, which
 * the build adds again. Undefined when no such tail is a page of the site.
 */
function withoutBasePath(url: string): string | undefined {
  const path = url.replace(/[?#].*$/s, '');
  for (let slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const rest = url.slice(slash);
    const restPath = path.slice(slash);
    // Every route but the home page starts with its section, so a match names a page below one.
    if (restPath !== '/' && matchSiteRoute(restPath)) return rest;
  }
  return undefined;
}

/** The collection whose ids a section's "[id]" parameter names. */
const ENTRY_SECTIONS: Partial<Record<string, Exclude<CollectionName, 'deals'>>> = {
  briefs: 'briefs',
  entities: 'entities',
  topics: 'topics',
};

/**
 * Issues for a root-relative link that is not to an entry: one that leads outside every
 * address the build writes and every file in public/, or to a page without its final slash.
 */
function siteAddressIssue(
  link: BodyLink,
  url: string,
  known: Record<CollectionName, readonly string[]>,
  ids: Record<CollectionName, Set<string>>,
): Pick<ContentIssue, 'message' | 'fix'> | undefined {
  const top = rootRelativeTopLevel(url);
  if (top === undefined || top === '' || link.image) return undefined;
  if (!isSiteTopLevel(top)) {
    if (link.inPublic) return undefined;
    const message = `the link leads to no page of the site: nothing is published under /${top}, and public/ has no such file`;
    const withoutBase = withoutBasePath(url);
    if (withoutBase) {
      return {
        message,
        fix: `write ${withoutBase}: links are written from the site root without the base path, which the build puts in front`,
      };
    }
    const nearest = nearestSiteTopLevel(top);
    return {
      message,
      fix: nearest
        ? `did you mean ${url.replace(`/${url.split(/[/?#]/)[1]}`, `/${nearest}`)}?`
        : 'link to a page of the site, add the file to public/, or write the full address (https://…) of another site',
    };
  }
  const path = url.replace(/[?#].*$/s, '');
  // "/entities/x/index.html": the file behind a page, which links name by its address.
  const page = /\/index\.html$/.exec(path) && path.slice(0, -'index.html'.length);
  if (page && matchSiteRoute(page)) {
    return {
      message: `${path} names the file behind a page; links name the page by its address`,
      fix: `write ${page}${url.slice(path.length)}`,
    };
  }
  if (ROUTE_SECTIONS.has(top)) {
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // Left as written: the shape is judged on what the writer typed.
    }
    const match = matchSiteRoute(decoded);
    if (!match) {
      return {
        message: `no page of the site has the address ${path}`,
        fix: `the addresses under /${top}/ are ${routeShapes(top).join(', ')}`,
      };
    }
    // A list of one entity's or topic's entries ("/entities/<id>/briefs/") needs that entry.
    const collection = ENTRY_SECTIONS[top];
    const id = match.params['id'];
    if (collection && id !== undefined && !ids[collection].has(id)) {
      const nearest = nearestWithin(id, known[collection]);
      return {
        message: `the link points at ${collection}/${id}, which does not exist`,
        fix: nearest
          ? `did you mean ${url.replace(`/${top}/${url.split('/')[2]}/`, `/${top}/${nearest}/`)}?`
          : `link to an existing ${SINGULAR[collection]}, or remove the link`,
      };
    }
  }
  const last = path.split('/').at(-1)!;
  if (last !== '' && !last.includes('.')) {
    return {
      message: 'site links end with "/" (a static host has no redirect for the address without it)',
      fix: `write ${path}/${url.slice(path.length)}`,
    };
  }
  return undefined;
}

/**
 * The root-relative address a link relative to the page ("../xpeng/", "xpeng/") leads to
 * from the brief's page, the one page that shows the body; undefined for any other link.
 */
export function resolveRelativeLink(url: string, briefId: string): string | undefined {
  if (!isFileRelative(url) || url.trim().startsWith('?')) return undefined;
  const resolved = new URL(url.trim(), new URL(`/${paths.brief(briefId)}`, 'https://site.invalid'));
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Where the site is published: SITE_URL's origin and BASE_PATH (src/lib/site/config.ts). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/**
 * The root-relative address of a link written as the site's own full address
 * ("https://news.example.org/dossier/entities/x/" → "/entities/x/" when the site is
 * published there), undefined for any other link.
 */
export function ownSiteAddress(url: string, site: SiteAddress): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.origin !== new URL(site.origin).origin || !parsed.pathname.startsWith(site.base)) return undefined;
  return `/${parsed.pathname.slice(site.base.length)}${parsed.search}${parsed.hash}`;
}

export interface BriefLinks {
  id: string;
  file?: string | undefined;
  links: BodyLink[];
}

/** The entry a root-relative site link points at, if it is an entry page. */
export function siteLinkTarget(
  url: string,
): { collection: CollectionName; id: string; wellFormed: boolean; fragment?: string | undefined } | undefined {
  const m = /^\/(briefs|entities|topics)\/([^/#?]+)(\/?)(?:\?[^#]*)?(?:#(.*))?$/.exec(url);
  if (m) {
    const [, collection, id, slash, fragment] = m;
    return { collection: collection as CollectionName, id: id!, wellFormed: slash === '/', fragment };
  }
  // A deal has no page: "/deals/<id>/" and the old "/deals/#deal-<id>" name one that way.
  const deal = /^\/deals(?:\/?#deal-(.+)|\/([^/#?]+)\/?)$/.exec(url);
  if (deal) return { collection: 'deals', id: (deal[1] ?? deal[2])!, wellFormed: false };
  return undefined;
}

/** Root-relative address of a brief's, entity's or topic's page (a deal has none: see dealHref below). */
const hrefFor = (collection: Exclude<CollectionName, 'deals'>, id: string): string =>
  `/${collection === 'briefs' ? paths.brief(id) : collection === 'entities' ? paths.entity(id) : paths.topic(id)}`;

/**
 * Issues for links in brief bodies whose target entry is missing, a draft, or written
 * without the final slash, for links to a deal that miss its row (a deal is linked as
 * /briefs/<home>/#deal-<id>, its row on the page of the first published brief it cites),
 * and for links to an address the build does not write (siteAddressIssue). A link relative
 * to the page is checked where it leads from the brief's page.
 */
export function checkBodyLinks(
  bodies: readonly BriefLinks[],
  c: Collections,
  ids: Record<CollectionName, Set<string>>,
  site?: SiteAddress,
  failed: readonly FailedEntry[] = [],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // Of a file that failed its schema, what its well-formed fields say: a brief's status, a deal's briefs.
  const status = briefStatuses(c, failed);
  const published = new Set([...status].filter(([, s]) => s === 'published').map(([id]) => id));
  const deals = dealBriefLists(c, failed);
  const dealHref = (id: string): string | undefined => {
    const briefs = deals.get(id);
    const home = briefs && dealHomeBrief({ data: { briefs: briefs as Deal['data']['briefs'] } }, published);
    return home && `/${paths.deal(id, home)}`;
  };
  const known = Object.fromEntries(Object.entries(ids).map(([name, set]) => [name, [...set].sort()])) as Record<CollectionName, string[]>;
  for (const body of bodies) {
    const at = { severity: 'error' as const, collection: 'briefs' as const, id: body.id, file: body.file, field: '(body)' };
    const fromPublished = status.get(body.id) === 'published';
    for (const link of body.links) {
      const ownSite = !link.siteUrl && !link.image && site ? ownSiteAddress(link.url, site) : undefined;
      // Only the site's own sections are known from here; other paths on its host (files in public/) are left alone.
      if (ownSite !== undefined) {
        const top = rootRelativeTopLevel(ownSite);
        if (top !== '' && !isSiteTopLevel(top ?? '')) continue;
      }
      const url = link.siteUrl ?? ownSite ?? link.url.trim();
      const target = siteLinkTarget(url);
      const reported = issues.length;
      // A relative link, or one written as the site's full address, is checked where it leads; its issue says so.
      const report = (issue: ContentIssue): void => {
        const writtenAs = link.siteUrl ? "relative to the brief's page" : ownSite !== undefined ? "as the site's full address" : undefined;
        if (!writtenAs) return void issues.push(issue);
        const leads = issue.message.includes(url) ? '' : `, it leads to ${url}`;
        issues.push({ ...issue, message: `${issue.message} (written ${writtenAs}${leads})` });
      };
      const where = { ...at, line: link.line, column: link.column, value: link.url };
      const warnIfOwnSite = () => {
        if (ownSite === undefined || issues.length > reported) return;
        issues.push({
          ...where,
          severity: 'warning',
          message: "the link is written as the site's full address, so from a preview or another host it leaves for the published site",
          fix: `write ${url}: links from the site root follow the site to any host and base path`,
        });
      };
      const checkLink = (): void => {
        if (!target) {
          const issue = siteAddressIssue(link, url, known, ids);
          if (issue) report({ ...where, ...issue });
          return;
        }
        // A deal's row: a brief link whose fragment is "deal-<id>".
        const dealRow =
          target.collection === 'deals'
            ? target.id
            : target.collection === 'briefs'
              ? /^deal-(.+)$/.exec(target.fragment ?? '')?.[1]
              : undefined;
        if (!ids[target.collection].has(target.id) && target.collection !== 'deals') {
          const nearest = nearestWithin(target.id, known[target.collection]);
          report({
            ...where,
            message: `the link points at ${target.collection}/${target.id}, which does not exist`,
            fix: nearest
              ? `did you mean ${hrefFor(target.collection, nearest)}?`
              : `link to an existing ${SINGULAR[target.collection]}, or remove the link`,
          });
        } else if (dealRow !== undefined) {
          // A deal whose file failed its schema before its briefs could be read has its own error there.
          if (ids.deals.has(dealRow) && !deals.has(dealRow)) return;
          if (!deals.has(dealRow)) {
            const nearest = nearestWithin(dealRow, known.deals);
            const near = nearest && dealHref(nearest);
            report({
              ...where,
              message: `the link points at the deal ${dealRow}, which does not exist`,
              fix: near ? `did you mean ${near}?` : 'link to an existing deal, or remove the link',
            });
            return;
          }
          const href = dealHref(dealRow);
          if (!href) {
            report({
              ...where,
              message: `the deal ${dealRow} cites no published brief, so it is not on the site`,
              fix: 'publish a brief the deal cites, or remove the link',
            });
          } else if (url !== href) {
            const message =
              target.collection === 'deals'
                ? 'a deal has no page of its own: it is a row on the page of the first published brief it cites'
                : `the row of deal ${dealRow} is on the page of the first published brief it cites, not this one`;
            report({ ...where, message, fix: `write ${href}` });
          }
        } else if (!target.wellFormed) {
          report({
            ...where,
            message: 'site links end with "/" (a static host has no redirect for the address without it)',
            fix: `write ${hrefFor(target.collection as Exclude<CollectionName, 'deals'>, target.id)}`,
          });
        } else if (fromPublished && target.collection === 'briefs' && status.has(target.id) && status.get(target.id) !== 'published') {
          report({
            ...where,
            message: `the link points at the brief ${target.id}, which is not published (status: ${status.get(target.id)})`,
            fix: 'publish that brief first, or remove the link',
          });
        }
      };
      checkLink();
      warnIfOwnSite();
    }
  }
  return issues;
}
