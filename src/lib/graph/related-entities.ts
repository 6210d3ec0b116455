import type { Catalog } from '../content/catalog.ts';
import { compareText } from '../text/compare-text.ts';

export interface RelatedEntity {
  id: string;
  /** Briefs that mention both entities. */
  sharedBriefs: number;
  /** Deals both take part in. */
  sharedDeals: number;
  /** Relations recorded between them, as labels read from this entity. */
  relations: string[];
}

/**
 * Entities connected to one entity by a shared brief, a shared deal or a recorded
 * relation, strongest first. Walks only this entity's own briefs, deals and relations,
 * so the cost per page is the entity's neighbourhood, not the corpus.
 */
export function relatedEntities(
  id: string,
  index: Pick<Catalog, 'briefsByEntity' | 'dealsByEntity' | 'relationsByEntity'>,
): RelatedEntity[] {
  const found = new Map<string, RelatedEntity>();
  const get = (other: string) => {
    let r = found.get(other);
    if (!r) found.set(other, (r = { id: other, sharedBriefs: 0, sharedDeals: 0, relations: [] }));
    return r;
  };
  for (const b of index.briefsByEntity.get(id) ?? []) {
    for (const other of new Set(b.data.entities)) if (other !== id) get(other).sharedBriefs++;
  }
  for (const { deal } of index.dealsByEntity.get(id) ?? []) {
    for (const other of new Set(deal.data.parties.map((p) => p.entity))) if (other !== id) get(other).sharedDeals++;
  }
  for (const r of index.relationsByEntity.get(id) ?? []) if (r.other !== id) get(r.other).relations.push(r.label);
  const strength = (r: RelatedEntity) => r.relations.length * 3 + r.sharedDeals * 2 + r.sharedBriefs;
  return [...found.values()].sort((a, b) => strength(b) - strength(a) || compareText(a.id, b.id));
}
