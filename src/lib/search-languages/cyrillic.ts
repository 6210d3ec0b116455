import type { WordRules } from '../search-languages.ts';

export default { fold: [['ё', 'е'], ['Ё', 'Е']], stemmer: 'russian' } satisfies WordRules;
