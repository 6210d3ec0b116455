import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../check/check-content.ts';
import { ContentValidationError } from '../check/errors.ts';
import { formatIssues } from '../check/format-issues.ts';

/**
 * Runs the full content check before Astro reads a file, so a build with any
 * error stops before rendering anything and reports every error at once.
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'dossier:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const report = checkContent(fileURLToPath(config.root));
        // scripts/build.ts has printed this report already.
        const quiet = Boolean(process.env.DOSSIER_REPORT_PRINTED);
        if (report.warnings.length && !quiet) logger.warn(`${report.warnings.length} content warning(s):\n${formatIssues(report.warnings)}`);
        if (!report.corpusChecked && !quiet) logger.warn('corpus folder not found: source hashes not checked (set CORPUS_DIR)');
        if (report.errors.length) throw new ContentValidationError(report.errors);
        logger.info(`${report.files} content files valid`);
      },
    },
  };
}
