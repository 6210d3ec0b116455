import type { WordRules } from '../languages.ts';

export default {
  // Cantillation and niqqud, not the maqaf and other punctuation of the block.
  fold: [
    ['[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]', ''],
    // Final letters as the letters they end: a plural's stem (מחסנ־ים) then meets its singular (מחסן).
    ['ך', 'כ'],
    ['ם', 'מ'],
    ['ן', 'נ'],
    ['ף', 'פ'],
    ['ץ', 'צ'],
  ],
  // Plural endings, off query words only (after folding, so ים is written ימ): גבינות finds
  // גבינה, and מחסנים finds מחסן. Not the feminine ה: חיפה would find every word starting חיפ.
  suffixes: ['ימ', 'ות'],
  // The feminine ending's other forms, indexed for the singular a query types: a plural (חברות,
  // and מכוניות for מכונית) and the construct state (חברת, חוות) also as the singular (חברה,
  // מכונית, חווה; חוות, plural or construct, loses only its ת). Index time only, so a query for
  // חיפה still looks for חיפה. The cost: a word ending in ת or ות that is neither (שבת, מלכות)
  // is also found by the word in ה (שבה, מלכה).
  alternate: [
    ['ות$', 'ה'],
    ['יות$', 'ית'],
    ['(?<=\\p{L}{2})(?<![^ו]ו)ת$', 'ה'],
  ],
  prefixes: ['וכש', 'וש', 'וה', 'וב', 'ול', 'ומ', 'וכ', 'שה', 'שב', 'של', 'שמ', 'כש', 'מה', 'ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'],
} satisfies WordRules;
