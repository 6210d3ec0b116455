import type { ContentIssue } from './issue.ts';
import type { RuleEntry } from './cross-entry-rules.ts';
import { present } from './well-formed-data.ts';
import { loopsOf, pathWithin } from '../lib/graph/loops.ts';
import { compareText } from '../lib/text/compare-text.ts';
import type { EntityData } from '../schemas/entity.ts';
import { RELATION_LABELS, SYMMETRIC_RELATIONS, type RelationType } from '../schemas/relation-types.ts';

/** Relations that make one entity part of another: followed round, they must not come back. */
const PART_OF: ReadonlySet<RelationType> = new Set(['subsidiary-of', 'division-of']);

/** Each well-formed relation of an entity, with its index in the file. */
const relationsOf = (e: RuleEntry<EntityData>) => present(e.data.relations).map(([i, r]) => ({ r, i }));

/** How a message names an entity's file: its path, else its id. */
const fileOf = (e: RuleEntry<EntityData>) => e.filePath ?? `"${e.id}"`;

/**
 * The rules of entity relations, over every entity (and the well-formed relations of those
 * that failed their schema):
 * - a relation to the entity itself;
 * - the same relation (type and target) twice on one entity: the page would list it twice;
 * - a relation that reads the same both ways (partner-of, competitor-of) stated on both
 *   entities: relations are stated once, and each page shows it from its side, so the one
 *   in the later file (compareText order) is refused;
 * - `subsidiary-of` and `division-of` relations that lead round in a loop (a parent of
 *   itself), refused once per loop at the entity whose file comes last.
 * Linear in relations: the pairs are found through maps, the loops by Tarjan's algorithm.
 */
export function checkRelations(entities: readonly RuleEntry<EntityData>[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (e: RuleEntry<EntityData>, field: string, value: unknown, message: string, fix: string) =>
    issues.push({ severity: 'error', collection: 'entities', id: e.id, file: e.filePath, field, value, message, fix });
  // The first statement of each relation, by type, from and to.
  const stated = new Map<string, { e: RuleEntry<EntityData>; i: number }>();
  const key = (type: string, from: string, to: string) => `${type}\u0000${from}\u0000${to}`;
  for (const e of entities) {
    for (const { r, i } of relationsOf(e)) {
      if (r.target === e.id) {
        error(
          e,
          `relations[${i}].target`,
          r.target,
          `an entity cannot have a "${r.type}" relation to itself`,
          'point the relation at another entity or remove it',
        );
        continue;
      }
      const first = stated.get(key(r.type, e.id, r.target));
      if (first) {
        error(
          e,
          `relations[${i}]`,
          { type: r.type, target: r.target },
          `the "${r.type}" relation to "${r.target}" is already stated in relations[${first.i}], and the page would list it twice`,
          'remove this one (a second source can go in the note of the first)',
        );
        continue;
      }
      stated.set(key(r.type, e.id, r.target), { e, i });
      if (!SYMMETRIC_RELATIONS.has(r.type)) continue;
      const reverse = stated.get(key(r.type, r.target, e.id));
      if (!reverse) continue;
      // Stated on both entities: refuse the one in the later file, naming the other.
      const [later, kept] = compareText(fileOf(e), fileOf(reverse.e)) > 0 ? [{ e, i }, reverse] : [reverse, { e, i }];
      error(
        later.e,
        `relations[${later.i}]`,
        { type: r.type, target: kept.e.id },
        `"${r.type}" reads the same both ways, and ${fileOf(kept.e)} already states it (relations[${kept.i}]: ${r.type} "${later.e.id}"); both pages show it from that one statement`,
        `keep one: remove this relation, or the one in ${fileOf(kept.e)}`,
      );
    }
  }

  // Part-of relations, by entity: followed round, they must not lead back.
  const parents = new Map<string, string[]>();
  for (const e of entities)
    for (const { r } of relationsOf(e)) {
      if (!PART_OF.has(r.type) || r.target === e.id) continue;
      const list = parents.get(e.id);
      if (list) list.push(r.target);
      else parents.set(e.id, [r.target]);
    }
  const next = (id: string) => parents.get(id) ?? [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const loop of loopsOf(parents.keys(), next)) {
    const members = new Set(loop);
    // Reported once, at the entity of the loop whose file comes last.
    const at = loop
      .map((id) => byId.get(id)!)
      .sort((a, b) => compareText(fileOf(a), fileOf(b)))
      .at(-1)!;
    const closing = relationsOf(at).find(({ r }) => PART_OF.has(r.type) && members.has(r.target) && r.target !== at.id)!;
    const path = pathWithin(closing.r.target, at.id, members, next)!;
    const steps = [at.id, ...path];
    const typeOf = (from: string, to: string) =>
      relationsOf(byId.get(from)!).find(({ r }) => PART_OF.has(r.type) && r.target === to)!.r.type;
    const words = steps
      .slice(1)
      .map((id, k) => `${k === 0 ? '' : 'which is '}${RELATION_LABELS[typeOf(steps[k]!, id)].forward} "${id}"`)
      .join(', ');
    error(
      at,
      `relations[${closing.i}].target`,
      closing.r.target,
      `the part-of relations lead round in a loop: "${at.id}" is ${words} (${steps.join(' → ')}); an entity cannot be part of itself`,
      'correct or remove the relation that is wrong in the loop (subsidiary-of and division-of point from the part to the whole)',
    );
  }
  return issues;
}
