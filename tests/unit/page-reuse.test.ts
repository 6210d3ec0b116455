// The page reuse of a build (src/integrations/page-reuse.ts), with a stand-in for Astro's
// prerenderer: a page is answered from the cache only when its key, its fingerprint and
// everything it read are as they were; a build that never commits leaves the cache as it was.
import type { AstroPrerenderer } from 'astro';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startPageReuse } from '../../src/integrations/page-reuse.ts';
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

/** A prerenderer whose pages show a title from the catalog ("t/<id>") or the whole list ("all"), and count their renders. */
function fakePrerenderer(keys: Record<string, string> = {}) {
  const renders: string[] = [];
  const prerenderer = {
    name: 'fake',
    getStaticPaths: async () => [
      ...['t/a', 't/b', 'all'].map((p) => ({ pathname: `/${p}`, route: {} as never, ...(keys[p] ? { cacheKey: keys[p] } : {}) })),
    ],
    render: async (request: Request) => {
      const path = new URL(request.url).pathname.replace(/^\/|\/$/g, '');
      renders.push(path);
      // As src/data/catalog.ts does: the catalog seen through the recorder of this page.
      const record = currentRecorder();
      const seen = record ? trackReads(catalog, record) : catalog;
      await new Promise((resolve) => setImmediate(resolve));
      const body = path === 'all' ? seen.all.join(',') : `${seen.title.get(path.slice(2))}`;
      return new Response(`<p>${body}</p>`, { headers: { 'content-type': 'text/html' } });
    },
  } as unknown as AstroPrerenderer;
  return { prerenderer, renders };
}

async function runBuild(
  options: { fingerprint?: string; keys?: Record<string, string>; commit?: boolean; cold?: boolean; route?: string } = {},
) {
  const reuse = startPageReuse({ cacheDir: work, base: '/', fingerprint: options.fingerprint ?? 'f1', cold: options.cold ?? false });
  const { prerenderer, renders } = fakePrerenderer(options.keys);
  const wrapped = reuse.wrap(prerenderer);
  const pages: Record<string, string> = {};
  for (const { pathname } of await wrapped.getStaticPaths()) {
    const routeData = { component: options.route ?? 'src/pages/[...path].astro' } as never;
    const result = await wrapped.render(new Request(`http://site${pathname}/`), { routeData });
    pages[pathname.slice(1)] = await (result instanceof Response ? result : result.response).text();
  }
  const report = options.commit === false ? undefined : reuse.commit();
  return { pages, renders, report };
}

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
  it('renders every page the first time, and none when nothing changed', async () => {
    const first = await runBuild();
    expect(first.renders).toEqual(['t/a', 't/b', 'all']);
    expect(first.report?.fullRender).toBe('no previous build');
    const second = await runBuild();
    expect(second.renders).toEqual([]);
    expect(second.pages).toEqual(first.pages);
    expect(second.report).toEqual({ reused: 3, rendered: [] });
  });

  it('renders again the pages whose reads found something else, and only those', async () => {
    await runBuild();
    catalog.title.set('a', 'A, edited');
    const second = await runBuild();
    expect(second.renders).toEqual(['t/a']);
    expect(second.pages['t/a']).toBe('<p>A, edited</p>');
    catalog.all.push('c');
    expect((await runBuild()).renders).toEqual(['all']);
  });

  it('renders again a page whose path key changed', async () => {
    await runBuild({ keys: { 't/b': 'k1' } });
    expect((await runBuild({ keys: { 't/b': 'k2' } })).renders).toEqual(['t/b']);
  });

  it('renders every page when the fingerprint changed, or a cold build is asked for', async () => {
    await runBuild();
    const other = await runBuild({ fingerprint: 'f2' });
    expect(other.renders).toHaveLength(3);
    expect(other.report?.fullRender).toBe('the fingerprint changed');
    const cold = await runBuild({ fingerprint: 'f2', cold: true });
    expect(cold.renders).toHaveLength(3);
    expect(cold.report?.fullRender).toBe('cold build requested');
  });

  it('keeps the previous cache when a build does not commit (it failed or was stopped)', async () => {
    await runBuild();
    catalog.title.set('b', 'B, edited');
    const failed = await runBuild({ commit: false });
    expect(failed.renders).toEqual(['t/b']);
    // The next build still has the first build's pages, and renders the changed one again.
    const next = await runBuild();
    expect(next.renders).toEqual(['t/b']);
    expect(next.pages['t/b']).toBe('<p>B, edited</p>');
    expect(next.pages['t/a']).toBe('<p>A</p>');
  });
});
