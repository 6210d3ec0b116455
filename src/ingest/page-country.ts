// The country a page is published in, as the outlet's domain says (".co.ke": Kenya), and the money
// that country means by a currency word several countries share: "shilingi" on a Kenyan page is the
// Kenyan shilling, "$" on a Canadian one the Canadian dollar. The domain is the only sign of the
// country a page carries for sure; the article's language is not one (Swahili is written in Kenya,
// Tanzania and Uganda alike).
import { domainsIn } from './byline.ts';

/** ccTLDs that are not the ISO 3166 code of their country. */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB' };

/**
 * The code a currency word of no country is taken as (amounts.ts, languages.ts), and the money each
 * country with a ccTLD in national use means by that word. Countries whose ccTLD is mostly sold
 * for other uses (.tv, .cc, .nu, .tk, .io) are left out: their pages say nothing of their country.
 */
const LOCAL_CURRENCY: Record<string, Record<string, string>> = {
  // Dollars.
  USD: {
    AU: 'AUD',
    BB: 'BBD',
    BN: 'BND',
    BS: 'BSD',
    BZ: 'BZD',
    CA: 'CAD',
    FJ: 'FJD',
    GY: 'GYD',
    HK: 'HKD',
    JM: 'JMD',
    LR: 'LRD',
    NA: 'NAD',
    NZ: 'NZD',
    SG: 'SGD',
    SR: 'SRD',
    TT: 'TTD',
    TW: 'TWD',
  },
  // Shillings.
  TZS: { KE: 'KES', SO: 'SOS', UG: 'UGX' },
  // Pounds (Arabic جنيه).
  EGP: { SD: 'SDG', SS: 'SSP' },
  // 元 in Traditional Chinese: yuan, or the New Taiwan, Hong Kong or Macau dollar.
  CNY: { HK: 'HKD', MO: 'MOP', TW: 'TWD' },
};

/** The country a page's domain names: its ISO 3166 code and the domain's ending. */
export interface PageCountry {
  code: string;
  tld: string;
}

/** The country of the outlet's domain ("biasharaleo.co.ke", "Cailian Press (cls.cn)"), if it ends in a ccTLD. */
export function countryOfOutlet(outlet: string | undefined): PageCountry | undefined {
  const domain = outlet ? domainsIn(outlet).at(-1) : undefined;
  const tld = domain?.split('.').at(-1);
  if (!tld || tld.length !== 2) return undefined;
  return { code: TLD_COUNTRY[tld] ?? tld.toUpperCase(), tld };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * The money a page of `country` means by a currency word taken as `guess` when no country is
 * written ("shilingi": TZS), with the words that say why; undefined when that country has no money
 * of that name.
 */
export function localCurrency(guess: string, country: PageCountry | undefined): { code: string; why: string } | undefined {
  const code = country && LOCAL_CURRENCY[guess]?.[country.code];
  if (!code) return undefined;
  return { code, why: `the page's domain (.${country.tld}) is ${regionNames.of(country.code) ?? country.code}'s` };
}
