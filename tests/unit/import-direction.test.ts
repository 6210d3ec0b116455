// Imports run one way. Tests and benches may import the product; the product (src/ and
// astro.config.mjs) never imports tests/, benches or anything else outside src/. Inside src/
// each folder imports only the stages before it (docs/architecture.md): schemas → lib →
// check → loaders / ingest → data → components → pages; browser code imports lib alone.
// Every import of every file is read with TypeScript's own pre-parser (static, type-only,
// re-export and dynamic imports), plus `new URL('…', import.meta.url)` and, in .astro files,
// the frontmatter, the <script> blocks and <script src>.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/**
 * What each folder of src/ may import, besides itself and npm packages. A new folder of src/
 * fails the test until it is placed here, so where it sits in the flow is a decision.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schemas: [],
  lib: ['schemas'],
  check: ['schemas', 'lib'],
  // The loaders keep the check's readings in the build's cache, under the build's fingerprint.
  loaders: ['schemas', 'lib', 'check', 'integrations'],
  // Ingest reads the existing content through the check's reader, as the build does.
  ingest: ['schemas', 'lib', 'check'],
  // The build fingerprint reads the corpus folder where the check does.
  integrations: ['schemas', 'lib', 'check'],
  browser: ['lib'],
  data: ['schemas', 'lib'],
  styles: [],
  components: ['schemas', 'lib', 'data', 'browser', 'styles'],
  layouts: ['schemas', 'lib', 'data', 'components', 'browser', 'styles'],
  pages: ['schemas', 'lib', 'data', 'components', 'layouts', 'browser', 'styles'],
  // `npm run build` holds the search indexer while Astro renders in its own process.
  cli: ['schemas', 'lib', 'check', 'ingest', 'integrations'],
  // src/content.config.ts, Astro's collections.
  '': ['schemas', 'lib', 'loaders'],
};

const CODE = /\.(?:ts|mts|mjs|js|astro)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = posix.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return CODE.test(e.name) ? [path] : [];
  });
}

/** The module specifiers of a file, with the line each is on. */
function specifiers(file: string): { spec: string; line: number }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const parts: { code: string; offset: number }[] = [];
  if (file.endsWith('.astro')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(text);
    if (front) parts.push({ code: front[1]!, offset: 4 });
    for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
      parts.push({ code: m[1]!, offset: m.index + m[0].indexOf('>') + 1 });
  } else {
    parts.push({ code: text, offset: 0 });
  }
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const found: { spec: string; line: number }[] = [];
  for (const { code, offset } of parts) {
    for (const ref of ts.preProcessFile(code, true, true).importedFiles) found.push({ spec: ref.fileName, line: lineAt(offset + ref.pos) });
    for (const m of code.matchAll(/\bnew\s+URL\(\s*(['"`])([^'"`]+)\1\s*,\s*import\.meta\.url/g))
      found.push({ spec: m[2]!, line: lineAt(offset + m.index) });
  }
  if (file.endsWith('.astro')) {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc=(['"])([^'"]+)\1/g)) found.push({ spec: m[2]!, line: lineAt(m.index) });
  }
  return found;
}

interface Edge {
  from: string;
  line: number;
  spec: string;
  /** The file or folder the specifier names, from the project root; undefined for a package. */
  to: string | undefined;
}

function edges(files: readonly string[]): Edge[] {
  return files.flatMap((from) =>
    specifiers(from).map(({ spec, line }) => ({
      from,
      line,
      spec,
      to: spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec.replace(/[?#].*$/, ''))) : undefined,
    })),
  );
}

/** The folder of src/ a path belongs to ('' for a file directly in src/), or undefined outside src/. */
const stageOf = (path: string): string | undefined => {
  if (!path.startsWith('src/')) return undefined;
  const rest = path.slice('src/'.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '';
};

const product = ['astro.config.mjs', ...filesUnder('src')];
const productEdges = edges(product);
const where = (e: Edge) => `${e.from}:${e.line} imports ${e.spec}`;

describe('imports run one way', () => {
  it('reads the imports (a parser that finds none would pass anything)', () => {
    expect(product.length).toBeGreaterThan(100);
    expect(productEdges.filter((e) => e.to !== undefined).length).toBeGreaterThan(300);
    const has = (from: string, to: string) => productEdges.some((e) => e.from === from && e.to === to);
    expect(has('src/components/SiteHeader.astro', 'src/browser/header-search.ts'), '<script src>').toBe(true);
    expect(has('src/integrations/search-index-thread.ts', 'src/integrations/search-index-worker.ts'), 'new URL(…, import.meta.url)').toBe(
      true,
    );
    expect(has('astro.config.mjs', 'src/integrations/pagefind-index.ts'), 'astro.config.mjs').toBe(true);
  });

  it('every relative import of the product names a file that exists', () => {
    const missing = productEdges.filter(
      (e) => e.to !== undefined && !(existsSync(join(ROOT, e.to)) && statSync(join(ROOT, e.to)).isFile()),
    );
    expect(missing.map(where)).toEqual([]);
  });

  it('the product never imports tests, benches or anything else outside src/', () => {
    const outside = productEdges.filter((e) => e.to !== undefined && !e.to.startsWith('src/'));
    expect(outside.map(where)).toEqual([]);
  });

  it('astro.config.mjs imports only integrations and lib', () => {
    const bad = productEdges.filter(
      (e) => e.from === 'astro.config.mjs' && e.to !== undefined && !['integrations', 'lib'].includes(stageOf(e.to) ?? ''),
    );
    expect(bad.map(where)).toEqual([]);
  });

  it('every folder of src/ has its place in the flow', () => {
    const folders = readdirSync(join(ROOT, 'src')).filter((name) => statSync(join(ROOT, 'src', name)).isDirectory());
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it("docs/architecture.md's table of import directions is this test's", () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Which way imports run'));
    const table = Object.fromEntries(
      [...section.matchAll(/^\| `([\w.]+)\/?` \| (.*) \|$/gm)].map(([, folder, allowed]) => [
        folder === 'content.config.ts' ? '' : folder!,
        [...allowed!.matchAll(/`(\w+)\/`/g)].map((m) => m[1]!).filter((name) => !(folder === 'cli' && name === 'cli')),
      ]),
    );
    const sorted = (map: Record<string, readonly string[]>) =>
      Object.fromEntries(Object.entries(map).map(([folder, allowed]) => [folder, [...allowed].sort()]));
    expect(sorted(table)).toEqual(sorted(MAY_IMPORT));
  });

  it('each folder of src/ imports only the stages before it', () => {
    const bad = productEdges.filter((e) => {
      const from = stageOf(e.from);
      const to = e.to === undefined ? undefined : stageOf(e.to);
      if (from === undefined || to === undefined || from === to) return false;
      return !(MAY_IMPORT[from] ?? []).includes(to);
    });
    expect(
      bad.map(
        (e) => `${where(e)} (${stageOf(e.from) || 'src/'} may import ${(MAY_IMPORT[stageOf(e.from)!] ?? []).join(', ') || 'nothing else'})`,
      ),
    ).toEqual([]);
  });

  it('src/lib imports no component, page, Astro module or Node module, and reads no import.meta.env', () => {
    const lib = productEdges.filter((e) => e.from.startsWith('src/lib/'));
    const bad = lib.filter(
      (e) => (e.to !== undefined && !/^src\/(lib|schemas)\//.test(e.to)) || /^(astro:|node:)/.test(e.spec) || e.spec.endsWith('.astro'),
    );
    const env = filesUnder('src/lib').filter((f) =>
      /\bimport\.meta\.env\b/.test(readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect([...bad.map(where), ...env.map((f) => `${f} reads import.meta.env`)]).toEqual([]);
  });

  it('browser code imports no Node module', () => {
    const bad = productEdges.filter(
      (e) => e.from.startsWith('src/browser/') && (e.spec.startsWith('node:') || e.spec.startsWith('astro:')),
    );
    expect(bad.map(where)).toEqual([]);
  });

  it('nothing in src/ imports the commands of src/cli/ but the commands themselves', () => {
    const bad = productEdges.filter((e) => e.to?.startsWith('src/cli/') && !e.from.startsWith('src/cli/'));
    expect(bad.map(where)).toEqual([]);
  });
});

describe('tests and benches import the product by relative path', () => {
  it('every relative import under tests/ names a file that exists', () => {
    const files = filesUnder('tests').filter((f) => !f.startsWith('tests/fixtures/') || f.endsWith('.ts'));
    const missing = edges(files).filter((e) => e.to !== undefined && !existsSync(join(ROOT, e.to)));
    expect(missing.map(where)).toEqual([]);
  });
});
