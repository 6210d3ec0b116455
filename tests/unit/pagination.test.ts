import { describe, expect, it } from 'vitest';
import {
  hasFullList,
  PAGE_SIZE,
  pagedPaths,
  pagePath,
  pageParam,
  pageRange,
  pagerNumbers,
  pageTitle,
  paginate,
} from '../../src/lib/lists/pagination.ts';
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
