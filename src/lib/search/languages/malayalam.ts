import type { WordRules } from '../languages.ts';

export default {
  // Written out, not spread from ./joiners.ts: the build test of the search bundles looks for each list.
  fold: [
    // The zero-width joiner and non-joiner only choose how letters are drawn (see ./joiners.ts).
    ['(?<=\\p{Script=Malayalam})[\u200C\u200D]', ''],
    // A chillu (a consonant without its vowel) is written as one letter (ൽ) or, in older text and
    // keyboards, as the consonant, virama and joiner (ല്‍), which the joiner rule makes ല്.
    ['\u0D7A', 'ണ്'],
    ['\u0D7B', 'ന്'],
    ['\u0D7C', 'ര്'],
    ['\u0D7D', 'ല്'],
    ['\u0D7E', 'ള്'],
    ['\u0D7F', 'ക്'],
    ['\u0D54', 'മ്'],
    ['\u0D55', 'യ്'],
    ['\u0D56', 'ഴ്'],
  ],
  // A noun's final -ം and final virama give way to its case endings (നഗരം, നഗരത്തിൽ; കപ്പൽ,
  // കപ്പലിൽ), and its plural ending -(ു)കൾ, written here as the fold above leaves it: off query words,
  // the rest is a prefix of every form.
  suffixes: ['ുകള്', 'കള്', 'ം', '്'],
} satisfies WordRules;
