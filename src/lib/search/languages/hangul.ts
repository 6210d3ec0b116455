import type { WordRules } from '../languages.ts';

export default {
  suffixes: [
    '에서는',
    '에서',
    '으로',
    '에게',
    '까지',
    '부터',
    '이다',
    '이',
    '가',
    '은',
    '는',
    '을',
    '를',
    '의',
    '에',
    '로',
    '와',
    '과',
    '도',
    '만',
  ],
  minStem: 2,
} satisfies WordRules;
