// Property: whatever text goes into any text field of any content type (or a brief
// body), either the check refuses it with file, field and fix, or every output the
// site writes from it stays well-formed and free of characters the policy forbids:
// rss.xml (strict XML), deals.csv (strict CSV, one row per deal), the JSON exports,
// the rendered body and the HTML escaping of text. The writers run directly on the
// checked data, as the build's routes call them.
import { satteri } from '@astrojs/markdown-satteri';
import { getRssString } from '@astrojs/rss';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { parseDocument as parseHtml, DomUtils } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../src/integrations/base-links-plugin.ts';
import { mdxPolicyPlugin } from '../../src/integrations/mdx-policy-plugin.ts';
import { briefMarkdownOptions, renderBriefBody, type SiteMarkdownConfig } from '../../src/loaders/render-brief-body.ts';
import { dealsCsv } from '../../src/lib/open-data/deals-csv.ts';
import { escapeHtml } from '../../src/lib/text/escape-html.ts';
import { exportBriefs, exportDeals, exportEntities } from '../../src/lib/open-data/exports.ts';
import { briefFeedItems } from '../../src/lib/open-data/feed.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { isSafeText } from '../../src/lib/content/unsafe-characters.ts';
import { BASE_TREE, BRIEF_PATH, checkTree, removeTrees } from '../support/content-tree.ts';
import { BODY, hostileText, TEXT_FIELDS, withField } from '../support/hostile-text.ts';

afterAll(removeTrees);

const site = new URL('https://data.example.net');
const base = '/sub/';
const markdown = await briefMarkdownOptions({
  processor: satteri({ mdastPlugins: [mdxPolicyPlugin(), baseLinksPlugin(base)] }) as SiteMarkdownConfig['processor'],
});

function withBody(body: string): Record<string, string> {
  const text = BASE_TREE[BRIEF_PATH]!;
  return { [BRIEF_PATH]: `${text.slice(0, text.indexOf('---\n\n') + 5)}${body}\n` };
}

/** Every string inside a value (keys too), for the "no forbidden character" check. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* stringsIn(v);
    }
}

const BAD_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math', 'img']);

async function outputsAreWellFormed(target: string, value: string): Promise<void> {
  const changes = target === BODY ? withBody(value) : withField(...TEXT_FIELDS.find(([p, f]) => `${p}#${f.join('.')}` === target)!, value);
  const report = checkTree(changes);
  if (report.errors.length) {
    for (const e of report.errors) {
      expect(e.file, JSON.stringify(e)).toMatch(/^content\//);
      expect(e.field, JSON.stringify(e)).toBeTruthy();
      // The fix is its own field, or the message says what to write ("…: write …").
      expect(
        Boolean(e.fix) || /: (write|add|use|remove|check|round|correct|make|rename|give|delete)\b/.test(e.message),
        JSON.stringify(e),
      ).toBe(true);
    }
    return;
  }
  // Accepted: every string of the checked data is within the policy.
  for (const s of stringsIn(report.collections)) expect(isSafeText(s), JSON.stringify(s)).toBe(true);
  const index = buildCatalog(publishedCollections(report.collections));
  const exported = {
    briefs: exportBriefs(index, site, base),
    entities: exportEntities(index, site, base),
    deals: exportDeals(index, site, base),
  };

  // JSON exports: parse back to the same records, nothing forbidden in them.
  for (const records of Object.values(exported)) {
    const json = JSON.stringify(records);
    expect([...stringsIn(JSON.parse(json))]).toEqual([...stringsIn(records)]);
    expect(isSafeText(json)).toBe(true);
  }

  // deals.csv: strict CSV, one row per deal plus the header, no formula at a line start.
  const csv = dealsCsv(exported.deals);
  const rows = parseCsv(csv, { relax_quotes: false, relax_column_count: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  expect(rows).toHaveLength(exported.deals.length + 1);
  expect(csv.split(/\r\n|\n|\r/).filter((line) => /^[=+\-@]/.test(line))).toEqual([]);
  expect(isSafeText(csv.replace(/\r\n/g, '\n'))).toBe(true);

  // rss.xml: well-formed XML 1.0 under a strict parser, nothing forbidden in it.
  const xml = await getRssString({
    title: 'Dossier',
    description: 'briefs',
    site: `${site.origin}${base}`,
    items: briefFeedItems(index, site, base),
  });
  expect(XMLValidator.validate(xml), xml.slice(0, 400)).toBe(true);
  expect(isSafeText(xml)).toBe(true);

  // HTML: escaped text reads back as the same text and makes no element; the rendered body holds no dangerous element.
  for (const text of stringsIn(exported)) {
    const dom = parseHtml(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`, { decodeEntities: true });
    const p = DomUtils.findOne((n) => n.name === 'p', dom.children)!;
    expect(p.children.every((c) => c.type === 'text')).toBe(true);
    expect(DomUtils.textContent(p)).toBe(text);
    expect(p.attribs.title).toBe(text);
  }
  for (const brief of report.collections.briefs) {
    const { html } = await renderBriefBody(brief.body ?? '', '/site/content/briefs/x.mdx', markdown);
    expect(isSafeText(html)).toBe(true);
    const elements = DomUtils.findAll(() => true, parseHtml(html).children);
    expect(
      elements.filter((el) => BAD_ELEMENTS.has(el.name) || Object.keys(el.attribs).some((a) => /^on/i.test(a))).map((el) => el.name),
    ).toEqual([]);
  }
}

const TARGETS = [...TEXT_FIELDS.map(([p, f]) => `${p}#${f.join('.')}`), BODY];

describe('any text in any field', () => {
  it('the base tree is valid and every target field reaches an output (the property tests something)', async () => {
    expect(checkTree().errors).toEqual([]);
    for (const [path, field] of TEXT_FIELDS) {
      expect(checkTree(withField(path, field, 'Plain words')).errors, `${path} ${field.join('.')}`).toEqual([]);
    }
    await outputsAreWellFormed(BODY, 'Plain words & <LangText lang="ru">слова</LangText>.');
  });

  it('is refused with file, field and fix, or published as well-formed output', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TARGETS), hostileText, (target, value) => outputsAreWellFormed(target, value)),
      { numRuns: 300, seed: Number(process.env.PROPERTY_SEED ?? 19) },
    );
  });
});
