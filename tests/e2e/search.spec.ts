import { expect, test } from '@playwright/test';
import { data, pathOf, searchFor, type BriefRecord } from './site.ts';

/** Words of a text, segmented the way a reader's words would be (works for every script). */
function words(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase(lang));
}

/** A word of `text` that no other brief's text contains, preferring longer words: a fair, specific query. */
function distinctiveWord(text: string, lang: string, others: string[]): string | undefined {
  const otherText = others.join(' ').toLocaleLowerCase();
  return words(text, lang)
    .filter((w) => [...w].length >= 4 && !/^\d+$/.test(w) && !otherText.includes(w))
    .sort((a, b) => [...b].length - [...a].length || a.localeCompare(b))[0];
}

test('each brief is found by a word of its English summary', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  for (const b of briefs) {
    const others = briefs.filter((o) => o.id !== b.id).map((o) => `${o.summary} ${o.title}`);
    const word = distinctiveWord(b.summary, 'en', others);
    expect(word, `a distinctive word in ${b.id}`).toBeTruthy();
    const hits = await searchFor(page, word!);
    expect(hits, `"${word}" finds ${b.id}`).toContain(pathOf(b.url));
  }
});

test('each brief is found by a word of its source-language summary', async ({ page, request }) => {
  const briefs = (await data<BriefRecord>(request, 'briefs')).filter((b) => b.sourceSummary);
  expect(briefs.length).toBeGreaterThan(0);
  for (const b of briefs) {
    const { lang, text } = b.sourceSummary!;
    const others = briefs.filter((o) => o.id !== b.id).map((o) => o.sourceSummary!.text);
    const word = distinctiveWord(text, lang, others);
    expect(word, `a distinctive ${lang} word in ${b.id}`).toBeTruthy();
    const hits = await searchFor(page, word!);
    expect(hits, `"${word}" (${lang}) finds ${b.id}`).toContain(pathOf(b.url));
  }
});

test('search results are links in an aria-busy region and the URL follows typing', async ({ page }) => {
  await searchFor(page, 'Xiaomi');
  const input = page.locator('#q');
  await input.fill('Tencent');
  await expect(page).toHaveURL(/\?q=Tencent/);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test('the header search box submits to the search page', async ({ page }) => {
  await page.goto(pathOf('http://x/dossier/briefs/'));
  await page.locator('#site-search').fill('Alibaba');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/dossier\/search\/\?q=Alibaba/);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});
