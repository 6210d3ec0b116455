// Percentages in any script: "36.2%", "6,3 %", "৩৬.২%", "٪٥", "15 persen", "百分之十五" is left to the editor.
import { asciiDigits, NUMBER_SOURCE, parseNumber } from './numerals.ts';
import { execAll, GLUES_ON } from './text-features.ts';
import type { SourceLine } from './types.ts';

export interface PercentageMention {
  value: number;
  text: string;
  line: number;
}

/** Percent words written as they are in every form: "per cento", "phần trăm". */
const PLAIN_PERCENT_WORDS = [
  'percent',
  'per cent',
  'pct',
  'procent',
  'prozent',
  'pour cent',
  'por ciento',
  'por cento',
  'per cento',
  'persen',
  'peratus',
  'phần trăm',
  'प्रतिशत',
  'फीसदी',
];

const PERCENT_WORDS = [
  '%',
  '٪',
  '％',
  ...PLAIN_PERCENT_WORDS,
  'процент\\p{L}*',
  'відс\\p{L}*',
  'শতাংশ\\p{L}*',
  'في المائة',
  'بالمئة',
  'بالمائة',
  '퍼센트',
  'パーセント',
  // Inflected and other languages' words: "22 prosenttia", "35 százalék", "30 posto", "49 пайыз".
  'procent(?:a|ai|ais|ams|i|iem|o|ów|ach|ų|us|u)',
  // Lithuanian "24 proc." (procentų), Icelandic "35 prósent", "prósenta", Tagalog "porsiyento".
  'proc\\.',
  'prósent(?:a|u|um)?',
  'porsiyento',
  'porsyento',
  'odstot(?:ek|ka|kov|kih|kom)',
  'protsen(?:t|ti|di|diga)',
  'працэнт\\p{L}*',
  'për ?qind',
  'سلنه',
  // Somali and Sorani write the word after the figure or before it (BEFORE).
  'لە ?سەدا\\p{L}*',
  'boqolkiiba',
  'ਫੀਸਦੀ',
  'ਪ੍ਰਤੀਸ਼ਤ',
  'percent[áo]',
  'prosentt?(?:i|ia|in)?',
  'százalék(?:kal|ot|os|a)?',
  'la sută',
  // Croatian and Serbian "30 posto", read in their articles only (findPercentages); not Italian "al 3 posto" (third place).
  '(?<!(?:al|il|nel|del|un|allo)\\s+\\d+\\s?)posto',
  'посто',
  // Uzbek glues case endings to it: "80 foizi", "15 foizga".
  'foiz(?:i|ga|ni|dan|da|ini|iga|idan|lik|ning)?',
  'пайыз\\p{L}*',
  'хувь(?:иар|ийн|тай)?',
  'τοις εκατό',
  'אחוז(?:ים|י)?',
  'درصد',
  'فیصد',
  'տոկոս(?:ի|ով|ը)?',
  'პროცენტ\\p{L}*',
  'በመቶ',
  'ရာခိုင်နှုန်း',
  'ភាគរយ',
  'เปอร์เซ็นต์',
  'टक्के',
  'ટકા',
  'சதவீத\\p{L}*',
  'శాతం',
  'ശതമാനം',
  'ප්‍රතිශත\\p{L}*',
];

/** The percent words without the signs. */
export const PERCENT_WORDS_ONLY = PERCENT_WORDS.filter((w) => !/^[%٪％]$/.test(w));

/**
 * Percent words that stand only after a figure, as whole words: a noun form, never an adjective
 * ("процентные ставки" are interest rates) or a longer word ("percentage").
 */
export const FIGURE_PERCENT_WORDS = [...PLAIN_PERCENT_WORDS, 'процент(?:а|ов)?', 'відс(?:оток|отка|отків)', 'শতাংশ'];

// A sign may touch the next word ("12.5%上昇"); a percent word must end where the word ends, but in
// a script that glues particles to it (Burmese "ရာခိုင်နှုန်းကို", Korean "퍼센트를"). A percentage
// point is no percentage ("5 percentage points", "5 პროცენტული პუნქტით", "0.5퍼센트포인트").
const GLUED_ON = new RegExp(`[${GLUES_ON}]$`, 'u');
const POINTS = String.raw`(?![\s\u00A0-]*(?:points?|punkt\p{L}*|pont\p{L}*|пункт\p{L}*|тармақ\p{L}*|პუნქტ\p{L}*|կետ\p{L}*|포인트|พอยต์|puan))`;
const AFTER = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER_SOURCE})\s?(?:[%٪％]|${PERCENT_WORDS_ONLY.map((w) => (GLUED_ON.test(w) ? `(?:${w})${POINTS}` : String.raw`(?:${w})(?![\p{L}])${POINTS}`)).join('|')})`,
  'giu',
);
// Turkish ("%5", "yüzde 5"), Swahili ("asilimia 20"), Somali ("boqolkiiba 15"), Sorani ("لەسەدا 15"),
// Sinhala and some Arabic writing put the sign first: "%5", "٪٥"; Chinese writes 百分之 before the number.
const BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\d])[%٪]|百分之|(?<![\p{L}])(?:yüzde|asilimia|සියයට|boqolkiiba|لە ?سەدا)\s)(${NUMBER_SOURCE})(?![\d%٪])`,
  'giu',
);
const BOTH_SIDES = /(?:boqolkiiba|لە ?سەدا\p{L}*)$/iu;
/** "posto" is a percent in Croatian, Serbian and Bosnian, a post or a place in Portuguese and Italian articles. */
const POSTO = /(?:posto|посто)$/iu;
const POSTO_LANGUAGES = new Set(['hr', 'sr', 'bs', 'sh', 'cnr']);

/**
 * Percent words read only in articles of their language, where the word means another thing
 * elsewhere: Azerbaijani "22 faiz" is 22%, Turkish "faiz" is interest ("yüzde 22 faiz").
 */
const OWN_PERCENT_WORDS: Record<string, string[]> = { az: ['faiz(?:i|ə|dən|lə|lik|in)?'] };
const ownAfter = new Map<string, RegExp>();
function ownPercentAfter(lang: string): RegExp | undefined {
  const key = lang.split('-')[0]!.toLowerCase();
  const words = OWN_PERCENT_WORDS[key];
  if (!words) return undefined;
  if (!ownAfter.has(key))
    ownAfter.set(key, new RegExp(String.raw`(?<![\d.,])(${NUMBER_SOURCE})\s?(?:${words.join('|')})(?![\p{L}])${POINTS}`, 'giu'));
  return ownAfter.get(key);
}

export function findPercentages(lines: readonly SourceLine[], lang: string): PercentageMention[] {
  const own = ownPercentAfter(lang);
  const found: PercentageMention[] = [];
  const primary = lang.split('-')[0]!;
  // Before the language is known, as in those languages.
  const postoRead = POSTO_LANGUAGES.has(primary) || primary === 'und' || !primary;
  for (const { line, text: original } of lines) {
    const text = asciiDigits(original);
    const hits: { start: number; end: number; value: number }[] = [];
    // Characters already read as part of a percentage: a mask keeps the overlap check linear.
    const taken = new Uint8Array(text.length);
    for (const re of own ? [AFTER, own, BEFORE] : [AFTER, BEFORE]) {
      for (const m of execAll(re, text)) {
        const value = parseNumber(m[1]!, lang);
        if (value === undefined) continue;
        if (POSTO.test(m[0]) && !postoRead) continue;
        // "40 boqolkiiba", "٢٥ لەسەدای", but "sanadkii 2024 boqolkiiba 15" is 15 percent in 2024.
        if (re === AFTER && BOTH_SIDES.test(m[0]) && /^\s*\d/u.test(text.slice(m.index + m[0].length))) continue;
        const end = m.index + m[0].length;
        if (taken.subarray(m.index, end).includes(1)) continue;
        taken.fill(1, m.index, end);
        hits.push({ start: m.index, end, value });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) found.push({ value: h.value, text: original.slice(h.start, h.end), line });
  }
  return found;
}
