import type { WordRules } from '../languages.ts';

export default {
  fold: [
    ['ё', 'е'],
    ['Ё', 'Е'],
    // Ukrainian's apostrophe (об'єкт) is typed as ', ’ or the modifier letter ʼ, or left out; Pagefind
    // drops the first two. Inside a word the header box drops all three, so обєкт finds об’єкт (\x27 is ',
    // written so that the budget test finds this rule in the built code: it reads quotes as nothing).
    ['(?<=\\p{Script=Cyrillic})\u02BC', ''],
    ['(?<=\\p{Script=Cyrillic})[\\x27\u2019](?=\\p{Script=Cyrillic})', ''],
  ],
  // Kazakh letters, typed on a Russian keyboard as the letters nearest them (Оңтүстік, Онтустик):
  // [pattern, replacement] on the lower-case word. Kazakh і goes too, but only in a word with
  // another Kazakh letter: Ukrainian writes і as a letter of its own.
  respell: [
    ['і(?=\\p{L}*[әғқңөұүһ])|(?<=[әғқңөұүһ]\\p{L}*)і', 'и'],
    ['ә', 'а'],
    ['ғ', 'г'],
    ['қ', 'к'],
    ['ң', 'н'],
    ['ө', 'о'],
    ['[ұү]', 'у'],
    ['һ', 'х'],
  ],
  // A fleeting vowel: Russian and Ukrainian drop the е or о of a closed last syllable where an
  // ending follows (сделок, сделка; гривень, гривня; рынок, рынка), so the word is also indexed
  // without it, as a query's stem writes it (ё is folded to е first; копійок, копійка after й). A
  // word whose vowel stays (закон, директор, район) gains a form no query types.
  alternate: [['(?<=[бвгґджзйклмнпрстфхцчшщ])[ео](?=[клнрц]ь?$)', '']],
  // Off query words: Mongolian plural endings (үйлдвэрүүд, үйлдвэр) and the case endings no Russian
  // word ends in, genitive -ийн, -ын, accusative -ийг, -ыг, ablative -аас…, instrumental -аар…,
  // comitative -тэй (Дарханы, Дархан; those Russian shares are a retry stemmer's:
  // ./mongolian-cases.ts); Bulgarian's full definite article, -ът and -ят (складът, склад), which no
  // Russian noun ends in.
  suffixes: [
    'нүүд',
    'нууд',
    'үүд',
    'ууд',
    'ийн',
    'ийг',
    'аас',
    'ээс',
    'оос',
    'өөс',
    'аар',
    'ээр',
    'оор',
    'өөр',
    'тэй',
    'ын',
    'ыг',
    'ът',
    'ят',
  ],
  stemmer: 'russian',
  // Letters Russian does not write: the word is Ukrainian (Херсоні → Херсон).
  stemmerFor: [['[іїєґІЇЄҐ]', 'ukrainian']],
} satisfies WordRules;

/**
 * Serbian Cyrillic as the Latin alphabet writes it (Крагујевац as kragujevac): Serbian is written in
 * both, and readers type either, so the Serbian entry of ../languages.ts indexes its text's words
 * also so respelled. ђ is written d, as a Latin query's đ is folded. Here, in the module a Cyrillic
 * query fetches anyway, so that the entry costs no fetch of its own.
 */
export const SERBIAN_LATIN: [pattern: string, replacement: string][] = [
  ['љ', 'lj'],
  ['њ', 'nj'],
  ['џ', 'dž'],
  ['ђ', 'd'],
  ['ћ', 'ć'],
  ['ч', 'č'],
  ['ш', 'š'],
  ['ж', 'ž'],
  ['ј', 'j'],
  ['а', 'a'],
  ['б', 'b'],
  ['в', 'v'],
  ['г', 'g'],
  ['д', 'd'],
  ['е', 'e'],
  ['з', 'z'],
  ['и', 'i'],
  ['к', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['о', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ф', 'f'],
  ['х', 'h'],
  ['ц', 'c'],
];

/**
 * The `alternate` rules of Bulgarian and Macedonian text (their entry in ../languages.ts): the
 * fleeting vowel above, and a plural in -ци, -зи, -си (with its article -те or not), whose
 * singular ends in к, г, х (работници, работник; педагози, педагог; монаси, монах), also indexed
 * so, as a query for the singular types it. Written out in full: the budget test finds each list
 * in the code fetched on demand.
 */
export const SOUTH_SLAVIC_ALTERNATE: [pattern: string, replacement: string][] = [
  ['(?<=[бвгґджзйклмнпрстфхцчшщ])[ео](?=[клнрц]ь?$)', ''],
  ['(?<=\\p{L}{3})ци(?:те)?$', 'к'],
  ['(?<=\\p{L}{3})зи(?:те)?$', 'г'],
  ['(?<=\\p{L}{3})си(?:те)?$', 'х'],
];

/**
 * Macedonian Cyrillic as its Latin alphabet writes it (Битола as bitola, Ѓорче as gjorce): readers
 * type Macedonian names in either, so the Macedonian entry of ../languages.ts indexes its text's
 * words also so respelled, as Serbian's (SERBIAN_LATIN). Here, in the module a Cyrillic query
 * fetches anyway.
 */
export const MACEDONIAN_LATIN: [pattern: string, replacement: string][] = [
  ['ѓ', 'gj'],
  ['ќ', 'kj'],
  ['ѕ', 'dz'],
  ['љ', 'lj'],
  ['њ', 'nj'],
  ['џ', 'dž'],
  ['ч', 'č'],
  ['ш', 'š'],
  ['ж', 'ž'],
  ['ј', 'j'],
  ['а', 'a'],
  ['б', 'b'],
  ['в', 'v'],
  ['г', 'g'],
  ['д', 'd'],
  ['е', 'e'],
  ['з', 'z'],
  ['и', 'i'],
  ['к', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['о', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ф', 'f'],
  ['х', 'h'],
  ['ц', 'c'],
];
