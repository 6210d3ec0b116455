// A small valid content tree, invented for the tests (no corpus text), written to a
// temporary folder; each test replaces or breaks one file and checks what is reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, type CheckReport } from '../../src/check/check-content.ts';
import { sha256 } from '../../src/check/corpus.ts';
import type { ContentIssue } from '../../src/check/issue.ts';

/** The one "article" of the fake corpus: written by us, not taken from anywhere. */
export const FAKE_ARTICLE = 'An invented report: a van maker called Northwind Motors raised money for a second plant.\n';
export const FAKE_ARTICLE_FILE = 'story-001.txt';

export const BRIEF_PATH = 'briefs/northwind-raises-funds.mdx';
/** Line of the brief file on which its body starts (the blank line after "---"). */
export const BRIEF_BODY_LINE = 23;

export const BASE_TREE: Readonly<Record<string, string>> = {
  'topics/harbour-trade.yaml': `name: Harbour trade
description: Shipping, ports and the vehicles that serve them.
`,
  'entities/northwind-motors.yaml': `name: Northwind Motors
type: company
description: A maker of small electric delivery vans, invented for the test suite.
aliases:
  - name: Northwind
    lang: en
    kind: short
  - name: Нордвинд Моторс
    lang: ru
    kind: transliteration
facts:
  - label: Founded
    value: "2011"
    source:
      brief: northwind-raises-funds
website: https://northwind.example
`,
  'entities/tallow-bay-capital.yaml': `name: Tallow Bay Capital
type: fund
description: An investment fund that backs transport start-ups.
aliases:
  - name: Tallow Bay
    lang: en
    kind: short
relations:
  - type: invests-in
    target: northwind-motors
    source:
      brief: northwind-raises-funds
`,
  'entities/mira-okafor.yaml': `name: Mira Okafor
type: person
description: Chief executive of Northwind Motors in the test suite.
`,
  'deals/northwind-series-b.yaml': `title: Northwind Motors Series B
kind: funding-round
date:
  value: "2024-05"
  precision: month
  basis: stated
parties:
  - entity: northwind-motors
    role: target
  - entity: tallow-bay-capital
    role: lead
amount:
  value: 120000000
  currency: EUR
round: Series B
status: completed
briefs:
  - northwind-raises-funds
`,
  [BRIEF_PATH]: `---
title: Northwind Motors raises money for a van plant
status: published
published: 2026-11-21
topics:
  - harbour-trade
entities:
  - northwind-motors
  - tallow-bay-capital
  - mira-okafor
keyFacts:
  - "Round size: EUR 120 million"
source:
  file: ${FAKE_ARTICLE_FILE}
  sha256: ${sha256(new TextEncoder().encode(FAKE_ARTICLE))}
  lang: en
  outlet: The Test Gazette
  date:
    value: "2024-05-14"
    precision: day
    basis: stated
---

Northwind Motors, a van maker, has raised EUR 120 million in a round led by Tallow Bay Capital, according to an invented report. Chief executive Mira Okafor said the money will pay for a second plant.
`,
};

/** `text` with `from` replaced by `to`; throws unless `from` occurs exactly once, so no test breaks nothing. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the base file`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The base file at `path` with one replacement. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  return { [path]: replaceOnce(BASE_TREE[path]!, from, to) };
}

export type TreeChanges = Record<string, string | Uint8Array | null>;

const made: string[] = [];

/**
 * Writes the base tree with `changes` applied (null deletes a file) to a new
 * temporary project folder and returns it; the content is in <root>/content.
 */
export function writeTree(changes: TreeChanges = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-content-'));
  made.push(root);
  const files: TreeChanges = { ...BASE_TREE, ...changes };
  for (const [path, data] of Object.entries(files)) {
    if (data === null) continue;
    const full = join(root, 'content', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
  }
  return root;
}

/** Writes a fake corpus folder holding FAKE_ARTICLE (and `extra` files) under `root`. */
export function writeFakeCorpus(root: string, extra: Record<string, string> = {}): string {
  const dir = join(root, 'corpus');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, FAKE_ARTICLE_FILE), FAKE_ARTICLE);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

export function removeTrees(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** The day the tests check on, so a warning about a date after today does not depend on the clock. */
export const TEST_TODAY = '2026-12-03';

/** Where the tests' site is published, so a link written as its full address does not depend on the environment. */
export const TEST_SITE = { origin: 'https://news.example.org', base: '/dossier/' };

/**
 * Checks a tree on `today` (default TEST_TODAY); without `corpus` the corpus is absent
 * (hashes unchecked), as on a fresh clone.
 */
export function checkTree(changes: TreeChanges = {}, corpus?: (root: string) => string, today = TEST_TODAY): CheckReport {
  const root = writeTree(changes);
  return checkContent(root, { corpusDir: corpus ? corpus(root) : join(root, 'no-corpus-here'), today, site: TEST_SITE });
}

/** An issue as a test states it: where, what field, the value, the message and the fix. */
export function summarise(issue: ContentIssue): Partial<ContentIssue> {
  const { severity: _s, collection: _c, id: _i, ...rest } = issue;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}

export const errorsOf = (changes: TreeChanges, corpus?: (root: string) => string) => checkTree(changes, corpus).errors.map(summarise);
export const warningsOf = (changes: TreeChanges, today = TEST_TODAY) => checkTree(changes, undefined, today).warnings.map(summarise);
