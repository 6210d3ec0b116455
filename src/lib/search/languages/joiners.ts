import type { WordRules } from '../languages.ts';

// The zero-width joiner and non-joiner only choose how letters are drawn (ප්‍ර or ප්ර, a
// conjunct or a half form); readers type the word with them or without. Only after a letter or
// sign of the scripts that share these rules (Gujarati, Odia, Tamil, Telugu, Kannada, Sinhala; Gurmukhi
// and Malayalam have files of their own): fold rules reach every script's text, and Bengali keeps its joiners.
export default {
  fold: [
    [
      '(?<=[\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Sinhala}])[\u200C\u200D]',
      '',
    ],
  ],
} satisfies WordRules;
