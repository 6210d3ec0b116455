import { SCRIPT_RULES } from './languages.ts';
import { entryFor } from './script-rules.ts';

/**
 * Scripts written without spaces between words (the entries of src/lib/search/languages.ts
 * with a `segment` locale) cut into words with Intl.Segmenter, the same at index time and
 * at query time.
 */

/**
 * Han, kana and the prolonged sound mark ー (and its half-width form) are one run:
 * Japanese mixes them in one word (データセンター), and ー belongs to no script of its own.
 */
export const CJK_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005\\u3006\\u30FC\\uFF70';
/** A kana character: a run holding one is Japanese. */
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SEGMENTED = SCRIPT_RULES.filter((r) => r.segment && !['Han', 'Hiragana', 'Katakana'].includes(r.script));
/** Every run of a script written without spaces. */
export const UNSPACED_RUN = new RegExp(`[${CJK_CHAR}]+|${SEGMENTED.map((r) => `\\p{Script=${r.script}}+`).join('|')}`, 'gu');
/** A character of a script written without spaces (for removing the spaces segmentation put in). */
export const UNSPACED_CHAR = `${CJK_CHAR}${SEGMENTED.map((r) => `\\p{Script=${r.script}}`).join('')}`;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** The locale a run is cut with: kana make a run Japanese; otherwise its script's entry says. */
function runLocale(run: string): string {
  if (KANA.test(run)) return 'ja';
  return entryFor(run)?.segment ?? 'zh';
}

/** The words of one unspaced run ("รถยนต์ไฟฟ้า" → ["รถยนต์", "ไฟฟ้า"]). */
export function segmentRun(run: string): string[] {
  if ([...run].length < 2) return [run];
  // A script's own digits belong to its run (Thai ๔๕๐), and the segmenter may glue them to
  // the words around them: a number is a word of its own, as it is between Latin letters.
  if (/\p{Nd}/u.test(run))
    return run.split(/(\p{Nd}+)/u).flatMap((part) => (/^\p{Nd}/u.test(part) ? [part] : part ? segmentRun(part) : []));
  return [...segmenter(runLocale(run)).segment(run)].map((s) => s.segment).filter((w) => w.trim());
}

/** Splits every run of an unspaced script into words with spaces between them. */
export function segmentText(text: string): string {
  return text.replace(UNSPACED_RUN, (run) => ` ${segmentRun(run).join(' ')} `).replace(/ {2,}/g, ' ');
}
