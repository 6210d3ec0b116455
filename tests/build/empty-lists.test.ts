// A site whose content has no deal, no connection and no topic yet (a new corpus): the deals
// page and the network say so in a line, and lists show no empty filter rows, tables or picture.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { BASE_TREE, BRIEF_PATH, removeTrees, replaceOnce, writeTree } from '../support/content-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-empty-'));
const site = join(work, 'site');
let build: ReturnType<typeof buildSite>;

type Node = Parameters<typeof DomUtils.textContent>[0];
type Element = ReturnType<typeof DomUtils.findAll>[number];

/** The <main> of a built page. */
const mainOf = (path: string): Element =>
  DomUtils.findOne((el) => el.name === 'main', parseDocument(readFileSync(join(site, path, 'index.html'), 'utf8')).children)!;
/** The elements under `root` that `test` accepts. */
const within = (root: Element, test: (el: Element) => boolean) => DomUtils.findAll(test, root.children);
const textOf = (node: Node) => DomUtils.textContent(node);
const named =
  (...names: string[]) =>
  (el: Element) =>
    names.includes(el.name);

beforeAll(() => {
  const FUND = 'entities/tallow-bay-capital.yaml';
  const relation = 'relations:\n  - type: invests-in\n    target: northwind-motors\n    source:\n      brief: northwind-raises-funds\n';
  const root = writeTree({
    'deals/northwind-series-b.yaml': null,
    [FUND]: replaceOnce(BASE_TREE[FUND]!, relation, ''),
    // No topic either: the briefs' topic facet has no value.
    [BRIEF_PATH]: replaceOnce(BASE_TREE[BRIEF_PATH]!, 'topics:\n  - harbour-trade\n', ''),
    'topics/harbour-trade.yaml': null,
  });
  build = buildSite({ content: join(root, 'content'), out: site, work, base: '/', siteUrl: 'https://news.example.org' });
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeTrees();
});

describe('a site with no deal, no connection and no topic', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('says on the deals page that no deal is recorded, with no filters, sort links or tables', () => {
    const main = mainOf('deals');
    expect(textOf(main)).toContain('No deal is recorded yet.');
    expect(within(main, named('table', 'nav', 'form')).map((el) => el.name)).toEqual([]);
  });

  it('says on the network page that nothing is connected, with no empty picture', () => {
    const main = mainOf('network');
    expect(textOf(main)).toContain('No entities are connected yet.');
    expect(within(main, named('svg', 'table')).map((el) => el.name)).toEqual([]);
  });

  it('leaves out a facet with no values from a list that has entries', () => {
    const nav = within(mainOf('briefs'), (el) => el.name === 'nav' && el.attribs['class'] === 'filter-nav')[0]!;
    const rows = within(nav, named('p'));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(within(row, named('a')).length, textOf(row)).toBeGreaterThan(0);
  });
});
