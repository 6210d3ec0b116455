import type { WordRules } from '../languages.ts';

/**
 * Ethiopic letters are syllables in series of seven vowel orders. Amharic spells the sounds
 * h, s, ʾ and ts with letters from more than one series (ሐዋሳ, ሀዋሳ), which readers use
 * interchangeably: each order of the second series folds to the same order of the first.
 * Written out, not computed: the build test of the search bundles looks for these lists.
 */
export default {
  fold: [
    // ሐ → ሀ
    ['ሐ', 'ሀ'],
    ['ሑ', 'ሁ'],
    ['ሒ', 'ሂ'],
    ['ሓ', 'ሃ'],
    ['ሔ', 'ሄ'],
    ['ሕ', 'ህ'],
    ['ሖ', 'ሆ'],
    // ኀ → ሀ
    ['ኀ', 'ሀ'],
    ['ኁ', 'ሁ'],
    ['ኂ', 'ሂ'],
    ['ኃ', 'ሃ'],
    ['ኄ', 'ሄ'],
    ['ኅ', 'ህ'],
    ['ኆ', 'ሆ'],
    // ሠ → ሰ
    ['ሠ', 'ሰ'],
    ['ሡ', 'ሱ'],
    ['ሢ', 'ሲ'],
    ['ሣ', 'ሳ'],
    ['ሤ', 'ሴ'],
    ['ሥ', 'ስ'],
    ['ሦ', 'ሶ'],
    // ዐ → አ
    ['ዐ', 'አ'],
    ['ዑ', 'ኡ'],
    ['ዒ', 'ኢ'],
    ['ዓ', 'ኣ'],
    ['ዔ', 'ኤ'],
    ['ዕ', 'እ'],
    ['ዖ', 'ኦ'],
    // ፀ → ጸ
    ['ፀ', 'ጸ'],
    ['ፁ', 'ጹ'],
    ['ፂ', 'ጺ'],
    ['ፃ', 'ጻ'],
    ['ፄ', 'ጼ'],
    ['ፅ', 'ጽ'],
    ['ፆ', 'ጾ'],
  ],
  // Prepositions and the genitive written joined to the next word (በሐዋሳ "in Hawassa", የቡና "of coffee").
  prefixes: ['በ', 'የ', 'ለ', 'ከ'],
  // The plural after a vowel, with the article or object ending (ፋብሪካዎች, ፋብሪካዎቹ): off query words.
  suffixes: ['ዎችን', 'ዎቹን', 'ዎች', 'ዎቹ'],
  minStem: 2,
} satisfies WordRules;
