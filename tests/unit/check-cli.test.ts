// `npm run check` (src/cli/check.ts) on temporary trees: every error of every file in
// one run, a non-zero exit on errors, exit 0 with warnings only.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatIssues } from '../../src/check/format-issues.ts';
import { BRIEF_PATH, edit, removeTrees, writeTree, type TreeChanges } from '../support/content-tree.ts';

afterAll(removeTrees);

function runCheck(changes: TreeChanges) {
  const root = writeTree(changes);
  const result = spawnSync(process.execPath, ['src/cli/check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_CONTENT_DIR: join(root, 'content'), CORPUS_DIR: join(root, 'no-corpus') },
  });
  return { root, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Four files broken at once, in four collections. */
const SEVERAL_BROKEN: TreeChanges = {
  ...edit('entities/mira-okafor.yaml', 'type: person', 'type: persn'),
  ...edit('deals/northwind-series-b.yaml', 'currency: EUR', 'currency: EUX'),
  ...edit('topics/harbour-trade.yaml', 'description:', 'summary:'),
  ...edit(BRIEF_PATH, 'a van maker,', 'a van maker {worth(1)},'),
};

describe('npm run check', () => {
  it('reports every error of every broken file in one run', () => {
    const root = writeTree(SEVERAL_BROKEN);
    const report = checkContent(root, { corpusDir: join(root, 'no-corpus') });
    expect(report.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.field}`).sort()).toEqual([
      `content/${BRIEF_PATH}:24 (body)`,
      'content/deals/northwind-series-b.yaml:14 amount.currency',
      'content/entities/mira-okafor.yaml:2 type',
      'content/topics/harbour-trade.yaml:1 description',
      'content/topics/harbour-trade.yaml:2 summary',
    ]);
  });

  it('prints them all and exits non-zero', () => {
    const run = runCheck(SEVERAL_BROKEN);
    expect(run.status).toBe(1);
    for (const where of [
      'content/briefs/northwind-raises-funds.mdx:24:31',
      'content/deals/northwind-series-b.yaml:14',
      'content/entities/mira-okafor.yaml:2',
      'content/topics/harbour-trade.yaml:1',
      'content/topics/harbour-trade.yaml:2',
    ])
      expect(run.stderr).toContain(where);
    expect(run.stderr).toContain(
      'type: not one of the allowed values: company, person, fund, organisation, product, place, media (got "persn")\n    fix: did you mean "person"?',
    );
    expect(run.stderr).toContain('summary: unknown field "summary"');
    expect(run.stderr).toContain('(body): a {…} expression is JavaScript, which briefs cannot run (got "{worth(1)}")');
    expect(run.stderr).toMatch(/✖ 5 errors in 6 files \(\d+ ms\)\./);
  });

  it('exits 0 on warnings alone, and prints them', () => {
    const run = runCheck(edit('deals/northwind-series-b.yaml', 'amount:\n  value: 120000000\n  currency: EUR\n', ''));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Warnings (1):\n  ⚠ ');
    expect(run.stdout).toContain('amount: the funding-round has no amount\n    fix: add the amount if a source reports one');
    expect(run.stdout).toMatch(/✔ 6 content files valid, 1 warning \(\d+ ms\)\./);
  });

  it('exits 0 on a valid tree', () => {
    const run = runCheck({});
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✔ 6 content files valid, 0 warnings/);
    expect(run.stdout).toContain('Corpus not found at');
  });
});

describe('the printed report', () => {
  it('writes control characters in a file name as escapes, so no name can rewrite the terminal', () => {
    const text = formatIssues([
      {
        severity: 'error',
        collection: 'briefs',
        id: 'x',
        file: 'content/briefs/evil\u001b[2K\r\u001b[32m✔ all good.mdx',
        field: '(file)',
        message: 'file name is not a slug',
        fix: 'rename it',
      },
    ]);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
    expect(text).toContain('evil\\u001b[2K\\u000d\\u001b[32m✔ all good.mdx');
  });
});
