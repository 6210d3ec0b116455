// Pagefind's allocator options (src/integrations/pagefind-allocator.ts): they reach the
// process Pagefind's Node API starts, the binary it ships reads every one of them, and the
// environment of the build is left as it was.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { MALLOC_CONF_VARIABLE, PAGEFIND_MALLOC_CONF, withPagefindAllocator } from '../../src/integrations/pagefind-allocator.ts';

const ownerSetting = process.env[MALLOC_CONF_VARIABLE];
afterEach(() => {
  if (ownerSetting === undefined) delete process.env[MALLOC_CONF_VARIABLE];
  else process.env[MALLOC_CONF_VARIABLE] = ownerSetting;
});

describe('withPagefindAllocator', () => {
  it('sets the options while Pagefind starts, and removes them afterwards', () => {
    delete process.env[MALLOC_CONF_VARIABLE];
    const seen = withPagefindAllocator(() => process.env[MALLOC_CONF_VARIABLE]);
    expect(seen).toBe(PAGEFIND_MALLOC_CONF);
    expect(process.env[MALLOC_CONF_VARIABLE]).toBeUndefined();
  });

  it('removes them when starting Pagefind throws', () => {
    delete process.env[MALLOC_CONF_VARIABLE];
    expect(() =>
      withPagefindAllocator(() => {
        throw new Error('no binary');
      }),
    ).toThrow('no binary');
    expect(process.env[MALLOC_CONF_VARIABLE]).toBeUndefined();
  });

  it("keeps the site owner's own options", () => {
    process.env[MALLOC_CONF_VARIABLE] = 'narenas:2';
    expect(withPagefindAllocator(() => process.env[MALLOC_CONF_VARIABLE])).toBe('narenas:2');
    expect(process.env[MALLOC_CONF_VARIABLE]).toBe('narenas:2');
  });
});

/** This process's child whose command name starts with "pagefind", read from Linux's /proc. */
function pagefindChild(): number | undefined {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended since the listing
    }
    // "pid (comm) state ppid …": the name may hold spaces, so split after its last ")".
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === process.pid && comm.startsWith('pagefind')) return Number(name);
  }
  return undefined;
}

// /proc tells which environment and binary the started process has: Linux only, where
// Pagefind's binaries are the musl builds the options are for.
describe.skipIf(process.platform !== 'linux')("Pagefind's process", () => {
  it('is started with the options, and its binary reads every one of them', async () => {
    delete process.env[MALLOC_CONF_VARIABLE];
    await pagefind.close(); // a process started earlier would not have them
    const { index, errors } = await withPagefindAllocator(() => pagefind.createIndex({}));
    expect(errors).toEqual([]);
    expect(index).toBeDefined();
    const pid = pagefindChild();
    expect(pid, 'no Pagefind process under this one').toBeDefined();
    const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const binary = realpathSync(`/proc/${pid}/exe`);
    await pagefind.close();
    expect(environment).toContain(`${MALLOC_CONF_VARIABLE}=${PAGEFIND_MALLOC_CONF}`);
    expect(process.env[MALLOC_CONF_VARIABLE]).toBeUndefined();

    // jemalloc prints the options it took when asked to print its statistics at exit, and
    // names any option it does not know.
    const run = spawnSync(binary, ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, [MALLOC_CONF_VARIABLE]: `${PAGEFIND_MALLOC_CONF},stats_print:true` },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/invalid conf/i);
    for (const option of PAGEFIND_MALLOC_CONF.split(',')) {
      const [name, value] = option.split(':');
      expect(run.stderr, `jemalloc in ${binary} did not take ${option}`).toMatch(new RegExp(`opt\\.${name}: "?${value}"?(\\s|$)`, 'm'));
    }
  });
});
