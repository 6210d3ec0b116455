// Accessibility: axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every page type, in the light
// and the dark colour scheme, with the search states open; keyboard-only use with a
// visible focus; dark mode from the system setting; no sideways scrolling at 320 px;
// a print stylesheet that leaves only the content.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';
import { elementCount, MISSING_PATH, samplePages } from './site-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
/** Up to five pages of each type: every brief while there are few, several entities, topics and filter pages. */
const PAGES = [...samplePages(5), { type: '404', path: MISSING_PATH }];
/** One brief page, for the keyboard and print checks. */
const A_BRIEF = samplePages(1).find((p) => p.type === 'briefs/*')!.path;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );
}

/**
 * axe is CPU-bound and its time on a page grows with the page's elements (most rules visit
 * every node): with other work on a 2-core machine one run took 25–35 s on pages of
 * 170–900 elements. So each test runs axe once, in one colour scheme, with a timeout that
 * starts above the suite's 30 s and grows with the page it checks.
 */
const axeTimeout = (elements: number) => 60_000 + 30 * elements;

for (const scheme of SCHEMES) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const { type, path } of PAGES) {
      test(`axe finds no WCAG violation (${scheme}): ${type} (${path})`, async ({ page }) => {
        test.setTimeout(axeTimeout(elementCount(path)));
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test(`axe finds no WCAG violation (${scheme}): search page with results shown`, async ({ page }) => {
      test.setTimeout(axeTimeout(elementCount(at('search/'))));
      await page.goto(`${at('search/')}?q=Xiaomi`);
      await expect(page.locator('[data-search-results] a').first()).toBeVisible();
      await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`axe finds no WCAG violation (${scheme}): header search popup open`, async ({ page }) => {
      test.setTimeout(axeTimeout(elementCount(at('entities/'))));
      await page.goto(at('entities/'));
      await page.locator('#site-search').pressSequentially('Alibaba');
      await expect(page.locator('#site-search-popup ol a').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`axe finds no WCAG violation (${scheme}): header search popup with a result focused`, async ({ page }) => {
      test.setTimeout(axeTimeout(elementCount(at('entities/'))));
      await page.goto(at('entities/'));
      await page.locator('#site-search').pressSequentially('Alibaba');
      await expect(page.locator('#site-search-popup ol a').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#site-search-popup ol a').first()).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

/** Relative luminance (WCAG) of a computed "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test('dark mode follows the system setting', async ({ page }) => {
  const colours = () =>
    page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('briefs/'));
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(luminance(light.bg)).toBeGreaterThan(0.8);
  expect(luminance(dark.bg)).toBeLessThan(0.05);
  expect(luminance(dark.fg)).toBeGreaterThan(luminance(dark.bg));
});

/** What has focus: tag, accessible text and whether a focus indicator is drawn. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40),
      id: el.id,
      inHeader: !!el.closest('header'),
      inMain: !!el.closest('main'),
      indicator: outline || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.left < innerWidth,
    };
  });
}

test('keyboard: Tab reaches the skip link first, then the header links and search, each visibly focused', async ({ page }) => {
  await page.goto(at('briefs/'));
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip).toMatchObject({ tag: 'a', text: 'Skip to content', indicator: true, onScreen: true });

  const navLabels = await page.locator('header nav a').allTextContents();
  expect(navLabels.length).toBeGreaterThan(0);
  const order: string[] = [];
  for (let i = 0; i < navLabels.length + 2; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f, `Tab ${i + 2}`).toMatchObject({ inHeader: true, indicator: true, onScreen: true });
    order.push(f!.id ? `#${f!.id}` : f!.text);
  }
  expect(order).toEqual(['Dossier', ...navLabels, '#site-search']);
});

test('keyboard: the skip link moves on to the main content', async ({ page }) => {
  await page.goto(at('entities/'));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ inMain: true, indicator: true });
});

for (const path of [at(''), A_BRIEF, at('search/')]) {
  test(`keyboard: every focusable element on ${path} shows a focus indicator`, async ({ page }) => {
    await page.goto(path);
    const total = await page.locator('a[href], button:not([hidden]), input, select, summary, [tabindex="0"]').count();
    // One Tab and one read of the focus per focusable element: the walk grows with the page.
    test.setTimeout(30_000 + 250 * total);
    const missing: string[] = [];
    let reached = 0;
    for (let i = 0; i < total + 1; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) break;
      reached++;
      if (!f.indicator || !f.onScreen)
        missing.push(`${f.tag} "${f.text}"${f.indicator ? '' : ' has no focus indicator'}${f.onScreen ? '' : ' is off screen'}`);
    }
    expect(reached).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });
}

test.describe('320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { type, path } of [...samplePages(1), { type: '404', path: MISSING_PATH }]) {
    test(`no sideways scrolling: ${type} (${path})`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});

test('print: a print stylesheet hides the header, navigation and footer and keeps the brief', async ({ page }) => {
  await page.goto(A_BRIEF);
  const printRules = await page.evaluate(
    () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')).length,
  );
  expect(printRules).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('header nav')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="summary"]')).toBeVisible();
  // Printed from a dark screen, the page is still dark ink on white paper.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const ink = await page.evaluate(() => ({
    paper: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.querySelector('main h1')!).color,
    muted: getComputedStyle(document.querySelector('main .kicker, main .meta, main small') ?? document.body).color,
  }));
  expect(luminance(ink.paper)).toBeGreaterThan(0.95);
  expect(luminance(ink.text)).toBeLessThan(0.05);
  expect(luminance(ink.muted)).toBeLessThan(0.2);
});

test('the search page names its two search landmarks apart (the header box and the full-text form)', async ({ page }) => {
  await page.goto(at('search/'));
  const results = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await expect(page.getByRole('search')).toHaveCount(2);
});
