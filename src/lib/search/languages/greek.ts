import type { WordRules } from '../languages.ts';

// Tonos goes in Pagefind's folding; final sigma is a letter of its own.
export default { fold: [['ς', 'σ']], stemmer: 'greek' } satisfies WordRules;
