#!/usr/bin/env node
// `npm run ingest -- FILE...` (also the `dossier-ingest` bin): raw articles become draft briefs.
import { main } from '../ingest/cli.ts';

process.exitCode = main(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  cwd: process.cwd(),
});
