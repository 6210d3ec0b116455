import type { ContentIssue } from './content-issue.ts';
import { nearestWithin } from './nearest.ts';
import type { CollectionName, Collections } from './types.ts';
import { paths } from './urls.ts';

/**
 * Site links written inside brief bodies ("[XPeng](/entities/xpeng/)"), checked
 * like the frontmatter's references: a link to a brief, entity, topic or deal that
 * does not exist, or to an unpublished brief from a published one, is an error at
 * `npm run check`, not a 404 found after publishing. Pure.
 */

/** A link as written in a brief body, located in its file. */
export interface BodyLink {
  url: string;
  line?: number | undefined;
  column?: number | undefined;
}

export interface BriefLinks {
  id: string;
  file?: string | undefined;
  links: BodyLink[];
}

/** The entry a root-relative site link points at, if it is an entry page. */
export function siteLinkTarget(url: string): { collection: CollectionName; id: string; wellFormed: boolean; why?: string } | undefined {
  const m = /^\/(briefs|entities|topics|deals)\/([^/#?]+)(\/?)(?:[#?].*)?$/.exec(url);
  if (m) {
    const [, collection, id, slash] = m;
    return { collection: collection as CollectionName, id: id!, wellFormed: slash === '/' };
  }
  // Deals were rows of /deals/ before each had its page; that address no longer lands on them.
  const deal = /^\/deals\/?#deal-(.+)$/.exec(url);
  if (deal) return { collection: 'deals', id: deal[1]!, wellFormed: false, why: 'each deal has its own page; /deals/#deal-<id> no longer lands on it' };
  return undefined;
}

const hrefFor = (collection: CollectionName, id: string): string =>
  `/${collection === 'briefs' ? paths.brief(id) : collection === 'entities' ? paths.entity(id) : collection === 'topics' ? paths.topic(id) : paths.deal(id)}`;

/** Issues for links in brief bodies whose target entry is missing, a draft, or written without the final slash. */
export function checkBodyLinks(bodies: readonly BriefLinks[], c: Collections, ids: Record<CollectionName, Set<string>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const status = new Map(c.briefs.map((b) => [b.id, b.data.status]));
  const known = Object.fromEntries(Object.entries(ids).map(([name, set]) => [name, [...set].sort()])) as Record<CollectionName, string[]>;
  for (const body of bodies) {
    const at = { severity: 'error' as const, collection: 'briefs' as const, id: body.id, file: body.file, field: '(body)' };
    const fromPublished = status.get(body.id) === 'published';
    for (const link of body.links) {
      const target = siteLinkTarget(link.url);
      if (!target) continue;
      const where = { ...at, line: link.line, column: link.column, value: link.url };
      if (!ids[target.collection].has(target.id)) {
        const nearest = nearestWithin(target.id, known[target.collection]);
        issues.push({
          ...where,
          message: `the link points at ${target.collection}/${target.id}, which does not exist`,
          fix: nearest ? `did you mean ${hrefFor(target.collection, nearest)}?` : `link to an existing ${target.collection.replace(/s$/, '')}, or remove the link`,
        });
      } else if (!target.wellFormed) {
        issues.push({ ...where, message: target.why ?? 'site links end with "/" (a static host has no redirect for the address without it)', fix: `write ${hrefFor(target.collection, target.id)}` });
      } else if (fromPublished && target.collection === 'briefs' && status.has(target.id) && status.get(target.id) !== 'published') {
        issues.push({ ...where, message: `the link points at the brief ${target.id}, which is not published (status: ${status.get(target.id)})`, fix: 'publish that brief first, or remove the link' });
      }
    }
  }
  return issues;
}
