// Inputs the check must accept (and how it reads them), and the issues that are
// only warnings: they are reported but never fail the check.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { isAfter, latestToday } from '../../src/check/future-dates.ts';
import { KeptReadings } from '../../src/loaders/kept-readings.ts';
import {
  BASE_TREE,
  BRIEF_PATH,
  TEST_TODAY,
  checkTree,
  edit,
  errorsOf,
  removeTrees,
  replaceOnce,
  warningsOf,
  writeTree,
  type TreeChanges,
} from '../support/content-tree.ts';

afterAll(removeTrees);

const PERSON = 'entities/mira-okafor.yaml';
const ENTITY = 'entities/northwind-motors.yaml';
const FUND = 'entities/tallow-bay-capital.yaml';
const DEAL = 'deals/northwind-series-b.yaml';

/** Every base file transformed by `change`. */
const everyFile = (change: (text: string) => string): TreeChanges =>
  Object.fromEntries(Object.entries(BASE_TREE).map(([path, text]) => [path, change(text)]));

describe('accepted input', () => {
  const base = checkTree();

  it('the base tree is valid, without warnings', () => {
    expect(base.errors).toEqual([]);
    expect(base.warnings).toEqual([]);
    expect(base.files).toBe(Object.keys(BASE_TREE).length);
  });

  it('CRLF line ends', () => {
    const crlf = checkTree(everyFile((t) => t.replace(/\n/g, '\r\n')));
    expect(crlf.errors).toEqual([]);
    expect(crlf.collections).toEqual(base.collections);
  });

  it('CRLF line ends keep line numbers right', () => {
    const broken = edit(PERSON, 'type: person', 'type: persn');
    expect(errorsOf({ [PERSON]: broken[PERSON]!.replace(/\n/g, '\r\n') })).toEqual(errorsOf(broken));
    expect(errorsOf(broken)[0]).toMatchObject({ line: 2, field: 'type' });
  });

  it('a byte-order mark', () => {
    const bom = checkTree(everyFile((t) => `\uFEFF${t}`));
    expect(bom.errors).toEqual([]);
    expect(bom.collections).toEqual(base.collections);
  });

  it('trailing spaces and tabs, also after the frontmatter fences', () => {
    const spaced = checkTree(everyFile((t) => t.replace(/\n/g, ' \t \n')));
    expect(spaced.errors).toEqual([]);
    expect(spaced.collections.entities.find((e) => e.id === 'mira-okafor')?.data.name).toBe('Mira Okafor');
    expect(spaced.collections.briefs[0]?.data).toEqual(base.collections.briefs[0]?.data);
  });

  it('NFD text, read as NFC', () => {
    const nfd = checkTree({
      ...edit(PERSON, 'name: Mira Okafor', 'name: Mira Oka\u0301for'),
      ...edit(BRIEF_PATH, 'a van maker', 'a van maker from Mala\u0301ga'),
    });
    expect(nfd.errors).toEqual([]);
    expect(nfd.collections.entities.find((e) => e.id === 'mira-okafor')?.data.name).toBe('Mira Ok\u00e1for');
    expect(nfd.collections.briefs[0]?.body).toContain('Mal\u00e1ga');
    expect(nfd.collections.briefs[0]?.body).not.toMatch(/\u0301/);
  });

  it('NFD and NFC spellings of one alias count as the same alias', () => {
    const clash = {
      ...edit(ENTITY, '  - name: Northwind\n', '  - name: Norðvi\u0301nd\n'),
      ...edit(FUND, '  - name: Tallow Bay\n', '  - name: Norðv\u00ednd\n'),
    };
    expect(errorsOf(clash).map((e) => [e.file, e.message])).toEqual([
      ['content/entities/northwind-motors.yaml', 'alias "norðvínd" (en) is also used by "tallow-bay-capital"'],
      ['content/entities/tallow-bay-capital.yaml', 'alias "norðvínd" (en) is also used by "northwind-motors"'],
    ]);
  });

  it('an alias shared on purpose, marked ambiguous on every entity', () => {
    const shared = {
      ...edit(ENTITY, '    kind: short\n', '    kind: short\n    ambiguous: true\n'),
      ...edit(
        FUND,
        '  - name: Tallow Bay\n    lang: en\n    kind: short\n',
        '  - name: Northwind\n    lang: en\n    kind: short\n    ambiguous: true\n',
      ),
    };
    expect(errorsOf(shared)).toEqual([]);
  });

  it('a caveat whose text ends in "---" (only a line of its own closes the frontmatter)', () => {
    const brief = replaceOnce(
      BASE_TREE[BRIEF_PATH]!,
      'status: published\n',
      'status: published\ncaveats:\n  - kind: contradiction\n    text: The figures end here ---\n',
    );
    const r = checkTree({ [BRIEF_PATH]: brief });
    expect(r.errors).toEqual([]);
    expect(r.collections.briefs[0]?.data.caveats[0]?.text).toBe('The figures end here ---');
  });

  it('unquoted values YAML 1.1 would turn into dates or numbers stay text', () => {
    const entity = replaceOnce(BASE_TREE[ENTITY]!, 'value: "2011"', 'value: 2011-06-01');
    const person = replaceOnce(BASE_TREE[PERSON]!, 'name: Mira Okafor', 'name: 0b101');
    const r = checkTree({ [ENTITY]: entity, [PERSON]: person });
    expect(r.errors).toEqual([]);
    expect(r.collections.entities.find((e) => e.id === 'northwind-motors')?.data.facts[0]?.value).toBe('2011-06-01');
    expect(r.collections.entities.find((e) => e.id === 'mira-okafor')?.data.name).toBe('0b101');
  });

  it('the YAML 1.2 core tags and the non-specific tag "!", when the value fits them and passes its schema', () => {
    const r = checkTree({
      ...edit(PERSON, 'name: Mira Okafor', 'name: !!str 1984'),
      ...edit(BRIEF_PATH, 'title: Northwind Motors raises money for a van plant', 'title: ! Northwind Motors raises money for a van plant'),
      ...edit(DEAL, '  value: 120000000', '  value: !!int 120000000'),
    });
    expect(r.errors).toEqual([]);
    expect(r.collections.entities.find((e) => e.id === 'mira-okafor')?.data.name).toBe('1984');
    expect(r.collections.briefs[0]?.data.title).toBe('Northwind Motors raises money for a van plant');
    expect(r.collections.deals[0]?.data.amount?.value).toBe(120000000);
  });

  it('an update on the day of publication', () => {
    expect(errorsOf(edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 2026-11-21\nupdated: 2026-11-21'))).toEqual([]);
  });

  it('the .yml extension', () => {
    expect(errorsOf({ [PERSON]: null, 'entities/mira-okafor.yml': BASE_TREE[PERSON]! })).toEqual([]);
  });

  it('a draft brief without a body', () => {
    const text = BASE_TREE[BRIEF_PATH]!;
    const draft = replaceOnce(text.slice(0, text.indexOf('---\n\n') + 4), 'status: published', 'status: draft');
    expect(errorsOf({ 'briefs/northwind-second-plant.mdx': draft })).toEqual([]);
  });
});

describe('warnings, not failures', () => {
  it('an entity nothing refers to', () => {
    const lonely = {
      'entities/harbour-pilot.yaml': 'name: Harbour Pilot\ntype: product\ndescription: A delivery van nobody has written about yet.\n',
    };
    expect(checkTree(lonely).errors).toEqual([]);
    expect(warningsOf(lonely)).toEqual([
      {
        file: 'content/entities/harbour-pilot.yaml',
        field: '(entry)',
        message: 'no brief, deal or relation refers to this entity',
        fix: 'link it from a brief or remove it',
      },
    ]);
  });

  it('a brief with no entities', () => {
    const none = edit(BRIEF_PATH, 'entities:\n  - northwind-motors\n  - tallow-bay-capital\n  - mira-okafor\n', '');
    expect(checkTree(none).errors).toEqual([]);
    expect(warningsOf(none)).toEqual([
      // Mira Okafor was named only by that brief.
      {
        file: 'content/entities/mira-okafor.yaml',
        field: '(entry)',
        message: 'no brief, deal or relation refers to this entity',
        fix: 'link it from a brief or remove it',
      },
      {
        file: `content/${BRIEF_PATH}`,
        field: 'entities',
        message: 'the brief names no entities',
        fix: 'list the entities the article mentions',
      },
    ]);
  });

  it('no "unreferenced" warning while a file that may refer to the entity is broken', () => {
    const changes = {
      ...edit(BRIEF_PATH, '  - tallow-bay-capital\n', ''), // now only the deal names the fund
      ...edit(DEAL, 'currency: EUR', 'currency: EUX'),
    };
    const report = checkTree(changes);
    expect(report.errors.map((e) => e.field)).toEqual(['amount.currency']);
    expect(report.warnings).toEqual([]);
    // With the deal fixed, the fund is referenced and there is still nothing to warn about.
    expect(warningsOf({ [BRIEF_PATH]: changes[BRIEF_PATH]! })).toEqual([]);
  });

  it("a brief's or a deal's id in a note, a caveat or a description: a warning at that field", () => {
    const FUND_NOTE = edit(
      FUND,
      '      brief: northwind-raises-funds\n',
      '      brief: northwind-raises-funds\n    note: Led the round (see northwind-raises-funds and northwind-series-b); a co-lead is not named.\n',
    );
    expect(warningsOf(FUND_NOTE)).toEqual([
      {
        file: `content/${FUND}`,
        line: 13,
        field: 'relations[0].note',
        value: 'northwind-raises-funds',
        message: 'the text names a brief by its id, which readers see as written',
        fix: 'name the brief in words (its title, or its source and date), or list it where the entry lists its sources',
      },
      {
        file: `content/${FUND}`,
        line: 13,
        field: 'relations[0].note',
        value: 'northwind-series-b',
        message: 'the text names a deal by its id, which readers see as written',
        fix: 'name the deal in words (its title, or its source and date), or list it where the entry lists its sources',
      },
    ]);
    // A slug that is no brief or deal and a two-part word are left alone, as are the ids in fields that refer (source.brief above).
    expect(warningsOf(edit(PERSON, 'in the test suite.', 'in the test suite, in an e-commerce role at some-other-firm.'))).toEqual([]);
  });

  it('a published brief dated after today: the file, the field, the date and what to do', () => {
    const ahead = edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 2027-11-21');
    expect(checkTree(ahead).errors).toEqual([]);
    expect(warningsOf(ahead)).toEqual([
      {
        file: `content/${BRIEF_PATH}`,
        line: 4,
        field: 'published',
        value: '2027-11-21',
        message: `the publication date is after today (${TEST_TODAY})`,
        fix: 'check the year, month and day; the site does not wait for the date: the next build publishes the brief, dated 2027-11-21',
      },
    ]);
    // Today itself is not in the future; the warning goes once the day comes.
    expect(warningsOf(edit(BRIEF_PATH, 'published: 2026-11-21', `published: ${TEST_TODAY}`))).toEqual([]);
    expect(warningsOf(ahead, '2027-11-21')).toEqual([]);
    // A draft may be dated ahead: it is dated for when it is meant to appear, and nothing of it is published.
    expect(warningsOf({ [BRIEF_PATH]: replaceOnce(ahead[BRIEF_PATH]!, 'status: published', 'status: draft') })).toEqual([]);
  });

  it('an update and an article date after today', () => {
    expect(warningsOf(edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 2026-11-21\nupdated: 2026-12-04'))).toEqual([
      {
        file: `content/${BRIEF_PATH}`,
        line: 5,
        field: 'updated',
        value: '2026-12-04',
        message: `the update date is after today (${TEST_TODAY})`,
        fix: 'check the year, month and day; the next build shows the brief as updated 2026-12-04',
      },
    ]);
    // An article after today is after today's briefs too (an error): it comes with a brief dated ahead.
    const brief = replaceOnce(
      replaceOnce(BASE_TREE[BRIEF_PATH]!, 'published: 2026-11-21', 'published: 2029-05-14\nupdated: 2029-05-15'),
      'value: "2024-05-14"',
      'value: "2029-05-14"',
    );
    expect(warningsOf({ [BRIEF_PATH]: brief })).toEqual([
      {
        file: `content/${BRIEF_PATH}`,
        line: 4,
        field: 'published',
        value: '2029-05-14',
        message: `the publication date is after today (${TEST_TODAY})`,
        fix: 'check the year, month and day; the site does not wait for the date: the next build publishes the brief, dated 2029-05-14',
      },
      {
        file: `content/${BRIEF_PATH}`,
        line: 5,
        field: 'updated',
        value: '2029-05-15',
        message: `the update date is after today (${TEST_TODAY})`,
        fix: 'check the year, month and day; the next build shows the brief as updated 2029-05-15',
      },
      {
        file: `content/${BRIEF_PATH}`,
        line: 20,
        field: 'source.date.value',
        value: '2029-05-14',
        message: `the article's date is after today (${TEST_TODAY})`,
        fix: 'check the year: an article cannot be dated later than today (the brief is published as dated)',
      },
    ]);
  });

  it('a date of month or year precision is after today only when all of it is', () => {
    const dealDated = (value: string, precision: string) =>
      edit(DEAL, 'value: "2024-05"\n  precision: month', `value: "${value}"\n  precision: ${precision}`);
    // On 2026-12-03: December 2026 and the year 2026 have begun.
    expect(warningsOf(dealDated('2026-12', 'month'))).toEqual([]);
    expect(warningsOf(dealDated('2026', 'year'))).toEqual([]);
    expect(warningsOf(dealDated('2027-01', 'month'))).toEqual([
      {
        file: `content/${DEAL}`,
        line: 4,
        field: 'date.value',
        value: '2027-01',
        message: `the deal's date (the month 2027-01) is after today (${TEST_TODAY})`,
        fix: 'check the year: a deal is dated when it was made or reported, and lists and timelines show it under that date',
      },
    ]);
    expect(warningsOf(dealDated('2027', 'year')).map((w) => w.message)).toEqual([
      `the deal's date (the year 2027) is after today (${TEST_TODAY})`,
    ]);
    expect([isAfter('2026-12-04', TEST_TODAY), isAfter('2026-12', TEST_TODAY), isAfter('2027', TEST_TODAY)]).toEqual([true, false, true]);
  });

  it('today is the latest day anywhere on Earth (UTC+14), so no time zone is told its today is in the future', () => {
    expect(latestToday(new Date('2026-12-03T09:59:59Z'))).toBe('2026-12-03');
    expect(latestToday(new Date('2026-12-03T10:00:00Z'))).toBe('2026-12-04');
  });

  it('a warning about today is worked out on every run, not kept with the reading of an unchanged file', () => {
    const root = writeTree(edit(BRIEF_PATH, 'published: 2026-11-21', 'published: 2026-12-10'));
    const check = (today: string) => {
      const store = new KeptReadings(join(root, 'cache'), 'f1', false);
      const report = checkContent(root, { corpusDir: join(root, 'no-corpus'), store, today });
      store.commit();
      return { fields: report.warnings.map((w) => w.field), reused: store.reused };
    };
    expect(check('2026-12-03')).toEqual({ fields: ['published'], reused: 0 });
    expect(check('2026-12-10')).toEqual({ fields: [], reused: Object.keys(BASE_TREE).length });
    expect(check('2026-12-09')).toEqual({ fields: ['published'], reused: Object.keys(BASE_TREE).length });
  });

  it('a deal without an amount', () => {
    const noAmount = edit(DEAL, 'amount:\n  value: 120000000\n  currency: EUR\n', '');
    expect(checkTree(noAmount).errors).toEqual([]);
    expect(warningsOf(noAmount)).toEqual([
      {
        file: `content/${DEAL}`,
        field: 'amount',
        message: 'the funding-round has no amount',
        fix: 'add the amount if a source reports one',
      },
    ]);
  });
});
