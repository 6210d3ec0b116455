// A seeded pseudo-random source, so a corpus of a given size and seed is the same
// on every run and machine. Hand-written: mulberry32 is a few lines and the bench
// needs nothing more than uniform floats (no dependency for it).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer when the list is shorter), in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An index in [0, n) drawn from a Zipf-like law: low indexes are much more frequent. */
  zipf(n: number, exponent?: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample(items, count) {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
    zipf(n, exponent = 1.1) {
      // Inverse of the continuous power law on [1, n + 1): cheap and close enough for a benchmark.
      const u = next();
      const a = 1 - exponent;
      const x = Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a);
      return Math.min(n - 1, Math.floor(x) - 1);
    },
  };
}
