import type { Brief } from './entries.ts';

/** Weight of a hand-picked link: above any count of shared entities. */
const HAND_PICKED = 100;

/**
 * What the calls on one catalog's entity→briefs lists share: each brief numbered (by id, as
 * briefs are told apart), each list as its briefs' numbers, and one score per number, zero
 * between calls. A call then counts into an array instead of a map of its own: every brief
 * page asks, and one brief shares entities with up to thousands of others (0.6 s of map work
 * at 10k briefs, in every build that checks which pages changed). Each list is read once: a
 * catalog's maps do not change after it is built.
 */
interface Scratch {
  byId: Map<string, number>;
  briefs: Brief[];
  lists: Map<string, Int32Array>;
  scores: number[];
}

const scratches = new WeakMap<ReadonlyMap<string, Brief[]>, Scratch>();

function scratchFor(briefsByEntity: ReadonlyMap<string, Brief[]>): Scratch {
  let scratch = scratches.get(briefsByEntity);
  if (!scratch) scratches.set(briefsByEntity, (scratch = { byId: new Map(), briefs: [], lists: new Map(), scores: [] }));
  return scratch;
}

function numberOf(scratch: Scratch, brief: Brief): number {
  let n = scratch.byId.get(brief.id);
  if (n === undefined) {
    n = scratch.briefs.length;
    scratch.byId.set(brief.id, n);
    scratch.briefs.push(brief);
    scratch.scores.push(0);
  }
  return n;
}

function listOf(scratch: Scratch, briefsByEntity: ReadonlyMap<string, Brief[]>, entity: string): Int32Array {
  let list = scratch.lists.get(entity);
  if (!list) {
    const briefs = briefsByEntity.get(entity) ?? [];
    list = Int32Array.from(briefs, (brief) => numberOf(scratch, brief));
    scratch.lists.set(entity, list);
  }
  return list;
}

/**
 * Briefs that share entities with `brief`, most shared first, ties by id. Walks only
 * the entity→briefs lists of this brief's own entities, never all pairs of briefs;
 * hub entities with very many briefs are skipped as they say little about relatedness.
 * Only the best `limit` are kept in order instead of sorting every candidate.
 */
export function relatedBriefs(
  brief: Brief,
  briefsByEntity: ReadonlyMap<string, Brief[]>,
  briefsById: ReadonlyMap<string, Brief> = new Map(),
  limit = 5,
  hubSize = 500,
): Brief[] {
  const scratch = scratchFor(briefsByEntity);
  const { scores } = scratch;
  const lists: Int32Array[] = [];
  for (const entity of new Set(brief.data.entities))
    if ((briefsByEntity.get(entity)?.length ?? 0) <= hubSize) lists.push(listOf(scratch, briefsByEntity, entity));
  // Numbered once it is in a list; a brief in none is never among them.
  const self = scratch.byId.get(brief.id) ?? -1;
  const touched: number[] = [];
  try {
    for (const list of lists)
      for (const n of list) {
        if (n === self) continue;
        if (scores[n] === 0) touched.push(n);
        scores[n]! += 1;
      }
    // Hand-picked links come first, whether or not they share an entity.
    for (const id of brief.data.related ?? []) {
      const other = briefsById.get(id);
      if (!other || id === brief.id) continue;
      const n = numberOf(scratch, other);
      if (scores[n] === 0) touched.push(n);
      scores[n]! += HAND_PICKED;
    }
    return topNumbers(touched, scratch, limit).map((n) => scratch.briefs[n]!);
  } finally {
    // Zero again for the next call, whatever happened in this one.
    for (const n of touched) scores[n] = 0;
  }
}

/** The `limit` highest-scoring of `numbers`, highest first, ties by id (ids are ASCII slugs). */
function topNumbers(numbers: readonly number[], { scores, briefs }: Scratch, limit: number): number[] {
  if (limit <= 0) return [];
  const top: number[] = [];
  const ranksBefore = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && briefs[a]!.id < briefs[b]!.id);
  for (const n of numbers) {
    if (top.length === limit && !ranksBefore(n, top[limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && ranksBefore(n, top[at - 1]!)) at--;
    top.splice(at, 0, n);
    if (top.length > limit) top.pop();
  }
  return top;
}
