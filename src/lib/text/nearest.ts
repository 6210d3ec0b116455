import { closest, distance } from 'fastest-levenshtein';

/**
 * The option nearest to `word` when it is close enough to be a slip (at most a
 * third of its letters differ, ignoring case), or the one option that starts
 * with `word` as a whole first part ("northwind" → "northwind-motors");
 * otherwise undefined, since suggesting "tesla" for "apple" misleads more than it helps.
 */
export function nearestWithin(word: string, options: readonly string[]): string | undefined {
  if (!options.length) return undefined;
  const extended = options.filter((o) => o.startsWith(`${word}-`));
  if (extended.length === 1) return extended[0];
  const nearest = closest(word, options as string[]);
  const allowed = Math.max(1, Math.floor(Math.max(word.length, nearest.length) / 3));
  return distance(word.toLowerCase(), nearest.toLowerCase()) <= allowed ? nearest : undefined;
}
