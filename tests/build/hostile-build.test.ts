// Hostile text through a whole build: generated values (controls, noncharacters, bidi and
// zero-width characters, markup, formulas, long runs; tests/support/hostile-text.ts) go into
// the test tree's text fields. The check refuses some, each with file, field and fix; the
// ones it accepts are all published in one build, and every output of that build must parse
// with a strict parser and hold no character the policy forbids.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { isSafeText } from '../../src/lib/content/unsafe-characters.ts';
import { buildSite } from '../support/build-site.ts';
import { BASE_TREE, BRIEF_PATH, checkTree, removeTrees, writeTree } from '../support/content-tree.ts';
import { hostileText, TEXT_FIELDS, withFields } from '../support/hostile-text.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
afterAll(() => {
  removeTrees();
  rmSync(work, { recursive: true, force: true });
});

const SEED = Number(process.env.PROPERTY_SEED ?? 18);
const values = fc.sample(hostileText, { seed: SEED, numRuns: 120 });

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

describe('hostile text in every field, through a build', () => {
  it('is refused with file, field and fix, or published in outputs that all parse', async () => {
    // Each value alone in one field (the fields taken in turn): refused, or kept for the build.
    const accepted: [string, ReadonlyArray<string | number>, string][] = [];
    let refused = 0;
    for (const [n, value] of values.entries()) {
      const [path, field] = TEXT_FIELDS[n % TEXT_FIELDS.length]!;
      const report = checkTree(withFields([[path, field, value]]));
      if (!report.errors.length) {
        accepted.push([path, field, value]);
        continue;
      }
      refused++;
      for (const e of report.errors) {
        expect(e.file, JSON.stringify(e)).toMatch(/^content\//);
        expect(e.field, JSON.stringify(e)).toBeTruthy();
        expect(
          Boolean(e.fix) || /: (write|add|use|remove|check|round|correct|make|rename|give|delete)\b/.test(e.message),
          JSON.stringify(e),
        ).toBe(true);
      }
    }
    // The sample must exercise both outcomes, or the test would prove nothing.
    expect(refused).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(TEXT_FIELDS.length);

    // One value per field (the last accepted one for it), all in one tree, built once.
    const perField = new Map(accepted.map((a) => [`${a[0]}#${a[1].join('.')}`, a]));
    const changes = withFields([...perField.values()]);
    // Body headings named after ids the brief page and the footnotes use already: their ids must not repeat them.
    changes[BRIEF_PATH] = `${changes[BRIEF_PATH] ?? BASE_TREE[BRIEF_PATH]!}
${['Main', 'Summary', 'Provenance', 'Deals', 'Deal northwind-series-b', 'Site search', 'Footnote label'].map((h) => `## ${h}`).join('\n\n')}

A noted figure.[^1]

[^1]: The note.
`;
    const tree = checkTree(changes);
    expect(tree.errors).toEqual([]);
    const root = writeTree(changes);
    const site = join(work, 'site');
    const built = buildSite({ content: join(root, 'content'), out: site, work, base: '/h/', siteUrl: 'https://hostile.example.org' });
    expect(built.status, built.output).toBe(0);

    // The project's own rules (.htmlvalidate.json), as the hosts tests apply them.
    const html = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
    let deals = 0;
    for (const file of files(site)) {
      if (file.includes('/pagefind/') || file.includes('/_astro/')) continue;
      const text = readFileSync(file, 'utf8');
      if (/\.(html|xml|json|csv|txt)$/.test(file)) expect(isSafeText(text.replace(/\r\n/g, '\n')), file).toBe(true);
      if (file.endsWith('.html')) {
        const report = await html.validateString(text, file);
        expect(
          report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
          file,
        ).toEqual([]);
      }
      if (file.endsWith('.xml')) expect(XMLValidator.validate(text), file).toBe(true);
      if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
      if (file === join(site, 'data', 'deals.json')) deals = (JSON.parse(text) as unknown[]).length;
    }
    expect(deals).toBeGreaterThan(0);
    const csv = readFileSync(join(site, 'data', 'deals.csv'), 'utf8');
    const rows = parseCsv(csv, { relax_quotes: false, relax_column_count: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows).toHaveLength(deals + 1);
  }, 300_000);
});
