// The baseline the bench compares Dossier with: a bare Astro project holding the same
// brief bodies, built by the same installed Astro and @astrojs/mdx (its node_modules is
// a link to the project's). One glob collection of MDX files with only a title, one
// dynamic route that renders each body in a minimal page: no schema beyond the title,
// no derived pages, no content check, no search index.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/check/read-content.ts';
import type { Corpus } from './corpus/generate.ts';

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'dossier-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  // Caches stay inside this folder: the linked node_modules is the project's own.
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  cacheDir: './.astro-cache',
  build: { format: 'directory' },
  vite: { cacheDir: './.vite-cache' },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  briefs: defineCollection({ loader: glob({ base: './content/briefs', pattern: '*.mdx' }), schema: z.object({ title: z.string() }) }),
};
`,
  'src/components/LangText.astro': `---
const { lang } = Astro.props;
---
<span lang={lang}><slot /></span>
`,
  'src/pages/briefs/[id].astro': `---
import { getCollection, render } from 'astro:content';
import LangText from '../../components/LangText.astro';

export async function getStaticPaths() {
  return (await getCollection('briefs')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ LangText }} /></main></body>
</html>
`,
};

/** Writes the baseline project into `dir` (which must not exist yet or be empty). */
export function writeBaselineSite(dir: string, corpus: Corpus, projectNodeModules: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(projectNodeModules, join(dir, 'node_modules'), 'dir');
  const briefs = join(dir, 'content', 'briefs');
  mkdirSync(briefs, { recursive: true });
  for (const [path, text] of corpus.files) {
    if (!path.startsWith('briefs/')) continue;
    const parts = splitFrontmatter(text);
    if (!parts) throw new Error(`generated brief ${path} has no frontmatter`);
    const { title } = parse(parts.yaml) as { title: string };
    writeFileSync(join(dir, 'content', path), `---\ntitle: ${JSON.stringify(title)}\n---\n${parts.body}`);
  }
}
