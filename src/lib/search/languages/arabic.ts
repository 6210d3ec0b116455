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
    // Pashto's and Sorani Kurdish's own letters, as a reader with a Persian keyboard types them (ګ as
    // گ, ښ as ش, ې as ی; Sorani ێ as ی, ۆ as و, ڕ as ر, ڵ as ل): ننگرهار finds ننګرهار. The Persian
    // entry (./persian.ts) folds them first too, written out there as here: each module holds its
    // whole list, which is what a reader's browser fetches for the script.
    ['ګ', 'گ'],
    ['ښ', 'ش'],
    ['ږ', 'ژ'],
    ['ټ', 'ت'],
    ['ډ', 'د'],
    ['[ړڕ]', 'ر'],
    ['ڼ', 'ن'],
    ['[ېۍێ]', 'ی'],
    ['ۆ', 'و'],
    ['ڵ', 'ل'],
  ],
  prefixes: ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'],
  // Queries in Persian and Urdu are analysed by these rules too (the script's first entry): Urdu's
  // plural and oblique endings in ں (فیکٹریاں, مزدوروں, باتیں), and Persian's plural -ها and -های
  // (after a non-joiner, which the fold drops: بانک‌ها) and final ی (its ezafe and adjective ending:
  // بانکی, تهرانی), are no Arabic ending. Arabic writes its yeh ي, never Persian's ی.
  // Sorani Kurdish's definite and indefinite endings (کارگەکان, کارگەیەکی), written with its own ە.
  suffixes: ['ەکانی', 'ەکان', 'ەکەی', 'ەکە', 'یەکی', 'یەک', 'های', 'ات', 'ون', 'ين', 'ها', 'ة', 'اں', 'وں', 'یں', 'ی'],
  // Broken plurals, on the folded word without its clitics: the plural's patterns as the singular's
  // (مشاريع, صناديق → مشروع, صندوق; مصانع, مكاتب → مصنع, مكتب; أسعار, أرباح → سعر, ربح; بنوك,
  // قروض → بنك, قرض). The index holds a plural also so, and /search/ asks for the singular when
  // no page has the plural a query typed. Not a word in ة: شراكة is no plural of شركة.
  alternate: [
    ['^(\\p{L}{2})ا(\\p{L})ي(\\p{L})$', '$1$2و$3'],
    ['^(\\p{L}{2})ا(\\p{L}[^ة])$', '$1$2'],
    ['^ا(\\p{L}{2})ا(\\p{L})$', '$1$2'],
    ['^(\\p{L}{2})و(\\p{L})$', '$1$2'],
    // Urdu: a masculine noun's oblique and plural -ے is -ا in its direct form (کپڑے, کپڑا). Here, not in the
    // Persian entry's rules, which run after its fold; Arabic writes no ے.
    ['(?<=\\p{L}{2})ے$', 'ا'],
  ],
  // The letters that join no letter after them, in Arabic, Persian, Urdu and Kurdish (after the fold above).
  unspacedAfter: '[اءدذرزژوةۀۃەڈڑےۓ]',
} satisfies WordRules;
