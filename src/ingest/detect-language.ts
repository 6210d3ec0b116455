// Language detection. tinyld ("heavy" profile) was chosen by measurement on short headlines and
// sentences written for this project (tests/fixtures/ingest/language-samples.json; reproduce with
// `npm run ingest:languages`): as accurate as cld3-asm (WebAssembly, asynchronous start) and more
// accurate than eld (which has no Indonesian), lande, tinyld's normal profile, franc-min and
// languagedetect (no Chinese, Japanese or Korean). tinyld is pure JavaScript, synchronous and the
// fastest of the accurate ones.
import { detectAll } from 'tinyld/heavy';
import { canonicalLanguageTag } from '../schemas/language.ts';
import { LANGUAGES, languageKey } from './languages.ts';

export interface DetectedLanguage {
  /** BCP 47 tag, e.g. "bn", "ru", "zh-Hans". */
  tag: string;
  /** The detector's score for the tag, 0–1; 0 when the language was guessed from the script alone. */
  confidence: number;
  /** How the tag was found: "words" when the language's marker words (languages.ts) overruled the detector. */
  method: 'tinyld' | 'script' | 'words';
}

/** The canonical primary subtag of a language code ("ben" → "bn", "cmn" → "zh"), or "" when none. */
export function primaryLanguage(code: string): string {
  if (!code || code === 'und' || code === 'zxx') return '';
  try {
    return Intl.getCanonicalLocales(code)[0]!.split('-')[0]!;
  } catch {
    return '';
  }
}

// Characters that differ between the two Chinese scripts, as [simplified, traditional] strings of the
// same length; the commonest words of news text, enough to tell a paragraph's script.
const SIMPLIFIED = '这们个来为会国说时发对经动过后现样进种关开长门问间见还实华业产资场学东车与务机乐电币亿万尔亚马';
const TRADITIONAL = '這們個來為會國說時發對經動過後現樣進種關開長門問間見還實華業產資場學東車與務機樂電幣億萬爾亞馬';

/** "zh-Hans" or "zh-Hant" from the characters used; plain "zh" when the text does not tell. */
export function chineseScript(text: string): string {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    const s = SIMPLIFIED.indexOf(ch);
    const t = TRADITIONAL.indexOf(ch);
    if (s >= 0 && TRADITIONAL[s] !== ch) simplified++;
    if (t >= 0 && SIMPLIFIED[t] !== ch) traditional++;
  }
  if (simplified > traditional) return 'zh-Hans';
  if (traditional > simplified) return 'zh-Hant';
  return 'zh';
}

// When the detector has nothing to say (numbers, names only), the dominant script decides.
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Malayalam}/u, 'ml'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Kannada}/u, 'kn'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Oriya}/u, 'or'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Tibetan}/u, 'bo'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Latin}/u, 'en'],
];

function byScript(text: string): string | undefined {
  const counts = SCRIPT_LANGUAGES.map(([re, tag]) => ({ tag, n: [...text].filter((c) => re.test(c)).length }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.tag : undefined;
}

const MARKERS: [string, Set<string>][] = Object.entries(LANGUAGES)
  .filter(([, d]) => d.markerWords?.length)
  .map(([code, d]) => [code, new Set(d.markerWords)]);

/**
 * The language whose marker words (languages.ts) the text uses clearly more than the detected
 * language's: at least three, twice as many as the detected language's own (words both list counted
 * for neither), or, when the detected
 * language has no markers (the detector does not know the true one: Swahili read as Tagalog), at
 * least 8% of the words while the detector is unsure.
 */
export function byMarkers(text: string, detected: string, accuracy: number): string | undefined {
  // An apostrophe inside a word joins it: Uzbek "o'sdi" and "so'm" are no Portuguese "o" and "so".
  const words = text.toLocaleLowerCase('und').match(/[\p{L}\p{M}]+(?:['ʻʼ‘’][\p{L}\p{M}]+)*/gu) ?? [];
  if (!words.length) return undefined;
  const counts = new Map<string, number>(MARKERS.map(([code]) => [code, 0]));
  for (const w of words) for (const [code, set] of MARKERS) if (set.has(w)) counts.set(code, counts.get(code)! + 1);
  const [best, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const key = languageKey(detected);
  if (best === key || n < 3) return undefined;
  const ownSet = MARKERS.find(([code]) => code === key)?.[1];
  if (ownSet) {
    // Words both languages list (Galician and Portuguese "o", "da", "na") tell neither: only each one's own count.
    const bestSet = MARKERS.find(([code]) => code === best)![1];
    const mine = words.filter((w) => bestSet.has(w) && !ownSet.has(w)).length;
    const theirs = words.filter((w) => ownSet.has(w) && !bestSet.has(w)).length;
    return mine >= 3 && mine >= 2 * theirs ? best : undefined;
  }
  // The less sure the detector, the fewer markers overrule it.
  return accuracy < 0.9 && n >= (accuracy < 0.5 ? 0.04 : 0.08) * words.length ? best : undefined;
}

/**
 * Scripts that one language writes almost alone (ISO 15924): a text mostly in one of them is in that
 * language (Intl's likely subtags, "und-Geor" → "ka") whatever a detector that does not know the
 * language says (tinyld reads Georgian as Hungarian). Latin, Cyrillic, Arabic and Devanagari are
 * shared by many languages and left to the detector.
 */
const ONE_LANGUAGE_SCRIPTS = [
  'Geor',
  'Armn',
  'Ethi',
  'Mymr',
  'Khmr',
  'Laoo',
  'Thai',
  'Sinh',
  'Grek',
  'Hang',
  'Taml',
  'Telu',
  'Knda',
  'Mlym',
  'Gujr',
  'Guru',
  'Orya',
  'Tibt',
].map((code) => ({ code, re: new RegExp(`\\p{Script=${code}}`, 'gu') }));

/** The language of the script that writes most of the text's letters, when the detected language does not write it. */
function scriptOverrules(text: string, tag: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return undefined;
  for (const { code, re } of ONE_LANGUAGE_SCRIPTS) {
    if ((text.match(re)?.length ?? 0) * 2 <= letters) continue;
    let own: string | undefined;
    try {
      own = new Intl.Locale(tag).maximize().script;
    } catch {
      own = undefined;
    }
    if (own === code || (code === 'Hang' && own === 'Kore')) return undefined;
    return new Intl.Locale(`und-${code}`).maximize().language;
  }
  return undefined;
}

// Constructed and auxiliary languages (Klingon, Esperanto, Volapük, Interlingua…) that the detector
// can answer for a language it does not know (Uzbek read as Klingon): no news article is in one, so
// such an answer counts as none and the script and marker words decide.
const CONSTRUCTED = new Set(['tlh', 'eo', 'vo', 'vol', 'ia', 'ie', 'io', 'jbo', 'tok', 'lfn', 'avk', 'nov', 'qya', 'sjn']);

/** Detects the language of a text; undefined when it has no letters at all. */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const sample = text.slice(0, 20_000);
  const [best] = detectAll(sample);
  const detected = best && !CONSTRUCTED.has(best.lang) ? primaryLanguage(best.lang) : '';
  let tag = detected && !CONSTRUCTED.has(detected) ? canonicalLanguageTag(detected) : undefined;
  let method: DetectedLanguage['method'] = 'tinyld';
  let confidence = tag ? (best?.accuracy ?? 0) : 0;
  if (!tag) {
    // A script that one language writes alone (Sinhala, Lao) names it before the commonest script does.
    const scripted = scriptOverrules(sample, 'und');
    tag = scripted && scripted !== 'und' ? scripted : byScript(sample);
    method = 'script';
    confidence = 0;
  }
  if (!tag) return undefined;
  const scripted = scriptOverrules(sample, tag);
  if (scripted && scripted !== 'und') {
    tag = scripted;
    method = 'script';
    confidence = 0;
  }
  const marked = byMarkers(sample, tag, confidence);
  if (marked) {
    tag = marked;
    method = 'words';
  }
  if (tag === 'zh') tag = chineseScript(sample);
  return { tag, confidence: Number(confidence.toFixed(3)), method };
}
