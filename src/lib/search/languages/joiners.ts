import type { WordRules } from '../languages.ts';

// The zero-width joiner and non-joiner only choose how letters are drawn (ප්‍ර or ප්ර, a
// conjunct or a half form); readers type the word with them or without.
export default {
  fold: [['[\u200C\u200D]', '']],
} satisfies WordRules;
