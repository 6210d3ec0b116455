// `npm run check`: validates all content without rendering a page and reports every issue at once.
import { checkContent } from '../src/check/check-content.ts';
import { corpusDir } from '../src/check/corpus.ts';
import { formatIssues } from '../src/check/format-issues.ts';

const started = performance.now();
const report = checkContent();
const ms = Math.round(performance.now() - started);

if (report.warnings.length) console.log(`Warnings (${report.warnings.length}):\n${formatIssues(report.warnings)}\n`);
if (!report.corpusChecked) console.log(`Corpus not found at ${corpusDir()}: source hashes were not checked (set CORPUS_DIR).`);
if (report.errors.length) {
  console.error(`Errors (${report.errors.length}):\n${formatIssues(report.errors)}`);
  console.error(`\n✖ ${report.errors.length} error(s) in ${report.files} files (${ms} ms).`);
  process.exit(1);
}
console.log(`✔ ${report.files} content files valid (${ms} ms).`);
