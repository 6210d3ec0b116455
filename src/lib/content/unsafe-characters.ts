/**
 * The character policy: characters no editor types on purpose and ingested text
 * may smuggle in. Every string of every content file and every brief body is
 * checked against it, so none of these reaches a page, the feed, the JSON or the
 * CSV. Refused:
 * - control characters other than tab and line feed (they hide text or break
 *   output; XML 1.0 forbids most of them outright);
 * - the bidirectional embedding and override marks U+202A-202E, which reorder
 *   what a reader sees ("Trojan Source");
 * - noncharacters (U+FDD0-FDEF and the last two code points of every plane,
 *   U+FFFE, U+FFFF, …) and lone surrogates: XML 1.0 forbids them, and they mean
 *   the text was damaged;
 * - invisible characters: zero-width space, word joiner, an inner byte-order
 *   mark (U+FEFF), the line and paragraph separators U+2028/2029, the invisible
 *   mathematical operators, deprecated format characters, interlinear annotation
 *   marks, Hangul fillers, the soft hyphen, and tag characters: they make two
 *   names that look the same differ, or hide text.
 * Allowed although invisible, because real text needs them:
 * - bidi isolates (U+2066-2069) and the left-to-right, right-to-left and Arabic
 *   letter marks (U+200E, U+200F, U+061C): right-to-left prose uses them and they
 *   do not override the order of the text around them;
 * - zero-width non-joiner and joiner (U+200C, U+200D) between two characters of
 *   a script that shapes with them (Persian and Arabic, the Indic scripts such as
 *   Bengali and Devanagari, Sinhala, Myanmar, Khmer, Mongolian, …), and the joiner
 *   inside an emoji sequence (👩‍💻); anywhere else they only make look-alikes;
 * - the Mongolian vowel separator (U+180E) between Mongolian letters;
 * - tag characters inside an emoji flag sequence (🏴 + tags + cancel tag);
 * - variation selectors (emoji and CJK presentation).
 */
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u115F\u1160\u180E\u200B-\u200D\u2028-\u202E\u2060-\u2065\u206A-\u206F\u3164\uFDD0-\uFDEF\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{E0000}-\u{E007F}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]|\p{Cs}/gu;

/** Scripts whose shaping uses the zero-width joiner and non-joiner. */
const JOINING_SCRIPT =
  /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Syriac}\p{Script_Extensions=Nko}\p{Script_Extensions=Mongolian}\p{Script_Extensions=Devanagari}\p{Script_Extensions=Bengali}\p{Script_Extensions=Gurmukhi}\p{Script_Extensions=Gujarati}\p{Script_Extensions=Oriya}\p{Script_Extensions=Tamil}\p{Script_Extensions=Telugu}\p{Script_Extensions=Kannada}\p{Script_Extensions=Malayalam}\p{Script_Extensions=Sinhala}\p{Script_Extensions=Myanmar}\p{Script_Extensions=Khmer}\p{Script_Extensions=Tibetan}]/u;
/** What may stand before a joiner inside an emoji sequence: a pictograph, a skin tone, or VS16. */
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const EMOJI_AFTER = /\p{Extended_Pictographic}/u;
const MONGOLIAN = /\p{Script=Mongolian}/u;
/** The one legitimate use of tag characters: an emoji flag of a region (🏴 + letters + cancel tag). */
const FLAG_TAGS = /^\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,7}\u{E007F}/u;

const NAMES: Record<number, string> = {
  0x00: 'a NUL character',
  0x0d: 'a carriage return',
  0x1b: 'an escape character',
  0x7f: 'a delete character',
  0xad: 'a soft hyphen',
  0x180e: 'a Mongolian vowel separator outside Mongolian text',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner outside a script that needs it',
  0x200d: 'a zero-width joiner outside a script or emoji that needs it',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x202a: 'a left-to-right embedding mark',
  0x202b: 'a right-to-left embedding mark',
  0x202c: 'a pop-directional-formatting mark',
  0x202d: 'a left-to-right override mark',
  0x202e: 'a right-to-left override mark',
  0x2060: 'a word joiner',
  0xfeff: 'a byte-order mark (zero-width no-break space) inside the text',
};

function describe(code: number): string {
  const named = NAMES[code];
  if (named) return named;
  if (code <= 0x9f) return 'a control character';
  if (code >= 0xd800 && code <= 0xdfff) return 'a lone surrogate (damaged text)';
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'a noncharacter (damaged text; XML forbids it)';
  if (code >= 0xe0000 && code <= 0xe007f) return 'a tag character (invisible text)';
  if (code === 0x115f || code === 0x1160 || code === 0x3164 || code === 0xffa0) return 'a Hangul filler (invisible)';
  return 'an invisible format character';
}

/** The code point ending just before `index` (a whole surrogate pair when there is one). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** True when the character at `index` is one of the invisible ones a script or emoji legitimately needs there. */
function neededInContext(text: string, index: number, char: string): boolean {
  const before = codePointBefore(text, index);
  const after = codePointAt(text, index + char.length);
  if (char === '\u200c' || char === '\u200d') {
    if (JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)) return true;
    return char === '\u200d' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after);
  }
  if (char === '\u180e') return MONGOLIAN.test(before) && MONGOLIAN.test(after);
  return false;
}

export interface UnsafeCharacter {
  name: string;
  /** "U+202E" */
  codePoint: string;
  /** 1-based line and column of the first one in the text. */
  line: number;
  column: number;
}

/** Each character the policy refuses, in order, with its index: judged in its context, as the policy says. Linear in the text. */
function* eachUnsafe(text: string): Generator<{ index: number; char: string }> {
  const re = new RegExp(UNSAFE.source, UNSAFE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const char = m[0];
    const code = char.codePointAt(0)!;
    if (code >= 0xe0000 && code <= 0xe007f) {
      // Skip a whole flag sequence that starts at the 🏴 just before.
      const start = m.index - 2;
      const flag = start >= 0 ? FLAG_TAGS.exec(text.slice(start, start + 20)) : null;
      if (flag) {
        re.lastIndex = start + flag[0].length;
        continue;
      }
    } else if (neededInContext(text, m.index, char)) {
      continue;
    }
    yield { index: m.index, char };
  }
}

/** Index of the first character the policy refuses, with that character, or undefined. */
function firstUnsafe(text: string): { index: number; char: string } | undefined {
  for (const found of eachUnsafe(text)) return found;
  return undefined;
}

/**
 * Every character of `text` the policy refuses, in order: its index, the character and its name.
 * A joiner between two Persian letters is not among them; one after a Latin letter is.
 */
export function unsafeCharacters(text: string): { index: number; char: string; name: string; codePoint: string }[] {
  return [...eachUnsafe(text)].map(({ index, char }) => {
    const code = char.codePointAt(0)!;
    return { index, char, name: describe(code), codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
  });
}

/** The first character of `text` the policy refuses, located, or undefined. */
export function unsafeCharacter(text: string): UnsafeCharacter | undefined {
  const found = firstUnsafe(text);
  if (!found) return undefined;
  const code = found.char.codePointAt(0)!;
  const before = text.slice(0, found.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return {
    name: describe(code),
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    line,
    column: found.index - lineStart + 1,
  };
}

/** True when `text` holds no character the policy refuses. */
export const isSafeText = (text: string): boolean => firstUnsafe(text) === undefined;

/**
 * Characters XML 1.0 cannot carry at all (it has no escape for them): the output
 * writers drop them as a last line of defence, should text reach them unchecked.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const withoutNonXmlCharacters = (text: string): string => text.replace(NOT_XML, '');
