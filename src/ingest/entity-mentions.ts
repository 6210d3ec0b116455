// Entity mentions through the names and aliases in content/entities, in every script, and the names
// the text uses that no entity has yet (candidates for new entities).
// Matching walks a character trie of all alias keys, so its cost grows with the article, not with
// the number of entities. Word ends allow the inflections that languages glue to names (Bengali
// case endings, Russian declension, Korean particles, Arabic prefixes).
import { foldCase } from '../lib/text/fold-case.ts';
import { isCurrencyCode } from '../schemas/currency.ts';
import type { EntityData } from '../schemas/entity.ts';
import { isMoneyWord } from './amounts.ts';
import { calendarWords } from './dateline.ts';
import { languageData, LANGUAGES, type LanguageData } from './languages.ts';
import { UNSPACED } from './text-features.ts';
import type { SourceLine } from './types.ts';
import { compareText } from '../lib/text/compare-text.ts';

export interface EntityRef {
  id: string;
  data: Pick<EntityData, 'name' | 'aliases'>;
}

interface AliasEntry {
  entity: string;
  /** The alias as the entity file writes it. */
  name: string;
  /** A short or ambiguous name ("HK", "F", "বাবা"): it counts only beside a surer mention. */
  weak: boolean;
  /** Capitals that the text must show: "all" for tickers, "initials" for names. */
  caseRule: 'all' | 'initials' | 'none';
  /** Initial-capital pattern of the alias's words, for caseRule "initials". */
  initials: boolean[];
  /**
   * Weak only for being short in a script without capitals (CJK "小米", Hangul): sure where the text
   * writes it as a whole run of its script (小米、…, 小米は…), not inside a longer word (小米粥).
   */
  caselessShort: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface AliasLookup {
  root: TrieNode;
  aliases: number;
  /** Entity id → its name, for messages and the outlet. */
  names: Map<string, string>;
}

/**
 * Short names that are often something else: tickers and abbreviations of up to four characters
 * ("HK", "CLS"), any name of one or two letters or digits ("G3"), and short forms of up to four characters in
 * scripts without capitals ("বাবা" is also "father") or written in lower case. A capitalised short
 * form such as "Ford" is sure enough, since the case of the text is checked.
 */
function isWeakAlias(name: string, kind: string): boolean {
  const key = foldCase(name);
  const length = [...key].length;
  // Two Chinese characters or Hangul syllables make a name ("東京", "百度"); two letters do not.
  if (length <= 2 && !CJK_NAME.test(name)) return true;
  if ((kind === 'ticker' || kind === 'abbreviation') && length <= 4) return true;
  const cased = /\p{Lu}/u.test(name);
  return kind === 'short' && length <= 4 && !cased;
}
const CJK_NAME = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A name written only in CJK scripts or Hangul, which have no capitals. */
const ALL_CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Whether text[start, end) is a whole run of its script: no Han (or, for Hangul, no Hangul) letter right before or after it. */
function wholeRun(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (HAN.test(text[start] ?? '')) return !HAN.test(before) && !HAN.test(after);
  // Hangul names take glued particles, which the word end already allows.
  return !HANGUL.test(before);
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

/**
 * Letter forms that one name takes in different places, folded to one, one character for one so
 * that offsets stay: Greek final sigma and accented vowels (capitals drop the accents: "ΑΘΗΝΑ" is
 * "Αθηνά"), Cyrillic "ё" (often written "е").
 */
const FORM_FOLD: ReadonlyMap<string, string> = new Map([
  ['ς', 'σ'],
  ['ά', 'α'],
  ['έ', 'ε'],
  ['ή', 'η'],
  ['ί', 'ι'],
  ['ό', 'ο'],
  ['ύ', 'υ'],
  ['ώ', 'ω'],
  ['ϊ', 'ι'],
  ['ϋ', 'υ'],
  ['ΐ', 'ι'],
  ['ΰ', 'υ'],
  ['ё', 'е'],
]);

/** Lower case (any script with case) and the folded forms above; the same length as the input when lower-casing keeps it. */
export function matchKey(text: string): string {
  const lower = text.toLocaleLowerCase('und');
  let out = '';
  for (let i = 0; i < lower.length; i++) out += FORM_FOLD.get(lower[i]!) ?? lower[i]!;
  return out;
}

/**
 * Russian and Ukrainian case endings of a word by its last letter, one list per case (genitive,
 * dative, accusative, instrumental, locative): "Тесла" → "Теслы", "Теслі" (Ukrainian dative and
 * locative), …; "Маск" → "Маска", "Маском", …
 */
const CYRILLIC_CASES: { last: RegExp; drop: number; cases: string[][] }[] = [
  { last: /а$/u, drop: 1, cases: [['ы', 'и'], ['е', 'і'], ['у'], ['ой', 'ою'], ['е', 'і']] },
  { last: /я$/u, drop: 1, cases: [['и', 'і'], ['е', 'і'], ['ю'], ['ей', 'ею', 'єю'], ['е', 'і']] },
  { last: /[йь]$/u, drop: 1, cases: [['я'], ['ю'], ['я'], ['ем', 'ём', 'єм'], ['е', 'і']] },
  { last: /[бвгджзклмнпрстфхцчшщ]$/u, drop: 0, cases: [['а', 'у'], ['у', 'ові'], ['а'], ['ом'], ['е', 'і', 'ові', 'у']] },
];

/**
 * A Ukrainian і (ї) in a closed last syllable, which is о (є) where an ending opens the syllable:
 * "Львів" → "Львова", "Львові"; "Київ" → "Києва", "Києві".
 */
const ALTERNATING_VOWEL = /[ії](?=[бвгґджзклмнпрстфхцчшщ]{1,2}$)/u;

/** The forms of one Cyrillic word in case `k`, or the word itself when it does not decline. */
function cyrillicCase(word: string, k: number): string[] {
  const rule = CYRILLIC_CASES.find((r) => r.last.test(word));
  if (!rule || !/^\p{Script=Cyrillic}+$/u.test(word)) return [word];
  const stem = word.slice(0, word.length - rule.drop);
  // Both stems: not every such word alternates (Ukrainian "Берлін", "Берліна").
  const stems =
    rule.drop === 0 && ALTERNATING_VOWEL.test(stem) ? [stem, stem.replace(ALTERNATING_VOWEL, (v) => (v === 'і' ? 'о' : 'є'))] : [stem];
  return stems.flatMap((s) => rule.cases[k]!.map((e) => s + e));
}

/**
 * Russian and Ukrainian declension of a name: every word in the same case, since a first name and
 * a surname decline together ("Илон Маск" → "Илона Маска", "Илону Маску"), and the last word alone
 * in the plural ("Теслам").
 */
function cyrillicForms(key: string): string[] {
  if (!/\p{Script=Cyrillic}$/u.test(key)) return [];
  const words = key.split(' ');
  const forms = new Set<string>();
  for (let k = 0; k < CYRILLIC_CASES[0]!.cases.length; k++) {
    // Each word's forms in this case, combined (two or three forms a word, two or three words a name).
    let combos = [''];
    for (const w of words) combos = combos.flatMap((c) => cyrillicCase(w, k).map((f) => (c ? `${c} ${f}` : f)));
    for (const c of combos.slice(0, 64)) forms.add(c);
    // The last word alone declined ("Тесла Моторс" stays, "Гонконг Экспресс" → "Гонконг Экспресса").
    const head = words.slice(0, -1).join(' ');
    for (const f of cyrillicCase(words.at(-1)!, k)) forms.add(head ? `${head} ${f}` : f);
  }
  const last = words.at(-1)!;
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(last)) for (const e of ['ы', 'ов', 'ам', 'ах', 'ами']) forms.add(key + e);
  forms.delete(key);
  return [...forms];
}

// Greek declension of a folded name (lower case, no accents, final sigma as σ), every word in the
// same case since adjectives agree: "αθηνα ενεργεια" → genitive "αθηνασ ενεργειασ"; "ολυμποσ" →
// "ολυμπου", "ολυμπο".
const GREEK_CASES: [string, string][][] = [
  [
    ['οσ', 'ου'],
    ['ασ', 'α'],
    ['ησ', 'η'],
    ['α', 'ασ'],
    ['η', 'ησ'],
    ['ο', 'ου'],
    ['ι', 'ιου'],
  ],
  [
    ['οσ', 'ο'],
    ['ασ', 'α'],
    ['ησ', 'η'],
  ],
];

function greekForms(key: string): string[] {
  if (!/\p{Script=Greek}$/u.test(key)) return [];
  return GREEK_CASES.map((endings) =>
    key
      .split(' ')
      .map((w) => {
        if (!/\p{Script=Greek}$/u.test(w)) return w;
        const hit = endings.find(([from]) => w.endsWith(from));
        return hit ? w.slice(0, -hit[0].length) + hit[1] : w;
      })
      .join(' '),
  ).filter((form) => form !== key);
}

function insert(root: TrieNode, key: string, entry: AliasEntry): void {
  let node = root;
  for (const ch of key) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = newNode()));
    node = child;
  }
  if (!node.entries.some((e) => e.entity === entry.entity)) node.entries.push(entry);
}

/** Builds the alias lookup of all entities: each entity's name and every alias. */
export function buildAliasLookup(entities: readonly EntityRef[]): AliasLookup {
  const root = newNode();
  let aliases = 0;
  const entityNames = new Map<string, string>();
  for (const e of entities) {
    entityNames.set(e.id, e.data.name);
    const names = [
      { name: e.data.name, weak: false, caselessShort: false },
      ...e.data.aliases.map((a) => {
        const weakForm = isWeakAlias(a.name, a.kind);
        return {
          name: a.name,
          weak: Boolean(a.ambiguous) || weakForm,
          caselessShort: !a.ambiguous && weakForm && a.kind === 'short' && ALL_CJK.test(a.name),
        };
      }),
    ];
    for (const { name, weak, caselessShort } of names) {
      const key = matchKey(foldCase(name));
      if (!key) continue;
      const norm = name.normalize('NFKC');
      const letters = norm.replace(/[^\p{L}]/gu, '');
      const allCaps =
        letters.length >= 2 &&
        /\p{Lu}/u.test(letters) &&
        letters === letters.toLocaleUpperCase('und') &&
        letters !== letters.toLocaleLowerCase('und');
      const initials = norm.split(/\s+/).map((w) => /^\p{Lu}/u.test(w));
      const entry: AliasEntry = {
        entity: e.id,
        name,
        weak,
        caseRule: allCaps ? 'all' : initials.some(Boolean) ? 'initials' : 'none',
        initials,
        caselessShort,
      };
      for (const form of [key, ...cyrillicForms(key), ...greekForms(key)]) insert(root, form, entry);
      aliases++;
    }
  }
  return { root, aliases, names: entityNames };
}

// Endings and prefixes languages glue to a name (languages.ts), grouped by the script they are written in.
const SCRIPT_OF = (word: string) => SCRIPT_CLASSES.find((c) => c.re.test(word))?.name ?? '';
interface Glued {
  suffixes: Map<string, string[]>;
  prefixes: Map<string, string[]>;
  /** Endings that replace a name's last letters (languages.ts nameEndingSwaps), by script. */
  swaps: Map<string, { ending: string; forms: string[] }[]>;
}
/**
 * Latin endings count only in their own language's articles: many languages write Latin, and
 * Finnish "-n" or Polish "-a" on a name would be read into English words ("Sonya" as Sony).
 * Other scripts' endings come from every language that writes them.
 */
function byScript(pick: (d: LanguageData) => string[] | undefined, latinFrom: LanguageData | undefined): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const d of Object.values(LANGUAGES)) {
    for (const w of pick(d) ?? []) {
      const script = SCRIPT_OF(w);
      if (script === 'Latin' && latinFrom && d !== latinFrom) continue;
      map.set(script, (map.get(script) ?? new Set()).add(w));
    }
  }
  // Longest first, so that "으로부터" is taken before "로".
  return new Map([...map].map(([k, v]) => [k, [...v].sort((x, y) => y.length - x.length)]));
}
const gluedByLanguage = new Map<string, Glued>();
/** The endings and prefixes for an article in `lang` (every language's when it is not known). */
function glued(lang = ''): Glued {
  let g = gluedByLanguage.get(lang);
  if (!g) {
    const own = lang ? languageData(lang) : undefined;
    const swaps = new Map<string, { ending: string; forms: string[] }[]>();
    for (const d of Object.values(LANGUAGES)) {
      for (const swap of d.nameEndingSwaps ?? []) {
        const script = SCRIPT_OF(swap.ending);
        if (script === 'Latin' && own && d !== own) continue;
        swaps.set(script, [...(swaps.get(script) ?? []), swap]);
      }
    }
    g = { suffixes: byScript((d) => d.nameSuffixes, own), prefixes: byScript((d) => d.namePrefixes, own), swaps };
    gluedByLanguage.set(lang, g);
  }
  return g;
}

const SCRIPT_CLASSES = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Bengali',
  'Devanagari',
  'Hangul',
  'Thai',
  'Georgian',
  'Armenian',
  'Ethiopic',
].map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, 'u') }));
// The class of each UTF-16 unit, computed once per unit: this runs for every character of the article.
const CLASS_NAMES = ['', 'digit', 'unspaced', 'mark', 'other', ...SCRIPT_CLASSES.map((c) => c.name)];
const classOfUnit = new Uint8Array(0x10000).fill(255);

function scriptClass(ch: string | undefined): string {
  if (!ch) return '';
  const unit = ch.charCodeAt(0);
  const cached = classOfUnit[unit]!;
  if (cached !== 255) return CLASS_NAMES[cached]!;
  let result: string;
  if (!/[\p{L}\p{M}\p{N}]/u.test(ch)) result = '';
  else if (/[0-9]/.test(ch)) result = 'digit';
  else result = SCRIPT_CLASSES.find((s) => s.re.test(ch))?.name ?? (UNSPACED.test(ch) ? 'unspaced' : /\p{M}/u.test(ch) ? 'mark' : 'other');
  // A lone surrogate (half of a character outside the BMP) is classed by itself and not cached.
  if (unit < 0xd800 || unit > 0xdfff) classOfUnit[unit] = CLASS_NAMES.indexOf(result);
  return result;
}

/**
 * Scripts written without spaces between words whose letters have a class of their own above (Thai),
 * or that Intl.Segmenter splits by dictionary (Lao, Khmer, Burmese): a name glued to the word before
 * it ("ที่เชียงใหม่", "at Chiang Mai") starts where a word segment starts.
 */
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let wordSegmenter: Intl.Segmenter | undefined;

/** The word boundaries of a line in those scripts (offsets where a segment starts or ends), else undefined. */
function segmentBounds(text: string): Set<number> | undefined {
  if (!SEGMENTED.test(text)) return undefined;
  // ICU picks the dictionary by script (Thai, Lao, Khmer, Burmese), not by locale; 'en' names one.
  wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  const bounds = new Set<number>();
  for (const { index, segment } of wordSegmenter.segment(text)) {
    bounds.add(index);
    bounds.add(index + segment.length);
  }
  return bounds;
}

/**
 * A word may start here: after a non-letter, a change of script, in unspaced text, after a glued
 * prefix, or at a word segment's start in Thai, Lao, Khmer or Burmese (`bounds`).
 */
function startsWord(text: string, i: number, { prefixes }: Glued, bounds?: Set<number>): boolean {
  const here = scriptClass(text[i]);
  const before = scriptClass(text[i - 1]);
  if (!before || here === 'unspaced' || before === 'unspaced' || (before !== here && here !== 'mark')) return true;
  if (bounds?.has(i) && SEGMENTED.test(text[i]!)) return true;
  for (const p of prefixes.get(here) ?? []) {
    const at = i - p.length;
    if (at >= 0 && text.startsWith(p, at) && !/[\p{L}\p{M}]/u.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Where a name may end: before a non-letter, a change of script, in unspaced text, after a glued
 * ending, or at a word segment's end in Thai, Lao, Khmer or Burmese (`bounds`).
 */
function endOfWord(text: string, end: number, { suffixes }: Glued, bounds?: Set<number>): number | undefined {
  const last = text[end - 1];
  const next = text[end];
  const a = scriptClass(last);
  const b = scriptClass(next);
  if (!b || a === 'unspaced' || b === 'unspaced' || (a !== b && b !== 'mark')) return end;
  if (bounds?.has(end) && SEGMENTED.test(last!)) return end;
  for (const s of suffixes.get(a) ?? []) {
    if (text.startsWith(s, end) && !/[\p{L}\p{M}]/u.test(text[end + s.length] ?? '')) return end + s.length;
  }
  return undefined;
}

/**
 * How surely the text's spelling names the alias, whatever its case: "NIO", "Nio" and "ΑΘΗΝΑ" are
 * sure; a name the text writes all in lower case ("nio", "the acme of") may be a common word, so it
 * counts only beside a surer mention ("weak"); a name written with capitals where the alias has
 * none is sure too.
 */
function caseMatches(entry: AliasEntry, original: string): 'sure' | 'weak' {
  if (entry.caseRule === 'none') return 'sure';
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (!/\p{Lu}/u.test(letters) && letters !== letters.toLocaleUpperCase('und')) return 'weak';
  if (entry.caseRule === 'all') return /^\P{L}*\p{Lu}/u.test(original) ? 'sure' : 'weak';
  const words = original.split(/\s+/);
  return entry.initials.every((upper, k) => !upper || /^\P{L}*\p{Lu}/u.test(words[k] ?? '')) ? 'sure' : 'weak';
}

export interface EntityMention {
  entity: string;
  /** Each alias the text uses for the entity, as the entity file writes it. */
  aliases: string[];
  lines: number[];
  count: number;
}

export interface MentionResult {
  mentions: EntityMention[];
  /** Weak aliases seen without a surer mention of the same entity: not linked. */
  unconfirmed: { entity: string; alias: string; line: number }[];
  /** Character ranges of matched names per line, for the candidate finder. */
  spans: Map<number, [number, number][]>;
}

interface Hit {
  entity: string;
  alias: string;
  weak: boolean;
  line: number;
  start: number;
  end: number;
}

/**
 * Finds every mention of a known entity in the lines of an article in `lang` (which chooses the
 * Latin endings a name may carry); the longest name wins where names overlap.
 */
export function findEntityMentions(lines: readonly SourceLine[], index: AliasLookup, lang?: string): MentionResult {
  const endings = glued(lang);
  const hits: Hit[] = [];
  for (const { line, text } of lines) {
    const original = text.normalize('NFKC').replace(/\s/g, ' ');
    const lower = matchKey(original);
    const sameLength = lower.length === original.length;
    const bounds = segmentBounds(lower);
    for (let i = 0; i < lower.length;) {
      if (!startsWord(lower, i, endings, bounds)) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = index.root;
      // The longest name the text spells surely, else the longest in lower case ("Acme bank" is Acme).
      let sure: { end: number; entries: AliasEntry[]; lowerCase: boolean } | undefined;
      let weak: typeof sure;
      for (let j = i; j < lower.length && node; j++) {
        node = node.next.get(lower[j]!);
        // A case form that replaces the name's last letters: "Tesli" for "Tesla" (stem "Tesl" + "i").
        const swaps = node && j > i + 1 ? endings.swaps.get(scriptClass(lower[j])) : undefined;
        for (const { ending, forms } of swaps ?? []) {
          let full: TrieNode | undefined = node;
          for (const ch of ending) full = full?.next.get(ch);
          if (!full?.entries.length) continue;
          const form = forms.find((f) => lower.startsWith(f, j + 1) && !/[\p{L}\p{M}]/u.test(lower[j + 1 + f.length] ?? ''));
          if (!form) continue;
          const end = j + 1 + form.length;
          const written = original.slice(i, end);
          const entries = full.entries.filter((e) => !sameLength || caseMatches(e, written) === 'sure');
          if (entries.length) sure = { end, entries, lowerCase: false };
          else weak = { end, entries: full.entries, lowerCase: true };
        }
        if (!node?.entries.length) continue;
        const end = endOfWord(lower, j + 1, endings, bounds);
        if (end === undefined) continue;
        // A Latin name shorter than four letters takes no case ending: "Oran" is not "Ora" + "n".
        if (end > j + 1 && j + 1 - i < 4 && scriptClass(lower[j]) === 'Latin') continue;
        const written = original.slice(i, j + 1);
        const entries = node.entries.filter((e) => !sameLength || caseMatches(e, written) === 'sure');
        if (entries.length) sure = { end, entries, lowerCase: false };
        else weak = { end, entries: node.entries, lowerCase: true };
      }
      const best = sure ?? weak;
      if (!best) {
        i++;
        continue;
      }
      // A name several entities share is ambiguous: it counts as weak for each of them.
      const shared = best.entries.length > 1;
      for (const e of best.entries) {
        const weakAlias = e.weak && !(e.caselessShort && wholeRun(lower, i, best.end));
        hits.push({ entity: e.entity, alias: e.name, weak: weakAlias || shared || best.lowerCase, line, start: i, end: best.end });
      }
      i = best.end;
    }
  }
  const strong = new Set(hits.filter((h) => !h.weak).map((h) => h.entity));
  const byEntity = new Map<string, EntityMention>();
  const unconfirmed: MentionResult['unconfirmed'] = [];
  const spans = new Map<number, [number, number][]>();
  for (const h of hits) {
    const lineSpans = spans.get(h.line);
    if (lineSpans) lineSpans.push([h.start, h.end]);
    else spans.set(h.line, [[h.start, h.end]]);
    if (h.weak && !strong.has(h.entity)) {
      unconfirmed.push({ entity: h.entity, alias: h.alias, line: h.line });
      continue;
    }
    const m = byEntity.get(h.entity) ?? { entity: h.entity, aliases: [], lines: [], count: 0 };
    if (!m.aliases.includes(h.alias)) m.aliases.push(h.alias);
    // Hits come in line order, so a new line is always the last one.
    if (m.lines.at(-1) !== h.line) m.lines.push(h.line);
    m.count++;
    byEntity.set(h.entity, m);
  }
  const mentions = [...byEntity.values()].sort((a, b) => b.count - a.count || a.lines[0]! - b.lines[0]! || compareText(a.entity, b.entity));
  return { mentions, unconfirmed, spans };
}

/**
 * Whether a range of a line is free of matched names, in constant time: a prefix count of the
 * characters that matched names cover.
 */
function freeRanges(taken: readonly [number, number][], length: number): (start: number, end: number) => boolean {
  if (!taken.length) return () => true;
  const covered = new Uint32Array(length + 1);
  const mark = new Uint8Array(length);
  for (const [s, e] of taken) mark.fill(1, Math.min(s, length), Math.min(e, length));
  for (let i = 0; i < length; i++) covered[i + 1] = covered[i]! + mark[i]!;
  return (start, end) => covered[Math.min(end, length)] === covered[Math.min(start, length)];
}

export interface NameCandidate {
  name: string;
  count: number;
  lines: number[];
  /** The name's other forms in the text, declined ("Києві" and "Києвом" of "Київ"). */
  forms?: string[];
}

/**
 * A single word that looks like a name even where every noun is capitalised: a capital inside it
 * ("WeRide", but not after a hyphen as in the compound "Elektroauto-Start"), a digit, or all capitals.
 */
const DISTINCTIVE = /[^\s-]\p{Lu}|\d|^\p{Lu}{2,}/u;

/** A common noun of the kind that introduces a name (languages.ts nounHeads): "Batteriehersteller". */
function isNounHead(word: string, heads: readonly string[]): boolean {
  const lower = word.toLocaleLowerCase('und');
  return !DISTINCTIVE.test(word) && heads.some((h) => lower.endsWith(h));
}

const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'du',
  'des',
  'da',
  'do',
  'dos',
  'bin',
  'al',
  'and',
  '&',
  'und',
  'et',
  'y',
  'e',
  'и',
]);
const CASED_WORD = /^\p{Lu}[\p{L}\p{M}\d'’&+-]*$/u;
/**
 * Connectors that join two names, not the words of one: "Castilla-La Mancha y Extremadura" is two
 * regions, so a run is split there ("&" stays: "Procter & Gamble"). A joined name that is a known
 * entity was matched before candidates are read, so it is never split.
 */
const CONJUNCTIONS = new Set(['and', 'und', 'et', 'y', 'e', 'и']);
/**
 * A unit of measure written after a number, capitalised though no name: "500 MW", "20 GWh",
 * "300 МВт", "12 Km". SI prefixes before watts, watt-hours, volts, hertz, joules and tonnes, and the
 * Cyrillic forms.
 */
const UNIT_AFTER_NUMBER =
  /^(?:[kKMGT]?(?:W|Wh|Wp|V|VA|Hz|J)|[kKMGT]W(?:h|p|e|el|th)|Mt|Gt|Km|Kg|KM|KG|[кКМГТ]?(?:Вт|Вт·ч|Втч)|[кКМГТ]Вт(?:ч|·ч)?|Км|Кг|Га)$/u;

/**
 * Names the text uses that no entity matched: runs of capitalised words in cased scripts (not a
 * lone word opening a sentence, and not a word the text also writes in lower case), Latin names in
 * texts of other scripts, quoted names (« », “ ”, 「 」, 《 》) and short tokens in brackets.
 */
export function findNameCandidates(lines: readonly SourceLine[], spans: Map<number, [number, number][]>, lang: string): NameCandidate[] {
  const lowerWords = new Set<string>();
  const all = lines.map((l) => ({ ...l, text: l.text.normalize('NFKC').replace(/\s/g, ' ') }));
  for (const { text } of all)
    for (const w of text.split(/[^\p{L}\p{M}'’-]+/u))
      if (w && w === w.toLocaleLowerCase('und') && w !== w.toLocaleUpperCase('und')) lowerWords.add(w);
  const calendar = calendarWords(lang);
  const { capitalisesNouns: nounsCapitalised, nounHeads = [], notNameStarts = [] } = languageData(lang);
  const notStarts = new Set(notNameStarts);
  // Capitalised words the text writes inside a sentence, and how often each capitalised run occurs:
  // a word capitalised only at a sentence start is an ordinary word there ("Представители …").
  const midCapitalised = new Set<string>();
  for (const { text } of all) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{M}\d,)]\s+)\p{Lu}[\p{L}\p{M}'’&+-]*/gu)) midCapitalised.add(m[0]);
  }
  const found = new Map<string, NameCandidate>();
  /** `apposition`: the name follows a common noun that introduces it ("Elektroautobauer Nio"). */
  // What each raw name became (its key, or null when refused): runs repeat, and the checks are regexes.
  const verdicts = new Map<string, string | null>();
  const add = (name: string, line: number, apposition = false) => {
    const memo = `${apposition ? '1' : '0'}${name}`;
    const known = verdicts.get(memo);
    if (known === null) return;
    if (known !== undefined) {
      const c = found.get(known)!;
      c.count++;
      if (c.lines.at(-1) !== line) c.lines.push(line);
      return;
    }
    verdicts.set(memo, null);
    // Without quotes and a glued ending after an apostrophe ("Alibaba's", "Türkiye'de").
    const clean = name.replace(/^[\s'"’“”«»()-]+|[\s'"’“”«»(),.:;!?-]+$/gu, '').replace(/[’'][\p{Ll}]{1,4}$/u, '');
    if ([...clean].length < 2 || /^\p{N}+$/u.test(clean)) return;
    const letters = clean.replace(/[^\p{L}]/gu, '');
    if (letters.length <= 2) return; // "AI", "EV", "No"
    if (/^[A-Z]{3}$/.test(clean) && isCurrencyCode(clean)) return; // "HKD"
    const parts = clean.split(/\s+/);
    if (parts.some((p) => calendar.has(p.toLocaleLowerCase('und')) || isMoneyWord(p))) return;
    // German capitalises every noun: a lone capitalised word there is no sign of a name.
    if (parts.length === 1 && nounsCapitalised && !apposition && !DISTINCTIVE.test(clean)) return;
    const key = clean.toLocaleLowerCase('und');
    verdicts.set(memo, key);
    const c = found.get(key) ?? { name: clean, count: 0, lines: [] };
    c.count++;
    if (c.lines.at(-1) !== line) c.lines.push(line);
    found.set(key, c);
  };
  for (const { line, text } of all) {
    const free = freeRanges(spans.get(line) ?? [], text.length);
    const caseless = !/[\p{Lu}]/u.test(text.replace(/[\p{Script=Latin}]/gu, '')) && /[^\p{Script=Latin}\P{L}]/u.test(text);
    if (caseless) {
      // Latin names inside text of another script.
      for (const m of text.matchAll(
        /(?<![\p{Script=Latin}])\p{Script=Latin}[\p{Script=Latin}\d&.+'-]*(?: \p{Lu}[\p{Script=Latin}\d&.+'-]*)*/gu,
      )) {
        if (free(m.index, m.index + m[0].length) && /\p{Lu}/u.test(m[0])) add(m[0], line);
      }
      for (const m of text.matchAll(/[(（]([^()（）\d]{2,14})[)）]/gu)) {
        if (free(m.index, m.index + m[0].length) && !/\s.*\s/u.test(m[1]!)) add(m[1]!, line);
      }
    } else {
      // Words, without a glued lower-case clitic ("EV-nya" → "EV"); a full stop ends a run.
      const tokens = [...text.matchAll(/[\p{L}\p{M}\d'’&+-]+/gu)].map((t) => {
        const bare = t[0].replace(/-\p{Ll}+$/u, '');
        return Object.assign([bare], { index: t.index }) as unknown as RegExpExecArray;
      });
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (!CASED_WORD.test(t[0]) || !free(t.index, t.index + t[0].length)) continue;
        const before = tokens[k - 1];
        if (before && /^\p{N}[\p{N}.,]*$/u.test(before[0]) && UNIT_AFTER_NUMBER.test(t[0])) continue;
        // A sentence starts after the line start or after . ! ? : ; a dash or an opening quote.
        let back = t.index - 1;
        while (back >= 0 && /\s/u.test(text[back]!)) back--;
        while (back >= 0 && /["”»’']/u.test(text[back]!) && /[.!?]/u.test(text[back - 1] ?? '')) back--;
        const sentenceStart = back < 0 || /[.!?:;"«“„—–-]/u.test(text[back]!);
        const commonWord = lowerWords.has(t[0].toLocaleLowerCase('und'));
        let end = k;
        const run = [t[0]];
        for (let n = k + 1; n < tokens.length; n++) {
          const next = tokens[n]!;
          const gap = text.slice(tokens[n - 1]!.index + tokens[n - 1]![0].length, next.index);
          if (gap !== ' ' || !free(next.index, next.index + next[0].length)) break;
          if (CASED_WORD.test(next[0])) {
            run.push(next[0]);
            end = n;
          } else if (
            CONNECTORS.has(next[0]) &&
            CASED_WORD.test(tokens[n + 1]?.[0] ?? '') &&
            text.slice(next.index + next[0].length, tokens[n + 1]!.index) === ' '
          ) {
            run.push(next[0]);
          } else break;
        }
        while (run.length && CONNECTORS.has(run.at(-1)!)) run.pop();
        // A capitalised common noun before a name is not part of it, nor is what stands before that
        // noun: "Elektroautobauer Nio" and "Der Batteriehersteller CATL" name Nio and CATL.
        let apposition = false;
        if (nounsCapitalised) {
          let head = -1;
          for (let n = 0; n < run.length - 1; n++) if (isNounHead(run[n]!, nounHeads)) head = n;
          if (head >= 0) {
            run.splice(0, head + 1);
            apposition = true;
          }
        }
        // A capitalised common word opens a run only when more capitals follow: "The" is dropped.
        if ((sentenceStart || commonWord) && lowerWords.has(run[0]!.toLocaleLowerCase('und'))) run.shift();
        // Articles, determiners and the language's listed common words never open a name ("Das
        // Unternehmen", "Nähe von Leipzig"), nor does a connector left in front.
        while (run.length && (notStarts.has(run[0]!.toLocaleLowerCase('und')) || CONNECTORS.has(run[0]!))) run.shift();
        // A word that opens a sentence and is capitalised nowhere else in the text, before a name
        // that goes on: a common noun ("Представители Илона Маска", "Analysts Zhang Wei").
        if (sentenceStart && run.length > 1 && run[0] === t[0] && !midCapitalised.has(run[0]!) && !DISTINCTIVE.test(run[0]!)) run.shift();
        // The country or qualifier of a currency is no name: "доларів США", "dólares estadounidenses".
        const previous = tokens[k - 1];
        if (previous && run[0] === t[0] && isMoneyWord(`${previous[0]} ${run.join(' ')}`)) run.length = 0;
        const pieces: string[][] = [[]];
        for (const w of run) {
          if (CONJUNCTIONS.has(w)) pieces.push([]);
          else pieces.at(-1)!.push(w);
        }
        const [first, ...others] = pieces.filter((p) => p.length);
        const single = first?.length === 1;
        const distinctive = single && DISTINCTIVE.test(first[0] ?? '');
        if (apposition && first) add(first.join(' '), line, true);
        else if (first && (!single || !sentenceStart || distinctive) && !(single && commonWord)) add(first.join(' '), line);
        for (const p of others) if (p.length > 1 || !lowerWords.has(p[0]!.toLocaleLowerCase('und'))) add(p.join(' '), line);
        k = end;
      }
    }
    for (const m of text.matchAll(/[«“„「『《]([^«»“”„「」『』《》]{2,60})[»”“」』》]/gu)) {
      const inner = m[1]!.trim();
      if (free(m.index, m.index + m[0].length) && inner.split(/\s+/).length <= 5 && !/[.!?。]$/u.test(inner)) add(inner, line);
    }
  }
  return withDeclinedForms([...found.values()]).sort(
    (a, b) => b.count - a.count || a.lines[0]! - b.lines[0]! || compareText(a.name, b.name),
  );
}

/**
 * Candidates that are declined forms of another candidate (Russian, Ukrainian and Greek cases,
 * as alias matching declines a name: "Києві", "Києвом" of "Київ") joined to it, with their
 * counts, lines and spellings (`forms`). The shortest name is taken as the one the others decline.
 */
function withDeclinedForms(candidates: NameCandidate[]): NameCandidate[] {
  const byKey = new Map(candidates.map((c) => [matchKey(foldCase(c.name)), c]));
  const joined = new Set<NameCandidate>();
  const bases = [...candidates].sort((a, b) => [...a.name].length - [...b.name].length || compareText(a.name, b.name));
  for (const base of bases) {
    if (joined.has(base)) continue;
    const key = matchKey(foldCase(base.name));
    for (const form of [...cyrillicForms(key), ...greekForms(key)]) {
      const other = byKey.get(form);
      if (!other || other === base || joined.has(other)) continue;
      joined.add(other);
      base.count += other.count;
      base.lines = [...new Set([...base.lines, ...other.lines])].sort((a, b) => a - b);
      base.forms = [...(base.forms ?? []), other.name, ...(other.forms ?? [])];
    }
  }
  return candidates.filter((c) => !joined.has(c));
}
