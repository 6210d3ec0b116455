import type { WordRules } from '../languages.ts';

export default {
  // Cantillation and niqqud, not the maqaf and other punctuation of the block.
  fold: [['[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]', '']],
  prefixes: ['וכש', 'וש', 'וה', 'וב', 'ול', 'ומ', 'וכ', 'שה', 'שב', 'של', 'שמ', 'כש', 'מה', 'ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'],
} satisfies WordRules;
