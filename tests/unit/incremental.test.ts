// The parts of page reuse that decide whether a page is still what it was: the digest of a
// value, the record of what a page read, the views derived per key, the keys of paths with
// props, and the fingerprint of everything else (src/lib/incremental/, src/integrations/).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroConfig } from 'astro';
import { pathToFileURL } from 'node:url';
import { astroBuildFingerprint, buildFingerprint, configFileArgument } from '../../src/integrations/build-fingerprint.ts';
import { DERIVED_MAP, DerivedMap } from '../../src/lib/incremental/derived-map.ts';
import { keyedByProps } from '../../src/data/keyed-paths.ts';
import { resolveRead, trackReads } from '../../src/lib/incremental/read-tracker.ts';
import { buildValueDigest, createValueDigest, knownBuildDigest, startBuildDigests } from '../../src/lib/incremental/value-digest.ts';

const valueDigest = createValueDigest((text) => createHash('sha1').update(text).digest('base64url'));

describe('valueDigest', () => {
  it('is equal for equal data in other objects, whatever the order of keys', () => {
    const a = { id: 'x', data: { title: 'T', date: new Date('2024-01-02'), tags: ['a', 'b'], extra: undefined } };
    const b = { data: { tags: ['a', 'b'], date: new Date('2024-01-02'), title: 'T' }, id: 'x' };
    expect(valueDigest(a)).toBe(valueDigest(b));
    expect(valueDigest(new Map([['k', [1, 2]]]))).toBe(valueDigest(new Map([['k', [1, 2]]])));
  });

  it('differs when anything shown could differ: a field, an order, a type, a long text', () => {
    const base = valueDigest({ title: 'T', tags: ['a', 'b'], n: 1 });
    expect(valueDigest({ title: 'U', tags: ['a', 'b'], n: 1 })).not.toBe(base);
    expect(valueDigest({ title: 'T', tags: ['b', 'a'], n: 1 })).not.toBe(base);
    expect(valueDigest({ title: 'T', tags: ['a', 'b'], n: '1' })).not.toBe(base);
    expect(valueDigest({ title: 'T', tags: ['a', 'b'], n: 1, more: null })).not.toBe(base);
    const long = 'x'.repeat(100);
    expect(valueDigest(`${long}a`)).not.toBe(valueDigest(`${long}b`));
    expect(valueDigest([undefined])).not.toBe(valueDigest([]));
    expect(valueDigest(new Set([1]))).not.toBe(valueDigest([1]));
  });

  it('tells -0 from 0, which a number format prints apart', () => {
    expect(valueDigest([-0])).not.toBe(valueDigest([0]));
  });

  it('refuses what is not data: a function, a value that contains itself, a class instance, a derived view', () => {
    expect(() => valueDigest({ f: () => 1 })).toThrow(/not data/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => valueDigest(loop)).toThrow(/contains itself/);
    // Their data is not in enumerable fields: they would all digest alike.
    expect(() => valueDigest({ at: new URL('https://example.org/a') })).toThrow(/URL instance/);
    expect(() => valueDigest(/a/)).toThrow(/RegExp instance/);
    // A view holds only the answers asked for so far: read whole, it says nothing.
    expect(() => valueDigest({ related: new DerivedMap((k: string) => k) })).toThrow(/by key/);
    expect(valueDigest(Object.assign(Object.create(null) as object, { a: 1 }))).toBe(valueDigest({ a: 1 }));
  });
});

describe('DerivedMap', () => {
  it('derives each key once, on first request', () => {
    const asked: string[] = [];
    const map = new DerivedMap((k: string) => (asked.push(k), k.length));
    expect([map.get('ab'), map.get('ab'), map.get('abc')]).toEqual([2, 2, 3]);
    expect(asked).toEqual(['ab', 'abc']);
  });
});

describe('trackReads and resolveRead', () => {
  const catalog = () => ({
    briefs: [{ id: 'a' }, { id: 'b' }],
    brief: new Map([
      ['a', { id: 'a', title: 'A' }],
      ['b', { id: 'b', title: 'B' }],
    ]),
    timeline: { byEntity: new Map([['e', ['a']]]), events: ['a', 'b'] },
    related: new DerivedMap((id: string) => (id === 'a' ? ['b'] : [])),
  });

  it('records a keyed lookup as its key, and anything else as the whole value', () => {
    const reads = new Set<string>();
    const seen = trackReads(catalog(), (r) => reads.add(r));
    expect(seen.brief.get('a')?.title).toBe('A');
    expect(seen.brief.has('zzz')).toBe(false);
    expect(seen.timeline.byEntity.get('e')).toEqual(['a']);
    expect(seen.related.get('a')).toEqual(['b']);
    expect([...reads].sort()).toEqual(['brief\u0001a', 'brief\u0001zzz', 'related\u0001a', 'timeline.byEntity\u0001e']);

    reads.clear();
    expect(seen.briefs.length).toBe(2);
    expect(seen.timeline.events).toEqual(['a', 'b']);
    expect(seen.brief.size).toBe(2);
    expect([...seen.brief.keys()]).toEqual(['a', 'b']);
    expect([...reads].sort()).toEqual(['brief', 'briefs', 'timeline.events']);
  });

  it('finds in another catalog what each read found, so a changed value shows', () => {
    const reads = new Set<string>();
    const seen = trackReads(catalog(), (r) => reads.add(r));
    seen.brief.get('a');
    seen.related.get('a');
    void seen.briefs;
    const next = catalog();
    next.brief.set('a', { id: 'a', title: 'A, edited' });
    const before = catalog();
    const changed = [...reads].filter((r) => valueDigest(resolveRead(before, r)) !== valueDigest(resolveRead(next, r)));
    expect(changed).toEqual(['brief\u0001a']);
  });

  it('resolves a derived map by its mark, as the other bundle of the build sees it', () => {
    // The page reuse and the pages load derived-map.ts from two bundles: a class from the
    // other copy is not `instanceof` this one's, but it carries the same mark.
    const foreign = { [DERIVED_MAP]: true, get: (id: string) => [`${id}-related`] };
    expect(resolveRead({ related: foreign }, 'related\u0001a')).toEqual(['a-related']);
  });

  it('leaves the catalog read-only while a page renders', () => {
    const seen = trackReads(catalog() as Record<string, unknown>, () => {});
    expect(() => {
      seen.briefs = [];
    }).toThrow(/read-only/);
  });
});

describe('keyedByProps', () => {
  it('keys each path by a digest of its props', () => {
    const [a, b, c] = keyedByProps([
      { params: { page: undefined }, props: { items: ['x'] } },
      { params: { page: '2' }, props: { items: ['y'] } },
      { params: { page: '3' }, props: { items: ['x'] } },
    ]);
    expect(a!.cacheKey).not.toBe(b!.cacheKey);
    expect(a!.cacheKey).toBe(c!.cacheKey);
  });

  it('is used by every route that gives its pages props, and only through it', () => {
    // A page reads its props unseen by the read recorder, so such routes must key their paths.
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else routes.push(path);
      }
    };
    walk('src/pages');
    // A route gives props when its paths have a `props:` or come from pagedPaths, and a page
    // reads them as Astro.props or as the `props` of an endpoint's context.
    const withProps = routes.filter((r) => /\bprops\s*:|pagedPaths\(|Astro\.props|\bprops\b\s*[},]/.test(readFileSync(r, 'utf8')));
    expect(withProps.length).toBeGreaterThan(8);
    for (const route of withProps) expect(readFileSync(route, 'utf8'), route).toMatch(/return keyedByProps\(/);
  });
});

describe('buildFingerprint', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-fingerprint-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const root = join(work, 'project');
  const corpus = join(work, 'corpus');
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'src', 'components', 'Footer.astro'), '<footer/>');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(root, 'content', 'brief.mdx'), 'text');
  const settings = { base: '/', site: 'https://example.org' };
  const print = (over: Partial<typeof settings> = {}) => buildFingerprint({ root, corpusDir: corpus, settings: { ...settings, ...over } });

  it('changes with the code, the lockfile, the settings and the corpus', () => {
    const first = print();
    expect(print()).toBe(first);
    expect(print({ base: '/a/' })).not.toBe(first);
    expect(print({ site: 'https://example.net' })).not.toBe(first);

    writeFileSync(join(root, 'src', 'components', 'Footer.astro'), '<footer>edited</footer>');
    const afterCode = print();
    expect(afterCode).not.toBe(first);

    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    const afterLock = print();
    expect(afterLock).not.toBe(afterCode);

    mkdirSync(corpus);
    const emptyCorpus = print();
    expect(emptyCorpus).not.toBe(afterLock);
    writeFileSync(join(corpus, 'a.txt'), 'article');
    const withArticle = print();
    expect(withArticle).not.toBe(emptyCorpus);
    writeFileSync(join(corpus, 'a.txt'), 'article, edited');
    expect(print()).not.toBe(withArticle);
  });

  it('follows links under public/, as the check does when it looks for an image, and a link back up the tree ends', () => {
    const images = join(work, 'images');
    mkdirSync(images);
    writeFileSync(join(images, 'map.png'), 'png');
    mkdirSync(join(root, 'public'));
    symlinkSync(join(images, 'map.png'), join(root, 'public', 'map.png'));
    symlinkSync(root, join(root, 'public', 'loop'), 'dir');
    const linked = print();
    writeFileSync(join(images, 'map.png'), 'png, edited');
    const edited = print();
    expect(edited).not.toBe(linked);
    rmSync(join(images, 'map.png'));
    expect(print()).not.toBe(edited);
    rmSync(join(root, 'public'), { recursive: true });
  });

  it('changes with the files Vite reads from the root unasked: a PostCSS configuration, the .env files', () => {
    // A PostCSS plugin rewrites the stylesheet, and with it the hashed name every page links.
    for (const name of ['postcss.config.mjs', '.postcssrc.json', '.env', '.env.production.local']) {
      const before = print();
      writeFileSync(join(root, name), '{}');
      const added = print();
      expect(added, name).not.toBe(before);
      writeFileSync(join(root, name), '{"plugins":{}}');
      expect(print(), name).not.toBe(added);
      rmSync(join(root, name));
      expect(print(), name).toBe(before);
    }
  });

  it('changes with a module beside the configuration, which it may import, and not with prose or dot files beside it', () => {
    const before = print();
    writeFileSync(join(root, 'site-theme.mjs'), 'export const accent = "teal";');
    const added = print();
    expect(added).not.toBe(before);
    writeFileSync(join(root, 'site-theme.mjs'), 'export const accent = "plum";');
    expect(print()).not.toBe(added);
    rmSync(join(root, 'site-theme.mjs'));
    writeFileSync(join(root, 'NOTES.md'), 'notes');
    writeFileSync(join(root, '.htmlvalidate.json'), '{}');
    mkdirSync(join(root, 'folder.json'));
    expect(print()).toBe(before);
    for (const name of ['NOTES.md', '.htmlvalidate.json', 'folder.json']) rmSync(join(root, name), { recursive: true });
  });

  it('changes with what npm installed, also when the lockfile stays as it was', () => {
    const before = print();
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/a":{"version":"1.0.0"}}}');
    const installed = print();
    expect(installed).not.toBe(before);
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/a":{"version":"1.0.1"}}}');
    expect(print()).not.toBe(installed);
    rmSync(join(root, 'node_modules'), { recursive: true });
    expect(print()).toBe(before);
  });

  it('changes with a PostCSS configuration in a folder above the project, as Vite looks for one there too', () => {
    // `work` is the project's parent folder.
    const before = print();
    writeFileSync(join(work, '.postcssrc.json'), '{"plugins":{}}');
    const file = print();
    expect(file).not.toBe(before);
    rmSync(join(work, '.postcssrc.json'));
    writeFileSync(join(work, 'package.json'), '{"name":"workspace"}');
    expect(print(), 'a package.json without "postcss" is not read as one').toBe(before);
    writeFileSync(join(work, 'package.json'), '{"name":"workspace","postcss":{"plugins":{}}}');
    expect(print()).not.toBe(before);
    rmSync(join(work, 'package.json'));
    expect(print()).toBe(before);
  });

  it('changes with a configuration file named with --config', () => {
    const config = join(root, 'other.config.mjs');
    writeFileSync(config, 'export default {};');
    const withConfig = (file?: string) => buildFingerprint({ root, corpusDir: corpus, configFile: file, settings });
    const first = withConfig(config);
    expect(first).not.toBe(withConfig(undefined));
    writeFileSync(config, 'export default { compressHTML: false };');
    expect(withConfig(config)).not.toBe(first);
    expect(configFileArgument(['node', 'astro', 'build', '--config', 'a.mjs'])).toBe('a.mjs');
    expect(configFileArgument(['node', 'astro', 'build', '--config=b.mjs'])).toBe('b.mjs');
    expect(configFileArgument(['node', 'astro', 'build'])).toBeUndefined();
  });

  it('is the same for a copy of the project and corpus at another path', () => {
    writeFileSync(join(root, 'other.config.mjs'), 'export default {};');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'b.txt'), 'another article');
    const elsewhere = join(work, 'checkout', 'elsewhere');
    cpSync(root, join(elsewhere, 'project'), { recursive: true });
    cpSync(corpus, join(elsewhere, 'corpus'), { recursive: true });
    const at = (folder: string) =>
      buildFingerprint({ root: join(folder, 'project'), corpusDir: join(folder, 'corpus'), configFile: 'other.config.mjs', settings });
    expect(at(elsewhere)).toBe(at(work));
    writeFileSync(join(elsewhere, 'project', 'other.config.mjs'), 'export default { compressHTML: false };');
    expect(at(elsewhere)).not.toBe(at(work));
  });

  it('does not change with the content, which each page answers for by what it read', () => {
    const before = print();
    writeFileSync(join(root, 'content', 'brief.mdx'), 'edited text');
    expect(print()).toBe(before);
  });
});

describe('astroBuildFingerprint', () => {
  // What a build of the configuration takes from it and from the environment; the full build
  // test (tests/build/incremental-build.test.ts) sees a fingerprint change render every page.
  const work = mkdtempSync(join(tmpdir(), 'dossier-astro-fingerprint-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const root = join(work, 'project');
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'src', 'page.astro'), '<p/>');
  const config = (over: { site?: string; base?: string; format?: 'directory' | 'file'; integrations?: string[] } = {}) =>
    ({
      root: pathToFileURL(`${root}/`),
      site: over.site ?? 'https://example.org',
      base: over.base ?? '/',
      trailingSlash: 'ignore',
      build: { format: over.format ?? 'directory' },
      integrations: (over.integrations ?? ['@astrojs/mdx']).map((name) => ({ name, hooks: {} })),
    }) as unknown as AstroConfig;

  it('changes with the site, the base path, the URL format, the integrations and the corpus CORPUS_DIR names', () => {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    const saved = process.env.CORPUS_DIR;
    process.env.CORPUS_DIR = corpus;
    try {
      const first = astroBuildFingerprint(config());
      expect(astroBuildFingerprint(config())).toBe(first);
      for (const over of [{ site: 'https://example.net' }, { base: '/a/b/' }, { format: 'file' as const }, { integrations: [] }])
        expect(astroBuildFingerprint(config(over)), JSON.stringify(over)).not.toBe(first);
      writeFileSync(join(corpus, 'article.txt'), 'An article.');
      const withArticle = astroBuildFingerprint(config());
      expect(withArticle).not.toBe(first);
      process.env.CORPUS_DIR = join(work, 'no-corpus');
      expect(astroBuildFingerprint(config())).not.toBe(withArticle);
    } finally {
      if (saved === undefined) delete process.env.CORPUS_DIR;
      else process.env.CORPUS_DIR = saved;
    }
  });
});

describe("a build's shared value digests", () => {
  it('a value one digester hashed is not hashed again by another of the same build, and a new build starts afresh', () => {
    const hashed: string[] = [];
    const sha = (text: string) => (hashed.push(text), createHash('sha1').update(text).digest('base64url'));
    const brief = { id: 'a', title: 'A brief', entities: ['x', 'y'] };
    startBuildDigests();
    const first = buildValueDigest(sha)(brief);
    const count = hashed.length;
    expect(buildValueDigest(sha)({ brief })).not.toBe(first);
    // Only the wrapper was hashed: the brief's digest was the first digester's.
    expect(hashed.length).toBe(count + 1);
    startBuildDigests();
    expect(buildValueDigest(sha)(brief)).toBe(first);
    expect(hashed.length).toBe(count * 2 + 1);
  });

  it('a value given its digest is not walked, and its digest follows the one given', () => {
    const hashed: string[] = [];
    const sha = (text: string) => (hashed.push(text), createHash('sha1').update(text).digest('base64url'));
    const entry = () => ({ id: 'a', data: { title: 'A brief', entities: ['x', 'y'] } });
    startBuildDigests();
    const [one, same, edited] = [entry(), entry(), entry()];
    knownBuildDigest(one, 'digest-1', sha);
    knownBuildDigest(same, 'digest-1', sha);
    knownBuildDigest(edited, 'digest-2', sha);
    hashed.length = 0;
    const digest = buildValueDigest(sha);
    expect(digest(one)).toBe(digest(same));
    expect(digest(one)).not.toBe(digest(edited));
    expect(hashed).toEqual([]);
    // Not the digest of any value walked: a list holding it differs from one holding its fields.
    expect(digest([one])).not.toBe(digest([entry()]));
    expect(hashed.some((text) => text.includes('A brief'))).toBe(true);
    startBuildDigests();
    hashed.length = 0;
    buildValueDigest(sha)(one);
    expect(hashed.some((text) => text.includes('A brief'))).toBe(true); // a new build walks it again
  });
});
