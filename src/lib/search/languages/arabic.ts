import type { WordRules } from '../languages.ts';

export default {
  // Tatweel is a letter to Pagefind; alef and hamza forms, for the header box (Pagefind folds their marks).
  fold: [
    ['\u0640', ''],
    ['[\u064B-\u065F\u0670]', ''],
    ['[أإآٱ]', 'ا'],
    ['ؤ', 'و'],
    ['ئ', 'ي'],
    ['ى', 'ي'],
    // The non-joiner inside a Persian word (می‌سازد) is often left out in typing.
    ['(?<=\\p{Script=Arabic})[\u200C\u200D]', ''],
  ],
  prefixes: ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'],
  // Queries in Persian and Urdu are analysed by these rules too (the script's first entry): Urdu's
  // plural and oblique endings in ں (فیکٹریاں, مزدوروں, باتیں) are no Arabic or Persian ending.
  suffixes: ['ات', 'ون', 'ين', 'ة', 'اں', 'وں', 'یں'],
} satisfies WordRules;
