import type { ContentIssue } from './issue.ts';
import type { RuleEntry } from './cross-entry-rules.ts';
import { compareText } from '../lib/text/compare-text.ts';
import type { BriefData } from '../schemas/brief.ts';
import type { Figure } from '../schemas/figure.ts';

/** One brief's figure, where it is written. */
interface Report {
  brief: RuleEntry<BriefData>;
  file: string;
  index: number;
  figure: Figure;
}

/**
 * The rules of briefs' figures (src/lib/figures/comparisons.ts compares them by `key`):
 * - one key is one fact: of one entity, in one unit. Figures of a key about two entities were
 *   shown on the first one's page as "cannot both be right", and figures in two units can never
 *   agree. Each figure of a key is held to the first of them (files in compareText order), and
 *   one that differs is refused, naming that first figure's file and value;
 * - a figure is about an entity the brief names (its `entities`, the entities the article
 *   mentions): else the entity's page would show the figure of a brief it does not list. Not
 *   reported when the entity does not exist (the reference check names the nearest id) or when
 *   the brief's `entities` failed its schema.
 * Linear in figures: they are grouped by key in a map, and only a key's few figures are sorted.
 */
export function checkFigures(briefs: readonly RuleEntry<BriefData>[], entityIds: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (r: Report, field: 'entity' | 'unit', message: string, fix: string) =>
    issues.push({
      severity: 'error',
      collection: 'briefs',
      id: r.brief.id,
      file: r.brief.filePath,
      field: `figures[${r.index}].${field}`,
      value: r.figure[field],
      message,
      fix,
    });
  const byKey = new Map<string, Report[]>();
  for (const brief of briefs) {
    const file = brief.filePath ?? brief.id;
    const entities = brief.failedFields?.includes('entities') ? undefined : new Set(brief.data.entities ?? []);
    (brief.data.figures ?? []).forEach((figure, index) => {
      if (figure === undefined) return;
      const report = { brief, file, index, figure };
      const list = byKey.get(figure.key);
      if (list) list.push(report);
      else byKey.set(figure.key, [report]);
      if (entities && !entities.has(figure.entity) && entityIds.has(figure.entity))
        error(
          report,
          'entity',
          `the figure is about "${figure.entity}", which is not among the brief's entities`,
          `add "${figure.entity}" to entities (the entities the article mentions)`,
        );
    });
  }
  for (const [key, reports] of byKey) {
    if (reports.length < 2) continue;
    reports.sort((a, b) => compareText(a.file, b.file) || a.index - b.index);
    const first = reports[0]!;
    const where = `${first.file} (figures[${first.index}]`;
    for (const r of reports.slice(1)) {
      if (r.figure.entity !== first.figure.entity)
        error(
          r,
          'entity',
          `figure "${key}" is about "${first.figure.entity}" in ${where}.entity), not "${r.figure.entity}": one key is one fact, about one entity`,
          `use entity "${first.figure.entity}", or give this figure a key of its own`,
        );
      if (r.figure.unit !== first.figure.unit)
        error(
          r,
          'unit',
          `figure "${key}" is in "${first.figure.unit}" in ${where}.unit), not "${r.figure.unit}": figures of one key are compared, so they share a unit`,
          `use unit "${first.figure.unit}" if the source gives the figure in it, or give this figure a key of its own`,
        );
    }
  }
  return issues;
}
