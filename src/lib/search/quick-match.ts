import type { QuickManifest, QuickRow } from './quick-index-files.ts';
import { foldCaseAndAccents, quickNameWords, quickQueryTokens } from './quick-tokens.ts';

/** Which shards a query needs (src/lib/search/quick-index.ts), and whether they hold every match. */
export interface QuickPlan {
  /** The query's distinct words, folded. */
  words: string[];
  /** The same words cut to their stems, where a stemmer cut any: rows holding these match too. */
  stemmedWords?: string[];
  /** Shard keys to fetch; empty when no indexed word starts with some query word. */
  keys: string[];
  /** True when the rows of `keys` include every row that can match. */
  complete: boolean;
}

/** The longest manifest key that starts `word` (the root key "" starts every word), if any. */
function keyFor(word: string, manifest: QuickManifest): string | undefined {
  const chars = [...word];
  for (let n = chars.length; n >= 0; n--) {
    const key = chars.slice(0, n).join('');
    // Own keys only: a word such as "constructor" must not find Object.prototype's.
    if (Object.hasOwn(manifest.shards, key)) return key;
  }
  return undefined;
}

/**
 * Every query word must start a word of the row, so any one word's shard holds all
 * the candidates: the plan takes the smallest complete shard among the words. When
 * every word is so common that its shard keeps only its best rows, it takes them all,
 * and the result is the best matches rather than every match. With `stem` (the stemmers
 * of the query's words loaded), the words as typed and the words cut to their stems are
 * planned apart and their shards taken together: a stem's shard is larger, and may keep
 * only its best rows where the word's is complete.
 */
export function planQuickSearch(query: string, manifest: QuickManifest, stem?: (name: string, word: string) => string): QuickPlan {
  const typed = planWords([...new Set(quickQueryTokens(query))], manifest);
  if (!stem) return typed;
  const stemmedWords = [...new Set(quickQueryTokens(query, stem))];
  if (stemmedWords.join(' ') === typed.words.join(' ')) return typed;
  const stemmed = planWords(stemmedWords, manifest);
  return {
    words: typed.words,
    stemmedWords,
    keys: [...new Set([...typed.keys, ...stemmed.keys])],
    complete: typed.complete && stemmed.complete,
  };
}

function planWords(words: string[], manifest: QuickManifest): QuickPlan {
  const none = { words, keys: [], complete: true };
  if (!words.length) return none;
  let best: { key: string; size: number } | undefined;
  const partial = new Set<string>();
  for (const word of words) {
    const key = keyFor(word, manifest);
    if (key === undefined) return none;
    const [size, complete] = manifest.shards[key]!;
    // A partial shard is cut by the next character: no child for this word means no row has it.
    if (!complete && key !== word) return none;
    // Of equal size classes, the longer key is the narrower.
    if (complete && (!best || size < best.size || (size === best.size && key.length > best.key.length))) best = { key, size };
    if (!complete) partial.add(key);
  }
  return best ? { words, keys: [best.key], complete: true } : { words, keys: [...partial], complete: false };
}

/**
 * How well a row's own names answer the query: one is the query, starts with it, or holds it,
 * the title before an alias at each step (0–5); 6 the row holds the query's words. Own names
 * are the title and, for an entity, its aliases; a deal found by a party's name or a brief by
 * its original headline is a weaker match than the party's or the brief's own page.
 */
function tier(row: QuickRow, folded: string): number {
  const [title, ...aliases] = (row[0].startsWith('entities/') ? [row[1], ...(row[3] ?? [])] : [row[1]]).map(foldCaseAndAccents);
  const steps = [(n: string) => n === folded, (n: string) => n.startsWith(folded), (n: string) => n.includes(folded)];
  for (const [i, answers] of steps.entries()) {
    if (answers(title!)) return 2 * i;
    if (aliases.some(answers)) return 2 * i + 1;
  }
  return 6;
}

export interface QuickMatch {
  row: QuickRow;
  /** The row's other names that hold a query word (an alias, an original headline, a party), for showing why it matched. */
  via: string[];
}

/**
 * The rows whose title and names, together, hold a word starting with each query word (or
 * each of `stemmedWords`, the plan's words cut to their stems), best first: by `tier`, the
 * query as typed or as its stems, then in the index's rank order (the order of `rows`).
 */
export function matchQuickRows(
  rows: QuickRow[],
  query: string,
  words: string[] = [...new Set(quickQueryTokens(query))],
  stemmedWords?: string[],
): QuickMatch[] {
  if (!words.length) return [];
  const queries = [foldCaseAndAccents(query), ...(stemmedWords ? [stemmedWords.join(' ')] : [])];
  const wordSets = stemmedWords ? [words, stemmedWords] : [words];
  const seen = new Set<string>();
  const out: { match: QuickMatch; tier: number; order: number }[] = [];
  rows.forEach((row, order) => {
    if (seen.has(row[0])) return; // the same row from two shards
    seen.add(row[0]);
    const [title, ...others] = quickNameWords(row).map((n) => ({ name: n.name, has: (w: string) => n.words.some((t) => t.startsWith(w)) }));
    const held = wordSets.find((set) => set.every((w) => title!.has(w) || others.some((n) => n.has(w))));
    if (!held) return;
    const via = held.every(title!.has) ? [] : others.filter((n) => held.some(n.has)).map((n) => n.name);
    out.push({ match: { row, via }, tier: Math.min(...queries.map((q) => tier(row, q))), order });
  });
  return out.sort((a, b) => a.tier - b.tier || a.order - b.order).map((x) => x.match);
}
