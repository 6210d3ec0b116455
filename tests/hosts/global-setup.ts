// Builds each site variant once per `npm run test:hosts` run (about 10-20 s each on
// 2 cores); every hosts test reads the same builds. HOSTS_SKIP_BUILD=1 reuses
// existing builds while working on the tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VARIANTS, buildVariant } from './variants.ts';

export default function setup(): void {
  for (const v of VARIANTS) {
    if (process.env.HOSTS_SKIP_BUILD && existsSync(join(v.dir, 'index.html'))) continue;
    const started = performance.now();
    buildVariant(v, v.dir);
    console.log(`hosts: built ${v.name} (BASE_PATH=${v.base}) into ${v.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
