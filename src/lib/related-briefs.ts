import type { Brief } from './types.ts';

/**
 * Briefs that share entities with `brief`, most shared first. Walks only the
 * entity→briefs lists of this brief's own entities, never all pairs of briefs;
 * hub entities with very many briefs are skipped as they say little about relatedness.
 */
export function relatedBriefs(
  brief: Brief,
  briefsByEntity: ReadonlyMap<string, Brief[]>,
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
  for (const id of brief.data.related ?? []) {
    const s = score.get(id);
    if (s) s.shared += 100; // hand-picked links come first
  }
  return [...score.values()]
    .sort((a, b) => b.shared - a.shared || a.brief.id.localeCompare(b.brief.id))
    .slice(0, limit)
    .map((s) => s.brief);
}
