import { expect, test, type Page } from '@playwright/test';
import { at, data, pathOf, type BriefRecord, type DealRecord, type EntityRecord } from './site.ts';

const popup = (page: Page) => page.locator('#site-search-popup');
const popupLinks = (page: Page) => popup(page).locator('ol a');
const status = (page: Page) => page.locator('[data-header-search-status]');

async function entityNamed(request: Parameters<typeof data>[0], predicate: (e: EntityRecord) => boolean) {
  const entities = await data<EntityRecord>(request, 'entities');
  const entity = entities.find(predicate);
  if (!entity) throw new Error('no entity matches the test predicate');
  return entity;
}

test('typing in the header box shows matching names and titles as links, ranked name first, and announces the count', async ({
  page,
  request,
}) => {
  const entity = await entityNamed(request, (e) => e.briefs.length >= 2 && e.type === 'company');
  await page.goto(at('briefs/'));
  await page.locator('#site-search').pressSequentially(entity.name);
  await expect(popup(page)).toBeVisible();
  await expect(page.locator('#site-search')).toHaveAttribute('aria-expanded', 'true');
  await expect(popupLinks(page).first()).toHaveAttribute('href', pathOf(entity.url));
  const shown = await popupLinks(page).count();
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ names? (?:and titles match|or title matches) “${entity.name}”`));
  const total = Number((await status(page).textContent())!.match(/^\d+/)![0]);
  expect(total).toBeGreaterThanOrEqual(shown);
  // Every result shows each typed word, in its title or in the name it was found by.
  const words = entity.name.toLowerCase().split(/\s+/);
  for (const item of await popup(page).locator('li').allInnerTexts()) {
    for (const word of words) expect(item.toLowerCase(), item).toContain(word);
  }
  // The footer link carries the query to the full search page.
  await expect(popup(page).locator('.popup-more a')).toHaveText(`Search the full text for “${entity.name}”`);
  const more = new URL((await popup(page).locator('.popup-more a').getAttribute('href'))!, page.url());
  expect(more.pathname).toBe(at('search/'));
  expect(more.searchParams.get('q')).toBe(entity.name);
});

test('keyboard: / focuses the box, arrows walk the results, Escape closes, Enter follows', async ({ page, request }) => {
  const entity = await entityNamed(request, (e) => e.briefs.length >= 2 && e.type === 'company');
  await page.goto(at('deals/'));
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type(entity.name);
  await expect(popupLinks(page).first()).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(popupLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(popupLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#site-search')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(popup(page)).toBeHidden();
  await expect(page.locator('#site-search')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect(page.locator('#site-search')).toHaveValue(entity.name);

  await page.keyboard.press('ArrowDown'); // reopens
  await expect(popupLinks(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pathOf(entity.url)}$`));
});

test('Enter in the header box opens the full search page for the query', async ({ page }) => {
  await page.goto(at(''));
  await page.keyboard.press('/');
  await page.keyboard.type('electric');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dossier\/search\/\?q=electric$/);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test('a query typed in a right-to-left script runs from the right in the header box and on the search page', async ({ page }) => {
  const query = 'شركة';
  const direction = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).direction);
  await page.goto(at(''));
  await page.locator('#site-search').fill(query);
  expect(await direction('#site-search')).toBe('rtl');
  await page.locator('#site-search').fill('Xiaomi');
  expect(await direction('#site-search')).toBe('ltr');
  await page.goto(at(`search/?q=${encodeURIComponent(query)}`));
  await expect(page.locator('#q')).toHaveValue(query);
  expect(await direction('#q')).toBe('rtl');
});

test('a query with no match says so in the live region', async ({ page }) => {
  await page.goto(at('entities/'));
  await page.locator('#site-search').pressSequentially('qzxwvkj');
  await expect(status(page)).toHaveText('No name or title matches “qzxwvkj”; press Enter to search the full text.');
  await expect(popupLinks(page)).toHaveCount(0);
});

test('an alias in another script finds the entity, and the popup says which name matched', async ({ page, request }) => {
  const entity = await entityNamed(request, (e) => e.aliases.some((a) => /[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(a.name)));
  const alias = entity.aliases.find((a) => /[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(a.name))!.name;
  await page.goto(at(''));
  await page.locator('#site-search').fill(alias);
  await expect(popupLinks(page).first()).toHaveAttribute('href', pathOf(entity.url));
  await expect(popup(page).locator('li').first()).toContainText(`Also known as: ${alias}`);
});

test('a word only the text of a brief holds: no name matches in the popup, and Enter finds it in the full text', async ({
  page,
  request,
}) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  const entities = await data<EntityRecord>(request, 'entities');
  const deals = await data<DealRecord>(request, 'deals');
  const names = [
    ...briefs.flatMap((b) => [b.title, b.source.headline ?? '']),
    ...entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]),
    ...deals.map((d) => d.title),
  ]
    .join(' ')
    .toLowerCase();
  // A word of a brief's summary that no title or name contains.
  const found = briefs
    .flatMap((b) => b.summary.split(/[^\p{L}]+/u).map((word) => ({ brief: b, word })))
    .find(({ word }) => word.length >= 8 && /^\p{Script=Latin}+$/u.test(word) && !names.includes(word.toLowerCase()));
  if (!found) throw new Error('no summary word outside every title and name');
  await page.goto(at('briefs/'));
  await page.locator('#site-search').pressSequentially(found.word);
  await expect(status(page)).toHaveText(`No name or title matches “${found.word}”; press Enter to search the full text.`);
  await page.locator('#site-search').press('Enter');
  // Settled for this query: its count announced and the list no longer busy.
  await expect(page.locator('[data-search-status]')).toContainText(`“${found.word}”`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  const hits = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hits).toContain(pathOf(found.brief.url));
});

test('/ typed inside a text field is text, not the shortcut', async ({ page }) => {
  await page.goto(at('search/'));
  await page.locator('#q').click();
  await page.keyboard.type('a/b');
  await expect(page.locator('#q')).toHaveValue('a/b');
});

test('without JavaScript the header box submits to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(at('topics/'));
  await page.locator('#site-search').fill('Xiaomi');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/dossier\/search\/\?q=Xiaomi$/);
  await expect(page.locator('noscript, [data-search-status]').first()).toBeAttached();
  await context.close();
});
