/**
 * Long lists (all briefs, all deals, a facet's briefs, an entity's briefs, a year of the timeline,
 * the entities of one type) are cut into numbered pages so no page grows with the corpus:
 * /briefs/ is page 1 and /briefs/page/2/ the next. Pure.
 *
 * Astro's own `paginate()` is not used: it names page 1 ".../1/" unless the route is
 * a rest parameter, and it builds URLs from the route, while the sitemap rules, the
 * pager and the tests need the same addresses from plain code.
 */
import { formatCount } from '../text/counts.ts';

/** How many rows a page of each kind of list holds. */
export const PAGE_SIZE = {
  /** Brief cards on /briefs/, its facet pages, topic pages and an entity's brief list. */
  briefs: 50,
  /** Table rows on /deals/, its facet pages and an entity's deal list. */
  deals: 100,
  /** Dated briefs and deals on a page of a year of the timeline (a line each). */
  events: 500,
  /** Up to this many events, /timeline/ lists them all; beyond it, it links one page a year. */
  timelineOnePage: 400,
  /** Rows an entity page shows of each of its lists before linking to the whole list. */
  preview: 20,
  /** Names on a page of one entity type's list (/entities/type/company/), a line each. */
  entities: 200,
  /** Names /entities/ shows of each type: all of a type this short, its most mentioned past that. */
  entityOverview: 30,
} as const;

/** The folder segment that holds pages 2, 3, … of a list. */
export const PAGE_SEGMENT = 'page';

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  /** How many rows the whole list has. */
  total: number;
  /** 1-based position of the page's first row in the whole list (0 when the list is empty). */
  start: number;
}

/** The site-relative path of page `number` of the list at `listPath` ("briefs/"). */
export function pagePath(listPath: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`page numbers start at 1, not ${number}`);
  return number === 1 ? listPath : `${listPath}${PAGE_SEGMENT}/${number}/`;
}

/** The value of a `[...page]` route parameter for page `number`: none for page 1, "page/N" after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/** Cuts `items` into pages of `size`; an empty list is one empty page, so the list's page still exists. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds at least one row, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    start: items.length ? i * size + 1 : 0,
  }));
}

/** `getStaticPaths` entries of a `[...page]` route: one per page, with the page as a prop. */
export function pagedPaths<T, P extends Record<string, string | undefined>, X extends object>(
  items: readonly T[],
  size: number,
  params: P,
  props: X,
): { params: P & { page: string | undefined }; props: X & { page: Page<T> } }[] {
  return paginate(items, size).map((page) => ({ params: { ...params, page: pageParam(page.number) }, props: { ...props, page } }));
}

/**
 * The page numbers a pager shows: the first, the last, and a window around the
 * current one, with `null` for each gap ("1 … 4 5 6 … 200").
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    // A gap of one page is shown as that page: "1 2 3", not "1 … 3".
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** A list page's title: "Briefs" on page 1, "Briefs, page 2" after, so every page's title is its own. */
export function pageTitle(title: string, page: Pick<Page<unknown>, 'number'>): string {
  return page.number === 1 ? title : `${title}, page ${page.number}`;
}

/** Which rows a page holds: "51–100 of 1,234" (empty for an empty list). */
export function pageRange(page: Page<unknown>): string {
  if (!page.items.length) return '';
  return `${formatCount(page.start)}–${formatCount(page.start + page.items.length - 1)} of ${formatCount(page.total)}`;
}

/**
 * Whether a list an entity page previews (its briefs, its deals) is long enough to
 * get pages of its own. The entity page links to them exactly when they exist.
 */
export function hasFullList(total: number): boolean {
  return total > PAGE_SIZE.preview;
}
