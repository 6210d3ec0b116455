/**
 * Relation types with the phrase read forwards ("A invests in B") and
 * backwards ("B has investor A"), so both ends of a relation can be shown.
 */
export const RELATION_LABELS = {
  'invests-in': { forward: 'invests in', inverse: 'backed by' },
  'subsidiary-of': { forward: 'subsidiary of', inverse: 'parent of' },
  'division-of': { forward: 'part of', inverse: 'has unit' },
  'founded-by': { forward: 'founded by', inverse: 'founder of' },
  'led-by': { forward: 'led by', inverse: 'leads' },
  employs: { forward: 'employs', inverse: 'works at' },
  'partner-of': { forward: 'partner of', inverse: 'partner of' },
  'competitor-of': { forward: 'competitor of', inverse: 'competitor of' },
  'product-of': { forward: 'product of', inverse: 'makes' },
  manages: { forward: 'manages', inverse: 'managed by' },
  'based-in': { forward: 'based in', inverse: 'home of' },
  supports: { forward: 'supports', inverse: 'supported by' },
  'reported-on': { forward: 'reported on', inverse: 'reported by' },
} as const;

export type RelationType = keyof typeof RELATION_LABELS;
export const RELATION_TYPES = Object.keys(RELATION_LABELS) as [RelationType, ...RelationType[]];

/** Relations that read the same in both directions. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['partner-of', 'competitor-of']);
