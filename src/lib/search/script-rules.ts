import { SCRIPT_RULES, type ScriptEntry, type WordRules } from './languages.ts';

/**
 * The entries of src/lib/search/languages.ts as the analysis uses them: which entry a
 * word belongs to, its word rules fetched on demand, and those rules applied (folding,
 * clitics). The same in Node (index time, every entry loaded first) and in the browser
 * (query time, only the entries of the scripts in the text at hand): whoever analyses
 * text awaits loadScriptRules(text) first, and a word whose rules are not loaded throws
 * rather than being analysed otherwise than the index was.
 */

export interface ScriptRules extends ScriptEntry, WordRules {
  /** Whether the entry's word rules are here (always, for an entry without any). */
  loaded: boolean;
  /** Matches a text starting with a character of the script. */
  starts: RegExp;
  /** Matches a text holding a character of the script. */
  holds: RegExp;
  folds: [RegExp, string][];
  respellings: [RegExp, string][];
  alternations: [RegExp, string][];
  /** Matches one letter of `unspacedAfter`. */
  unspacedLetter?: RegExp | undefined;
  /** stemmerFor's patterns, compiled. */
  stemmersFor: [RegExp, string][];
  minLetters: number;
}

const ENTRIES: ScriptRules[] = SCRIPT_RULES.map((e) => ({
  ...e,
  loaded: !e.words,
  starts: new RegExp(`^\\p{Script=${e.script}}`, 'u'),
  holds: new RegExp(`\\p{Script=${e.script}}`, 'u'),
  folds: [],
  respellings: [],
  alternations: [],
  stemmersFor: [],
  minLetters: 3,
}));

const loading = new Map<ScriptRules, Promise<void>>();

function load(entry: ScriptRules): Promise<void> {
  let done = loading.get(entry);
  if (!done) {
    done = entry.words!().then(({ default: rules }) => {
      Object.assign(entry, rules, {
        folds: (rules.fold ?? []).map(([p, to]) => [new RegExp(p, 'gu'), to]),
        respellings: (rules.respell ?? []).map(([p, to]) => [new RegExp(p, 'gu'), to]),
        alternations: (rules.alternate ?? []).map(([p, to]) => [new RegExp(p, 'u'), to]),
        unspacedLetter: rules.unspacedAfter ? new RegExp(`^${rules.unspacedAfter}$`, 'u') : undefined,
        stemmersFor: (rules.stemmerFor ?? []).map(([p, name]) => [new RegExp(p, 'u'), name]),
        minLetters: rules.minStem ?? 3,
        loaded: true,
      });
      anyFold = undefined;
    });
    // Forgotten when it fails, so the next search asks again.
    done.catch(() => loading.delete(entry));
    loading.set(entry, done);
  }
  return done;
}

/**
 * Fetches the word rules of every script `text` holds (of every entry when `text` is
 * undefined, as index time does) and resolves with the entries of those scripts.
 */
export async function loadScriptRules(text?: string): Promise<ScriptRules[]> {
  const entries = text === undefined ? ENTRIES : entriesOf(text);
  await Promise.all(entries.filter((e) => !e.loaded).map(load));
  return entries;
}

/** The entries of the scripts `text` holds. */
export function entriesOf(text: string): ScriptRules[] {
  return ENTRIES.filter((e) => e.holds.test(text));
}

const notLoaded = (entry: ScriptRules) =>
  new Error(`The ${entry.script} word rules are not loaded: await loadScriptRules(text) before analysing the text.`);

/** The primary subtag of a BCP 47 tag ("zh-Hant" → "zh"). */
const primary = (lang: string | undefined) => lang?.split('-')[0]!.toLowerCase();

/**
 * The entry for a word: the entry of its script that lists `lang`, or else the script's
 * first entry. Undefined for scripts the table does not list and for words starting with
 * a digit or a mark. For how the script is written (segment, encode), which needs no
 * word rules; rulesFor is the one for the word rules.
 */
export function entryFor(word: string, lang?: string): ScriptRules | undefined {
  const ch = String.fromCodePoint(word.codePointAt(0) ?? 32);
  const key = `${ch}\u0000${primary(lang) ?? ''}`;
  // Every word of a page asks: the answer depends only on its first character and the tag.
  if (ENTRY_CACHE.has(key)) return ENTRY_CACHE.get(key);
  const tag = primary(lang);
  let found: ScriptRules | undefined;
  for (const e of ENTRIES) {
    if (!e.starts.test(ch)) continue;
    if (tag && e.langs.includes(tag)) {
      found = e;
      break;
    }
    found ??= e;
  }
  if (ENTRY_CACHE.size > 20_000) ENTRY_CACHE.clear();
  ENTRY_CACHE.set(key, found);
  return found;
}
const ENTRY_CACHE = new Map<string, ScriptRules | undefined>();

/** The entry for a word (see entryFor) with its word rules; throws if they are not loaded. */
export function rulesFor(word: string, lang?: string): ScriptRules | undefined {
  const entry = entryFor(word, lang);
  if (entry && !entry.loaded) throw notLoaded(entry);
  return entry;
}

/** Applies the fold rules of the word's own entry. */
export function foldWord(word: string, rules = rulesFor(word)): string {
  if (!rules?.folds.length) return word;
  let out = word;
  for (const [re, to] of rules.folds) out = out.replace(re, to);
  return out;
}

/** The lower-case word as its entry's respell rules spell it ("münchen" → "muenchen"); the word itself when none applies. */
export function respellWord(word: string, rules = rulesFor(word)): string {
  let out = word;
  for (const [re, to] of rules?.respellings ?? []) out = out.replace(re, to);
  return out;
}

/** The fewest letters of each of two words written without the space between them (`unspacedAfter`): a one-letter conjunction (و) is no word of its own there. */
export const UNSPACED_PART = 2;

/** The name of the stemmer that cuts `word`: the first of stemmerFor whose pattern it holds, else the entry's stemmer. */
export function stemmerOf(word: string, rules = rulesFor(word)): string | undefined {
  return rules?.stemmersFor.find(([re]) => re.test(word))?.[1] ?? rules?.stemmer;
}

/**
 * Every loaded fold pattern in one expression (most text has nothing to fold), and the entries
 * with fold rules, each list once (an entry may take another's rules whole: compounding Latin).
 */
let anyFold: { test: RegExp; entries: ScriptRules[] } | undefined;

function folding(): { test: RegExp; entries: ScriptRules[] } {
  const lists = new Set<WordRules['fold']>();
  const entries = ENTRIES.filter((e) => e.fold && !lists.has(e.fold) && lists.add(e.fold));
  const test = new RegExp(entries.flatMap((e) => e.fold!.map(([p]) => p)).join('|') || '(?!)', 'u');
  return { test, entries };
}

/** Applies every entry's fold rules to a text of any scripts (each rule only touches its own script's letters). */
export function foldScripts(text: string): string {
  for (const e of ENTRIES) if (!e.loaded && e.holds.test(text)) throw notLoaded(e);
  anyFold ??= folding();
  if (!anyFold.test.test(text)) return text;
  let out = text;
  for (const e of anyFold.entries) for (const [re, to] of e.folds) out = out.replace(re, to);
  return out;
}

const length = (s: string) => [...s].length;

/** The word without the longest clitic its entry lists in front, if enough of it remains. */
export function stripPrefix(word: string, rules = rulesFor(word)): string {
  for (const p of rules?.prefixes ?? []) {
    if (word.startsWith(p) && length(word) - length(p) >= rules!.minLetters) return word.slice(p.length);
  }
  return word;
}

/** The word without the longest particle or ending its entry lists at the end, if enough of it remains. */
export function stripSuffix(word: string, rules = rulesFor(word)): string {
  for (const s of rules?.suffixes ?? []) {
    if (word.endsWith(s) && length(word) - length(s) >= rules!.minLetters) return word.slice(0, -s.length);
  }
  return word;
}
