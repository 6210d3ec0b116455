// Signs that machine translation (or a copy-paste) damaged the text: words fused across scripts
// ("traditionalতিহ্যবাহী"), numbers that were lost ("থেকে%% শেয়ারের", "$ billion") or lost their
// percent sign ("una quota del 25 nella…"), template
// numbers with letters for digits ("2O27", "l5"), placeholders and the Unicode replacement character.
import { isMoneyWord } from './amounts.ts';
import { languageData, languageKey } from './languages.ts';
import { asciiDigits, NUMBER_SOURCE, parseNumber } from './numerals.ts';
import { FIGURE_PERCENT_WORDS, PERCENT_WORDS_ONLY } from './percentages.ts';
import type { SourceLine } from './types.ts';

export const MT_DAMAGE_KINDS = ['mixed-script', 'lost-number', 'garbled-number', 'placeholder', 'encoding'] as const;
export type MtDamageKind = (typeof MT_DAMAGE_KINDS)[number];

export interface MtDamage {
  kind: MtDamageKind;
  /** The damaged token or a few characters around it. */
  text: string;
  line: number;
  explanation: string;
}

// Alphabets that never share a word with Latin letters in correct text. Chinese, Japanese and Korean
// do glue Latin words to their own ("AI公司", "Apple은"), so they are left out.
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Bengali',
  'Devanagari',
  'Gurmukhi',
  'Gujarati',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Georgian',
  'Armenian',
  'Ethiopic',
];
const SCRIPT_RES = SCRIPTS.map((s) => ({ script: s, re: new RegExp(`\\p{Script=${s}}`, 'u') }));

function scriptsOf(token: string): Set<string> {
  const found = new Set<string>();
  for (const ch of token) {
    if (!/\p{L}/u.test(ch)) continue;
    const hit = SCRIPT_RES.find((s) => s.re.test(ch));
    if (hit) found.add(hit.script);
  }
  return found;
}

/**
 * A number with letters typed or recognised for digits: O or o for 0, l or I for 1, in a number's
 * shape ("2O27", "1O,5", "l5"). A letter must stand between digits, or an l or I open the number;
 * a letter after the digits is a unit or an ordinal ("5l", "1o"), and "O2" a name.
 */
const GARBLED_NUMBER = /(?<![\p{L}\p{N}])(?:\p{Nd}+(?:[.,]?[OolI]+[.,]?\p{Nd}+)+|[lI]\p{Nd}+(?:[.,]?[OolI\p{Nd}]+)*)(?![\p{L}\p{N}])/gu;

/** The garbled numbers of a text ("2O25" in "12 giugno 2O25"). */
export function garbledNumbers(text: string): string[] {
  return [...text.matchAll(GARBLED_NUMBER)].map((m) => m[0]);
}

// A percent word after a word, not a figure ("del per cento", "tăng phần trăm"): case aside.
const PERCENT_AFTER_WORD = new RegExp(String.raw`(?<=^|\s)([^\s]+)[\s\u00A0]+(${FIGURE_PERCENT_WORDS.join('|')})(?![\p{L}\p{M}])`, 'giu');

/** Whether `word` is a figure: it holds a digit, or is one of the language's number words ("cinque", "năm"). */
function isFigureWord(word: string, numberWords: RegExp | undefined): boolean {
  return /\p{N}/u.test(word) || (numberWords?.test(word.replace(/[^\p{L}\p{M}]/gu, '')) ?? false);
}

const numberWordCache = new Map<string, RegExp | undefined>();
function numberWordsOf(lang: string): RegExp | undefined {
  const key = languageKey(lang);
  if (!numberWordCache.has(key)) {
    const words = Object.values(languageData(key).numberWords ?? {}).flat();
    numberWordCache.set(key, words.length ? new RegExp(`^(?:${words.join('|')})$`, 'iu') : undefined);
  }
  return numberWordCache.get(key);
}

const stakeCache = new Map<string, RegExp | undefined>();
/** A stake phrase of the language and a number: "quota del 25", "stake of 5". */
function stakeFigures(lang: string): RegExp | undefined {
  const key = languageKey(lang);
  if (!stakeCache.has(key)) {
    const phrases = languageData(key).stakeWords?.map((w) => w.replace(/ /g, '[\\s\\u00A0]+'));
    stakeCache.set(
      key,
      phrases?.length
        ? new RegExp(
            String.raw`(?<![\p{L}\p{M}])(?:${phrases.join('|')})[\s\u00A0]+(${NUMBER_SOURCE})(?![\p{N}\p{L}\p{M}%٪％]|[.,]\p{N})`,
            'giu',
          )
        : undefined,
    );
  }
  return stakeCache.get(key);
}
// What makes a number after a stake word no percentage: a range or compound ("25-30", "25-year"),
// or a percent sign or word further on in the clause ("25 to 30 percent").
const RANGE_AFTER = /^[\s\u00A0]*[-–—~]/u;
const PERCENT_FURTHER = new RegExp(String.raw`^[^.;!?]{0,40}?(?:[%٪％]|(?<![\p{L}])(?:${PERCENT_WORDS_ONLY.join('|')}))`, 'iu');

/** Whether a bare number after a stake word, followed by `rest`, may be a percentage that lost its sign. */
function lostPercentSign(value: number | undefined, rest: string): boolean {
  if (value === undefined || value <= 0 || value > 100 || RANGE_AFTER.test(rest) || PERCENT_FURTHER.test(rest)) return false;
  const next = /^[\s\u00A0]*([\p{L}\p{M}.]+)/u.exec(rest)?.[1];
  return !next || !isMoneyWord(next);
}

const around = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12)).trim();

/** `lang`: the article's language, whose number words may stand before a percent word. */
export function findMtDamage(lines: readonly SourceLine[], lang = 'en'): MtDamage[] {
  const found: MtDamage[] = [];
  const numberWords = numberWordsOf(lang);
  for (const { line, text } of lines) {
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const scripts = scriptsOf(m[0]);
      if (scripts.size >= 2) {
        found.push({
          kind: 'mixed-script',
          text: m[0],
          line,
          explanation: `one word mixes ${[...scripts].join(' and ')} letters: a word fused with its translation, or look-alike letters`,
        });
      }
    }
    // A percent sign with no number before it ("%%", "from % to"), unless a number follows ("%5").
    for (const m of text.matchAll(/(?<![\p{N}][\s\u00A0]?)[%٪％]+(?![\s\u00A0]?[\p{N}])/gu)) {
      found.push({
        kind: 'lost-number',
        text: around(text, m.index, m.index + m[0].length),
        line,
        explanation: `"${m[0]}" stands where a number was: the figure was lost`,
      });
    }
    // A percent word after a word that is no figure ("aumentate del per cento"): the figure was lost.
    for (const m of text.matchAll(PERCENT_AFTER_WORD)) {
      if (isFigureWord(m[1]!, numberWords)) continue;
      found.push({
        kind: 'lost-number',
        text: around(text, m.index, m.index + m[0].length),
        line,
        explanation: `"${m[2]!.trim()}" follows no number: the figure before it was lost`,
      });
    }
    // A stake given as a bare number ("una quota del 25 nella…"): the "%" was lost.
    const stakes = stakeFigures(lang);
    if (stakes) {
      const digits = asciiDigits(text);
      for (const m of digits.matchAll(stakes)) {
        const end = m.index + m[0].length;
        if (!lostPercentSign(parseNumber(m[1]!, lang), digits.slice(end))) continue;
        found.push({
          kind: 'lost-number',
          text: text.slice(m.index, end),
          line,
          explanation: `"${text.slice(m.index, end)}" gives a share as a bare number: a "%" may have been lost, read the figure in the original`,
        });
      }
    }
    // A currency sign followed by a word instead of a number ("$ billion").
    for (const m of text.matchAll(/(?<![\p{N}\p{L}])[$€£¥₹₩₽][\s\u00A0]?(?=[\p{L}])(?!(?:US|HK|S|A|C|NZ|NT)\b)/gu)) {
      // A sign written after its figure ("350 mln € per la ricerca", "12 € pro Stück") lost nothing.
      const before = /(\p{N}|[\p{L}.]+)[\s\u00A0]*$/u.exec(text.slice(0, m.index))?.[1] ?? '';
      if (/\p{N}/u.test(before) || isMoneyWord(before)) continue;
      found.push({
        kind: 'lost-number',
        text: around(text, m.index, m.index + m[0].length),
        line,
        explanation: 'a currency sign without an amount: the figure was lost',
      });
    }
    for (const m of text.matchAll(GARBLED_NUMBER)) {
      found.push({
        kind: 'garbled-number',
        text: m[0],
        line,
        explanation: `"${m[0]}" writes letters for digits (O for 0, l or I for 1): read the figure in the original`,
      });
    }
    for (const m of text.matchAll(/\{\{[^}]*\}\}|%[sd]\b|\{\d+\}|\[(?:number|amount|name)\]/giu)) {
      found.push({ kind: 'placeholder', text: m[0], line, explanation: 'a template placeholder left in the text' });
    }
    for (const m of text.matchAll(/\uFFFD+/gu)) {
      found.push({
        kind: 'encoding',
        text: around(text, m.index, m.index + m[0].length),
        line,
        explanation: 'replacement characters: the text was decoded with the wrong encoding before it was saved',
      });
    }
  }
  return found;
}
