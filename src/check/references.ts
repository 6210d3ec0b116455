import { nearestWithin } from '../lib/text/nearest.ts';
import { spoils } from '../schemas/well-formed.ts';
import { formatFieldPath, type ContentIssue } from './issue.ts';
import type { CollectionName, Collections } from '../lib/content/entries.ts';
import type { WellFormedParts } from './well-formed-data.ts';

interface Reference {
  from: CollectionName;
  id: string;
  file?: string | undefined;
  field: string;
  to: CollectionName;
  target: string;
}

/** A reference written in one entry's data: where it sits, what it names. */
export interface EntryReference {
  path: (string | number)[];
  to: CollectionName;
  target: string;
}

type Loose = Record<string, unknown>;
const items = (value: unknown): [number, unknown][] => (Array.isArray(value) ? [...value.entries()] : []);
const fields = (value: unknown): Loose => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {});

/**
 * Every id string one entry's data points at. The data need not have passed its schema:
 * a field of the wrong shape (not a list, an item not a mapping, an id not text) is skipped.
 */
export function* referencesIn(collection: CollectionName, data: unknown): Generator<EntryReference> {
  const d = fields(data);
  function* ids(path: (string | number)[], value: unknown, to: CollectionName): Generator<EntryReference> {
    if (typeof value === 'string') yield { path, to, target: value };
  }
  if (collection === 'briefs') {
    for (const [i, t] of items(d.topics)) yield* ids(['topics', i], t, 'topics');
    for (const [i, e] of items(d.entities)) yield* ids(['entities', i], e, 'entities');
    for (const [i, r] of items(d.related)) yield* ids(['related', i], r, 'briefs');
    for (const [i, f] of items(d.figures)) yield* ids(['figures', i, 'entity'], fields(f).entity, 'entities');
    for (const [i, cv] of items(d.caveats)) {
      for (const [j, r] of items(fields(cv).briefs)) yield* ids(['caveats', i, 'briefs', j], r, 'briefs');
    }
  } else if (collection === 'entities') {
    for (const [i, f] of items(d.facts)) yield* ids(['facts', i, 'source', 'brief'], fields(fields(f).source).brief, 'briefs');
    for (const [i, r] of items(d.relations)) {
      yield* ids(['relations', i, 'target'], fields(r).target, 'entities');
      yield* ids(['relations', i, 'source', 'brief'], fields(fields(r).source).brief, 'briefs');
    }
  } else if (collection === 'deals') {
    for (const [i, p] of items(d.parties)) yield* ids(['parties', i, 'entity'], fields(p).entity, 'entities');
    for (const [i, b] of items(d.briefs)) yield* ids(['briefs', i], b, 'briefs');
  }
}

/**
 * The references of data that failed its schema which are themselves well-formed: an id
 * string at a place no schema issue points at (the issue there already names the problem,
 * and an id that is not one must not also be reported as unknown).
 */
export function wellFormedReferences(
  collection: CollectionName,
  raw: unknown,
  issuePaths: ReadonlyArray<ReadonlyArray<PropertyKey>>,
): EntryReference[] {
  // An issue about the whole entry (empty path) says nothing about its reference fields.
  const bad = issuePaths.filter((p) => p.length > 0);
  return [...referencesIn(collection, raw)].filter((ref) => !bad.some((issue) => spoils(issue, ref.path)));
}

/** Every id one entry points at, with the field it sits in. */
export function* collectReferences(c: Collections, failed: readonly FailedEntry[] = []): Generator<Reference> {
  for (const name of ['briefs', 'entities', 'deals'] as const) {
    for (const entry of c[name]) {
      for (const ref of referencesIn(name, entry.data)) {
        yield { from: name, id: entry.id, file: entry.filePath, field: formatFieldPath(ref.path), to: ref.to, target: ref.target };
      }
    }
  }
  for (const entry of failed) {
    for (const ref of entry.references) {
      yield { from: entry.collection, id: entry.id, file: entry.file, field: formatFieldPath(ref.path), to: ref.to, target: ref.target };
    }
  }
}

/** An entry whose data failed its schema, with its well-formed references and fields (src/check/well-formed-data.ts). */
export interface FailedEntry extends WellFormedParts {
  collection: CollectionName;
  id: string;
  file: string;
  references: EntryReference[];
}

/** One entry of each collection, as a message names it. */
export const SINGULAR: Record<CollectionName, string> = { briefs: 'brief', entities: 'entity', deals: 'deal', topics: 'topic' };

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
 * own error, and a reference to it is not also reported as unknown. `failed` holds the
 * well-formed references of entries that failed their schema, so one run reports both.
 */
export function checkReferences(
  c: Collections,
  present?: Partial<Record<CollectionName, ReadonlySet<string>>>,
  failed: readonly FailedEntry[] = [],
): ContentIssue[] {
  const ids: Record<CollectionName, Set<string>> = {
    briefs: new Set(c.briefs.map((x) => x.id)),
    entities: new Set(c.entities.map((x) => x.id)),
    deals: new Set(c.deals.map((x) => x.id)),
    topics: new Set(c.topics.map((x) => x.id)),
  };
  const sorted = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v].sort()])) as Record<CollectionName, string[]>;
  const issues: ContentIssue[] = [];
  for (const ref of collectReferences(c, failed)) {
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

/** Every brief's `status`, a brief that failed its schema's too where its status is well-formed. */
export function briefStatuses(c: Collections, failed: readonly FailedEntry[]): Map<string, unknown> {
  const status = new Map<string, unknown>(c.briefs.map((b) => [b.id, b.data.status]));
  for (const f of failed) if (f.collection === 'briefs' && f.data.status !== undefined) status.set(f.id, f.data.status);
  return status;
}

/** Every deal's list of briefs, a deal that failed its schema's too where its `briefs` is well-formed. */
export function dealBriefLists(c: Collections, failed: readonly FailedEntry[]): Map<string, readonly unknown[]> {
  const lists = new Map<string, readonly unknown[]>(c.deals.map((d) => [d.id, d.data.briefs]));
  for (const f of failed)
    if (f.collection === 'deals' && !f.failedFields.includes('briefs') && Array.isArray(f.data.briefs)) lists.set(f.id, f.data.briefs);
  return lists;
}

/**
 * Published content may cite only published briefs: a draft has no page, and its id
 * (a slug of its headline) must not reach the site or the open data. Checked for every
 * published brief, every entity (entities are always published) and every deal that is
 * on the site (one that cites at least one published brief); drafts may cite anything.
 * An entry that failed its schema is checked by its well-formed references when its
 * `status` (a brief's) or its list of briefs (a deal's) says whether it is published.
 */
export function checkDraftReferences(c: Collections, failed: readonly FailedEntry[] = []): ContentIssue[] {
  const status = briefStatuses(c, failed);
  const cites = (briefs: readonly unknown[]) => briefs.some((id) => typeof id === 'string' && status.get(id) === 'published');
  const isPublishedDeal = new Map([...dealBriefLists(c, failed)].map(([id, briefs]) => [id, cites(briefs)]));
  const issues: ContentIssue[] = [];
  for (const ref of collectReferences(c, failed)) {
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
