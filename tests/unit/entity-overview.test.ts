import { describe, expect, it } from 'vitest';
import { entityOverview } from '../../src/lib/lists/entity-overview.ts';
import type { EntityType } from '../../src/schemas/entity.ts';

const entity = (id: string, type: EntityType) => ({ id, data: { type } });

describe('entityOverview', () => {
  // Names A to Z; mentions rank them differently.
  const companies = ['acme', 'bolt', 'cargo', 'delta', 'echo'].map((id) => entity(id, 'company'));
  const people = ['ana', 'bo'].map((id) => entity(id, 'person'));
  const byName = [...companies, ...people];
  const byMentions = ['echo', 'bo', 'cargo', 'acme', 'ana', 'delta', 'bolt'].map((id) => byName.find((e) => e.id === id)!);

  it('lists a type whole, A to Z, while it has no more entities than the limit', () => {
    const [, persons] = entityOverview(byName, byMentions, 2);
    expect(persons).toEqual({ type: 'person', total: 2, shown: people, complete: true });
  });

  it('shows only the most mentioned of a longer type, and says the list is not complete', () => {
    const [firms] = entityOverview(byName, byMentions, 3);
    expect(firms!.type).toBe('company');
    expect(firms!.total).toBe(5);
    expect(firms!.complete).toBe(false);
    expect(firms!.shown.map((e) => e.id)).toEqual(['echo', 'cargo', 'acme']);
  });

  it('keeps the types in the fixed reader order and leaves out empty ones', () => {
    expect(entityOverview([people[0]!, companies[0]!], [companies[0]!, people[0]!]).map((g) => g.type)).toEqual(['company', 'person']);
    expect(entityOverview([], [])).toEqual([]);
  });
});
