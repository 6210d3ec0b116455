import type { Brief } from './entries.ts';

/** Weight of a hand-picked link: above any count of shared entities. */
const HAND_PICKED = 100;

/**
 * Briefs that share entities with `brief`, most shared first, ties by id. Walks only
 * the entity→briefs lists of this brief's own entities, never all pairs of briefs;
 * hub entities with very many briefs are skipped as they say little about relatedness.
 * Every brief page asks for this, and a brief can share entities with hundreds of
 * others, so only the best `limit` are kept in order instead of sorting them all.
 */
export function relatedBriefs(
  brief: Brief,
  briefsByEntity: ReadonlyMap<string, Brief[]>,
  briefsById: ReadonlyMap<string, Brief> = new Map(),
  limit = 5,
  hubSize = 500,
): Brief[] {
  const scores = new Map<string, Scored>();
  const add = (other: Brief, points: number) => {
    const entry = scores.get(other.id);
    if (entry) entry.score += points;
    else scores.set(other.id, { brief: other, score: points });
  };
  for (const entity of new Set(brief.data.entities)) {
    const list = briefsByEntity.get(entity) ?? [];
    if (list.length > hubSize) continue;
    for (const other of list) if (other.id !== brief.id) add(other, 1);
  }
  // Hand-picked links come first, whether or not they share an entity.
  for (const id of brief.data.related ?? []) {
    const other = briefsById.get(id);
    if (other && id !== brief.id) add(other, HAND_PICKED);
  }
  return topBriefs(scores.values(), limit);
}

interface Scored {
  brief: Brief;
  score: number;
}

/** The `limit` highest-scoring briefs, highest first, ties by id (ids are ASCII slugs). */
function topBriefs(scored: Iterable<Scored>, limit: number): Brief[] {
  if (limit <= 0) return [];
  const top: Scored[] = [];
  const ranksBefore = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.brief.id < b.brief.id);
  for (const entry of scored) {
    if (top.length === limit && !ranksBefore(entry, top[limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && ranksBefore(entry, top[at - 1]!)) at--;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map((t) => t.brief);
}
