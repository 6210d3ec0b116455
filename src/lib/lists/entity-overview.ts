import type { EntityType } from '../../schemas/entity.ts';
import { groupByType } from '../content/entity-types.ts';
import { PAGE_SIZE } from './pagination.ts';

/** One type's block on /entities/. */
export interface EntityTypeOverview<T> {
  type: EntityType;
  /** How many entities the type has. */
  total: number;
  /** The names shown: all of them A to Z, or, past the limit, the most mentioned first. */
  shown: T[];
  /** True when `shown` is the whole type; otherwise the page links to the type's own list. */
  complete: boolean;
}

/**
 * What /entities/ shows of each type, so the page stays the same size however many
 * entities the corpus names: a type with up to `limit` entities is listed whole,
 * alphabetically; a longer one shows its `limit` most mentioned, and the type's own
 * pages (/entities/type/<type>/) hold the whole list A to Z.
 *
 * `byName` and `byMentions` are the same entities in two orders (the catalog keeps
 * both), so this is one pass over each.
 */
export function entityOverview<T extends { data: { type: EntityType } }>(
  byName: readonly T[],
  byMentions: readonly T[],
  limit: number = PAGE_SIZE.entityOverview,
): EntityTypeOverview<T>[] {
  const ranked = new Map(groupByType(byMentions).map((g) => [g.type, g.items]));
  return groupByType(byName).map(({ type, items }) => {
    const complete = items.length <= limit;
    return { type, total: items.length, shown: complete ? items : ranked.get(type)!.slice(0, limit), complete };
  });
}
