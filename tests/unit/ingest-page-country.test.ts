// A currency word of no country ("shilingi", "$", 元 in Traditional Chinese) read as the money of
// the country the page's domain names. All text is written for these tests.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';
import { countryOfOutlet } from '../../src/ingest/page-country.ts';

const one = (text: string) => [{ line: 1, text }];
const amounts = (text: string, lang: string, outlet?: string) =>
  findAmounts(one(text), lang, countryOfOutlet(outlet)).map(({ value, currency, note }) => ({ value, currency, note }));

describe("the page's country", () => {
  it('is read from the ccTLD of the outlet, and from no other domain', () => {
    expect(countryOfOutlet('habarimfano.co.ke')).toEqual({ code: 'KE', tld: 'ke' });
    expect(countryOfOutlet('Mfano Press (mfano.ug)')).toEqual({ code: 'UG', tld: 'ug' });
    expect(countryOfOutlet('business-example.co.uk')).toEqual({ code: 'GB', tld: 'uk' });
    expect(countryOfOutlet('example-news.com')).toBeUndefined();
    expect(countryOfOutlet('Example News')).toBeUndefined();
    expect(countryOfOutlet(undefined)).toBeUndefined();
  });

  it("takes a shilling of no country as the page's country's shilling, and says why", () => {
    const [kenyan] = amounts('Serikali itatoa shilingi bilioni 2.5 kwa wakulima.', 'sw', 'habarimfano.co.ke');
    expect(kenyan).toMatchObject({ value: 2.5e9, currency: 'KES' });
    expect(kenyan!.note).toMatch(/"shilingi".*\.ke\) is Kenya's: taken as KES/);
    expect(amounts('Serikali itatoa shilingi bilioni 2.5.', 'sw', 'mfano.ug')[0]).toMatchObject({ currency: 'UGX' });
    expect(amounts('Serikali itatoa shilingi bilioni 2.5.', 'sw', 'mfano.co.tz')[0]).toMatchObject({ currency: 'TZS' });
    // No country with shillings: the guess and its note stay as they were.
    const [guessed] = amounts('Serikali itatoa shilingi bilioni 2.5.', 'sw', 'mfano.de');
    expect(guessed).toMatchObject({ currency: 'TZS' });
    expect(guessed!.note).toMatch(/which country's: taken as TZS$/);
  });

  it('takes "$" and "dollars" as the dollar of a country that has one, and US dollars elsewhere', () => {
    expect(amounts('The province pledged $40 million.', 'en', 'mfano-news.ca')[0]).toMatchObject({ value: 40e6, currency: 'CAD' });
    expect(amounts('a grant of 12 million dollars', 'en', 'example.com.au')[0]).toMatchObject({ currency: 'AUD' });
    expect(amounts('a grant of 12 million dollars', 'en', 'example.co.uk')[0]).toMatchObject({ currency: 'USD' });
    expect(amounts('The province pledged $40 million.', 'en')[0]!.note).toMatch(/US dollars/);
  });

  it('never overrides a currency the text names', () => {
    expect(amounts('The province pledged US$40 million.', 'en', 'mfano-news.ca')).toEqual([
      { value: 40e6, currency: 'USD', note: undefined },
    ]);
    expect(amounts('Benki itatoa shilingi za Tanzania bilioni 3.', 'sw', 'habarimfano.co.ke')[0]).toMatchObject({ currency: 'TZS' });
    expect(amounts('投資5億美元', 'zh-Hant', 'mfano.com.tw')[0]).toMatchObject({ value: 5e8, currency: 'USD' });
  });

  it('reads 元 of a Traditional Chinese page as the money of its domain', () => {
    expect(amounts('投資150億元', 'zh-Hant', 'mfano.com.tw')[0]).toMatchObject({ value: 15e9, currency: 'TWD' });
    expect(amounts('投資150億元', 'zh-Hant', 'mfano.com.hk')[0]).toMatchObject({ value: 15e9, currency: 'HKD' });
    expect(amounts('投資150億元', 'zh-Hant')[0]).toMatchObject({ value: 15e9, currency: 'CNY' });
  });

  it("is the outlet's in a whole article", () => {
    const text = [
      'Mwanzo | Habari | Biashara',
      '',
      'Kampuni ya Mfano yazindua mfuko wa shilingi bilioni 3',
      'Nairobi, 14 Machi 2025 | habarimfano.co.ke',
      '',
      'Kampuni ya Mfano imesema leo kwamba itatoa shilingi bilioni 3 kwa biashara ndogo katika kaunti kumi za nchi hiyo.',
      'Mkurugenzi wa kampuni hiyo alisema fedha hizo zitatolewa kwa awamu tatu katika kipindi cha miaka miwili ijayo.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'sw.txt', sha256: '0'.repeat(64), text }, buildAliasLookup([]));
    expect(a.outlet).toBe('habarimfano.co.ke');
    expect(a.amounts.map((m) => [m.value, m.currency])).toEqual([[3e9, 'KES']]);
  });
});
