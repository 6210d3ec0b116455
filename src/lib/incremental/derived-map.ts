import { NO_DIGEST } from './value-digest.ts';

/**
 * Marks a derived map. The build's page reuse and the pages load this module from different
 * bundles, so `instanceof` cannot tell one bundle's DerivedMap in the other.
 */
export const DERIVED_MAP = Symbol.for('dossier.derived-map');

export const isDerivedMap = (value: unknown): value is DerivedMap<unknown, unknown> =>
  typeof value === 'object' && value !== null && (value as { [DERIVED_MAP]?: boolean })[DERIVED_MAP] === true;

/**
 * A view of the catalog computed per key on first request: `get(key)` runs `derive` once and
 * keeps the answer. A page that asks for one key depends on that key's answer alone (its
 * reads are recorded as that key, src/lib/incremental/read-tracker.ts), not on everything
 * the derivation looked at: a brief's related briefs change far less often than the lists
 * of briefs they are picked from.
 */
export class DerivedMap<K, V> {
  readonly #derive: (key: K) => V;
  readonly #answers = new Map<K, V>();
  // Read whole, a view says nothing about the answers it would give: a page that does so
  // cannot be checked, and is rendered every build.
  readonly [NO_DIGEST] = true;
  readonly [DERIVED_MAP] = true;

  constructor(derive: (key: K) => V) {
    this.#derive = derive;
  }

  get(key: K): V {
    if (this.#answers.has(key)) return this.#answers.get(key)!;
    const answer = this.#derive(key);
    this.#answers.set(key, answer);
    return answer;
  }
}
