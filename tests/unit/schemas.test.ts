import { describe, expect, it } from 'vitest';
import { briefSchema, dealSchema, entitySchema, topicSchema } from '../../src/schemas/index.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';
import { briefData, dealData, entityData } from '../support/factories.ts';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('partialDate', () => {
  it('accepts each precision in its own shape', () => {
    expect(partialDate.safeParse({ value: '2021', precision: 'year', basis: 'stated' }).success).toBe(true);
    expect(partialDate.safeParse({ value: '2021-03', precision: 'month', basis: 'stated' }).success).toBe(true);
    expect(partialDate.safeParse({ value: '2021-03-28', precision: 'day', basis: 'stated' }).success).toBe(true);
  });
  it('rejects a value that does not match its precision', () => {
    const r = partialDate.safeParse({ value: '2021-03-28', precision: 'month', basis: 'stated' });
    expect(messages(r)).toEqual(['value: "2021-03-28" does not match precision "month": write it as YYYY-MM']);
  });
  it('rejects impossible days', () => {
    const r = partialDate.safeParse({ value: '2021-02-30', precision: 'day', basis: 'stated' });
    expect(messages(r)).toEqual(['value: 2021-02-30 is not a real calendar day']);
  });
  it('requires a note on inferred dates', () => {
    const r = partialDate.safeParse({ value: '2018-01', precision: 'month', basis: 'inferred' });
    expect(messages(r)).toEqual(['note: an inferred date needs a note saying how it was inferred']);
  });
  it('accepts a date from outside the corpus when it names where it comes from', () => {
    const r = partialDate.safeParse({ value: '2017-03', precision: 'month', basis: 'outside', reference: 'A filing of March 2017' });
    expect(r.success && r.data.reference).toBe('A filing of March 2017');
  });
  it('requires a reference on a date from outside the corpus', () => {
    const r = partialDate.safeParse({ value: '2017-03', precision: 'month', basis: 'outside', note: 'Widely reported.' });
    expect(messages(r)).toEqual(['reference: a date with basis "outside" needs reference: the publication, filing or URL it comes from']);
  });
  it('rejects a reference on a stated or inferred date, which would pass outside knowledge off as the article’s', () => {
    for (const basis of ['stated', 'inferred'] as const) {
      const r = partialDate.safeParse({
        value: '2018-01',
        precision: 'month',
        basis,
        note: 'From the text.',
        reference: 'A press release',
      });
      expect(messages(r)).toEqual([
        'reference: reference is only for basis "outside" (a date the article neither states nor implies): set basis: outside, or move the reference into note',
      ]);
    }
  });
  it('reads an unquoted year (a YAML number) as the year', () => {
    const y = partialDate.safeParse({ value: 2021, precision: 'year', basis: 'stated' });
    expect(y.success && y.data.value).toBe('2021');
  });
});

describe('briefSchema', () => {
  it('accepts a complete brief', () => {
    expect(briefSchema.safeParse(briefData()).success).toBe(true);
  });
  it('rejects unknown keys', () => {
    const r = briefSchema.safeParse({ ...briefData(), colour: 'red' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.code).toBe('unrecognized_keys');
  });
  it('rejects unknown and non-canonical language tags with the fix', () => {
    const bad = briefSchema.safeParse(briefData({ source: { ...briefData().source, lang: 'xx' } }));
    expect(messages(bad)).toContain('source.lang: "xx" is not a known BCP 47 language tag (examples: en, bn, ru, zh-Hans, id)');
    const lower = briefSchema.safeParse(briefData({ source: { ...briefData().source, lang: 'zh-hans' } }));
    expect(messages(lower)).toContain('source.lang: write the language tag in canonical form: "zh-Hans"');
  });
  it('requires a source-language summary for a published non-English source', () => {
    const { sourceSummary: _omit, ...rest } = briefData();
    expect(messages(briefSchema.safeParse(rest))).toContain(
      'sourceSummary: a published brief of a "ru" source needs sourceSummary: { lang, text } in that language',
    );
    const en = { ...rest, source: { ...rest.source, lang: 'en' } };
    expect(briefSchema.safeParse(en).success).toBe(true);
  });
  it('rejects a malformed sha256 and a file path with folders', () => {
    const r = briefSchema.safeParse(briefData({ source: { ...briefData().source, sha256: 'xyz', file: 'a/b.txt' } }));
    expect(messages(r)).toEqual([
      'source.file: write the corpus file name only, without folders ("." and ".." are folders)',
      'source.sha256: sha256 must be 64 lower-case hex digits',
    ]);
  });
  it('rejects ids that are not slugs', () => {
    const r = briefSchema.safeParse(briefData({ entities: ['Great Wall'] }));
    expect(messages(r)[0]).toMatch(/^entities\.0: must be lower-case words joined by hyphens/);
  });
});

describe('entitySchema', () => {
  it('accepts aliases in several scripts', () => {
    const r = entitySchema.safeParse(
      entityData({
        aliases: [
          { name: '小鹏汽车', lang: 'zh-Hans', kind: 'native' },
          { name: 'এক্সপেং', lang: 'bn', kind: 'transliteration' },
        ],
      }),
    );
    expect(r.success).toBe(true);
  });
  it('rejects an unknown entity type and relation type', () => {
    const r = entitySchema.safeParse({
      ...entityData(),
      type: 'planet',
      relations: [{ type: 'likes', target: 'x', source: { brief: 'b' } }],
    });
    expect(messages(r).map((m) => m.split(':')[0])).toEqual(['type', 'relations.0.type']);
  });
  it('requires a source on facts', () => {
    const r = entitySchema.safeParse(entityData({ facts: [{ label: 'Founded', value: '2014', source: {} }] }));
    expect(messages(r)).toEqual(['facts.0.source: a source needs "brief" (a brief id) or "reference" (where else the fact comes from)']);
  });
});

describe('dealSchema', () => {
  it('accepts a funding round with a target and a lead', () => {
    expect(dealSchema.safeParse(dealData()).success).toBe(true);
  });
  it('rejects a funding round without a target', () => {
    const r = dealSchema.safeParse(dealData({ parties: [{ entity: 'bolt', role: 'lead' }] }));
    expect(messages(r)).toEqual([
      'parties: a funding round needs a party with role "target" and at least one investor (lead, co-lead, participant or investor)',
    ]);
  });
  it('rejects a partnership with one partner', () => {
    const r = dealSchema.safeParse(dealData({ kind: 'partnership', parties: [{ entity: 'a', role: 'partner' }] }));
    expect(messages(r)).toEqual(['parties: a partnership needs at least two parties with role "partner"']);
  });
  it('requires at least one source brief', () => {
    expect(messages(dealSchema.safeParse(dealData({ briefs: [] })))).toEqual(['briefs: a deal must cite at least one brief it comes from']);
  });
  it('rejects unknown currencies and non-positive or non-numeric amounts', () => {
    expect(messages(dealSchema.safeParse(dealData({ amount: { value: 5, currency: 'XYZ' } })))).toEqual([
      'amount.currency: "XYZ" is not an ISO 4217 currency code (examples: USD, CNY, HKD, EUR)',
    ]);
    expect(messages(dealSchema.safeParse(dealData({ amount: { value: 0, currency: 'USD' } })))).toEqual([
      'amount.value: amount value must be greater than zero: write the amount as the source reports it',
    ]);
    expect(messages(dealSchema.safeParse({ ...dealData(), amount: { value: '2.2 billion', currency: 'CNY' } }))).toEqual([
      'amount.value: amount value must be a number (write 2200000000, not "2.2 billion")',
    ]);
  });
  it('rejects a stake over 100 percent', () => {
    const r = dealSchema.safeParse(dealData({ kind: 'stake-purchase', stake: { percent: 120, basis: 'stated' } }));
    expect(r.success).toBe(false);
  });
  it('accepts a deal that is under way (begun, not finished, as of the source)', () => {
    const r = dealSchema.safeParse(
      dealData({
        kind: 'joint-venture',
        status: 'under-way',
        parties: [
          { entity: 'a', role: 'partner' },
          { entity: 'b', role: 'partner' },
        ],
      }),
    );
    expect(r.success && r.data.status).toBe('under-way');
  });
  it('accepts a stake from outside the corpus with its reference', () => {
    const stake = { percent: 5, basis: 'outside' as const, reference: 'A 2017 filing', note: 'The article prints "%%".' };
    const r = dealSchema.safeParse(dealData({ kind: 'stake-purchase', stake }));
    expect(r.success && r.data.stake).toEqual(stake);
  });
  it('tells the editor what a stake from outside the corpus or an inferred stake lacks', () => {
    expect(messages(dealSchema.safeParse(dealData({ kind: 'stake-purchase', stake: { percent: 5, basis: 'outside' } })))).toEqual([
      'stake.reference: a stake with basis "outside" needs reference: the publication, filing or URL it comes from',
    ]);
    expect(messages(dealSchema.safeParse(dealData({ kind: 'stake-purchase', stake: { percent: 5, basis: 'inferred' } })))).toEqual([
      'stake.note: an inferred stake needs a note saying how it was inferred',
    ]);
    expect(
      messages(dealSchema.safeParse(dealData({ kind: 'stake-purchase', stake: { percent: 5, basis: 'stated', reference: 'A filing' } }))),
    ).toEqual([
      'stake.reference: reference is only for basis "outside" (a stake the article neither states nor implies): set basis: outside, or move the reference into note',
    ]);
  });
  it('checks the date of a deal by the same rules', () => {
    expect(messages(dealSchema.safeParse(dealData({ date: { value: '2021-03', precision: 'month', basis: 'outside' } })))).toEqual([
      'date.reference: a date with basis "outside" needs reference: the publication, filing or URL it comes from',
    ]);
  });
});

describe('topicSchema', () => {
  it('needs a name and a description', () => {
    expect(topicSchema.safeParse({ name: 'EVs', description: 'Cars.' }).success).toBe(true);
    expect(topicSchema.safeParse({ name: 'EVs' }).success).toBe(false);
  });
});
