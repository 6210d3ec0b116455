import { describe, expect, it } from 'vitest';
import {
  frontOnly,
  hasFullList,
  isFrontPage,
  PAGE_SIZE,
  pagedPaths,
  pagePath,
  pageParam,
  pageRange,
  pagerNumbers,
  pageTitle,
  paginate,
  paginateFromOldest,
} from '../../src/lib/lists/pagination.ts';
import { facetLinks, groupFacets, byLabel } from '../../src/lib/lists/facets.ts';
import { countOf, formatCount } from '../../src/lib/text/counts.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

describe('paginate', () => {
  it('cuts a list into pages that hold every row once, in order', () => {
    const pages = paginate(rows(7), 3);
    expect(pages.map((p) => p.items)).toEqual([['r1', 'r2', 'r3'], ['r4', 'r5', 'r6'], ['r7']]);
    expect(pages.map((p) => [p.number, p.count, p.total, p.start])).toEqual([
      [1, 3, 7, 1],
      [2, 3, 7, 4],
      [3, 3, 7, 7],
    ]);
  });

  it('keeps one page for a list that fits, and one empty page for an empty list', () => {
    expect(paginate(rows(3), 3)).toHaveLength(1);
    expect(paginate([], 3)).toEqual([{ items: [], number: 1, count: 1, total: 0, start: 0 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(rows(3), 0)).toThrow(RangeError);
    expect(() => paginate(rows(3), 2.5)).toThrow(/at least one row/);
  });
});

describe('paginateFromOldest', () => {
  // Newest first, as the lists of briefs and deals are: r12 is the newest row.
  const newestFirst = (n: number) => rows(n).reverse();

  it('numbers full pages from the oldest row and shows the newest rows at the list itself', () => {
    const pages = paginateFromOldest(newestFirst(8), 3);
    expect(pages.map((p) => [p.number, p.items])).toEqual([
      [2, ['r8', 'r7', 'r6', 'r5', 'r4']],
      [1, ['r3', 'r2', 'r1']],
    ]);
    expect(pages.map((p) => [isFrontPage(p), p.count, p.total, p.start])).toEqual([
      [true, 2, 8, 4],
      [false, 2, undefined, 1],
    ]);
  });

  it('keeps every numbered page as rows are added at the top, until a new page is full', () => {
    const numbered = (n: number) => paginateFromOldest(newestFirst(n), 3).filter((p) => !isFrontPage(p));
    const before = numbered(10);
    expect(before.map((p) => p.items)).toEqual([
      ['r6', 'r5', 'r4'],
      ['r3', 'r2', 'r1'],
    ]);
    expect(numbered(11)).toEqual(before);
    // The twelfth row fills a page: the front gives up its oldest three to page 3.
    const after = numbered(12);
    expect(after.slice(1).map((p) => p.items)).toEqual(before.map((p) => p.items));
    expect(after[0]).toMatchObject({ number: 3, items: ['r9', 'r8', 'r7'] });
    expect(paginateFromOldest(newestFirst(12), 3)[0]!.items).toEqual(['r12', 'r11', 'r10']);
  });

  it('holds every row once, newest first, front page first', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 29, 30, 31]) {
      const pages = paginateFromOldest(newestFirst(n), 3);
      expect(pages.flatMap((p) => p.items)).toEqual(newestFirst(n));
      // Numbered pages are full; the front holds the rest: all of a list shorter than two pages, else 3 to 5 rows.
      expect(pages.slice(1).map((p) => p.items.length)).toEqual(pages.slice(1).map(() => 3));
      const front = pages[0]!.items.length;
      if (n < 6) expect(front).toBe(n);
      else expect(front >= 3 && front <= 5).toBe(true);
    }
    expect(paginateFromOldest([], 3)).toEqual([{ items: [], number: 1, count: 1, total: 0, start: 0, fromOldest: true }]);
  });

  it('puts the front page at the list and the others under page/N/, and names the rows they hold', () => {
    const paths = pagedPaths(newestFirst(7), 3, { id: 'acme' }, {}, 'from-oldest');
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/1']);
    const [front, oldest] = paths.map((p) => p.props.page);
    expect(pagePath('briefs/', 1, front!.count)).toBe('briefs/page/1/');
    expect(pagePath('briefs/', 2, front!.count)).toBe('briefs/');
    expect([pageTitle('Briefs', front!), pageTitle('Briefs', oldest!)]).toEqual(['Briefs', 'Briefs, page 1']);
    expect([pageRange(front!), pageRange(oldest!)]).toEqual(['4–7 of 7', '1–3 counted from the oldest']);
  });

  it('gives whole-list figures to the front page only', () => {
    const paths = frontOnly(pagedPaths(newestFirst(9), 3, {}, {}, 'from-oldest'), { total: 9 }, { total: undefined });
    expect(paths.map((p) => p.props.total)).toEqual([9, undefined, undefined]);
    const top = frontOnly(pagedPaths(rows(7), 3, {}, {}), { counted: true }, { counted: false });
    expect(top.map((p) => p.props.counted)).toEqual([true, false, false]);
  });
});

describe('facet links', () => {
  it('carry each value with its count, or without', () => {
    const facets = groupFacets(['apple', 'avocado', 'banana'], { initial: byLabel }, function* (word) {
      yield ['initial', word[0]!, word[0]!.toUpperCase()] as const;
    });
    expect(facetLinks(facets, true)).toEqual({
      initial: [
        { value: 'a', label: 'A', count: 2 },
        { value: 'b', label: 'B', count: 1 },
      ],
    });
    expect(facetLinks(facets, false)).toEqual({
      initial: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    });
  });
});

describe('page addresses', () => {
  it('puts page 1 at the list itself and page N under page/N/', () => {
    expect(pagePath('briefs/', 1)).toBe('briefs/');
    expect(pagePath('briefs/', 2)).toBe('briefs/page/2/');
    expect(pagePath('entities/acme/briefs/', 12)).toBe('entities/acme/briefs/page/12/');
    expect(() => pagePath('briefs/', 0)).toThrow(RangeError);
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, 'page/3']);
  });

  it('gives a [...page] route one path per page, with the route params and props kept', () => {
    const paths = pagedPaths(rows(5), 2, { id: 'acme' }, { extra: true });
    expect(paths.map((p) => p.params)).toEqual([
      { id: 'acme', page: undefined },
      { id: 'acme', page: 'page/2' },
      { id: 'acme', page: 'page/3' },
    ]);
    expect(paths[2]!.props).toMatchObject({ extra: true, page: { items: ['r5'], number: 3 } });
  });
});

describe('pager', () => {
  it('shows the ends and a window around the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pagerNumbers(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pagerNumbers(200, 200)).toEqual([1, null, 198, 199, 200]);
    // A gap of a single page shows that page rather than "…".
    expect(pagerNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });

  it('names each page and the rows it holds', () => {
    const [first, second] = paginate(rows(1234), 1000);
    expect(pageRange(first!)).toBe('1–1,000 of 1,234');
    expect(pageRange(second!)).toBe('1,001–1,234 of 1,234');
    expect(pageRange(paginate([], 5)[0]!)).toBe('');
    expect([pageTitle('Briefs', first!), pageTitle('Briefs', second!)]).toEqual(['Briefs', 'Briefs, page 2']);
  });

  it('gives an entity its own list pages only when its page cannot show the whole list', () => {
    expect(hasFullList(PAGE_SIZE.preview)).toBe(false);
    expect(hasFullList(PAGE_SIZE.preview + 1)).toBe(true);
  });
});

describe('counts', () => {
  it('groups thousands and picks the singular or plural noun', () => {
    expect(formatCount(1074)).toBe('1,074');
    expect(countOf(1, 'brief')).toBe('1 brief');
    expect(countOf(0, 'brief')).toBe('0 briefs');
    expect(countOf(1074, 'entity', 'entities')).toBe('1,074 entities');
  });
});
