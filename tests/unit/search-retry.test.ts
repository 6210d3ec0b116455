// What /search/ asks Pagefind when a query's words are not all on one page (runSearch in
// src/browser/search-client.ts), against a stand-in for Pagefind's browser API that matches each
// query word as the start of a page's word, as Pagefind does, falling back to a shorter start when
// no page has a word that one starts.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/browser/search-client.ts';

interface FakePage {
  url: string;
  content: string;
  meta: Record<string, string>;
}

const FAKE_PAGEFIND = `
const norm = (s) => s.normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase();
const tokens = (s) => norm(s).split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
export async function options() {}
export async function search(q) {
  const pages = (globalThis.FAKE_PAGES ?? []).map((p) => ({ p, t: tokens(p.content + ' ' + (p.meta.title ?? '')) }));
  const has = (t, w) => t.some((x) => x.startsWith(w));
  const asked = tokens(q ?? '').map((w) => {
    for (let n = w.length; n > 0; n--) if (pages.some(({ t }) => has(t, w.slice(0, n)))) return w.slice(0, n);
    return undefined;
  });
  if (!asked.length || asked.includes(undefined)) return { results: [] };
  return {
    results: pages
      .filter(({ t }) => asked.every((w) => has(t, w)))
      .map(({ p }) => ({ id: p.url, data: async () => ({ url: p.url, content: p.content, excerpt: '', meta: p.meta, anchors: [], sub_results: [] }) })),
  };
}
`;

const work = mkdtempSync(join(tmpdir(), 'dossier-fake-pagefind-'));
const base = pathToFileURL(`${work}/`).href;
const global = globalThis as { FAKE_PAGES?: FakePage[] };

beforeAll(() => {
  mkdirSync(join(work, 'pagefind'));
  writeFileSync(join(work, 'pagefind', 'pagefind.js'), FAKE_PAGEFIND);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const brief = (slug: string, title: string, content: string): FakePage => ({
  url: `/briefs/${slug}/`,
  content: `${title}. ${content}`,
  meta: { title, type: 'Brief' },
});

async function urls(query: string, langs: string[]) {
  const response = await runSearch(base, query, {}, 20, langs);
  return { urls: (await response.hits(0, 5)).map((h) => h.url), missing: response.missing };
}

describe('a query whose words are not all on one page', () => {
  it('asks a plural for its stem only where a page has it with the other words, cut to their stems too', async () => {
    global.FAKE_PAGES = [
      brief('mill', 'Grain mill', 'La cooperativa ha acceso un mulino elettrico nuovo a Gravina.'),
      brief('trains', 'Coastal trains', 'I treni elettrici della linea costiera partono ogni ora.'),
    ];
    // "elettrici" is on the trains' page, "mulini" on none: its stem mulin is on the mill's page
    // alone, which the stems of both words (mulin elettr) find.
    expect(await urls('mulini elettrici', ['it'])).toEqual({ urls: ['/briefs/mill/'], missing: [] });
    // Also when "mulini" is on a page of its own.
    global.FAKE_PAGES.push(brief('windmills', 'Old windmills', 'I vecchi mulini a vento sono ora un museo.'));
    expect(await urls('mulini elettrici', ['it'])).toEqual({ urls: ['/briefs/mill/'], missing: [] });
  });

  it("drops a word whose stand-in is on no page with the query's other words", async () => {
    global.FAKE_PAGES = [
      brief('loans', 'Farm loans', 'Ang bangko ay magpapahiram sa mga magsasaka ng Palawan.'),
      brief('oil', 'Oil price', 'O preço do baril subiu pela terceira semana.'),
    ];
    // ubaril is on no page; cut as a Zulu word (u-) it is baril, which only the oil page has, and
    // never with Palawan: the word is dropped, and Palawan finds its page.
    expect(await urls('ubaril Palawan', ['zu', 'fil', 'pt'])).toEqual({ urls: ['/briefs/loans/'], missing: ['ubaril'] });
  });

  it('finds nothing for words each on some page, none together, whose stems are not together either', async () => {
    global.FAKE_PAGES = [
      brief('mill', 'Grain mill', 'La cooperativa ha acceso un mulino a Gravina.'),
      brief('trains', 'Coastal trains', 'I treni elettrici della linea costiera partono ogni ora.'),
    ];
    expect(await urls('mulino elettrici', ['it'])).toEqual({ urls: [], missing: [] });
  });

  it("keeps a Cyrillic word's Serbian retry stem in Cyrillic letters, so that it finds no Latin page of another language", async () => {
    global.FAKE_PAGES = [
      brief('id-food', 'Restaurant in Bandung', 'Restoran baru dibuka di Bandung minggu ini.'),
      brief('sr-food', 'Restaurant in Niš', 'Нови ресторан у Нишу запошљава двадесет кувара.'),
    ];
    // No page has ресторанима (as the Russian stemmer leaves it, рестораним); Serbian's stemmer cuts
    // it to restoran, which the Indonesian page writes, and to ресторан in the word's own letters.
    expect(await urls('ресторанима', ['sr', 'id'])).toEqual({ urls: ['/briefs/sr-food/'], missing: [] });
  });
});
