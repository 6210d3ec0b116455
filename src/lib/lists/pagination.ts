/**
 * Long lists (all briefs, all deals, a facet's briefs, an entity's briefs, a year of the timeline,
 * the entities of one type) are cut into numbered pages so no page grows with the corpus:
 * /entities/type/company/ is page 1 and …/page/2/ the next, or, for a list shown newest first,
 * /briefs/ holds the newest and /briefs/page/1/ the oldest (`paginateFromOldest`). Pure.
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

/** The folder segment that holds a list's numbered pages, all but the one at its address. */
export const PAGE_SEGMENT = 'page';

export interface Page<T> {
  items: T[];
  /**
   * 1-based. A list numbered from the top has page 1 at its own address; a list numbered
   * from the oldest (`fromOldest`) has its oldest rows on page 1 and its newest at its own
   * address, the highest number.
   */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  /**
   * How many rows the whole list has. Left out of the numbered pages of a list numbered from
   * the oldest: the count changes with every row added, while those pages' rows do not.
   */
  total?: number;
  /**
   * 1-based position of the page's first row (0 when the list is empty): from the top, or, on
   * a list numbered from the oldest, counted from its oldest row.
   */
  start: number;
  /** Set on every page of a list numbered from the oldest (`paginateFromOldest`). */
  fromOldest?: true;
}

/** A page of a list numbered from the top, which always knows the whole list's length. */
export type CountedPage<T> = Page<T> & { total: number };

/** The number of the page at the list's own address: 1, or the highest when numbered from the oldest. */
export function frontNumber(page: Pick<Page<unknown>, 'count' | 'fromOldest'>): number {
  return page.fromOldest ? page.count : 1;
}

/** Whether `page` is the one at the list's own address. */
export function isFrontPage(page: Pick<Page<unknown>, 'number' | 'count' | 'fromOldest'>): boolean {
  return page.number === frontNumber(page);
}

/** The site-relative path of page `number` of the list at `listPath` ("briefs/"); `front` is the number at the list's address. */
export function pagePath(listPath: string, number: number, front = 1): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`page numbers start at 1, not ${number}`);
  return number === front ? listPath : `${listPath}${PAGE_SEGMENT}/${number}/`;
}

/** The value of a `[...page]` route parameter for page `number`: none for the front page, "page/N" for the others. */
export function pageParam(number: number, front = 1): string | undefined {
  return number === front ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/** Cuts `items` into pages of `size`, numbered from the top; an empty list is one empty page, so the list's page still exists. */
export function paginate<T>(items: readonly T[], size: number): CountedPage<T>[] {
  checkSize(size);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    start: items.length ? i * size + 1 : 0,
  }));
}

/**
 * Cuts a newest-first list into pages numbered from its oldest row, so a numbered page keeps
 * its rows, its number and its address as rows are added at the top: page 1 holds the oldest
 * `size` rows, page 2 the next, and the list's own address the newest, `size` to `2 × size − 1`
 * of them (every row while the list is shorter than two pages). Publishing one more brief then
 * changes the list's first page only, where a list numbered from the top would shift a row onto
 * every page. Pages come front first, then from the newest numbered page down.
 */
export function paginateFromOldest<T>(items: readonly T[], size: number): Page<T>[] {
  checkSize(size);
  const n = items.length;
  const count = Math.max(1, Math.floor(n / size));
  const frontRows = n - (count - 1) * size;
  const front: Page<T> = {
    items: items.slice(0, frontRows),
    number: count,
    count,
    total: n,
    start: n ? n - frontRows + 1 : 0,
    fromOldest: true,
  };
  const pages = [front];
  for (let number = count - 1; number >= 1; number--) {
    const end = n - (number - 1) * size;
    pages.push({ items: items.slice(end - size, end), number, count, start: (number - 1) * size + 1, fromOldest: true });
  }
  return pages;
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds at least one row, not ${size}`);
}

/**
 * `getStaticPaths` entries of a `[...page]` route: one per page, with the page as a prop. A list
 * shown newest first, whose new rows come at the top, is numbered from its oldest row
 * (`fromOldest`, see `paginateFromOldest`); any other from the top.
 */
export function pagedPaths<T, P extends Record<string, string | undefined>, X extends object>(
  items: readonly T[],
  size: number,
  params: P,
  props: X,
  numbering?: 'from-top',
): { params: P & { page: string | undefined }; props: X & { page: CountedPage<T> } }[];
export function pagedPaths<T, P extends Record<string, string | undefined>, X extends object>(
  items: readonly T[],
  size: number,
  params: P,
  props: X,
  numbering: 'from-oldest',
): { params: P & { page: string | undefined }; props: X & { page: Page<T> } }[];
export function pagedPaths<T, P extends Record<string, string | undefined>, X extends object>(
  items: readonly T[],
  size: number,
  params: P,
  props: X,
  numbering: 'from-top' | 'from-oldest' = 'from-top',
): { params: P & { page: string | undefined }; props: X & { page: Page<T> } }[] {
  const pages = numbering === 'from-oldest' ? paginateFromOldest(items, size) : paginate(items, size);
  return pages.map((page) => ({ params: { ...params, page: pageParam(page.number, frontNumber(page)) }, props: { ...props, page } }));
}

/**
 * Props for the pages of one list: `front` on the page at the list's address, `rest` on the
 * others. For the figures of a whole list (facet counts, totals) that only its first page
 * shows, so that the other pages' props, and so the pages, stay the same as rows are added.
 */
export function frontOnly<P extends { props: { page: Page<unknown> } }, F extends object, R extends object>(
  paths: P[],
  front: F,
  rest: R,
): (Omit<P, 'props'> & { props: P['props'] & (F | R) })[] {
  return paths.map((p) => ({ ...p, props: { ...p.props, ...(isFrontPage(p.props.page) ? front : rest) } }));
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

/** A list page's title: "Briefs" at the list's address, "Briefs, page 2" on the others, so every page's title is its own. */
export function pageTitle(title: string, page: Pick<Page<unknown>, 'number' | 'count' | 'fromOldest'>): string {
  return isFrontPage(page) ? title : `${title}, page ${page.number}`;
}

/**
 * Which rows a page holds: "51–100 of 1,234" (empty for an empty list). A list numbered from
 * the oldest counts its rows from the oldest: "9,951–10,001 of 10,001" at its address, and
 * "451–500 counted from the oldest" on a numbered page, which stays true as rows are added.
 */
export function pageRange(page: Page<unknown>): string {
  if (!page.items.length) return '';
  const rows = `${formatCount(page.start)}–${formatCount(page.start + page.items.length - 1)}`;
  return page.total === undefined ? `${rows} counted from the oldest` : `${rows} of ${formatCount(page.total)}`;
}

/**
 * Whether a list an entity page previews (its briefs, its deals) is long enough to
 * get pages of its own. The entity page links to them exactly when they exist.
 */
export function hasFullList(total: number): boolean {
  return total > PAGE_SIZE.preview;
}
