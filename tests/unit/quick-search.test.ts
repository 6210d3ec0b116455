// The header box's quick index (src/lib/search/quick-index.ts) and its query side
// (src/lib/search/quick-match.ts): the words both sides agree on, shards that hold every
// row a prefix can match, and queries in every script finding names and titles.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus/generate.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { searchFilePart } from '../support/site-measure.ts';
import { writeQuickShards } from '../../src/integrations/quick-search-files.ts';
import { buildQuickIndex, QUICK_SHARD_BUNDLE, quickRows, quickShardBundle, type QuickIndex } from '../../src/lib/search/quick-index.ts';
import {
  QUICK_MANIFEST_PATH,
  quickShardName,
  quickShardPath,
  readQuickManifest,
  sizeClass,
  type QuickRow,
} from '../../src/lib/search/quick-index-files.ts';
import { matchQuickRows, planQuickSearch } from '../../src/lib/search/quick-match.ts';
import { foldCaseAndAccents, quickIndexWords, quickRowWords, quickTokens } from '../../src/lib/search/quick-tokens.ts';
import { loadScriptRules } from '../../src/lib/search/script-rules.ts';
import { loadQueryRules, stem } from '../../src/lib/search/stemmers.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { brief, deal, entity, topic } from '../support/factories.ts';

// As the build does, and as the browser does for the scripts it meets: suites below build indexes as they are declared.
await loadScriptRules();

/** What the browser does: plan, take the planned shards, match. */
function search(index: QuickIndex, query: string) {
  const plan = planQuickSearch(query, index.manifest);
  const rows = plan.keys.flatMap((key) => index.shards.get(key)!);
  return { plan, matches: matchQuickRows(rows, query, plan.words) };
}

describe('quickTokens', () => {
  it('folds case, compatibility forms and Latin, Greek and Cyrillic accents', () => {
    expect(quickTokens('Škoda Électrique ＡＢＣ Ёлка')).toEqual(['skoda', 'electrique', 'abc', 'елка']);
    expect(foldCaseAndAccents('  Renée   SA ')).toBe('renee sa');
  });

  it('keeps Bengali vowel signs and virama: কাল, কল and কলা stay three words', () => {
    const words = ['কাল', 'কল', 'কলা'].map((w) => quickTokens(w)[0]);
    expect(new Set(words).size).toBe(3);
    expect(quickTokens('এক্সপেং মোটরস')).toEqual(['এক্সপেং', 'মোটরস']);
  });

  it('makes a Han or kana run a word, indexed under each of its suffixes, and keeps a number whole', () => {
    expect(quickTokens('阿里巴巴基金 raised 2.2 billion')).toEqual(['阿里巴巴基金', 'raised', '2.2', 'billion']);
    expect(quickTokens('小米SU7')).toEqual(['小米', 'su7']);
    expect(quickIndexWords('阿里巴巴基金 fund')).toEqual(['阿里巴巴基金', '里巴巴基金', '巴巴基金', '巴基金', '基金', '金', 'fund']);
    expect(quickIndexWords('ソフトバンク')).toHaveLength(6);
    // A character outside the Basic Multilingual Plane is one character, not two halves.
    expect(quickIndexWords('𠀋一')).toEqual(['𠀋一', '一']);
  });

  it('folds Greek final sigma and dotless i, so a typed prefix meets the indexed word', () => {
    expect(quickTokens('ΜΗΤΣ')[0]).toBe('μητσ');
    expect(quickTokens('Μητσοτάκης')[0]!.startsWith(quickTokens('ΜΗΤΣ')[0]!)).toBe(true);
    expect(quickTokens('Işık')).toEqual(['isik']);
  });

  it("keeps a Ukrainian word whole across its apostrophe, typed as ', ’ or ʼ or left out", () => {
    for (const q of ["об'єкт", 'об’єкт', 'обʼєкт', 'обєкт']) expect(quickTokens(`новий ${q}`), q).toEqual(['новии', 'обєкт']);
    expect(quickTokens("Xiaomi's ’Київ’")).toEqual(['xiaomi', 's', 'киів']);
  });

  it('splits on punctuation and gives nothing for a query without letters or digits', () => {
    expect(quickTokens("Xiaomi's EV-maker")).toEqual(['xiaomi', 's', 'ev', 'maker']);
    expect(quickTokens(' !?… ')).toEqual([]);
  });
});

describe('buildQuickIndex', () => {
  // Enough rows sharing first letters that small limits force the index to cut them.
  const rows: QuickRow[] = Array.from(
    { length: 120 },
    (_, i) =>
      [
        `briefs/b${i}/`,
        `${['Alpha', 'Alto', 'Beta', 'Albatross'][i % 4]} report ${i} on ${['cars', 'chips', 'cloud'][i % 3]}`,
        'Brief',
        i % 10 === 0 ? [`别名${i}`] : undefined,
      ].filter((x) => x !== undefined) as QuickRow,
  );
  const index = buildQuickIndex(rows, { maxRows: 20, topRows: 5 });

  it('puts every row that has a word starting with a key in that key’s shard when it is complete', () => {
    for (const [key, [size, complete]] of Object.entries(index.manifest.shards)) {
      const holding = rows.filter((row) => quickRowWords(row).some((w) => w.startsWith(key)));
      expect(size, key).toBe(sizeClass(holding.length));
      const shard = index.shards.get(key)!;
      if (complete) expect(shard, key).toEqual(holding);
      else expect(shard, key).toEqual(holding.slice(0, 5)); // the best rows, in rank order
      if (complete) expect(holding.length).toBeLessThanOrEqual(20);
    }
  });

  it('gives each key its size class, the bit length of its row count, which is all the header box compares', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 120, 128].map(sizeClass)).toEqual([0, 1, 2, 2, 3, 3, 4, 7, 8]);
  });

  it('cuts a big key by its next character, and a small site has one shard', () => {
    expect(index.manifest.shards['']).toEqual([7, 0]); // 120 rows: 64–127
    expect(index.manifest.shards['a']![1]).toBe(0);
    expect(index.manifest.shards['al']).toBeDefined();
    const small = buildQuickIndex(rows.slice(0, 10));
    expect(Object.keys(small.manifest.shards)).toEqual(['']);
    expect(small.shards.get('')).toEqual(rows.slice(0, 10));
  });

  it('serves the manifest as a tree of keys that reads back to every key, its size class and whether it is complete', () => {
    expect(readQuickManifest(index.manifestFile)).toEqual(index.manifest);
    expect(index.manifestFile.version).toBe(index.manifest.version);
    // Each key is written as its last character only.
    expect(index.manifestFile.tree.length).toBeLessThan(Object.keys(index.manifest.shards).join('').length);
    const small = buildQuickIndex(rows.slice(0, 10));
    expect(small.manifestFile.tree).toBe('e'); // the root, complete, 8–15 rows
    // Keys in any script, a character beyond the Basic Multilingual Plane, and keys named like Object's properties.
    const odd: QuickRow[] = [
      ...Array.from({ length: 30 }, (_, i): QuickRow => [`briefs/c${i}/`, `constructor 𠀀${i % 3}字 آب${i}`, 'Brief']),
      ['briefs/p/', 'toString hasOwnProperty', 'Brief'],
    ];
    const built = buildQuickIndex(odd, { maxRows: 4, topRows: 2 });
    const read = readQuickManifest(built.manifestFile);
    expect(read).toEqual(built.manifest);
    expect(read.shards['constructor']).toEqual([5, 0]); // 30 rows share the whole word: cut no further
    expect(Object.hasOwn(read.shards, 'tostring')).toBe(Object.hasOwn(built.manifest.shards, 'tostring'));
    expect(planQuickSearch('𠀀1字', read)).toEqual(planQuickSearch('𠀀1字', built.manifest));
  });

  it('is deterministic, and its version changes with any row', () => {
    const again = buildQuickIndex(rows, { maxRows: 20, topRows: 5 });
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(index.manifest));
    expect([...again.shards]).toEqual([...index.shards]);
    const changed = buildQuickIndex(
      rows.map((r, i) => (i === 7 ? ([r[0], `${r[1]}!x`, r[2]] as QuickRow) : r)),
      { maxRows: 20, topRows: 5 },
    );
    expect(changed.manifest.version).not.toBe(index.manifest.version);
  });

  it('names shards by the key’s UTF-8 bytes in hex, and the root "all"', () => {
    expect(quickShardName('xia')).toBe('786961');
    expect(quickShardName('阿')).toBe('e998bf');
    expect(quickShardName('')).toBe('all');
  });
});

describe('planQuickSearch and matchQuickRows', () => {
  const rows: QuickRow[] = Array.from({ length: 120 }, (_, i) => [
    `briefs/b${i}/`,
    `Alpha report ${i} on ${['cars', 'chips', 'cloud'][i % 3]}`,
    'Brief',
  ]);
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
        expect(
          matches.map((m) => m.row),
          query,
        ).toContainEqual(row);
      }
    }
    const { plan, matches } = search(index, 'report 37');
    expect(plan).toMatchObject({ keys: ['3'], complete: true });
    expect(matches.map((m) => m.row[0])).toEqual(['briefs/b37/']);
  });

  it('finds an entity by any part of a Chinese alias, and a brief by the words of its headline as written', () => {
    const mixed = buildQuickIndex([
      ['entities/fund/', 'Alibaba Entrepreneurs Fund', 'Entity · Fund', ['阿里巴巴创业者基金']],
      ['briefs/hk/', 'A fund for Hong Kong', 'Brief', ['香港 阿里巴巴创业者基金成立']],
    ]);
    expect(search(mixed, '创业者基金').matches.map((m) => m.row[0])).toEqual(['entities/fund/']);
    expect(search(mixed, '阿里巴巴创业').matches.map((m) => m.row[0])).toEqual(['entities/fund/', 'briefs/hk/']);
    expect(search(mixed, '香港').matches[0]!.via).toEqual(['香港 阿里巴巴创业者基金成立']);
  });

  it('finds a name or a headline word typed with all, some or none of its clitics, as the query side strips them', () => {
    const clitics = buildQuickIndex([
      ['entities/waha/', 'Al Waha Utilities', 'Entity · Company', ['الواحة']],
      ['entities/ministry/', 'Ministry of Energy', 'Entity · Government', ['והמשרד']],
      ['briefs/fish/', 'Fish farm opens by the lake', 'Brief', ['በሐዋሳ ሐይቅ አጠገብ የአሳ እርባታ']],
      ['briefs/port/', 'Port raises nut exports', 'Brief', ['بندر عباس امسال صادرات پسته را افزایش داد']],
      ['briefs/mill/', 'Cloth mill hires two hundred', 'Brief', ['لاہور میں ایک نئی کپڑے کی مل']],
    ]);
    const cases: [string, string][] = [
      ['واحة', 'entities/waha/'],
      ['الواحة', 'entities/waha/'],
      ['بالواحة', 'entities/waha/'],
      ['משרד', 'entities/ministry/'],
      ['המשרד', 'entities/ministry/'],
      // A headline's words are found as a query analyses them: in Hawassa (በሐዋሳ) by Hawassa, "bandar" (بندر) though ب is a clitic too.
      ['ሐዋሳ', 'briefs/fish/'],
      ['ሀዋሳ', 'briefs/fish/'],
      ['አሳ', 'briefs/fish/'],
      ['بندر عباس', 'briefs/port/'],
      ['لاہور', 'briefs/mill/'],
      ['لاهور', 'briefs/mill/'],
    ];
    for (const [q, path] of cases)
      expect(
        search(clitics, q).matches.map((m) => m.row[0]),
        q,
      ).toEqual([path]);
  });

  it('finds a name of two words typed without the space that does not show after a letter joining no next one', () => {
    const names = buildQuickIndex([
      ['entities/arya/', 'Arya Khodro', 'Entity · Company', ['آریا خودرو']],
      ['entities/pars/', 'Pars Bank', 'Entity · Company', ['بانک پارس']],
      ['briefs/port/', 'Port raises nut exports', 'Brief', ['بندر عباس امسال صادرات پسته را افزایش داد']],
    ]);
    const found = (q: string) => search(names, q).matches.map((m) => m.row[0]);
    expect(found('آریاخودرو')).toEqual(['entities/arya/']);
    expect(found('آریاخو')).toEqual(['entities/arya/']);
    expect(found('آریا خودرو')).toEqual(['entities/arya/']);
    // After ک, which joins the next letter, the space shows: بانکپارس is not how it is typed.
    expect(found('بانکپارس')).toEqual([]);
    // A headline is a sentence, not a name: its words are not joined.
    expect(found('بندرعباس')).toEqual([]);
  });

  it('finds a row by another name in another script and says which name matched', () => {
    for (const q of ['泽塔', 'зета', 'Зет']) {
      const { matches } = search(index, q);
      expect(matches[0]?.row[0], q).toBe('entities/zeta/');
      expect(matches[0]!.via.length, q).toBe(1);
    }
    expect(search(index, 'zeta').matches[0]!.via).toEqual([]);
  });

  it('finds a Russian or Ukrainian name typed in another case, by the stem of each word, as the browser loads the stemmers', async () => {
    await loadQueryRules('Небесного Щита Газпрома');
    const named: QuickRow[] = [
      ['entities/shield/', 'Nebesnyi Shchyt', 'Entity · Company', ['Небесний Щит']],
      ['entities/gazprom/', 'Gazprom', 'Entity · Company', ['Газпром']],
      ...Array.from({ length: 3 }, (_, i): QuickRow => [`deals/d${i}/`, `Газпрома сделка ${i}`, 'Deal']),
    ];
    const small = buildQuickIndex(named, { maxRows: 20, topRows: 5 });
    const stemmed = (query: string) => {
      const plan = planQuickSearch(query, small.manifest, stem);
      return matchQuickRows(
        plan.keys.flatMap((key) => small.shards.get(key)!),
        query,
        plan.words,
        plan.stemmedWords,
      ).map((m) => m.row[0]);
    };
    expect(stemmed('Небесного Щита')).toEqual(['entities/shield/']);
    // The entity whose name is the query's stem first, before the rows that hold the word as typed.
    expect(stemmed('Газпрома')[0]).toBe('entities/gazprom/');
    expect(stemmed('Газпрома')).toHaveLength(4);
    // The name as written, and typed in part, still finds its row.
    expect(stemmed('Небесний Щит')).toEqual(['entities/shield/']);
    expect(stemmed('Газп')).toContain('entities/gazprom/');
    expect(stemmed('Небесного Меча')).toEqual([]);
    // Without the stemmers, the case form starts no word of the name.
    const unstemmed = planQuickSearch('Небесного Щита', small.manifest);
    expect(matchQuickRows(named, 'Небесного Щита', unstemmed.words)).toEqual([]);
  });

  it('fetches its stemmers from a module of their own, whose list the box checks a query against before fetching it', async () => {
    const { BOX_STEMMED } = await import('../../src/browser/quick-search-client.ts');
    const { boxStemmerNames, loadBoxStemmers } = await import('../../src/browser/box-stemmers.ts');
    expect(new Set(boxStemmerNames())).toEqual(BOX_STEMMED);
    const cut = await loadBoxStemmers(['russian', 'greek']);
    expect(cut('russian', 'газпрома')).toBe('газпром');
    // Greek's stemmer is not the box's: the word is left whole.
    expect(cut('greek', 'δορυφορων')).toBe('δορυφορων');
  });

  it('keeps every row the word as typed finds when its stem’s shard keeps only its best rows', async () => {
    await loadQueryRules('Нова');
    // 30 rows under нов (more than a shard keeps), one of them under нова.
    const many: QuickRow[] = [
      ...Array.from({ length: 30 }, (_, i): QuickRow => [`briefs/b${i}/`, `Новый отчёт ${i}`, 'Brief']),
      ['entities/novatek/', 'Novatek', 'Entity · Company', ['Новатэк']],
    ];
    const index = buildQuickIndex(many, { maxRows: 20, topRows: 5 });
    const plan = planQuickSearch('Нова', index.manifest, stem);
    expect(plan.stemmedWords).toEqual(['нов']);
    const rows = plan.keys.flatMap((key) => index.shards.get(key)!);
    expect(matchQuickRows(rows, 'Нова', plan.words, plan.stemmedWords).map((m) => m.row[0])).toContain('entities/novatek/');
  });

  it('finds nothing for a word no name holds, even one that names a property of every object', () => {
    for (const q of ['constructor', 'constructora', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(planQuickSearch(q, index.manifest), q).toMatchObject({ keys: [], complete: true });
    }
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
      // Found by a party's name only: below every row whose own title holds the query.
      ['briefs/x/#deal-p', 'Acme invests', 'Deal', ['Zeta Motors']],
      ['briefs/x/', 'New plant for Zeta Motors', 'Brief'],
      ['briefs/z/#deal-y', 'Zeta Motors raises money', 'Deal'],
      ['entities/zeta/', 'Zeta Motors', 'Entity'],
      ['briefs/z/', 'Motors of Zeta', 'Brief'],
    ];
    expect(matchQuickRows(ranked, 'Zeta Motors').map((m) => m.row[0])).toEqual([
      'entities/zeta/',
      'briefs/z/#deal-y',
      'briefs/x/',
      'briefs/x/#deal-p',
      'briefs/z/',
    ]);
  });

  it('ranks an entity whose own name starts with the query above one whose alias does, wherever the index puts them', () => {
    const rows: QuickRow[] = [
      ['entities/nordwest/', 'Vereinigte Nordwest Solar', 'Entity', ['שמש הנגב בע״מ']],
      ['entities/shemesh/', 'שמש הנגב', 'Entity'],
    ];
    expect(matchQuickRows(rows, 'שמש').map((m) => m.row[0])).toEqual(['entities/shemesh/', 'entities/nordwest/']);
    // An alias equal to the query still comes before a title that only starts with it.
    const exact: QuickRow[] = [
      ['entities/a/', 'Acme Holdings', 'Entity'],
      ['entities/b/', 'Bolt', 'Entity', ['Acme']],
    ];
    expect(matchQuickRows(exact, 'Acme').map((m) => m.row[0])).toEqual(['entities/b/', 'entities/a/']);
  });
});

describe('Chinese names at scale', () => {
  // 300 companies whose names share "科技集团" and a family of characters, as a large corpus's
  // Chinese names do: any part of one name must still come from one complete shard.
  const given = '张王李赵刘陈杨黄周吴';
  const rows: QuickRow[] = Array.from({ length: 300 }, (_, i) => {
    const name = `${given[i % 10]}${given[Math.floor(i / 10) % 10]}${given[Math.floor(i / 100)]}科技集团`;
    return [`entities/c${i}/`, `Company ${i}`, 'Entity · Company', [name]];
  });
  const index = buildQuickIndex(rows, { maxRows: 20, topRows: 5 });

  it('finds each name by its whole form and by any part that only it holds', () => {
    for (const [i, row] of rows.entries()) {
      const name = row[3]![0]!;
      for (const q of [name, name.slice(0, 3), name.slice(1, 4)]) {
        const { plan, matches } = search(index, q);
        expect(plan.complete, `${i} ${q}`).toBe(true);
        expect(
          matches.map((m) => m.row[0]),
          `${i} ${q}`,
        ).toContain(row[0]);
      }
    }
  });

  it('lists the best rows, and says so, for a part every name shares', () => {
    const { plan, matches } = search(index, '科技');
    expect(plan.complete).toBe(false);
    expect(matches).toHaveLength(5);
  });
});

describe('quickRows from the catalog', () => {
  it('lists entities by mentions, then briefs newest first, then deals, with the names each is found by', () => {
    const index = buildCatalog({
      briefs: [
        brief('b1', {
          title: 'Acme raises money',
          entities: ['acme'],
          source: {
            file: 'a.txt',
            sha256: 'a'.repeat(64),
            lang: 'ru',
            date: { value: '2021-03-28', precision: 'day', basis: 'stated' },
            headline: 'Акме привлекла деньги',
          },
        }),
        brief('b2', {
          title: 'Bolt expands',
          entities: ['bolt', 'acme'],
          source: { file: 'b.txt', sha256: 'b'.repeat(64), lang: 'en', date: { value: '2022-01', precision: 'month', basis: 'inferred' } },
        }),
      ],
      entities: [
        entity('bolt', { name: 'Bolt' }),
        entity('acme', { name: 'Acme', aliases: [{ name: 'Акме', lang: 'ru', kind: 'transliteration' }] }),
      ],
      deals: [deal('d1', { title: 'Bolt invests in Acme', briefs: ['b1'] })],
      topics: [topic('funding')],
    });
    expect(quickRows(index)).toEqual([
      ['entities/acme/', 'Acme', 'Entity · Company', ['Акме']],
      ['entities/bolt/', 'Bolt', 'Entity · Company'],
      ['briefs/b2/', 'Bolt expands', 'Brief · English · Jan 2022 (inferred)'],
      ['briefs/b1/', 'Acme raises money', 'Brief · Russian · 28 Mar 2021', ['Акме привлекла деньги']],
      ['briefs/b1/#deal-d1', 'Bolt invests in Acme', expect.stringMatching(/^Deal · funding round/), ['Acme', 'Bolt']],
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
    const site = buildCatalog(publishedCollections(report.collections));
    // Small limits, so this corpus is cut as deep as a 10,000-brief one.
    const index = buildQuickIndex(quickRows(site), { maxRows: 40, topRows: 10 });
    expect(Object.keys(index.manifest.shards).length).toBeGreaterThan(50);
    let names = 0;
    for (const e of site.entities) {
      for (const name of [e.data.name, ...e.data.aliases.map((a) => a.name)]) {
        names++;
        const top = search(index, name)
          .matches.slice(0, 8)
          .map((m) => m.row[0]);
        expect(top, `${e.id}: ${name}`).toContain(`entities/${e.id}/`);
      }
    }
    expect(names).toBeGreaterThan(200);
  });
});

describe('the header box in the browser: fetching and what it says', () => {
  const rows: QuickRow[] = Array.from({ length: 60 }, (_, i) => [
    `briefs/b${i}/`,
    `Report ${i} on ${['cars', 'chips', 'cloud'][i % 3]}`,
    'Brief',
  ]);
  afterEach(() => vi.unstubAllGlobals());

  /** Serves an index's files under `base` as a static host would, and records the paths asked for. */
  function host(base: string) {
    const asked: string[] = [];
    let files = new Map<string, string>();
    const deploy = (index: QuickIndex) => {
      files = new Map([[`${base}${QUICK_MANIFEST_PATH}`, JSON.stringify(index.manifestFile)]]);
      for (const [key, shard] of index.shards) files.set(`${base}${quickShardPath(index.manifest.version, key)}`, JSON.stringify(shard));
    };
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const body = files.get(url);
      return new Response(body ?? 'not found', { status: body ? 200 : 404 });
    });
    return { asked, deploy };
  }

  it('fetches the manifest once and one shard per query, under the base and the index version', async () => {
    vi.resetModules();
    const { quickSearch } = await import('../../src/browser/quick-search-client.ts');
    const index = buildQuickIndex(rows, { maxRows: 10, topRows: 3 });
    const site = host('/a/b/');
    site.deploy(index);
    const first = await quickSearch('/a/b/', 'report 42');
    expect(first.matches.map((m) => m.row[0])).toEqual(['briefs/b42/']);
    expect(site.asked).toEqual([
      '/a/b/quick-search/index.json',
      `/a/b/quick-search/${index.manifest.version}/${quickShardName('42')}.json`,
    ]);
    await quickSearch('/a/b/', 'report 42 cars');
    expect(site.asked).toHaveLength(2); // the same shard, from memory
  });

  it('after a redeploy, a page holding the old manifest fetches the new one instead of failing', async () => {
    vi.resetModules();
    const { quickSearch } = await import('../../src/browser/quick-search-client.ts');
    const site = host('/');
    site.deploy(buildQuickIndex(rows, { maxRows: 10, topRows: 3 }));
    await quickSearch('/', 'report 5');
    const added: QuickRow = ['briefs/new/', 'Report 77 on boats', 'Brief'];
    const next = buildQuickIndex([...rows, added], { maxRows: 10, topRows: 3 });
    site.deploy(next);
    const after = await quickSearch('/', 'report 77');
    expect(after.matches.map((m) => m.row[0])).toEqual(['briefs/new/']);
    expect(site.asked.filter((u) => u.endsWith('index.json'))).toHaveLength(2);
  });

  it("labels the names a result matched through by what it is: a deal's row on a brief's page is the deal's parties", async () => {
    const { viaLabel } = await import('../../src/browser/header-search-live.ts');
    const { paths } = await import('../../src/lib/site/urls.ts');
    expect(viaLabel(paths.deal('acme-series-a', 'acme-raises'))).toBe('Parties');
    expect(viaLabel(paths.brief('acme-raises'))).toBe('Original headline');
    expect(viaLabel(paths.entity('acme'))).toBe('Also known as');
    expect(viaLabel('topics/harbour-trade/')).toBeUndefined();
  });

  it('joins highlights that touch, so a word cut into several index words shows as one highlight', async () => {
    const { joinedMarks } = await import('../../src/browser/render-hit.ts');
    expect(joinedMarks('投资<mark>小</mark><mark>鹏汽车</mark>。')).toBe('投资<mark>小鹏汽车</mark>。');
    // Highlights apart stay apart.
    expect(joinedMarks('<mark>Xiaomi</mark> and <mark>Great</mark>')).toBe('<mark>Xiaomi</mark> and <mark>Great</mark>');
  });

  it('sets an excerpt right to left only when most of its letters are', async () => {
    const { excerptDirection } = await import('../../src/browser/render-hit.ts');
    expect(excerptDirection('شركة المغرب للبطاريات تبني مصنعا في طنجة.')).toBe('rtl');
    expect(excerptDirection('… המפעל החדש ייבנה בנהריה (Nahariya).')).toBe('rtl');
    // A right-to-left name opening English text, or quoted in it, leaves it left to right.
    expect(excerptDirection('لبنیات دامون A company invented for a held-out search probe.')).toBe('ltr');
    expect(excerptDirection('Xiaomi 小米集团 Chinese smartphone maker')).toBe('ltr');
    expect(excerptDirection('')).toBe('ltr');
  });

  it('says how many matched, that only the best are listed, or that nothing matched', async () => {
    const { quickStatusText } = await import('../../src/browser/header-search-live.ts');
    expect(quickStatusText('Acme', 1, 1, true)).toBe(
      '1 name or title matches “Acme”. Press the down arrow to browse it, or Enter to search the full text.',
    );
    expect(quickStatusText('Acme', 12, 8, true)).toBe(
      '12 names and titles match “Acme”. The first 8 are listed. Press the down arrow to browse them, or Enter to search the full text.',
    );
    expect(quickStatusText('the', 8, 8, false)).toMatch(/^Many names and titles match “the”; the best are listed\./);
    expect(quickStatusText('qzx', 0, 0, true)).toBe('No name or title matches “qzx”; press Enter to search the full text.');
    // Common words whose best rows share none: not "no match", which may be false.
    expect(quickStatusText('the of', 0, 0, false)).toMatch(/too common for a quick answer/);
  });
});

describe('writing the quick index at the end of a build', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const rows: QuickRow[] = Array.from({ length: 30 }, (_, i) => [`briefs/b${i}/`, `Report ${i} on ${['cars', 'chips'][i % 2]}`, 'Brief']);

  it('splits the rendered bundle into one file per shard, where the browser asks for them, and removes the bundle', () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-quick-out-'));
    made.push(out);
    const index = buildQuickIndex(rows, { maxRows: 10, topRows: 3 });
    mkdirSync(join(out, 'quick-search'));
    writeFileSync(join(out, QUICK_SHARD_BUNDLE), JSON.stringify(quickShardBundle(index)));
    expect(writeQuickShards(out)).toBe(index.shards.size);
    for (const [key, shard] of index.shards) {
      expect(JSON.parse(readFileSync(join(out, quickShardPath(index.manifest.version, key)), 'utf8')), key).toEqual(shard);
    }
    expect(existsSync(join(out, QUICK_SHARD_BUNDLE))).toBe(false);
  });

  it('fails naming the missing bundle and the route that renders it', () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-quick-out-'));
    made.push(out);
    expect(() => writeQuickShards(out)).toThrow(/quick-search\/shards\.json, rendered by src\/pages\/quick-search\/shards\.json\.ts/);
  });
});

describe('the bench names what a search fetched', () => {
  it('tells quick-index files, Pagefind files and Dossier code apart', () => {
    expect(searchFilePart('/d/quick-search/index.json')).toBe('quick index manifest');
    expect(searchFilePart('/d/quick-search/8fc3d369/786961.json')).toBe('quick index shard');
    expect(searchFilePart('/d/pagefind/pagefind.en_1a2b.pf_meta')).toBe('index metadata (every record)');
    expect(searchFilePart('/d/pagefind/wasm.en.pagefind')).toBe('WASM');
    expect(searchFilePart('/d/_astro/header-search-live.B1.js')).toBe('Dossier JS');
  });
});
