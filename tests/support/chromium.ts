// Launch options for Chromium: Debian's /usr/bin/chromium where it exists (these
// machines cannot download Playwright's browsers), Playwright's own browser elsewhere.
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  return existsSync(DEBIAN_CHROMIUM)
    ? {
        executablePath: DEBIAN_CHROMIUM,
        // Without the background-networking flags Chromium keeps dialling Google's hosts, which this network refuses.
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }
    : {};
}
