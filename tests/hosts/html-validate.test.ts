// Every built page is valid HTML: html-validate (the project's .htmlvalidate.json,
// "html-validate:recommended" with the exceptions docs/testing.md justifies) over each
// .html file of both builds, zero errors.
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles } from './dist-files.ts';
import { VARIANTS } from './variants.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const v of VARIANTS) {
  describe(`${v.name} build (BASE_PATH=${v.base})`, () => {
    it('has no html-validate errors on any page', async () => {
      const files = builtFiles(v.dir, '.html');
      expect(files.length).toBeGreaterThan(0);
      const errors: string[] = [];
      for (const file of files) {
        const report = await validator.validateFile(join(v.dir, file));
        for (const result of report.results) {
          for (const m of result.messages as Message[])
            errors.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message} (${m.selector ?? ''})`);
        }
      }
      expect(errors, `${errors.length} html-validate error(s):\n${errors.join('\n')}`).toEqual([]);
    });
  });
}
