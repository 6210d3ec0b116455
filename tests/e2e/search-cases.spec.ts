import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { at, data, pathOf, searchFor, type BriefRecord } from './site.ts';

// Example reader queries kept beside the corpus (not in this repository). Each case
// passes when one of its targets is among the first `within` results.
const CASES_FILE = resolve(process.env.SEARCH_CASES ?? '../shared/search-cases.json');

interface SearchCases {
  within: number;
  cases: { query: string; targets: string[]; kind: string }[];
}

const cases: SearchCases | undefined = existsSync(CASES_FILE) ? JSON.parse(readFileSync(CASES_FILE, 'utf8')) : undefined;

// Without the file there is nothing to run; one skipped placeholder says why in the report.
if (!cases) test.skip(`search cases: none at ${CASES_FILE} (set SEARCH_CASES)`, () => {});

test.describe('search cases', () => {
  for (const c of cases?.cases ?? []) {
    test(`${c.kind}: ${c.query}`, async ({ page, request }) => {
      const briefs = await data<BriefRecord>(request, 'briefs');
      const byFile = new Map(briefs.map((b) => [b.source.file, pathOf(b.url)]));
      const targets = c.targets.map((t) => {
        const [kind, ref] = t.split(/:(.*)/s) as [string, string];
        if (kind === 'entity') return at(`entities/${ref}/`);
        const path = byFile.get(ref);
        if (!path) throw new Error(`no published brief has source file ${ref}`);
        return path;
      });
      const hits = (await searchFor(page, c.query)).slice(0, cases!.within);
      expect(
        hits.some((h) => targets.includes(h)),
        `top ${cases!.within} for "${c.query}": ${hits.join(', ')}`,
      ).toBe(true);
    });
  }
});
