// The page reuse of a build (src/integrations/page-reuse.ts), with a stand-in for Astro's
// prerenderer: a page is reused only when its key, its fingerprint and everything it read
// are as they were; a reused page never reaches the prerenderer, and its kept bytes are
// written where Astro writes the page; a build that never commits leaves the cache as it was.
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startPageReuse, withReusedPages } from '../../src/integrations/page-reuse.ts';
import { trackReads } from '../../src/lib/incremental/read-tracker.ts';
import { currentRecorder, offerCatalog } from '../../src/lib/incremental/render-reads.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Catalog {
  title: Map<string, string>;
  all: string[];
}
let catalog: Catalog;
offerCatalog(async () => catalog);

/** The site's paths: pages showing a title ("t/<id>") or the whole list ("all"), a status page and an endpoint. */
const PATHS = [
  { pathname: '/t/a', type: 'page' },
  { pathname: '/t/b', type: 'page' },
  { pathname: '/all', type: 'page' },
  { pathname: '/404', type: 'page' },
  { pathname: '/feed.xml', type: 'endpoint' },
];

/** Where Astro writes a path in the "directory" format. */
const astroFile = (pathname: string, type: string) =>
  type === 'endpoint' ? pathname.slice(1) : pathname === '/404' ? '404.html' : `${pathname.slice(1)}/index.html`;

/** A prerenderer whose pages show what they read of the catalog, and count their renders. */
function fakePrerenderer(options: { keys?: Record<string, string>; route?: string; extraPaths?: typeof PATHS }) {
  const renders: string[] = [];
  const prerenderer = {
    name: 'fake',
    getStaticPaths: async () =>
      [...PATHS, ...(options.extraPaths ?? [])].map(({ pathname, type }) => ({
        pathname,
        route: { component: options.route ?? 'src/pages/[...path].astro', type } as never,
        ...(options.keys?.[pathname.slice(1)] ? { cacheKey: options.keys[pathname.slice(1)] } : {}),
      })),
    render: async (request: Request) => {
      const path = new URL(request.url).pathname.replace(/^\/|\/$/g, '');
      renders.push(path);
      // As src/data/catalog.ts does: the catalog seen through the recorder of this page.
      const record = currentRecorder();
      const seen = record ? trackReads(catalog, record) : catalog;
      await new Promise((resolve) => setImmediate(resolve));
      const body = path.startsWith('t/') ? `${seen.title.get(path.slice(2))}` : path === '404' ? 'not found' : seen.all.join(',');
      return new Response(`<p>${body}</p>`, { headers: { 'content-type': path === 'feed.xml' ? 'application/xml' : 'text/html' } });
    },
  } as unknown as AstroPrerenderer;
  return { prerenderer, renders };
}

let builds = 0;
async function runBuild(
  options: {
    fingerprint?: string;
    keys?: Record<string, string>;
    commit?: boolean;
    cold?: boolean;
    route?: string;
    extraPaths?: typeof PATHS;
    mustRender?: (pathname: string) => boolean;
    previousSite?: string;
    publicDir?: string;
  } = {},
) {
  const outDir = join(work, `site-${++builds}`);
  const reuse = startPageReuse({
    cacheDir: work,
    base: '/',
    fingerprint: options.fingerprint ?? 'f1',
    cold: options.cold ?? false,
    layout: { outDir, format: 'directory', trailingSlash: 'always' },
    ...(options.previousSite ? { previousSite: options.previousSite } : {}),
    ...(options.publicDir ? { publicDir: options.publicDir } : {}),
  });
  const { prerenderer, renders } = fakePrerenderer(options);
  const wrapped = reuse.wrap(prerenderer, options.mustRender ? { mustRender: options.mustRender } : {});
  const toRender = await wrapped.getStaticPaths();
  // What Astro does with each path it is given: request it, write the response.
  for (const { pathname, route } of toRender) {
    const url = route.type === 'endpoint' ? pathname : `${pathname}/`;
    const result = await wrapped.render(new Request(`http://site${url}`), { routeData: route });
    const file = join(outDir, astroFile(pathname, route.type));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await (result instanceof Response ? result : result.response).text());
  }
  const report = options.commit === false ? undefined : await reuse.commit();
  // A build that does not commit may never write its reused pages.
  mkdirSync(outDir, { recursive: true });
  const files = Object.fromEntries(
    (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(outDir.length + 1), readFileSync(file, 'utf8')];
      }),
  );
  return { files, renders, report, reuse, outDir, toRender: toRender.map((p) => p.pathname) };
}

/** The page reuse of a build with fingerprint f1 writing into `site`, driven by the test itself. */
const reuseInto = (site: string) =>
  startPageReuse({
    cacheDir: work,
    base: '/',
    fingerprint: 'f1',
    cold: false,
    layout: { outDir: join(work, site), format: 'directory', trailingSlash: 'always' },
  });

beforeEach(() => {
  rmSync(join(work, 'dossier-pages'), { recursive: true, force: true });
  catalog = {
    title: new Map([
      ['a', 'A'],
      ['b', 'B'],
    ]),
    all: ['a', 'b'],
  };
});

describe('page reuse', () => {
  it('renders every page the first time; when nothing changed, none, and the kept bytes are written where Astro wrote them', async () => {
    const first = await runBuild();
    expect(first.renders).toEqual(['t/a', 't/b', 'all', '404', 'feed.xml']);
    expect(first.report?.fullRender).toBe('no previous build');
    const second = await runBuild();
    expect(second.toRender).toEqual([]);
    expect(second.renders).toEqual([]);
    expect(Object.keys(second.files).sort()).toEqual(['404.html', 'all/index.html', 'feed.xml', 't/a/index.html', 't/b/index.html']);
    expect(second.files).toEqual(first.files);
    expect(second.report).toEqual({ reused: 5, rendered: [] });
  });

  it("links a reused page's file from the site the last build wrote while it is that build's file, and writes the kept bytes once it is not", async () => {
    const first = await runBuild();
    const inode = (dir: string, file: string) => statSync(join(dir, file)).ino;
    // The last site's copy of one page changed after its build; another's moved away, a symbolic link to it in its place.
    writeFileSync(join(first.outDir, 't/a/index.html'), '<p>changed by hand</p>');
    renameSync(join(first.outDir, 'all/index.html'), join(work, 'moved-all.html'));
    symlinkSync(join(work, 'moved-all.html'), join(first.outDir, 'all/index.html'));
    const second = await runBuild({ previousSite: first.outDir });
    expect(second.renders).toEqual([]);
    expect(second.files).toEqual({ ...first.files, 't/a/index.html': '<p>A</p>' });
    expect(lstatSync(join(second.outDir, 'all/index.html')).isFile()).toBe(true);
    expect(inode(second.outDir, 't/b/index.html')).toBe(inode(first.outDir, 't/b/index.html'));
    expect(inode(second.outDir, 'feed.xml')).toBe(inode(first.outDir, 'feed.xml'));
    expect(inode(second.outDir, 't/a/index.html')).not.toBe(inode(first.outDir, 't/a/index.html'));
    // The file written from the cache, and a page rendered again, are linked by the build after.
    catalog.title.set('b', 'B, edited');
    const third = await runBuild({ previousSite: second.outDir });
    expect(third.renders).toEqual(['t/b']);
    const fourth = await runBuild({ previousSite: third.outDir });
    expect(fourth.renders).toEqual([]);
    expect(fourth.files).toEqual(third.files);
    for (const file of Object.keys(fourth.files)) expect(inode(fourth.outDir, file), file).toBe(inode(third.outDir, file));
    expect(inode(fourth.outDir, 't/a/index.html')).toBe(inode(second.outDir, 't/a/index.html'));
  });

  it('renders again the pages whose reads found something else, and only those', async () => {
    await runBuild();
    catalog.title.set('a', 'A, edited');
    const second = await runBuild();
    expect(second.renders).toEqual(['t/a']);
    expect(second.files['t/a/index.html']).toBe('<p>A, edited</p>');
    expect(second.files['t/b/index.html']).toBe('<p>B</p>');
    catalog.all.push('c');
    expect((await runBuild()).renders).toEqual(['all', 'feed.xml']);
  });

  it('renders again a page whose path key changed', async () => {
    await runBuild({ keys: { 't/b': 'k1' } });
    expect((await runBuild({ keys: { 't/b': 'k2' } })).renders).toEqual(['t/b']);
  });

  it('renders every page when the fingerprint changed, or a cold build is asked for', async () => {
    await runBuild();
    const other = await runBuild({ fingerprint: 'f2' });
    expect(other.renders).toHaveLength(5);
    expect(other.report?.fullRender).toBe('the fingerprint changed');
    const cold = await runBuild({ fingerprint: 'f2', cold: true });
    expect(cold.renders).toHaveLength(5);
    expect(cold.report?.fullRender).toBe('cold build requested');
  });

  it('renders the paths it is told to, and a path listed twice, whatever the cache holds', async () => {
    await runBuild();
    expect((await runBuild({ mustRender: (pathname) => pathname === '/feed.xml' })).renders).toEqual(['feed.xml']);
    // Two routes giving one path is Astro's to report: the reuse leaves both to it.
    const twice = await runBuild({ extraPaths: [{ pathname: '/t/a', type: 'page' }] });
    expect(twice.toRender).toEqual(['/t/a', '/t/a']);
  });

  it('gives Astro a page whose file the public folder holds, which Astro skips in every build, as in a cold one', async () => {
    const publicDir = join(work, 'public');
    mkdirSync(join(publicDir, 't', 'b'), { recursive: true });
    writeFileSync(join(publicDir, 't', 'b', 'index.html'), 'a file of the site owner');
    writeFileSync(join(publicDir, 'robots.txt'), '');
    await runBuild({ publicDir });
    const second = await runBuild({ publicDir });
    expect(second.toRender).toEqual(['/t/b']);
    expect((await runBuild()).toRender).toEqual([]);
  });

  it('hands out the reused pages in their place among all the paths, each once', async () => {
    await runBuild();
    catalog.title.set('b', 'B, edited');
    const reuse = reuseInto('site-order');
    const { prerenderer } = fakePrerenderer({});
    const toRender = await reuse.select(await prerenderer.getStaticPaths());
    expect(toRender.map((p) => p.pathname)).toEqual(['/t/b']);
    const requested = (pages: { requestPath: string }[]) => pages.map((page) => page.requestPath);
    // Before the first page to render: ready at once.
    expect(requested(await reuse.takeReusedReady())).toEqual(['/t/a/']);
    expect(requested(await reuse.takeReusedReady())).toEqual([]);
    expect(requested(await reuse.takeReusedBefore('/t/b/'))).toEqual([]);
    const rest = await reuse.takeReusedBefore(undefined);
    expect(requested(rest)).toEqual(['/all/', '/404/', '/feed.xml']);
    expect(rest.map((page) => [page.file.slice(join(work, 'site-order').length + 1), page.type])).toEqual([
      ['all/index.html', 'text/html'],
      ['404.html', 'text/html'],
      ['feed.xml', 'application/xml'],
    ]);
    // Written as they are handed out.
    expect(readFileSync(rest[0]!.file, 'utf8')).toBe('<p>a,b</p>');
    expect(reuse.reusedPageNames()).toEqual(['t/a/', 'all/', '404/']);
    await reuse.commit();
  });

  it('hands out a reused page that lies between two rendered ones at the later one, and refuses a path it never selected', async () => {
    await runBuild();
    catalog.title.set('b', 'B, edited');
    catalog.all = ['b', 'a'];
    const reuse = reuseInto('site-between');
    const { prerenderer } = fakePrerenderer({});
    const toRender = await reuse.select(await prerenderer.getStaticPaths());
    expect(toRender.map((p) => p.pathname)).toEqual(['/t/b', '/all', '/feed.xml']);
    const requested = async (pages: Promise<{ requestPath: string }[]>) => (await pages).map((page) => page.requestPath);
    expect(await requested(reuse.takeReusedReady())).toEqual(['/t/a/']);
    expect(await requested(reuse.takeReusedBefore('/t/b/'))).toEqual([]);
    expect(await requested(reuse.takeReusedBefore('/all/'))).toEqual([]);
    expect(await requested(reuse.takeReusedBefore('/feed.xml'))).toEqual(['/404/']);
    expect(await requested(reuse.takeReusedBefore(undefined))).toEqual([]);
    await expect(reuse.takeReusedBefore('/t/a/')).rejects.toThrow('/t/a/ was not among the paths selected for this build');
    await reuse.commit();
  });

  it("adds the reused pages to the pages an integration's astro:build:done is given, in the sitemap's order", async () => {
    await runBuild();
    const second = await runBuild({ commit: false });
    expect(second.reuse.reusedPageNames()).toEqual(['t/a/', 't/b/', 'all/', '404/']);
    let given: string[] = [];
    const sitemapLike: AstroIntegration = {
      name: 'lists-pages',
      hooks: { 'astro:build:done': ({ pages }) => void (given = pages.map((page) => page.pathname)) },
    };
    await withReusedPages(sitemapLike).hooks['astro:build:done']!({ pages: [{ pathname: 't/10/' }, { pathname: 't/9/' }] } as never);
    // @astrojs/sitemap sorts its URLs with localeCompare("en", { numeric: true }): given so, its sort finds them in order.
    expect(given).toEqual(['404/', 'all/', 't/9/', 't/10/', 't/a/', 't/b/']);
    expect(given).toEqual([...given].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    await second.reuse.commit();
  });

  it('keeps the previous cache when a build does not commit (it failed or was stopped)', async () => {
    await runBuild();
    catalog.title.set('b', 'B, edited');
    const failed = await runBuild({ commit: false });
    expect(failed.renders).toEqual(['t/b']);
    // The next build still has the first build's pages, and renders the changed one again.
    const next = await runBuild();
    expect(next.renders).toEqual(['t/b']);
    expect(next.files['t/b/index.html']).toBe('<p>B, edited</p>');
    expect(next.files['t/a/index.html']).toBe('<p>A</p>');
  });
});
