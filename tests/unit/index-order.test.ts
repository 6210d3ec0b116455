// The order the search index takes pages in (src/lib/search/index-order.ts): briefs by
// publication date, so that a brief published after the others comes after them all.
import { describe, expect, it } from 'vitest';
import { indexOrder, leadingIndexPages } from '../../src/lib/search/index-order.ts';

const brief = (id: string, published?: string) => ({ id, data: { published } }) as Parameters<typeof leadingIndexPages>[0][number];

describe('leadingIndexPages', () => {
  it('orders brief pages by publication date, then by id', () => {
    const briefs = [brief('b', '2024-03-01'), brief('c', '2023-12-31'), brief('a', '2024-03-01'), brief('d', '2025-01-01')];
    expect(leadingIndexPages(briefs)).toEqual(['briefs/c/', 'briefs/a/', 'briefs/b/', 'briefs/d/']);
  });
  it('puts a brief published after every other last, whatever its id', () => {
    const before = [brief('m', '2024-01-01'), brief('z', '2024-01-02')];
    expect(leadingIndexPages([...before, brief('a', '2024-01-03')]).at(-1)).toBe('briefs/a/');
  });
});

describe('indexOrder', () => {
  it('puts the leading pages first, in their order, then every other path by name', () => {
    const order = indexOrder(['briefs/z/', 'briefs/a/']);
    const paths = ['entities/x/', '', 'briefs/a/', 'briefs/', 'briefs/z/', 'deals/'];
    expect(paths.sort(order)).toEqual(['briefs/z/', 'briefs/a/', '', 'briefs/', 'deals/', 'entities/x/']);
  });
});
