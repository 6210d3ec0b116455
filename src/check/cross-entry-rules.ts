import type { ContentIssue } from './issue.ts';
import type { FailedEntry } from './references.ts';
import { present, type WellFormed } from './well-formed-data.ts';
import { checkFigures } from './figure-rules.ts';
import { checkRelations } from './relation-rules.ts';
import { compareText } from '../lib/text/compare-text.ts';
import { foldCase } from '../lib/text/fold-case.ts';
import type { CollectionName, Collections } from '../lib/content/entries.ts';
import type { BriefData } from '../schemas/brief.ts';
import type { EntityData } from '../schemas/entity.ts';

/** An entry as the rules read it: valid, or the well-formed parts of one that failed its schema. */
export interface RuleEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: WellFormed<T>;
  /** Top-level fields that failed their schema (none of a valid entry). */
  failedFields?: readonly string[] | undefined;
}

/** Orders entries by their file, as they are read (an entry without a file by its id). */
const byFile = (a: RuleEntry<unknown>, b: RuleEntry<unknown>) => compareText(a.filePath ?? a.id, b.filePath ?? b.id);

/**
 * The valid entries of a collection and the well-formed parts of those that failed their
 * schema, in the order of their files: rules across entries read both, so a failed `type`
 * does not hide an entity's relation to itself until the next run.
 */
export function ruleEntries<T>(valid: readonly RuleEntry<T>[], failed: readonly FailedEntry[], collection: CollectionName): RuleEntry<T>[] {
  const broken = failed
    .filter((f) => f.collection === collection)
    .map((f): RuleEntry<T> => ({ id: f.id, filePath: f.file, data: f.data as WellFormed<T>, failedFields: f.failedFields }));
  return broken.length ? [...valid, ...broken].sort(byFile) : [...valid];
}

/** An alias as written, its spaces collapsed. */
const written = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Rules that span entries but are not references: relations (src/check/relation-rules.ts),
 * figures (src/check/figure-rules.ts), a brief related to itself, aliases (one entity's twice,
 * or one claimed by two entities in one language), and the warnings an editor
 * should see. The rules read the well-formed parts of entries that failed their schema
 * (`failed`) too; the warnings only valid entries.
 * Pass `everyEntryRead: false` when some files failed to read, so an entity named
 * only by a broken file is not reported as unreferenced, and `entityIds`, every entity
 * that has a file, valid or not (a figure about one must be among its brief's entities).
 */
export function checkContentRules(
  c: Collections,
  options: { everyEntryRead?: boolean; failed?: readonly FailedEntry[]; entityIds?: ReadonlySet<string> } = {},
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const failed = options.failed ?? [];
  const entities = ruleEntries<EntityData>(c.entities, failed, 'entities');
  const briefs = ruleEntries<BriefData>(c.briefs, failed, 'briefs');

  issues.push(...checkRelations(entities));
  issues.push(...checkFigures(briefs, options.entityIds ?? new Set(entities.map((e) => e.id))));

  // A brief's related briefs and a caveat's other briefs are other briefs: the page would link to itself.
  for (const b of briefs) {
    const own = (field: string, what: string) =>
      issues.push({
        severity: 'error',
        collection: 'briefs',
        id: b.id,
        file: b.filePath,
        field,
        value: b.id,
        message: `a brief cannot name itself as ${what}`,
        fix: `remove "${b.id}" from the list`,
      });
    for (const [i, id] of present(b.data.related)) if (id === b.id) own(`related[${i}]`, 'a related brief');
    for (const [i, caveat] of present(b.data.caveats))
      caveat.briefs?.forEach((id, j) => id === b.id && own(`caveats[${i}].briefs[${j}]`, 'another brief a caveat concerns'));
  }

  // Aliases per language; an entity's own name has no language and counts in every one.
  const owners = new Map<string, { id: string; file?: string | undefined; field: string; ambiguous: boolean }[]>();
  const named = new Map<string, string[]>();
  for (const e of entities) {
    if (e.data.name === undefined) continue;
    const key = foldCase(e.data.name);
    named.set(key, [...(named.get(key) ?? []), e.id]);
  }
  // An entity whose `ambiguous` failed its schema has that error: it is not also told to mark it ambiguous.
  const ambiguousRead = (e: RuleEntry<EntityData>) => !e.failedFields?.includes('ambiguous');
  // Two entities of one name read as one on every page and in search: both must say they share it.
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const ids of named.values()) {
    if (ids.length < 2) continue;
    const sharing = ids.map((id) => byId.get(id)!);
    if (sharing.every((e) => e.data.ambiguous)) continue;
    for (const e of sharing.filter((x) => !x.data.ambiguous && ambiguousRead(x))) {
      const others = sharing.filter((x) => x.id !== e.id).map((x) => `"${x.id}"${x.filePath ? ` (${x.filePath})` : ''}`);
      issues.push({
        severity: 'error',
        collection: 'entities',
        id: e.id,
        file: e.filePath,
        field: 'name',
        value: e.data.name,
        message: `the name "${e.data.name}" is also the name of ${others.join(', ')}`,
        fix: 'if both are one entity, merge the files; if not, tell them apart in the name (e.g. "Xiaomi (phones)"), or mark every entity of that name `ambiguous: true`',
      });
    }
  }
  for (const e of entities) {
    /**
     * One entity's aliases as written (spaces collapsed) under their whole language tag: the
     * same text twice under one tag says nothing more. A capitalised form ("ORA" for "Ora") or
     * the same characters in two scripts' tags (香港, zh-Hant and zh-Hans) each tell the reader
     * something, so only the cross-entity rule below folds case and tags. An alias written as the
     * entity's own name is allowed: it says which language that name is in (a native name).
     */
    const own = new Map<string, number>();
    for (const [i, a] of present(e.data.aliases)) {
      const name = foldCase(a.name);
      const key = `${a.lang.split('-')[0]}\u0000${name}`;
      const at = {
        severity: 'error' as const,
        collection: 'entities' as const,
        id: e.id,
        file: e.filePath,
        field: `aliases[${i}].name`,
        value: a.name,
      };
      const ownKey = `${a.lang.toLowerCase()}\u0000${written(a.name)}`;
      const first = own.get(ownKey);
      if (first !== undefined) {
        const earlier = e.data.aliases![first]!;
        issues.push({
          ...at,
          message: `alias "${a.name}" (${a.lang}) repeats aliases[${first}] ("${earlier.name}", ${earlier.lang})`,
          fix: 'remove it',
        });
        continue;
      }
      own.set(ownKey, i);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.id === e.id))
        list.push({ id: e.id, file: e.filePath, field: `aliases[${i}].name`, ambiguous: Boolean(a.ambiguous) });
      owners.set(key, list);
      const others = (named.get(name) ?? []).filter((id) => id !== e.id);
      if (others.length && !a.ambiguous) {
        issues.push({
          severity: 'error',
          collection: 'entities',
          id: e.id,
          file: e.filePath,
          field: `aliases[${i}].name`,
          value: a.name,
          message: `alias "${a.name}" is the name of ${others.map((id) => `"${id}"`).join(', ')}`,
          fix: 'remove the alias, or mark it `ambiguous: true` if the sources really use that name for both',
        });
      }
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2 || list.every((o) => o.ambiguous)) continue;
    const [lang, name] = key.split('\u0000');
    for (const o of list.filter((x) => !x.ambiguous)) {
      issues.push({
        severity: 'error',
        collection: 'entities',
        id: o.id,
        file: o.file,
        field: o.field,
        value: name,
        message: `alias "${name}" (${lang}) is also used by ${list
          .filter((x) => x.id !== o.id)
          .map((x) => `"${x.id}"`)
          .join(', ')}`,
        fix: 'remove the alias from one entity, or mark it `ambiguous: true` on every entity that uses it',
      });
    }
  }

  // An entry that failed to read may be the one that refers to an entity: say nothing then.
  const referenced = new Set<string>();
  for (const b of c.briefs) b.data.entities.forEach((id) => referenced.add(id));
  for (const d of c.deals) d.data.parties.forEach((p) => referenced.add(p.entity));
  for (const e of c.entities) e.data.relations.forEach((r) => referenced.add(r.target));
  for (const e of options.everyEntryRead === false ? [] : c.entities) {
    if (!referenced.has(e.id)) {
      issues.push({
        severity: 'warning',
        collection: 'entities',
        id: e.id,
        file: e.filePath,
        field: '(entry)',
        message: 'no brief, deal or relation refers to this entity',
        fix: 'link it from a brief or remove it',
      });
    }
  }
  for (const b of c.briefs) {
    if (b.data.entities.length === 0) {
      issues.push({
        severity: 'warning',
        collection: 'briefs',
        id: b.id,
        file: b.filePath,
        field: 'entities',
        message: 'the brief names no entities',
        fix: 'list the entities the article mentions',
      });
    }
  }
  for (const d of c.deals) {
    if (!d.data.amount && ['funding-round', 'stake-purchase', 'investment', 'investment-commitment', 'fund-launch'].includes(d.data.kind)) {
      issues.push({
        severity: 'warning',
        collection: 'deals',
        id: d.id,
        file: d.filePath,
        field: 'amount',
        message: `the ${d.data.kind} has no amount`,
        fix: 'add the amount if a source reports one',
      });
    }
  }
  return issues;
}
