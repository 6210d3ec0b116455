import { nearestWithin } from '../lib/text/nearest.ts';
import type { ContentIssue } from './issue.ts';
import type { CollectionName, Collections } from '../lib/content/entries.ts';

interface Reference {
  from: CollectionName;
  id: string;
  file?: string | undefined;
  field: string;
  to: CollectionName;
  target: string;
}

/** Every id one entry points at, with the field it sits in. */
export function* collectReferences(c: Collections): Generator<Reference> {
  for (const b of c.briefs) {
    const at = { from: 'briefs' as const, id: b.id, file: b.filePath };
    for (const [i, t] of b.data.topics.entries()) yield { ...at, field: `topics[${i}]`, to: 'topics', target: t };
    for (const [i, e] of b.data.entities.entries()) yield { ...at, field: `entities[${i}]`, to: 'entities', target: e };
    for (const [i, r] of (b.data.related ?? []).entries()) yield { ...at, field: `related[${i}]`, to: 'briefs', target: r };
    for (const [i, f] of b.data.figures.entries()) yield { ...at, field: `figures[${i}].entity`, to: 'entities', target: f.entity };
    for (const [i, cv] of b.data.caveats.entries()) {
      for (const [j, r] of (cv.briefs ?? []).entries()) yield { ...at, field: `caveats[${i}].briefs[${j}]`, to: 'briefs', target: r };
    }
  }
  for (const e of c.entities) {
    const at = { from: 'entities' as const, id: e.id, file: e.filePath };
    for (const [i, f] of e.data.facts.entries()) {
      if (f.source.brief) yield { ...at, field: `facts[${i}].source.brief`, to: 'briefs', target: f.source.brief };
    }
    for (const [i, r] of e.data.relations.entries()) {
      yield { ...at, field: `relations[${i}].target`, to: 'entities', target: r.target };
      if (r.source.brief) yield { ...at, field: `relations[${i}].source.brief`, to: 'briefs', target: r.source.brief };
    }
  }
  for (const d of c.deals) {
    const at = { from: 'deals' as const, id: d.id, file: d.filePath };
    for (const [i, p] of d.data.parties.entries()) yield { ...at, field: `parties[${i}].entity`, to: 'entities', target: p.entity };
    for (const [i, b] of d.data.briefs.entries()) yield { ...at, field: `briefs[${i}]`, to: 'briefs', target: b };
  }
}

const SINGULAR: Record<CollectionName, string> = { briefs: 'brief', entities: 'entity', deals: 'deal', topics: 'topic' };

/** An error at the place a reference is written. */
const referenceError = (ref: Reference, message: string, fix: string): ContentIssue => ({
  severity: 'error',
  collection: ref.from,
  id: ref.id,
  file: ref.file,
  field: ref.field,
  value: ref.target,
  message,
  fix,
});

/**
 * Checks that every reference names an existing entry. Astro only logs broken
 * references, so the project enforces them; each issue names the nearest id.
 * Linear in the number of references: ids are looked up in sets. `present`
 * holds ids whose file exists but failed validation: that file already has its
 * own error, and a reference to it is not also reported as unknown.
 */
export function checkReferences(c: Collections, present?: Partial<Record<CollectionName, ReadonlySet<string>>>): ContentIssue[] {
  const ids: Record<CollectionName, Set<string>> = {
    briefs: new Set(c.briefs.map((x) => x.id)),
    entities: new Set(c.entities.map((x) => x.id)),
    deals: new Set(c.deals.map((x) => x.id)),
    topics: new Set(c.topics.map((x) => x.id)),
  };
  const sorted = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v].sort()])) as Record<CollectionName, string[]>;
  const issues: ContentIssue[] = [];
  for (const ref of collectReferences(c)) {
    if (ids[ref.to].has(ref.target) || present?.[ref.to]?.has(ref.target)) continue;
    const nearest = nearestWithin(ref.target, sorted[ref.to]);
    issues.push(
      referenceError(
        ref,
        `no ${SINGULAR[ref.to]} with id "${ref.target}" exists in content/${ref.to}`,
        nearest ? `did you mean "${nearest}"?` : `correct the id, or add the ${SINGULAR[ref.to]} to content/${ref.to}/`,
      ),
    );
  }
  return issues;
}

/**
 * Published content may cite only published briefs: a draft has no page, and its id
 * (a slug of its headline) must not reach the site or the open data. Checked for every
 * published brief, every entity (entities are always published) and every deal that is
 * on the site (one that cites at least one published brief); drafts may cite anything.
 */
export function checkDraftReferences(c: Collections): ContentIssue[] {
  const status = new Map(c.briefs.map((b) => [b.id, b.data.status]));
  const isPublishedDeal = new Map(c.deals.map((d) => [d.id, d.data.briefs.some((id) => status.get(id) === 'published')]));
  const issues: ContentIssue[] = [];
  for (const ref of collectReferences(c)) {
    if (ref.to !== 'briefs' || status.get(ref.target) !== 'draft') continue;
    const fromPublished =
      ref.from === 'entities' || (ref.from === 'briefs' ? status.get(ref.id) === 'published' : isPublishedDeal.get(ref.id) === true);
    if (!fromPublished) continue;
    issues.push(
      referenceError(
        ref,
        `"${ref.target}" is a draft brief, and published content may cite only published briefs`,
        `publish "${ref.target}" first, or remove the reference until it is published`,
      ),
    );
  }
  return issues;
}
