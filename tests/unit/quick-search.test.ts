// The header box's quick index (src/lib/quick-index.ts) and its query side
// (src/lib/quick-match.ts): the words both sides agree on, shards that hold every
// row a prefix can match, and queries in every script finding names and titles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { publishedCollections } from '../../src/lib/published.ts';
import { buildQuickIndex, quickRows, quickShardName, type QuickIndex, type QuickRow } from '../../src/lib/quick-index.ts';
import { matchQuickRows, planQuickSearch } from '../../src/lib/quick-match.ts';
import { foldName, quickTokens } from '../../src/lib/quick-tokens.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { brief, deal, entity, topic } from './factories.ts';

/** What the browser does: plan, take the planned shards, match. */
function search(index: QuickIndex, query: string) {
  const plan = planQuickSearch(query, index.manifest);
  const rows = plan.keys.flatMap((key) => index.shards.get(key)!);
  return { plan, matches: matchQuickRows(rows, query, plan.words) };
}

describe('quickTokens', () => {
  it('folds case, compatibility forms and Latin, Greek and Cyrillic accents', () => {
    expect(quickTokens('Škoda Électrique ＡＢＣ Ёлка')).toEqual(['skoda', 'electrique', 'abc', 'елка']);
    expect(foldName('  Renée   SA ')).toBe('renee sa');
  });

  it('keeps Bengali vowel signs and virama: কাল, কল and কলা stay three words', () => {
    const words = ['কাল', 'কল', 'কলা'].map((w) => quickTokens(w)[0]);
    expect(new Set(words).size).toBe(3);
    expect(quickTokens('এক্সপেং মোটরস')).toEqual(['এক্সপেং', 'মোটরস']);
  });

  it('makes each Han or kana character a word, and keeps a number whole', () => {
    expect(quickTokens('阿里巴巴基金 raised 2.2 billion')).toEqual(['阿', '里', '巴', '巴', '基', '金', 'raised', '2.2', 'billion']);
    expect(quickTokens('ソフトバンク')).toHaveLength(6);
  });

  it('splits on punctuation and gives nothing for a query without letters or digits', () => {
    expect(quickTokens("Xiaomi's EV-maker")).toEqual(['xiaomi', 's', 'ev', 'maker']);
    expect(quickTokens(' !?… ')).toEqual([]);
  });
});

describe('buildQuickIndex', () => {
  // Enough rows sharing first letters that small limits force the index to cut them.
  const rows: QuickRow[] = Array.from({ length: 120 }, (_, i) => [
    `briefs/b${i}/`,
    `${['Alpha', 'Alto', 'Beta', 'Albatross'][i % 4]} report ${i} on ${['cars', 'chips', 'cloud'][i % 3]}`,
    'Brief',
    i % 10 === 0 ? [`别名${i}`] : undefined,
  ].filter((x) => x !== undefined) as QuickRow);
  const index = buildQuickIndex(rows, { maxRows: 20, topRows: 5 });

  it('puts every row that has a word starting with a key in that key’s shard when it is complete', () => {
    for (const [key, [count, complete]] of Object.entries(index.manifest.shards)) {
      const holding = rows.filter(([, title, , names]) => [title, ...(names ?? [])].flatMap(quickTokens).some((w) => w.startsWith(key)));
      expect(count, key).toBe(holding.length);
      const shard = index.shards.get(key)!;
      if (complete) expect(shard, key).toEqual(holding);
      else expect(shard, key).toEqual(holding.slice(0, 5)); // the best rows, in rank order
      if (complete) expect(count).toBeLessThanOrEqual(20);
    }
  });

  it('cuts a big key by its next character, and a small site has one shard', () => {
    expect(index.manifest.shards['']).toEqual([120, 0]);
    expect(index.manifest.shards['a']![1]).toBe(0);
    expect(index.manifest.shards['al']).toBeDefined();
    const small = buildQuickIndex(rows.slice(0, 10));
    expect(Object.keys(small.manifest.shards)).toEqual(['']);
    expect(small.shards.get('')).toEqual(rows.slice(0, 10));
  });

  it('is deterministic, and its version changes with any row', () => {
    const again = buildQuickIndex(rows, { maxRows: 20, topRows: 5 });
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(index.manifest));
    expect([...again.shards]).toEqual([...index.shards]);
    const changed = buildQuickIndex(rows.map((r, i) => (i === 7 ? ([r[0], `${r[1]}!x`, r[2]] as QuickRow) : r)), { maxRows: 20, topRows: 5 });
    expect(changed.manifest.version).not.toBe(index.manifest.version);
  });

  it('names shards by the key’s UTF-8 bytes in hex, and the root "all"', () => {
    expect(quickShardName('xia')).toBe('786961');
    expect(quickShardName('阿')).toBe('e998bf');
    expect(quickShardName('')).toBe('all');
  });
});

describe('planQuickSearch and matchQuickRows', () => {
  const rows: QuickRow[] = Array.from({ length: 120 }, (_, i) => [`briefs/b${i}/`, `Alpha report ${i} on ${['cars', 'chips', 'cloud'][i % 3]}`, 'Brief']);
  rows.push(['entities/zeta/', 'Zeta Motors', 'Entity · Company', ['泽塔汽车', 'Зета']]);
  const index = buildQuickIndex(rows, { maxRows: 20, topRows: 5 });

  it('finds every row by its words typed in part, from the one complete shard of the rarest word', () => {
    // From 10 on: the number 1 itself starts 31 numbers, a common word (see below).
    for (const row of rows.slice(10, 120)) {
      const [, , number, , topic] = quickTokens(row[1]);
      for (const query of [`${number} ${topic!.slice(0, 2)}`, `alp ${number}`, `${row[1].slice(0, -2)}`]) {
        const { plan, matches } = search(index, query);
        expect(plan.complete, query).toBe(true);
        expect(plan.keys, query).toHaveLength(1);
        expect(matches.map((m) => m.row), query).toContainEqual(row);
      }
    }
    const { plan, matches } = search(index, 'report 37');
    expect(plan).toMatchObject({ keys: ['3'], complete: true });
    expect(matches.map((m) => m.row[0])).toEqual(['briefs/b37/']);
  });

  it('finds a row by another name in another script and says which name matched', () => {
    for (const q of ['泽塔', 'зета', 'Зет']) {
      const { matches } = search(index, q);
      expect(matches[0]?.row[0], q).toBe('entities/zeta/');
      expect(matches[0]!.via.length, q).toBe(1);
    }
    expect(search(index, 'zeta').matches[0]!.via).toEqual([]);
  });

  it('needs every query word: no row, no result, and no shard when a word starts no indexed word', () => {
    expect(search(index, 'zeta chips').matches).toEqual([]);
    expect(planQuickSearch('alpha qqq', index.manifest)).toMatchObject({ keys: [], complete: true });
    expect(planQuickSearch('', index.manifest).keys).toEqual([]);
  });

  it('says when only the best rows of very common words were searched', () => {
    const { plan, matches } = search(index, 'alpha');
    expect(plan.complete).toBe(false);
    expect(matches).toHaveLength(5);
  });

  it('ranks a name equal to the query first, then one that starts with it, then one that holds it', () => {
    const ranked: QuickRow[] = [
      ['briefs/x/', 'New plant for Zeta Motors', 'Brief'],
      ['deals/#deal-y', 'Zeta Motors raises money', 'Deal'],
      ['entities/zeta/', 'Zeta Motors', 'Entity'],
      ['briefs/z/', 'Motors of Zeta', 'Brief'],
    ];
    expect(matchQuickRows(ranked, 'Zeta Motors').map((m) => m.row[0])).toEqual(['entities/zeta/', 'deals/#deal-y', 'briefs/x/', 'briefs/z/']);
  });
});

describe('quickRows from the site index', () => {
  it('lists entities by mentions, then briefs newest first, then deals, with the names each is found by', () => {
    const index = buildSiteIndex({
      briefs: [
        brief('b1', { title: 'Acme raises money', entities: ['acme'], source: { file: 'a.txt', sha256: 'a'.repeat(64), lang: 'ru', date: { value: '2021-03-28', precision: 'day', basis: 'stated' }, headline: 'Акме привлекла деньги' } }),
        brief('b2', { title: 'Bolt expands', entities: ['bolt', 'acme'], source: { file: 'b.txt', sha256: 'b'.repeat(64), lang: 'en', date: { value: '2022-01', precision: 'month', basis: 'inferred' } } }),
      ],
      entities: [entity('bolt', { name: 'Bolt' }), entity('acme', { name: 'Acme', aliases: [{ name: 'Акме', lang: 'ru', kind: 'transliteration' }] })],
      deals: [deal('d1', { title: 'Bolt invests in Acme', briefs: ['b1'] })],
      topics: [topic('funding')],
    });
    expect(quickRows(index)).toEqual([
      ['entities/acme/', 'Acme', 'Entity · Company', ['Акме']],
      ['entities/bolt/', 'Bolt', 'Entity · Company'],
      ['briefs/b2/', 'Bolt expands', 'Brief · English · Jan 2022 (inferred)'],
      ['briefs/b1/', 'Acme raises money', 'Brief · Russian · 28 Mar 2021', ['Акме привлекла деньги']],
      ['deals/#deal-d1', 'Bolt invests in Acme', expect.stringMatching(/^Deal · funding round/), ['Acme', 'Bolt']],
    ]);
  });
});

describe('the quick index of a synthetic corpus', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('finds every entity by every one of its names, in every script, within the first 8', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-quick-'));
    made.push(root);
    writeCorpus(join(root, 'content'), generateCorpus({ briefs: 400, seed: 3 }));
    const report = checkContent(root, { contentDir: join(root, 'content'), corpusDir: join(root, 'no-corpus') });
    const site = buildSiteIndex(publishedCollections(report.collections));
    // Small limits, so this corpus is cut as deep as a 10,000-brief one.
    const index = buildQuickIndex(quickRows(site), { maxRows: 40, topRows: 10 });
    expect(Object.keys(index.manifest.shards).length).toBeGreaterThan(50);
    let names = 0;
    for (const e of site.entities) {
      for (const name of [e.data.name, ...e.data.aliases.map((a) => a.name)]) {
        names++;
        const top = search(index, name).matches.slice(0, 8).map((m) => m.row[0]);
        expect(top, `${e.id}: ${name}`).toContain(`entities/${e.id}/`);
      }
    }
    expect(names).toBeGreaterThan(200);
  });
});
