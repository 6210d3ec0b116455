import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../check/check-content.ts';
import { ContentValidationError } from '../check/errors.ts';
import { formatIssues } from '../check/format-issues.ts';

/**
 * Runs the full content check before Astro reads a file, so a build with any
 * error stops before rendering anything and reports every error at once.
 * Under `npm run build` (scripts/build.ts) the content was checked a moment
 * before Astro started, and that script says so with DOSSIER_CONTENT_CHECKED:
 * the check is not repeated (it reads and validates every file, which at ten
 * thousand briefs costs as much as a fifth of the build).
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'dossier:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        if (process.env.DOSSIER_CONTENT_CHECKED) {
          logger.info('content checked by scripts/build.ts');
          return;
        }
        const report = checkContent(fileURLToPath(config.root));
        if (report.warnings.length) logger.warn(`${report.warnings.length} content warning(s):\n${formatIssues(report.warnings)}`);
        if (!report.corpusChecked) logger.warn('corpus folder not found: source hashes not checked (set CORPUS_DIR)');
        if (report.errors.length) throw new ContentValidationError(report.errors);
        logger.info(`${report.files} content files valid`);
      },
    },
  };
}
