import { expect, test } from '@playwright/test';
import { at, searchInPage, type EntityRecord } from './site.ts';
import { builtData } from './site-pages.ts';

// Generated from the published data rather than hand-picked, so that every name the
// content gives an entity, in every script, is a query: "any alias of an entity, in
// any script, finds the entity page".
const WITHIN = 5;

/** One-character names ("F", a ticker) are too short to be a fair name query. */
const isFairQuery = (name: string) => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(name)].length >= 2;

// One test per entity, from the build's records read while the tests are declared.
const ENTITIES = builtData<EntityRecord>('entities');
const queriesOf = (e: EntityRecord) => [{ name: e.name, lang: 'en' }, ...e.aliases].filter((a) => isFairQuery(a.name));

test('entities have names and aliases to search for beyond their main names', () => {
  expect(ENTITIES.reduce((n, e) => n + queriesOf(e).length, 0)).toBeGreaterThan(ENTITIES.length * 2);
});

for (const entity of ENTITIES) {
  test(`every name and alias of ${entity.id} finds its page in the top 5, and the briefs that mention it`, async ({ page }) => {
    const queries = queriesOf(entity);
    // One search (and its "Show more" pages) per name, in one loaded search page.
    test.setTimeout(30_000 + 3_000 * queries.length);
    const misses: string[] = [];
    for (const alias of queries) {
      const all = await searchInPage(page, alias.name, { all: true });
      const top = all.slice(0, WITHIN);
      if (!top.includes(at(`entities/${entity.id}/`)))
        misses.push(`${alias.lang} “${alias.name}” → ${entity.id}: got ${top.join(', ') || 'nothing'}`);
      // …and the briefs that mention the entity, somewhere in the results.
      for (const brief of entity.briefs) {
        if (!all.includes(at(`briefs/${brief}/`)))
          misses.push(`${alias.lang} “${alias.name}” → brief ${brief} (mentions ${entity.id}) not in results`);
      }
    }
    expect(misses, `${misses.length} of ${queries.length} names missed`).toEqual([]);
  });
}
