// The Astro half of `npm run build` (src/cli/build.ts), in a process of its own: Astro's
// build() into the folder named, with the pages sent to the search indexer of the process
// that started this one. After a build that rendered most pages, that process writes the
// bundle (the largest step of the index) once this one has ended and its memory is gone.
//
// Arguments: --out <folder> [--cache-dir <folder>] [--config <file>]. Exits 0 when Astro's
// build succeeded, 1 with Astro's message otherwise.
import { parseArgs } from 'node:util';
import { offerSearchIndexerHost, type IndexerReply } from '../integrations/search-index-thread.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, 'cache-dir': { type: 'string' }, config: { type: 'string' } } });
if (!process.send || !values.out) {
  console.error('astro-build-process.ts is started by src/cli/build.ts (`npm run build`), with an IPC channel and --out.');
  process.exit(1);
}
const send = process.send.bind(process);

offerSearchIndexerHost({
  send: (request) => send(request),
  listen: (onMessage, onClosed) => {
    process.on('message', (reply) => onMessage(reply as IndexerReply));
    process.on('disconnect', () => onClosed(new Error('the build script that holds the search index stopped')));
  },
});

try {
  const { build } = await import('astro');
  await build({
    root: process.cwd(),
    outDir: values.out,
    ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
    ...(values.config ? { configFile: values.config } : {}),
  });
  process.exitCode = 0;
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exitCode = 1;
}
// Astro may leave handles open (file watchers of its cache); the build is over.
process.exit();
