// Writes the draft brief: frontmatter that fits src/schemas/brief.ts, and a body that holds the
// cleaned article as inert text plus placeholders for the summaries.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { sha256 } from '../check/corpus.ts';
import { ARTICLE_HEADING, TODO_MARK } from '../lib/content/draft-leftovers.ts';
import { briefSchema } from '../schemas/brief.ts';
import type { Analysis } from './analyse.ts';
import { slugify } from './slug.ts';
import { dominantScript, wordCount } from './text-features.ts';

export const INGEST_TOOL = 'dossier-ingest 1';

/** The most entries of one kind the draft's ingest block lists. */
const MAX_LISTED = 500;

/** The English title placeholder: the headline in Latin script if the page has one, else the headline. */
function titleOf(a: Analysis): string {
  const latin = [a.headlineAlternate, a.headline].find((h) => h && dominantScript(h.text) === 'Latin');
  const chosen = (latin ?? a.headline)?.text;
  if (chosen) return chosen;
  const firstWords = (a.body[0]?.text ?? a.fileName).split(/\s+/).slice(0, 12).join(' ');
  return wordCount(a.body[0]?.text ?? '') > 12 ? `${firstWords} …` : firstWords;
}

/** The brief id the draft would get: the title's words, else the corpus file name. */
export function draftSlug(a: Analysis): string {
  return slugify(titleOf(a)) || slugify(a.fileName.replace(/\.[^.]+$/, '')) || `brief-${a.sha256.slice(0, 12)}`;
}

/** The frontmatter object of the draft. Validated against the brief schema before it is written. */
export function draftFrontmatter(a: Analysis): Record<string, unknown> {
  const source: Record<string, unknown> = { file: a.fileName, sha256: a.sha256, lang: a.language.tag };
  if (a.outlet) source.outlet = a.outlet;
  if (a.author) source.author = a.author;
  if (a.headline) {
    source.headline = a.headline.text;
    if (a.headline.lang) source.headlineLang = a.headline.lang;
  }
  if (a.date) source.date = a.date;

  const ingest: Record<string, unknown> = { tool: INGEST_TOOL, language: a.language };
  if (a.headlineAlternate) ingest.headlineAlternate = a.headlineAlternate;
  if (a.dateline) {
    const { text, line, precision, year, month, day, time, ambiguity } = a.dateline;
    ingest.dateline = {
      text,
      line,
      precision,
      ...(year !== undefined && { year }),
      ...(month !== undefined && { month }),
      ...(day !== undefined && { day }),
      ...(time && { time }),
      ...(ambiguity && { ambiguity }),
    };
  }
  // Long lists are cut, so that a pathological page still gives a draft an editor can open; the
  // terminal report (npm run ingest) lists everything.
  const cut: string[] = [];
  const put = (key: string, list: unknown[]) => {
    if (!list.length) return;
    ingest[key] = list.slice(0, MAX_LISTED);
    if (list.length > MAX_LISTED)
      cut.push(`${key} lists the first ${MAX_LISTED} of ${list.length}: npm run ingest -- --dry-run prints them all`);
  };
  put('amounts', a.amounts);
  put('percentages', a.percentages);
  put(
    'entityMentions',
    a.entities.map(({ entity, aliases, lines }) => ({ entity, aliases, lines: lines.slice(0, MAX_LISTED) })),
  );
  put('unconfirmedMentions', a.unconfirmed);
  put(
    'entityCandidates',
    a.candidates.map((c) => ({ ...c, lines: c.lines.slice(0, MAX_LISTED) })),
  );
  put('keyFactCandidates', a.keyFacts);
  put(
    'mtDamage',
    a.mtDamage.map(({ kind, text, line }) => ({ kind, text, line })),
  );
  // Line numbers and reasons only: the draft holds no boilerplate text.
  put(
    'removedLines',
    a.removed.map(({ line, category, reason }) => ({ line, category, reason })),
  );
  put('warnings', [...a.warnings, ...cut]);

  return { title: titleOf(a), status: 'draft', entities: a.entities.map((e) => e.entity), source, ingest };
}

/** A code fence longer than any run of backticks in the text, so that nothing in it can close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * The draft's body. The article text sits in a fenced code block: MDX and Markdown read its content
 * as literal text, so no `{expression}`, `<tag>`, `import`/`export` line or Markdown syntax in the
 * article can run or change the page; the fence is longer than any backtick run inside it.
 */
export function draftBody(a: Analysis): string {
  const article = a.body.map((l) => l.text.trim()).join('\n\n');
  const fence = fenceFor(article);
  return [
    `${TODO_MARK} write the English summary here, in your own words (two or three short paragraphs). It replaces everything in this body.`,
    '',
    a.language.tag.split('-')[0] === 'en'
      ? `${TODO_MARK} check the title, entities and source fields above, add topics and keyFacts, then set status: published and published: YYYY-MM-DD.`
      : `${TODO_MARK} write sourceSummary (lang: ${a.language.tag}) in the frontmatter, check the title, entities and source fields, add topics and keyFacts, then set status: published and published: YYYY-MM-DD.`,
    '',
    `## ${ARTICLE_HEADING}`,
    '',
    `${fence}text`,
    article,
    fence,
    '',
  ].join('\n');
}

/**
 * YAML 1.1 quoting (so that "2021-03-28" stays a string for every YAML reader), no line folding, and
 * lists of line numbers on one line.
 */
function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(data, { schema: 'yaml-1.1' });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** The whole draft file. Throws when the frontmatter would not pass the brief schema. */
export function renderDraft(a: Analysis): string {
  const frontmatter = draftFrontmatter(a);
  const parsed = briefSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${a.fileName}: the draft does not fit the brief schema (${issues}); this is a bug in ingest, please report it`);
  }
  return `---\n${toYaml(frontmatter)}---\n${draftBody(a)}`;
}

export interface ExistingBrief {
  id: string;
  file: string;
  sha256: string;
}

/** Where a draft would go; `replaced` when a file is there already (only with --force). */
export interface DraftPlan {
  status: 'dry-run';
  id: string;
  path: string;
  replaced?: boolean;
}

export type WriteOutcome =
  | DraftPlan
  | { status: 'written'; id: string; path: string; backup?: string | undefined; replaced?: boolean }
  | { status: 'refused'; id: string; path: string; reason: string };

/**
 * Where the draft goes and whether it may be written: never over an existing brief unless `force`
 * (then the old file is kept in briefs/.backup/). A brief of the same source (sha256 or file name)
 * is the one to replace; another brief that has the slug makes the id take the hash's first digits.
 */
export function planDraft(
  a: Analysis,
  briefsDir: string,
  existing: readonly ExistingBrief[],
  force: boolean,
): DraftPlan | Extract<WriteOutcome, { status: 'refused' }> {
  const same = existing.find((b) => b.sha256 === a.sha256) ?? existing.find((b) => b.file === a.fileName);
  if (same) {
    const path = join(briefsDir, `${same.id}.mdx`);
    if (!force)
      return {
        status: 'refused',
        id: same.id,
        path,
        reason: `${a.fileName} was already ingested as ${path} (same ${same.sha256 === a.sha256 ? 'sha256' : 'file name'}); use --force to replace it (the old file is kept in ${join(briefsDir, '.backup')})`,
      };
    return { status: 'dry-run', id: same.id, path, replaced: true };
  }
  const slug = draftSlug(a);
  for (const id of [slug, `${slug}-${a.sha256.slice(0, 8)}`]) {
    const path = join(briefsDir, `${id}.mdx`);
    if (!existsSync(path)) return { status: 'dry-run', id, path };
  }
  const path = join(briefsDir, `${slug}.mdx`);
  if (!force)
    return {
      status: 'refused',
      id: slug,
      path,
      reason: `${path} and ${slug}-${a.sha256.slice(0, 8)}.mdx exist already and belong to other sources; use --force to replace the first (a backup is kept)`,
    };
  return { status: 'dry-run', id: slug, path, replaced: true };
}

/** Writes the draft where `planDraft` said, keeping a backup of any file it replaces. */
export function writeDraft(plan: DraftPlan, text: string, briefsDir: string): WriteOutcome {
  let backup: string | undefined;
  mkdirSync(briefsDir, { recursive: true });
  if (existsSync(plan.path)) {
    const dir = join(briefsDir, '.backup');
    mkdirSync(dir, { recursive: true });
    const old = readFileSync(plan.path);
    backup = join(dir, `${plan.id}.${sha256(old).slice(0, 12)}.mdx`);
    copyFileSync(plan.path, backup);
  }
  // "wx" fails rather than overwrite a file that appeared since the plan was made.
  writeFileSync(plan.path, text, { flag: backup ? 'w' : 'wx' });
  return { status: 'written', id: plan.id, path: plan.path, backup, replaced: Boolean(backup) };
}
