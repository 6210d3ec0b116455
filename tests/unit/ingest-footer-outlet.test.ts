// The outlet read from a copyright or footer line when no other line names the site, and units after
// a number never read as domains. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { domainsIn, footerOutlet } from '../../src/ingest/byline.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';
import { findMtDamage } from '../../src/ingest/mt-damage.ts';

const analyse = (lines: string[]) =>
  analyseArticle({ fileName: 'x.txt', sha256: '0'.repeat(64), text: lines.join('\n') }, buildAliasLookup([]));

const body = [
  'Harbour Tools opens a second factory in the north',
  '12 March 2025',
  '',
  'Harbour Tools, a maker of hand tools, said on Wednesday that it would open a second factory next year and hire 300 workers.',
  'The company expects the plant to double its output of wrenches and pliers within three years, its chief executive said.',
  'Construction is due to start in the spring, once the regional council approves the plans for the site near the port.',
  '',
];

describe('the outlet of a copyright or footer line', { timeout: 60_000 }, () => {
  it('takes the one domain a copyright line names, with a warning', () => {
    const a = analyse([...body, '© 2025 harbourdaily.example.com. All rights reserved.']);
    expect(a.outlet).toBe('harbourdaily.example.com');
    expect(a.warnings.some((w) => w.includes('copyright or footer line'))).toBe(true);
  });
  it('takes a domain standing alone in a row of footer links, or in the contact address of an imprint line', () => {
    expect(footerOutlet([{ text: 'novinky-prumysl.cz | Kontakty | Reklama | Cookies', removal: { category: 'navigation' } }])).toBe(
      'novinky-prumysl.cz',
    );
    expect(
      footerOutlet([{ text: 'Útgáfan ehf.  ·  Laugavegi 1, Reykjavík  ·  frettir@vidskipti.is', removal: { category: 'list' } }]),
    ).toBe('vidskipti.is');
    expect(footerOutlet([{ text: 'Ansvarig utgivare: Per Holm  ·  dagensaffarer.se', removal: { category: 'list' } }])).toBe(
      'dagensaffarer.se',
    );
  });
  it('takes none when the footer names two sites, or only inside a longer item', () => {
    expect(
      footerOutlet([
        { text: '© 2025 alpha-news.com', removal: { category: 'legal' } },
        { text: 'beta-news.com | About | Contact', removal: { category: 'navigation' } },
      ]),
    ).toBeUndefined();
    expect(footerOutlet([{ text: 'Hosting by fastservers.de | About us', removal: { category: 'navigation' } }])).toBeUndefined();
    expect(footerOutlet([{ text: 'Write to us: tips@gmail.com', removal: { category: 'list' } }])).toBeUndefined();
  });
  it('prefers a domain named elsewhere on the page', () => {
    const a = analyse([...body.slice(0, 2), 'portnews.example.org', ...body.slice(2), '© 2025 othersite.net. All rights reserved.']);
    expect(a.outlet).toBe('portnews.example.org');
  });
});

describe('units after a number', () => {
  it('never reads an abbreviation after a number as a domain', () => {
    expect(domainsIn('Hagnaðurinn nam 120 m.kr. á árinu')).toEqual([]);
    expect(domainsIn('samningurinn er metinn á 2 ma.kr.')).toEqual([]);
    expect(domainsIn('Sjá nánar á vidskipti.is')).toEqual(['vidskipti.is']);
    // A year before a domain is no figure with a unit.
    expect(domainsIn('© 2025 vidskipti.is')).toEqual(['vidskipti.is']);
  });
});

describe('Galician stake phrases', () => {
  it('flags a figure after "participación do" whose percent sign was lost', () => {
    const lost = (text: string) => findMtDamage([{ line: 1, text }], 'gl').filter((d) => d.kind === 'lost-number');
    expect(lost('O banco terá unha participación do 25 na empresa.')).toHaveLength(1);
    expect(lost('O banco terá unha participación do 25% na empresa.')).toEqual([]);
  });
});
