import type { EntityType } from '../../schemas/entity.ts';

export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  company: { one: 'Company', many: 'Companies' },
  person: { one: 'Person', many: 'People' },
  fund: { one: 'Fund', many: 'Funds and investors' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  product: { one: 'Product', many: 'Products' },
  place: { one: 'Place', many: 'Places' },
  media: { one: 'Media', many: 'Media' },
};

/** Entities grouped by type in a fixed, reader-friendly order, empty groups left out. */
export function groupByType<T extends { data: { type: EntityType } }>(entities: readonly T[]): { type: EntityType; items: T[] }[] {
  const order = Object.keys(ENTITY_TYPE_LABELS) as EntityType[];
  const groups = Map.groupBy(entities, (e) => e.data.type);
  return order.filter((t) => groups.has(t)).map((type) => ({ type, items: groups.get(type)! }));
}
