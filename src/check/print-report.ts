import type { CheckReport } from './check-content.ts';
import { countOf } from '../lib/text/counts.ts';
import { corpusDir } from './corpus.ts';
import { formatIssues } from './format-issues.ts';

/** Prints warnings, then every error, then a one-line verdict. Returns true when there are no errors. */
export function printReport(report: CheckReport, ms: number): boolean {
  if (report.warnings.length) console.log(`Warnings (${report.warnings.length}):\n${formatIssues(report.warnings)}\n`);
  if (!report.corpusChecked) console.log(`Corpus not found at ${corpusDir()}: source hashes were not checked (set CORPUS_DIR).`);
  if (report.errors.length) {
    console.error(`Errors (${report.errors.length}):\n${formatIssues(report.errors)}`);
    console.error(`\n✖ ${countOf(report.errors.length, 'error')} in ${countOf(report.files, 'file')} (${ms} ms).`);
    return false;
  }
  console.log(`✔ ${countOf(report.files, 'content file')} valid, ${countOf(report.warnings.length, 'warning')} (${ms} ms).`);
  return true;
}
