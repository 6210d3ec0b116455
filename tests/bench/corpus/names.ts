// Invented names for the synthetic corpus and their spellings in other scripts.
// Every name is built from consonant-vowel syllables, so a name is unique by
// construction (the entity's number picks its syllables) and so are its Chinese,
// Russian and Bengali spellings (each syllable has exactly one spelling per script).

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'] as const;
const VOWELS = ['a', 'e', 'i', 'o', 'u'] as const;
type Consonant = (typeof CONSONANTS)[number];
type Vowel = (typeof VOWELS)[number];

/** One Han character per syllable, in consonant order, vowels a e i o u. */
const HAN: Record<Consonant, string> = {
  b: '巴贝比博布',
  d: '达德迪多杜',
  f: '法费菲佛富',
  g: '嘎格吉戈古',
  k: '卡克基科库',
  l: '拉勒利洛鲁',
  m: '马梅米莫穆',
  n: '纳内尼诺努',
  p: '帕佩皮波普',
  r: '饶雷里罗茹',
  s: '萨塞西索苏',
  t: '塔特提托图',
  v: '瓦维薇沃武',
  z: '扎泽兹佐祖',
};
const CYRILLIC: Record<Consonant | Vowel, string> = {
  b: 'б',
  d: 'д',
  f: 'ф',
  g: 'г',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  v: 'в',
  z: 'з',
  a: 'а',
  e: 'е',
  i: 'и',
  o: 'о',
  u: 'у',
};
const BENGALI_CONSONANT: Record<Consonant, string> = {
  b: 'ব',
  d: 'ড',
  f: 'ফ',
  g: 'গ',
  k: 'ক',
  l: 'ল',
  m: 'ম',
  n: 'ন',
  p: 'প',
  r: 'র',
  s: 'স',
  t: 'ট',
  v: 'ভ',
  z: 'জ',
};
/** Vowel signs, written after the consonant they follow. */
const BENGALI_VOWEL_SIGN: Record<Vowel, string> = { a: 'া', e: 'ে', i: 'ি', o: 'ো', u: 'ু' };

const SYLLABLE_COUNT = CONSONANTS.length * VOWELS.length; // 70
const WORD_SPACE = SYLLABLE_COUNT ** 3; // 343,000 three-syllable words
// Coprime with WORD_SPACE, so i → (i * STRIDE + OFFSET) mod WORD_SPACE never repeats for i < WORD_SPACE.
const STRIDE = 7919;
const OFFSET = 104_729;

export interface Spellings {
  en: string;
  zh: string;
  ru: string;
  bn: string;
}

/** The three syllables (as [consonant, vowel] pairs) of word number `n`. */
function syllables(n: number, stride = STRIDE, offset = OFFSET): [Consonant, Vowel][] {
  let code = (((n * stride + offset) % WORD_SPACE) + WORD_SPACE) % WORD_SPACE;
  const out: [Consonant, Vowel][] = [];
  for (let k = 0; k < 3; k++) {
    const s = code % SYLLABLE_COUNT;
    code = Math.floor(code / SYLLABLE_COUNT);
    out.push([CONSONANTS[Math.floor(s / VOWELS.length)]!, VOWELS[s % VOWELS.length]!]);
  }
  return out;
}

function spell(parts: [Consonant, Vowel][]): Spellings {
  const latin = parts.map(([c, v]) => c + v).join('');
  return {
    en: latin[0]!.toUpperCase() + latin.slice(1),
    zh: parts.map(([c, v]) => HAN[c][VOWELS.indexOf(v)]).join(''),
    ru: capitalise(parts.map(([c, v]) => CYRILLIC[c] + CYRILLIC[v]).join('')),
    bn: parts.map(([c, v]) => BENGALI_CONSONANT[c] + BENGALI_VOWEL_SIGN[v]).join(''),
  };
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The unique core word of entity number `n` (n < 343,000), in four scripts. */
export function coreWord(n: number): Spellings {
  if (n >= WORD_SPACE) throw new Error(`entity number ${n} is beyond the ${WORD_SPACE} names the generator can make`);
  return spell(syllables(n));
}

/** A rare word (a model, project or place name) for running text; any number is allowed. */
export function rareWord(n: number): Spellings {
  return spell(syllables(n, 4_973, 31_337));
}

/** Words added after a core word, by entity kind, in four languages. */
export interface Suffix {
  en: string;
  zh: string;
  ru: string;
  bn: string;
}

export const COMPANY_SUFFIXES: readonly Suffix[] = [
  { en: 'Motors', zh: '汽车', ru: 'Моторс', bn: 'মোটরস' },
  { en: 'Robotics', zh: '机器人', ru: 'Роботикс', bn: 'রোবোটিক্স' },
  { en: 'Semiconductor', zh: '半导体', ru: 'Семикондактор', bn: 'সেমিকন্ডাক্টর' },
  { en: 'Technology', zh: '科技', ru: 'Текнолоджи', bn: 'টেকনোলজি' },
  { en: 'Energy', zh: '能源', ru: 'Энерджи', bn: 'এনার্জি' },
  { en: 'Bank', zh: '银行', ru: 'Банк', bn: 'ব্যাংক' },
  { en: 'Logistics', zh: '物流', ru: 'Логистикс', bn: 'লজিস্টিকস' },
  { en: 'Telecom', zh: '电信', ru: 'Телеком', bn: 'টেলিকম' },
  { en: 'Pharma', zh: '制药', ru: 'Фарма', bn: 'ফার্মা' },
  { en: 'Networks', zh: '网络', ru: 'Нетворкс', bn: 'নেটওয়ার্কস' },
];
export const FUND_SUFFIXES: readonly Suffix[] = [
  { en: 'Capital', zh: '资本', ru: 'Кэпитал', bn: 'ক্যাপিটাল' },
  { en: 'Ventures', zh: '创投', ru: 'Венчурс', bn: 'ভেঞ্চারস' },
  { en: 'Partners', zh: '合伙', ru: 'Партнерс', bn: 'পার্টনার্স' },
];
export const ORGANISATION_SUFFIXES: readonly Suffix[] = [
  { en: 'Institute', zh: '研究院', ru: 'Институт', bn: 'ইনস্টিটিউট' },
  { en: 'Association', zh: '协会', ru: 'Ассоциация', bn: 'অ্যাসোসিয়েশন' },
  { en: 'Foundation', zh: '基金会', ru: 'Фонд', bn: 'ফাউন্ডেশন' },
];
export const MEDIA_SUFFIXES: readonly Suffix[] = [
  { en: 'Daily', zh: '日报', ru: 'Дейли', bn: 'ডেইলি' },
  { en: 'Times', zh: '时报', ru: 'Таймс', bn: 'টাইমস' },
];
export const PLACE_SUFFIX: Suffix = { en: 'City', zh: '市', ru: 'Сити', bn: 'সিটি' };

/** Given names for invented people, with the spellings a newsroom would meet. */
export const GIVEN_NAMES: readonly Spellings[] = [
  { en: 'Lina', zh: '丽娜', ru: 'Лина', bn: 'লিনা' },
  { en: 'Omar', zh: '奥马尔', ru: 'Омар', bn: 'ওমর' },
  { en: 'Mei', zh: '美', ru: 'Мэй', bn: 'মেই' },
  { en: 'Ivan', zh: '伊万', ru: 'Иван', bn: 'ইভান' },
  { en: 'Sari', zh: '莎丽', ru: 'Сари', bn: 'সারি' },
  { en: 'Arif', zh: '阿里夫', ru: 'Ариф', bn: 'আরিফ' },
  { en: 'Wei', zh: '伟', ru: 'Вэй', bn: 'ওয়েই' },
  { en: 'Ana', zh: '安娜', ru: 'Анна', bn: 'আনা' },
  { en: 'Budi', zh: '布迪', ru: 'Буди', bn: 'বুদি' },
  { en: 'Elena', zh: '叶莲娜', ru: 'Елена', bn: 'এলেনা' },
  { en: 'Karim', zh: '卡里姆', ru: 'Карим', bn: 'করিম' },
  { en: 'Tao', zh: '涛', ru: 'Тао', bn: 'তাও' },
  { en: 'Nadia', zh: '娜迪亚', ru: 'Надя', bn: 'নাদিয়া' },
  { en: 'Hugo', zh: '雨果', ru: 'Уго', bn: 'উগো' },
];

/** "kobira-motors": an id from English words. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
