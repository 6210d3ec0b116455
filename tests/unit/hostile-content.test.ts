// Hostile content: each input that once broke an output or a tool, on the small
// invented tree (tests/support/content-tree.ts). Either the check refuses it with
// file, field and fix, or every output built from it stays well-formed.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { getRssString } from '@astrojs/rss';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpusHashes } from '../../src/check/corpus.ts';
import { MAX_FILE_BYTES } from '../../src/check/read-content.ts';
import { dealsCsv, guardFormulas } from '../../src/lib/open-data/deals-csv.ts';
import { exportDeals } from '../../src/lib/open-data/exports.ts';
import { briefFeedItems } from '../../src/lib/open-data/feed.ts';
import { BODY_LIMITS, bodyLimitViolations } from '../../src/lib/content/mdx-policy.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { basePath, siteBase, siteOrigin } from '../../src/lib/site/config.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import type { Brief } from '../../src/lib/content/entries.ts';
import { unsafeCharacter } from '../../src/lib/content/unsafe-characters.ts';
import {
  BASE_TREE,
  BRIEF_BODY_LINE,
  BRIEF_PATH,
  checkTree,
  edit,
  errorsOf,
  removeTrees,
  writeFakeCorpus,
  writeTree,
} from '../support/content-tree.ts';

afterAll(removeTrees);

const PERSON = 'entities/mira-okafor.yaml';
const ENTITY = 'entities/northwind-motors.yaml';
const DEAL = 'deals/northwind-series-b.yaml';
const file = (path: string) => `content/${path}`;
const INVISIBLE_FIX = 'delete the invisible character; it can hide or reorder text';
const site = new URL('https://data.example.net');

describe('character policy', () => {
  it('refuses U+FFFE and U+FFFF (XML forbids them) whether escaped in YAML or written as raw bytes', () => {
    expect(
      errorsOf(
        edit(
          BRIEF_PATH,
          'title: Northwind Motors raises money for a van plant',
          'title: "Northwind\\uFFFE Motors raises money for a van plant"',
        ),
      ),
    ).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 2,
        field: 'title',
        value: 'Northwind\uFFFE Motors raises money for a van plant',
        message: 'contains a noncharacter (damaged text; XML forbids it) (U+FFFE)',
        fix: INVISIBLE_FIX,
      },
    ]);
    const raw = Buffer.from(BASE_TREE[PERSON]!.replace('Mira Okafor', 'Mira\uFFFF Okafor'), 'utf8');
    expect(raw.includes(Buffer.from([0xef, 0xbf, 0xbf]))).toBe(true);
    expect(errorsOf({ [PERSON]: raw })).toEqual([
      {
        file: file(PERSON),
        line: 1,
        field: 'name',
        value: 'Mira\uFFFF Okafor',
        message: 'contains a noncharacter (damaged text; XML forbids it) (U+FFFF)',
        fix: INVISIBLE_FIX,
      },
    ]);
  });

  it.each([
    ['\\u200B', '\u200B', 'a zero-width space'],
    ['\\uFEFF', '\uFEFF', 'a byte-order mark (zero-width no-break space) inside the text'],
    ['\\u2028', '\u2028', 'a line separator'],
    ['\\u2029', '\u2029', 'a paragraph separator'],
    ['\\u2060', '\u2060', 'a word joiner'],
    ['\\u200D', '\u200D', 'a zero-width joiner outside a script or emoji that needs it'],
    ['\\u00AD', '\u00AD', 'a soft hyphen'],
    ['\\U000E0041', '\u{E0041}', 'a tag character (invisible text)'],
    ['\\uD800', '\uD800', 'a lone surrogate (damaged text)'],
    ['\\uFDD0', '\uFDD0', 'a noncharacter (damaged text; XML forbids it)'],
  ])('refuses %s inside a name', (escaped, char, name) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    expect(errorsOf(edit(PERSON, 'name: Mira Okafor', `name: "Mira${escaped}Okafor"`))).toEqual([
      { file: file(PERSON), line: 1, field: 'name', value: `Mira${char}Okafor`, message: `contains ${name} (${code})`, fix: INVISIBLE_FIX },
    ]);
  });

  it('refuses an invisible character in a brief body, located by line and column', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'raised EUR 120', 'raised EUR\u200B120'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: BRIEF_BODY_LINE + 1,
        column: 46,
        field: '(body)',
        message: 'contains a zero-width space (U+200B)',
        fix: INVISIBLE_FIX,
      },
    ]);
  });

  it('accepts the joiners where a script or an emoji needs them, bidi isolates and marks, and emoji flags', () => {
    const aliases = [
      ['bn', 'র‌্যাব'], // Bengali: ZWNJ keeps the ra from joining
      ['fa', 'نوردویند‌موتورز'], // Persian: ZWNJ between two words of one name
      ['hi', 'क्‍ष'], // Devanagari: ZWJ asks for the half form
      ['en', 'Northwind 👩‍💻🏃🏽‍♀️'], // emoji sequences
      ['en', 'Northwind 🏴󠁧󠁢󠁳󠁣󠁴󠁿'], // a region flag: tag characters inside the flag sequence
      ['he', '\u2067נורתווינד\u2069 \u200Fמוטורס'],
    ];
    const list = aliases.map(([lang, name]) => `  - name: "${name}"\n    lang: ${lang}\n    kind: spelling\n`).join('');
    expect(errorsOf(edit(ENTITY, 'aliases:\n', `aliases:\n${list}`))).toEqual([]);
  });

  it('refuses a joiner between Latin letters, where it only makes a look-alike', () => {
    expect(unsafeCharacter('North\u200Cwind')).toMatchObject({ codePoint: 'U+200C', column: 6 });
    expect(unsafeCharacter('নর\u200C')).toMatchObject({ codePoint: 'U+200C' }); // at the end: joins nothing
    expect(unsafeCharacter('x\u{E0067}\u{E007F}')).toMatchObject({ codePoint: 'U+E0067' }); // tags without a flag
  });
});

describe('feed writer', () => {
  it('writes a well-formed rss.xml even from text that skipped the check', async () => {
    const { collections } = checkTree();
    const hostile = collections.briefs.map((b) => ({
      ...b,
      data: { ...b.data, title: `A\uFFFE\u0001B\uD800 & <b>` },
      body: 'x\uFFFF\u0008y',
    }));
    const index = buildCatalog(publishedCollections({ ...collections, briefs: hostile }));
    const xml = await getRssString({
      title: 't',
      description: 'd',
      site: 'https://data.example.net/',
      items: briefFeedItems(index, site, '/'),
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<title>AB &amp; &lt;b&gt;</title>');
  });
});

describe('deals.csv', () => {
  // Any line break outside quotes ends a record, as a spreadsheet reads it.
  const rows = (csv: string) =>
    parseCsv(csv, { columns: true, relax_quotes: false, relax_column_count: false, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<
      string,
      string
    >[];

  it('keeps a line feed inside a cell (a YAML block) in its row and guards the formula on the next line', () => {
    const round = "round: |-\n  Series B\n  =2+5+cmd|' /C calc'!A0";
    const report = checkTree(edit(DEAL, 'round: Series B', round));
    expect(report.errors).toEqual([]);
    const deals = exportDeals(buildCatalog(publishedCollections(report.collections)), site, '/');
    const csv = dealsCsv(deals);
    const parsed = rows(csv);
    expect(parsed).toHaveLength(deals.length);
    expect(parsed[0]!.round).toBe("Series B\n'=2+5+cmd|' /C calc'!A0");
    // No physical line of the file starts a formula either, for readers that split on line feeds.
    expect(csv.split(/\r?\n|\r/).filter((line) => /^[=+\-@]/.test(line))).toEqual([]);
  });

  it('quotes a bare line feed or carriage return, and guards every formula-like line start of a cell', () => {
    expect(dealsCsv([]).split('\r\n')).toHaveLength(2);
    expect(guardFormulas('Series B\n=1+1\n@SUM(A1)\n\tx\nplain')).toBe("Series B\n'=1+1\n'@SUM(A1)\n'\tx\nplain");
    const { collections } = checkTree();
    const [deal] = exportDeals(buildCatalog(publishedCollections(collections)), site, '/');
    const csv = dealsCsv([
      { ...deal!, title: 'one\ntwo' },
      { ...deal!, id: 'x', title: 'three\rfour' },
    ]);
    expect(csv).toContain('"one\ntwo"');
    expect(csv).toContain('"three\rfour"');
    expect(rows(csv).map((r) => r.title)).toEqual(['one\ntwo', 'three\rfour']);
  });
});

describe('numbers', () => {
  const amount = (value: string) => errorsOf(edit(DEAL, 'value: 120000000', `value: ${value}`));
  const at = { file: file(DEAL), line: 13, field: 'amount.value' };

  it.each([
    ['5e-324', 5e-324, 'amount value is smaller than 0.01, which would be displayed as 0: check the figure'],
    [
      '1.7976931348623157e308',
      1.7976931348623157e308,
      'amount value is larger than 9007199254740991, beyond which numbers are rounded: check the figure (write it in full digits, without exponent)',
    ],
    [
      '123456789012345678901234567890',
      123456789012345678901234567890,
      'amount value is larger than 9007199254740991, beyond which numbers are rounded: check the figure (write it in full digits, without exponent)',
    ],
    [
      '9007199254740993',
      9007199254740992,
      'amount value is larger than 9007199254740991, beyond which numbers are rounded: check the figure (write it in full digits, without exponent)',
    ],
    ['1e400', Infinity, 'amount value is too large to be a number (it overflows to infinity): write the amount in digits, e.g. 2200000000'],
    ['.nan', NaN, 'amount value is not a number (.nan): write the amount in digits, e.g. 2200000000'],
    ['1200.125', 1200.125, 'amount value has more than two decimals, which are not displayed: round it to cents'],
  ])('refuses amount.value %s', (written, value, message) => {
    expect(amount(written)).toEqual([{ ...at, value, message }]);
  });

  it('accepts the largest exact amount and cents', () => {
    expect(amount('9007199254740991')).toEqual([]);
    expect(amount('1200.25')).toEqual([]);
  });

  it('refuses year 0000 and other years before 1000', () => {
    expect(errorsOf(edit(DEAL, 'value: "2024-05"\n  precision: month', 'value: "0000"\n  precision: year'))).toEqual([
      {
        file: file(DEAL),
        line: 4,
        field: 'date.value',
        value: '0000',
        message: 'year 0000 is before 1000: write the year in full, e.g. 2021',
      },
    ]);
    expect(errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 0202-11-21'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 4,
        field: 'published',
        value: '0202-11-21',
        message: 'year 0202 is before 1000: write the year in full, e.g. 2021',
      },
    ]);
  });

  it('refuses a figure that cannot be stored exactly or would show as 0', () => {
    const figure = (value: string) =>
      edit(
        BRIEF_PATH,
        'keyFacts:',
        `figures:\n  - key: northwind-round\n    entity: northwind-motors\n    label: Round size\n    value: ${value}\n    unit: EUR\nkeyFacts:`,
      );
    expect(errorsOf(figure('5e-324'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 15,
        field: 'figures[0].value',
        value: 5e-324,
        message: 'the figure has more than 6 decimals, which are not displayed: round it, or give it in a smaller unit',
      },
    ]);
    expect(errorsOf(figure('.inf'))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 15,
        field: 'figures[0].value',
        value: Infinity,
        message: 'the figure is infinite (too large to be a number): write it in digits, e.g. 48.5',
      },
    ]);
    expect(errorsOf(figure('-12.5'))).toEqual([]);
  });

  it("rewords zod's own messages with a fix", () => {
    expect(
      errorsOf(
        edit(PERSON, 'name: Mira Okafor', 'name: Mira Okafor\naliases:\n  - name: Mira\n    lang: en\n    kind: short\n    note: ""'),
      ),
    ).toEqual([
      {
        file: file(PERSON),
        line: 6,
        field: 'aliases[0].note',
        value: '',
        message: 'is empty',
        fix: 'write the text (a blank value is not allowed)',
      },
    ]);
  });
});

describe('corpus hash check', () => {
  it('refuses "..", a folder and a path in source.file without throwing', () => {
    const root = writeTree();
    const dir = writeFakeCorpus(root);
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const brief = (name: string): Brief =>
      ({
        id: 'b',
        filePath: 'content/briefs/b.mdx',
        data: { status: 'published', source: { file: name, sha256: '0'.repeat(64) } },
      }) as unknown as Brief;
    const result = checkCorpusHashes(['..', '.', 'folder', '../etc/passwd', 'dangling.txt'].map(brief), dir);
    expect(result.issues.map(({ value, message, fix }) => ({ value, message, fix }))).toEqual([
      {
        value: '..',
        message: 'source.file must be the name of one file in the corpus folder, not a path',
        fix: 'write only the file name, e.g. story-001.txt',
      },
      {
        value: '.',
        message: 'source.file must be the name of one file in the corpus folder, not a path',
        fix: 'write only the file name, e.g. story-001.txt',
      },
      {
        value: 'folder',
        message: `folder in the corpus (${dir}) is not a regular file`,
        fix: 'name the corpus text file the brief was written from',
      },
      {
        value: '../etc/passwd',
        message: 'source.file must be the name of one file in the corpus folder, not a path',
        fix: 'write only the file name, e.g. story-001.txt',
      },
      {
        value: 'dangling.txt',
        message: `the corpus (${dir}) has no file of that name`,
        fix: 'correct the file name, or set CORPUS_DIR to the right corpus',
      },
    ]);
  });

  it('the schema refuses ".." before the corpus is read', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'file: story-001.txt', 'file: ".."'), writeFakeCorpus)).toEqual([
      {
        file: file(BRIEF_PATH),
        line: 14,
        field: 'source.file',
        value: '..',
        message: 'write the corpus file name only, without folders ("." and ".." are folders)',
      },
    ]);
  });
});

describe('entities of one name', () => {
  const twin = 'name: Northwind Motors\ntype: company\ndescription: Another maker of the same name.\n';
  it('is an error naming both files, unless every one is marked ambiguous', () => {
    const errors = errorsOf({ 'entities/northwind-motors-2.yaml': twin });
    expect(errors).toEqual([
      {
        file: file('entities/northwind-motors-2.yaml'),
        line: 1,
        field: 'name',
        value: 'Northwind Motors',
        message: 'the name "Northwind Motors" is also the name of "northwind-motors" (content/entities/northwind-motors.yaml)',
        fix: expect.stringContaining('ambiguous: true'),
      },
      {
        file: file(ENTITY),
        line: 1,
        field: 'name',
        value: 'Northwind Motors',
        message: 'the name "Northwind Motors" is also the name of "northwind-motors-2" (content/entities/northwind-motors-2.yaml)',
        fix: expect.stringContaining('ambiguous: true'),
      },
    ]);
    expect(
      errorsOf({
        'entities/northwind-motors-2.yaml': `${twin}ambiguous: true\n`,
        ...edit(ENTITY, 'type: company', 'type: company\nambiguous: true'),
      }),
    ).toEqual([]);
  });
});

describe('body bounds', () => {
  const frontmatter = BASE_TREE[BRIEF_PATH]!.slice(0, BASE_TREE[BRIEF_PATH]!.indexOf('---\n\n') + 5);
  const room = MAX_FILE_BYTES - Buffer.byteLength(frontmatter) - 1;
  /** `head` then `unit` repeated to fill the file up to the size limit. */
  const filled = (head: string, unit: string) => head + unit.repeat(Math.floor((room - Buffer.byteLength(head)) / Buffer.byteLength(unit)));
  const bodyErrors = (body: string) => errorsOf({ [BRIEF_PATH]: `${frontmatter}${body}\n` });
  const L = BRIEF_BODY_LINE + 1;

  it('refuses 40,000 character references before parsing', () => {
    expect(bodyErrors('&#x41;'.repeat(40_000))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: L,
        column: 1201,
        field: '(body)',
        value: '&#x41;',
        message: 'more than 200 character references (&…;) in one body',
        fix: 'write the characters themselves (the file is UTF-8); write "&" for an ampersand',
      },
    ]);
  });

  it('refuses 120,000 ">" (block quotes nested on one line) before parsing', () => {
    expect(bodyErrors('>'.repeat(120_000))).toEqual([
      {
        file: file(BRIEF_PATH),
        line: L,
        column: 17,
        field: '(body)',
        value: '>'.repeat(17),
        message: 'block quotes or lists nested more than 16 deep on one line',
        fix: 'flatten the quotes and lists; to show a literal ">" or "-" at the start of a line, escape it as \\> or \\-',
      },
    ]);
    expect(bodyErrors(`Intro.\n\n${'- '.repeat(8)}${'> '.repeat(9)}x`)).toMatchObject([
      { line: L + 2, message: 'block quotes or lists nested more than 16 deep on one line' },
    ]);
  });

  it('refuses more than the allowed tags before parsing', () => {
    expect(bodyErrors('<sub>x</sub>'.repeat(501))).toMatchObject([{ message: 'more than 1000 tags (<…>) in one body' }]);
  });

  // The parser's work grows with the square of these constructs: at the bounds, on a
  // body of the file size limit, the check completes and accepts them.
  it('accepts limit-sized bodies at the bounds', { timeout: 120_000 }, () => {
    const hostile = [
      filled('&#x41;'.repeat(BODY_LIMITS.characterReferences), ' a'),
      filled('', `${'> '.repeat(BODY_LIMITS.nesting)}x\n`),
      filled(`${'<sub>'.repeat(BODY_LIMITS.elements / 2)}x${'</sub>'.repeat(BODY_LIMITS.elements / 2)}`, ' a'),
      filled('', '*a **b *c* d** e* '),
      filled('', '- a\n  - b\n'),
      filled('', '`a'),
    ];
    for (const body of hostile) {
      expect(Buffer.byteLength(frontmatter + body)).toBeLessThanOrEqual(MAX_FILE_BYTES);
      expect(bodyLimitViolations(body)).toEqual([]);
      expect(bodyErrors(body)).toEqual([]);
    }
  });

  it('one construct over a bound is enough to refuse the body', () => {
    expect(bodyLimitViolations('&amp;'.repeat(BODY_LIMITS.characterReferences + 1))).toMatchObject([
      { construct: 'character references', line: 1, column: 5 * BODY_LIMITS.characterReferences + 1 },
    ]);
    expect(bodyLimitViolations(`a\n${'> '.repeat(BODY_LIMITS.nesting)}x\n${'1. '.repeat(BODY_LIMITS.nesting + 1)}x`)).toMatchObject([
      { construct: 'nesting', line: 3 },
    ]);
    expect(bodyLimitViolations('<br/>'.repeat(BODY_LIMITS.elements + 1))).toMatchObject([
      { construct: 'elements', column: 5 * BODY_LIMITS.elements + 1 },
    ]);
  });
});

describe('site configuration', () => {
  it('refuses a BASE_PATH that is not a plain path, with the fix', () => {
    expect(() => basePath('/x"><img src=y onerror=alert(1)>/')).toThrow(
      /^BASE_PATH="\/x\\"><img src=y onerror=alert\(1\)>\/" is not a valid base path: it has characters a path cannot hold as written: .*\n {2}fix: write the path the site is served under/,
    );
    for (const bad of ['/a//b/', '/../', '/a b/', '/a?b/', '/a#b/', "/a'b/", '/%2e%2e/', 'javascript:alert(1)'])
      expect(() => basePath(bad), bad).toThrow(/BASE_PATH=.*\n {2}fix: /);
    expect([undefined, '', '/', 'dossier', '/a/b/c/', '//x//'].map(basePath)).toEqual(['/', '/', '/', '/dossier/', '/a/b/c/', '/x/']);
  });

  it('refuses a SITE_URL that is not an http(s) origin, with the fix', () => {
    for (const bad of [
      'example.org',
      'ftp://example.org',
      'javascript:alert(1)',
      'https://example.org/sub/',
      'https://example.org/?q=1',
      'https://user:pw@example.org',
      'https://exa"mple.org',
      'https://example..org',
      'https://-example.org',
      'https://example-.org',
      'https://.',
      'https://example.org:0',
    ]) {
      expect(() => siteOrigin(bad), bad).toThrow(/^SITE_URL=.*\n {2}fix: write the public origin only/);
    }
    // A default port or a host beyond ASCII: the fix is the origin as it must be written.
    expect(() => siteOrigin('https://example.org:443')).toThrow(
      /default port\n {2}fix: leave the port out: SITE_URL=https:\/\/example\.org$/,
    );
    expect(() => siteOrigin('http://example.org:80/')).toThrow(/fix: leave the port out: SITE_URL=http:\/\/example\.org$/);
    expect(() => siteOrigin('https://bücher.example')).toThrow(
      /fix: write it in its ASCII form: SITE_URL=https:\/\/xn--bcher-kva\.example$/,
    );
    expect(siteOrigin('https://xn--bcher-kva.example')).toBe('https://xn--bcher-kva.example');
    // Empty is unset, as for BASE_PATH.
    expect(siteOrigin('')).toBe(siteOrigin(undefined));
    expect(
      ['https://example.github.io', 'https://Example.org/', 'http://localhost:4321', 'https://127.0.0.1:8080', 'https://[::1]'].map(
        siteOrigin,
      ),
    ).toEqual(['https://example.github.io', 'https://example.org', 'http://localhost:4321', 'https://127.0.0.1:8080', 'https://[::1]']);
    expect(() => siteBase({ SITE_URL: 'https://example.org/sub', BASE_PATH: '/ok/' })).toThrow(/^SITE_URL=/);
    expect(siteBase({ BASE_PATH: '/ok/' })).toBe('/ok/');
  });
});
