import { expect, test } from '@playwright/test';
import { at, data, searchInPage, type EntityRecord } from './site.ts';

// Generated from the published data rather than hand-picked, so that every name the
// content gives an entity, in every script, is a query: "any alias of an entity, in
// any script, finds the entity page".
const WITHIN = 5;

/** One-character names ("F", a ticker) are too short to be a fair name query. */
const isFairQuery = (name: string) => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(name)].length >= 2;

test('every name and alias of every entity finds its page in the top 5, and the briefs that mention it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const entities = await data<EntityRecord>(request, 'entities');
  const queries = entities.flatMap((e) =>
    [{ name: e.name, lang: 'en' }, ...e.aliases].filter((a) => isFairQuery(a.name)).map((a) => ({ entity: e, alias: a })),
  );
  expect(queries.length).toBeGreaterThan(entities.length * 2);
  const misses: string[] = [];
  for (const { entity, alias } of queries) {
    const all = await searchInPage(page, alias.name, { all: true });
    const top = all.slice(0, WITHIN);
    if (!top.includes(at(`entities/${entity.id}/`))) misses.push(`${alias.lang} “${alias.name}” → ${entity.id}: got ${top.join(', ') || 'nothing'}`);
    // …and the briefs that mention the entity, somewhere in the results.
    for (const brief of entity.briefs) {
      if (!all.includes(at(`briefs/${brief}/`))) misses.push(`${alias.lang} “${alias.name}” → brief ${brief} (mentions ${entity.id}) not in results`);
    }
  }
  expect(misses, `${misses.length} of ${queries.length} names missed`).toEqual([]);
});
