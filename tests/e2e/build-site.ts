// Builds the site once for the e2e tests, under a non-root base path, into .dist-e2e.
import { execFileSync } from 'node:child_process';

const base = process.env.E2E_BASE ?? '/dossier/';
if (process.env.E2E_SKIP_BUILD) {
  console.log('E2E_SKIP_BUILD set: using the existing .dist-e2e');
} else {
  console.log(`Building the site under ${base} into .dist-e2e …`);
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: base, DOSSIER_OUT_DIR: './.dist-e2e' },
  });
}
