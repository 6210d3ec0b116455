// `npm run ingest -- FILE...`: raw articles in, draft briefs out, with a report of what was found.
// `npm run ingest -- --check`: published briefs whose corpus file changed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as contentDirOf } from '../check/content-dir.ts';
import { checkCorpusHashes, corpusDir, sha256 } from '../check/corpus.ts';
import { readContent } from '../check/read-content.ts';
import { countOf } from '../lib/text/counts.ts';
import { formatMoney } from '../lib/money/amounts.ts';
import { analyseArticle, type Analysis } from './analyse.ts';
import { describeDate } from './dateline.ts';
import { planDraft, renderDraft, writeDraft, type ExistingBrief, type WriteOutcome } from './draft-writer.ts';
import { buildAliasLookup } from './entity-mentions.ts';
import { describeRemoved, IngestInputError, readRawArticle } from './read-text.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

const USAGE = `Usage: npm run ingest -- [options] FILE...
       npm run ingest -- --check

Writes content/briefs/<slug>.mdx (status: draft) for each raw article file and reports what it found.

Options:
  --content-dir DIR  content folder to read entities from and write drafts to (default: DOSSIER_CONTENT_DIR, or ./content)
  --dry-run          analyse and report, write nothing
  --json             print the results as JSON
  --force            replace an existing brief of the same source (a backup goes to briefs/.backup/)
  --check            list published briefs whose corpus file (CORPUS_DIR) changed or is missing
  -h, --help         show this help`;

interface FileResult {
  file: string;
  outcome?: WriteOutcome;
  error?: string;
  analysis?: Analysis;
  notes: string[];
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function report(r: FileResult, cwd: string): string {
  const lines: string[] = [];
  const rel = (p: string) => relative(cwd, p) || p;
  if (r.error) return `✖ ${r.file}\n  ${r.error}`;
  const a = r.analysis!;
  const o = r.outcome!;
  const verb = o.status === 'written' ? (o.replaced ? 'replaced' : 'wrote') : o.status === 'dry-run' ? 'would write' : 'refused';
  lines.push(`${o.status === 'refused' ? '✖' : '✔'} ${r.file} → ${rel(o.path)} (${verb})`);
  if (o.status === 'refused') lines.push(`  ${o.reason}`);
  if (o.status === 'written' && o.backup) lines.push(`  backup of the old file: ${rel(o.backup)}`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  lines.push(`  language   ${a.language.tag} (${a.language.method}${a.language.method === 'tinyld' ? `, ${a.language.confidence}` : ''})`);
  lines.push(
    `  headline   ${a.headline ? `line ${a.headline.line}${a.headline.lang ? ` [${a.headline.lang}]` : ''}: ${a.headline.text}` : '—'}`,
  );
  if (a.headlineAlternate) lines.push(`             line ${a.headlineAlternate.line}: ${a.headlineAlternate.text}`);
  lines.push(`  date       ${a.dateline ? `${describeDate(a.dateline)} from line ${a.dateline.line}: "${a.dateline.text}"` : '—'}`);
  if (a.outlet) lines.push(`  outlet     ${a.outlet}`);
  if (a.author) lines.push(`  author     ${a.author}`);
  lines.push(`  entities   ${a.entities.length ? a.entities.map((e) => `${e.entity} (${e.aliases.join(', ')})`).join('; ') : '—'}`);
  if (a.unconfirmed.length)
    lines.push(
      `  not linked ${a.unconfirmed.map((u) => `${u.entity}? ("${u.alias}", line ${u.line}: a short name with no surer mention)`).join('; ')}`,
    );
  if (a.candidates.length)
    lines.push(`  new names  ${a.candidates.map((c) => `${c.name}${c.count > 1 ? ` ×${c.count}` : ''}`).join('; ')}`);
  for (const m of a.amounts)
    lines.push(
      `  amount     ${formatMoney(m.value, m.currency)}${m.usd ? ` (${formatMoney(m.usd, 'USD')})` : ''}${m.approximate ? ', approximate' : ''} — line ${m.line}: "${m.text}"${m.note ? ` (${m.note})` : ''}`,
    );
  if (a.percentages.length) lines.push(`  percent    ${a.percentages.map((p) => `${formatNumber(p.value)}% (line ${p.line})`).join('; ')}`);
  for (const d of a.mtDamage) lines.push(`  MT damage  line ${d.line}: "${d.text}" — ${d.explanation}`);
  lines.push(`  key facts  ${countOf(a.keyFacts.length, 'candidate sentence')}`);
  lines.push(`  removed    ${countOf(a.removed.length, 'line')} of boilerplate; ${countOf(a.body.length, 'line')} of article text kept`);
  for (const x of a.removed)
    lines.push(
      `    line ${String(x.line).padStart(3)} [${x.category}] ${x.reason}${x.evidence ? ` ("${x.evidence}")` : ''} | ${x.text.slice(0, 70)}${x.text.length > 70 ? '…' : ''}`,
    );
  for (const w of a.warnings) lines.push(`  warning    ${w}`);
  return lines.join('\n');
}

function jsonResult(r: FileResult): unknown {
  if (r.error) return { file: r.file, error: r.error };
  const { roles: _roles, body, ...analysis } = r.analysis!;
  return { file: r.file, outcome: r.outcome, notes: r.notes, analysis: { ...analysis, bodyLines: body.map((b) => b.line) } };
}

function runCheck(contentDir: string, io: CliIo, json: boolean): number {
  const { collections } = readContent(contentDir, io.cwd);
  const published = collections.briefs.filter((b) => b.data.status === 'published');
  const dir = corpusDir(io.cwd);
  const result = checkCorpusHashes(published, dir);
  if (json) io.out(JSON.stringify({ corpus: dir, checked: result.checked, published: published.length, changed: result.issues }, null, 2));
  if (!result.checked) {
    if (!json) io.err(`✖ The corpus folder ${dir} does not exist: set CORPUS_DIR to the folder of raw articles.`);
    return 2;
  }
  if (json) return result.issues.length ? 1 : 0;
  for (const i of result.issues) io.out(`✖ ${i.file}: ${i.field} ${i.message}\n  fix: ${i.fix}`);
  io.out(
    result.issues.length
      ? `\nPublished briefs that no longer match the corpus at ${dir}: ${result.issues.length} of ${published.length}.`
      : `✔ All ${published.length} published briefs match their source files in ${dir}.`,
  );
  return result.issues.length ? 1 : 0;
}

export function main(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'content-dir': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  // The folder the check and the build read (src/check/content-dir.ts) unless one is named.
  const contentDir = values['content-dir'] === undefined ? contentDirOf(io.cwd) : resolve(io.cwd, values['content-dir']);
  if (values.check) return runCheck(contentDir, io, values.json);
  if (!positionals.length) {
    io.err(`No input files.\n\n${USAGE}`);
    return 2;
  }

  const { collections, issues } = readContent(contentDir, io.cwd);
  const index = buildAliasLookup(collections.entities);
  const briefsDir = join(contentDir, 'briefs');
  const existing: ExistingBrief[] = collections.briefs.map((b) => ({ id: b.id, file: b.data.source.file, sha256: b.data.source.sha256 }));
  const corpus = corpusDir(io.cwd);
  const results: FileResult[] = [];
  const planned = new Set<string>();
  const general: string[] = [];
  if (issues.some((i) => i.severity === 'error' && i.collection === 'entities'))
    general.push('some entity files have errors and were skipped: run npm run check');
  if (!collections.entities.length) general.push(`no entities found in ${join(contentDir, 'entities')}: nothing can be linked`);

  for (const file of positionals) {
    const path = resolve(io.cwd, file);
    const result: FileResult = { file, notes: [] };
    results.push(result);
    try {
      const raw = readRawArticle(path);
      const analysis = analyseArticle(raw, index);
      result.analysis = analysis;
      if (raw.hadBom) result.notes.push('the file starts with a byte-order mark (ignored)');
      if (raw.hadCrlf) result.notes.push('the file has CRLF line ends (read as LF)');
      if (raw.removed) result.notes.push(describeRemoved(raw.removed));
      const inCorpus = join(corpus, raw.fileName);
      if (resolve(dirname(path)) !== corpus) {
        if (!existsSync(inCorpus))
          result.notes.push(`${raw.fileName} is not in the corpus (${corpus}): copy it there so that npm run check can verify its sha256`);
        else if (sha256(readFileSync(inCorpus)) !== raw.sha256)
          result.notes.push(`the corpus has a different ${raw.fileName}: the draft records this file's sha256`);
      }
      let plan = planDraft(analysis, briefsDir, existing, values.force);
      // Two inputs of one run that want the same id: the second takes the hash suffix.
      if (plan.status !== 'refused' && planned.has(plan.path))
        plan = { ...plan, id: `${plan.id}-${raw.sha256.slice(0, 8)}`, path: join(briefsDir, `${plan.id}-${raw.sha256.slice(0, 8)}.mdx`) };
      const text = renderDraft(analysis);
      if (plan.status === 'refused' || values['dry-run']) {
        result.outcome = plan;
      } else {
        result.outcome = writeDraft(plan, text, briefsDir);
      }
      if (plan.status !== 'refused') {
        planned.add(plan.path);
        existing.push({ id: plan.id, file: raw.fileName, sha256: raw.sha256 });
      }
    } catch (e) {
      result.error = e instanceof IngestInputError ? e.message : `${file}: ${(e as Error).message}`;
    }
  }

  if (values.json) {
    io.out(JSON.stringify({ notes: general, results: results.map(jsonResult) }, null, 2));
  } else {
    for (const g of general) io.out(`note: ${g}`);
    io.out(results.map((r) => report(r, io.cwd)).join('\n\n'));
    const written = results.filter((r) => r.outcome?.status === 'written').length;
    const failed = results.filter((r) => r.error || r.outcome?.status === 'refused').length;
    io.out(
      `\n${countOf(written, 'draft')} written${values['dry-run'] ? ' (dry run)' : ''}, ${failed} refused or failed, of ${countOf(results.length, 'file')}.${written ? ' Next: edit the drafts, then npm run check.' : ''}`,
    );
  }
  return results.some((r) => r.error || r.outcome?.status === 'refused') ? 1 : 0;
}
