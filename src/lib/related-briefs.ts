import type { Brief } from './types.ts';

/**
 * Briefs that share entities with `brief`, most shared first. Walks only the
 * entity→briefs lists of this brief's own entities, never all pairs of briefs;
 * hub entities with very many briefs are skipped as they say little about relatedness.
 */
export function relatedBriefs(
  brief: Brief,
  briefsByEntity: ReadonlyMap<string, Brief[]>,
  briefsById: ReadonlyMap<string, Brief> = new Map(),
  limit = 5,
  hubSize = 500,
): Brief[] {
  const score = new Map<string, { brief: Brief; shared: number }>();
  for (const entity of new Set(brief.data.entities)) {
    const list = briefsByEntity.get(entity) ?? [];
    if (list.length > hubSize) continue;
    for (const other of list) {
      if (other.id === brief.id) continue;
      const s = score.get(other.id) ?? { brief: other, shared: 0 };
      s.shared += 1;
      score.set(other.id, s);
    }
  }
  // Hand-picked links come first, whether or not they share an entity.
  for (const id of brief.data.related ?? []) {
    const other = briefsById.get(id);
    if (!other || id === brief.id) continue;
    const s = score.get(id) ?? { brief: other, shared: 0 };
    s.shared += 100;
    score.set(id, s);
  }
  return [...score.values()]
    .sort((a, b) => b.shared - a.shared || a.brief.id.localeCompare(b.brief.id))
    .slice(0, limit)
    .map((s) => s.brief);
}
