import type { Read } from './read-tracker.ts';

/** Records one read of the page being rendered. */
export type ReadRecorder = (read: Read) => void;

/**
 * Where the recorder of the page being rendered is kept, across its awaits: Node's
 * AsyncLocalStorage, given by the build (src/integrations/page-reuse.ts).
 */
export interface RecorderStore {
  getStore(): ReadRecorder | undefined;
  run<T>(recorder: ReadRecorder, render: () => T): T;
}

/**
 * The line between the page reuse of a build (src/integrations/page-reuse.ts) and the
 * catalog the pages read (src/data/catalog.ts). Astro loads the two from different bundles,
 * so each has its own copy of this module; what they share is kept under one global symbol.
 */
interface RenderReads {
  recorders?: RecorderStore;
  /** The build's catalog, as the pages get it, once a page module has offered it. */
  catalog?: () => Promise<object>;
}

const SHARED = Symbol.for('dossier.render-reads');

function shared(): RenderReads {
  const scope = globalThis as { [SHARED]?: RenderReads };
  return (scope[SHARED] ??= {});
}

/** Runs `render` with every catalog read it makes, across awaits, reported to `record`. */
export function recordingReads<T>(recorders: RecorderStore, record: ReadRecorder, render: () => Promise<T>): Promise<T> {
  shared().recorders = recorders;
  return recorders.run(record, render);
}

/** The recorder of the page rendering now, if any. */
export function currentRecorder(): ReadRecorder | undefined {
  return shared().recorders?.getStore();
}

/** Offers the catalog to the page reuse, which looks up again what each page read. */
export function offerCatalog(catalog: () => Promise<object>): void {
  shared().catalog = catalog;
}

/** The catalog offered by the pages, or undefined before any page module has loaded. */
export function offeredCatalog(): (() => Promise<object>) | undefined {
  return shared().catalog;
}
