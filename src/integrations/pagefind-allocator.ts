/**
 * Pagefind's Linux binaries are static musl builds that allocate with jemalloc
 * (tikv-jemallocator), which reads its options from `_RJEM_MALLOC_CONF`. With jemalloc's
 * defaults, building and writing the bundle of a 10k-brief site spent much of its time in
 * the kernel: freed memory was handed back (tens of thousands of madvise calls) and faulted
 * in again, page by page. These options keep freed memory in the process, ask for huge
 * pages and use one arena (the fewest pages held). Measured on a 10k site in BENCHMARKS.md.
 * A binary without jemalloc ignores the variable; a test fails if the shipped one stops
 * reading it (tests/unit/pagefind-allocator.test.ts).
 */
export const PAGEFIND_MALLOC_CONF = 'narenas:1,dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always,metadata_thp:always';

/** The environment variable Pagefind's jemalloc reads its options from. */
export const MALLOC_CONF_VARIABLE = '_RJEM_MALLOC_CONF';

/**
 * Runs `launch`, which starts Pagefind's process (its Node API spawns the binary with this
 * process's environment, during the first call), with the allocator options set; the
 * environment is as it was afterwards. Options the site owner set themselves are kept.
 */
export function withPagefindAllocator<T>(launch: () => T): T {
  if (process.env[MALLOC_CONF_VARIABLE] !== undefined) return launch();
  process.env[MALLOC_CONF_VARIABLE] = PAGEFIND_MALLOC_CONF;
  try {
    return launch();
  } finally {
    delete process.env[MALLOC_CONF_VARIABLE];
  }
}
