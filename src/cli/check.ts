// `npm run check`: validates all content without rendering a page and reports every issue at once.
// Reads DOSSIER_CONTENT_DIR (default content/) and CORPUS_DIR (default ../shared/seeds).
import { checkContent } from '../check/check-content.ts';
import { printReport } from '../check/print-report.ts';

const started = performance.now();
const report = checkContent();
if (!printReport(report, Math.round(performance.now() - started))) process.exit(1);
