// Builds the invented test tree plus a draft brief (and a deal only the draft cites)
// under another site and base path, then checks the machine-readable files: no trace
// of the draft anywhere in the output, every address absolute under SITE_URL + base,
// and the exports valid against their published schemas.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { BASE_TREE, BRIEF_PATH, removeTrees, replaceOnce, writeTree } from '../support/content-tree.ts';
import { describeErrors, jsonSchemaValidator } from '../support/json-schema.ts';
import { SITE_IDENTITY } from '../../src/lib/site/identity.ts';

const SITE_ORIGIN = 'https://data.example.net';
const BASE = '/sub/dossier/';
const ROOT_URL = `${SITE_ORIGIN}${BASE}`;
const DRAFT_ID = 'northwind-draft-plans';
const DRAFT_DEAL_ID = 'northwind-draft-round';
const PUBLISHED_ID = 'northwind-raises-funds';

const work = mkdtempSync(join(tmpdir(), 'dossier-published-'));
const site = join(work, 'site');
let output = '';
let status: number | null = null;

const read = (path: string) => readFileSync(join(site, path), 'utf8');

/** Every text file of the build (the search index's compressed files aside). */
function textFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) textFiles(full, out);
    else if (/\.(html|json|xml|csv|txt|js|css)$/.test(entry.name)) out.push(full);
  }
  return out;
}

beforeAll(() => {
  const draft = replaceOnce(
    replaceOnce(BASE_TREE[BRIEF_PATH]!, 'status: published', 'status: draft'),
    'title: Northwind Motors raises money for a van plant',
    'title: Northwind Motors plans a third plant',
  );
  const draftDeal = replaceOnce(
    replaceOnce(BASE_TREE['deals/northwind-series-b.yaml']!, `  - ${PUBLISHED_ID}`, `  - ${DRAFT_ID}`),
    'title: Northwind Motors Series B',
    'title: Northwind Motors Series C',
  );
  const root = writeTree({ [`briefs/${DRAFT_ID}.mdx`]: draft, [`deals/${DRAFT_DEAL_ID}.yaml`]: draftDeal });
  ({ status, output } = buildSite({ content: join(root, 'content'), out: site, work, base: BASE, siteUrl: SITE_ORIGIN }));
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeTrees();
});

describe('published files of a build with a draft', () => {
  it('builds', () => {
    expect(output).toContain(`✔ Site written to ${site}`);
    expect(status).toBe(0);
  });

  // src/integrations/content-store-module.ts leans on the name of Astro's store module and of
  // its store file; this fails when a new Astro names them otherwise (the build itself only warns).
  it("serves Astro's content store module as a reader of the store file", () => {
    const log = stripVTControlCharacters(output); // colour codes sit inside the line on a terminal
    expect(log).toMatch(/\[dossier:content-store\] content store read from .+?data-store\.json as the pages are rendered/);
    expect(log).not.toContain("Astro's content store is not in");
  });

  it('leave no trace of the draft or of a deal only the draft cites', () => {
    expect(existsSync(join(site, 'briefs', DRAFT_ID))).toBe(false);
    const files = textFiles(site);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(DRAFT_ID), file).toBe(false);
      expect(text.includes(DRAFT_DEAL_ID), file).toBe(false);
      expect(text.includes('third plant'), file).toBe(false);
    }
  });

  it('list the published brief in the exports, the CSV, the feed and the sitemap at its absolute address', () => {
    const url = `${ROOT_URL}briefs/${PUBLISHED_ID}/`;
    expect((JSON.parse(read('data/briefs.json')) as { id: string; url: string }[]).map((b) => [b.id, b.url])).toEqual([
      [PUBLISHED_ID, url],
    ]);
    expect(read('data/deals.csv')).toContain(`northwind-series-b,${ROOT_URL}briefs/${PUBLISHED_ID}/#deal-northwind-series-b,`);
    expect(read('rss.xml')).toContain(`<link>${url}</link>`);
    expect(read('rss.xml')).toContain(`<atom:link href="${ROOT_URL}rss.xml" rel="self"`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${url}</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ROOT_URL}sitemap-index.xml\n`);
    const page = read(`briefs/${PUBLISHED_ID}/index.html`);
    expect(page).toContain(`<link rel="canonical" href="${url}">`);
    expect(page).toContain(`<meta property="og:url" content="${url}">`);
    expect(page).toContain(`<link rel="alternate" type="application/rss+xml" title="${SITE_IDENTITY.name}: briefs" href="${BASE}rss.xml">`);
  });

  it('publish exports that validate against their schemas, each with its absolute $id', () => {
    const ajv = jsonSchemaValidator();
    for (const collection of ['briefs', 'entities', 'deals']) {
      const schema = JSON.parse(read(`data/schema/${collection}.json`)) as Record<string, unknown>;
      expect(schema.$id).toBe(`${ROOT_URL}data/schema/${collection}.json`);
      const validate = ajv.compile(schema);
      const valid = validate(JSON.parse(read(`data/${collection}.json`)));
      expect(describeErrors(validate.errors), collection).toEqual([]);
      expect(valid).toBe(true);
    }
  });
});
