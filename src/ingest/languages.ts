// Per-language data for reading figures, dates, sentences and names: only what the runtime's CLDR
// data (Intl) does not give. Month and weekday names come from Intl.DateTimeFormat (dateline.ts),
// sentence breaks from Intl.Segmenter (sentences.ts), digits of every numbering system from
// Intl.NumberFormat (numerals.ts). Intl has no scale words written after a figure ("หมื่น", "εκατ.",
// "מיליון"), no currency names for running text and no hedges, so those are listed here.
//
// Adding a language is adding an entry here (keyed by its ISO 639-1 code). Every language's words are
// read in every article (pages quote figures across languages); where two languages read one word
// differently, the article's own language wins.
//
// Words are regular-expression sources, matched case-insensitively ("\\p{L}*" takes an inflected
// ending: "миллиард\\p{L}*"). A scale word must end at a word end unless its script writes no spaces
// (Thai, Chinese, Japanese). Scale words in a row multiply: Thai "หมื่นล้าน" = 10⁴ × 10⁶.

export interface CurrencyWords {
  /** ISO 4217 code. */
  code: string;
  words: string[];
  /** "dollars" with no country: the code is a guess the draft flags. */
  generic?: boolean;
  /** Written before the number ("人民币100亿元"); most words come after it. */
  before?: boolean;
  /** A bare unit that takes the currency named before the number: "元" in "新台幣150億元" is NT$. */
  unit?: boolean;
  /** Language tags in which the word names no one currency, so the code is a guess the draft flags ("元" in zh-Hant: NT$, HK$ or yuan). */
  guessIn?: string[];
}

export interface LanguageData {
  /** Scale words written after a number, by value ("1e6": ["millions?"]). */
  scales?: Record<string, string[]>;
  /** Currency names of running text. Symbols ("$", "€", "฿") are language-independent (amounts.ts). */
  currencies?: CurrencyWords[];
  /** Words before a figure that make it approximate ("about", "около", "כ-"). */
  hedges?: string[];
  /**
   * Common words of the language that its neighbours do not use, for telling it from a language the
   * detector confuses it with (Italian read as Spanish) or reading one the detector does not know
   * (Swahili, Malay): see detect-language.ts.
   */
  markerWords?: string[];
  /** Words written between a number and its scale word: Romanian "20 de milioane de euro". */
  scaleConnectors?: string[];
  /** Scale words may also stand before the number, after the currency: Swahili "dola milioni 40", "shilingi bilioni 25". */
  scalesBeforeNumber?: boolean;
  /**
   * Sentences end at a space between two letters: the language writes no full stop (Thai, Lao,
   * Khmer), and Intl.Segmenter finds no sentence break there.
   */
  spaceEndsSentence?: boolean;
  /** The language capitalises every noun (German): a capitalised word alone is no sign of a name. */
  capitalisesNouns?: boolean;
  /** Endings the language glues to a name (case endings, particles): "오르비스캐피탈로부터", "অ্যাকমির". */
  nameSuffixes?: string[];
  /** Letters the language glues before a name (prepositions, articles, "and"): Arabic "بال", Hebrew "מ" in "מחיפה". */
  namePrefixes?: string[];
  /**
   * Endings of common nouns that stand in apposition before a name, for languages that capitalise
   * nouns: German "Elektroautobauer Nio", "Batteriehersteller CATL" name Nio and CATL.
   */
  nounHeads?: string[];
}

export const LANGUAGES: Record<string, LanguageData> = {
  en: {
    scales: {
      '1e12': ['trillions?', 'tn', 'trn'],
      '1e9': ['billions?', 'bn', 'bln'],
      '1e6': ['millions?', 'mn', 'mln'],
      '1e3': ['thousands?'],
      '1e7': ['crores?', 'cr\\.?'],
      '1e5': ['lakh', 'lakhs', 'lac'],
    },
    currencies: [
      { code: 'HKD', words: ['hong kong dollars?'] },
      { code: 'SGD', words: ['singapore dollars?'] },
      { code: 'AUD', words: ['australian dollars?'] },
      { code: 'CAD', words: ['canadian dollars?'] },
      { code: 'TWD', words: ['new taiwan dollars?', 'taiwan dollars?'] },
      { code: 'USD', words: ['u\\.?s\\.? dollars?'] },
      { code: 'USD', words: ['dollars?'], generic: true },
      { code: 'EUR', words: ['euros?'] },
      { code: 'GBP', words: ['pounds? sterling', 'pounds?', 'sterling'] },
      { code: 'CNY', words: ['yuan', 'renminbi'] },
      { code: 'JPY', words: ['yen'] },
      { code: 'KRW', words: ['won'] },
      { code: 'INR', words: ['rupees?'] },
      { code: 'IDR', words: ['rupiah'] },
      { code: 'MYR', words: ['ringgit'] },
      { code: 'THB', words: ['baht'] },
      { code: 'RUB', words: ['rubles?', 'roubles?'] },
      { code: 'UAH', words: ['hryvnias?'] },
      { code: 'TRY', words: ['lira'] },
      { code: 'CHF', words: ['swiss francs?'] },
    ],
    hedges: [
      'about',
      'around',
      'approximately',
      'roughly',
      'nearly',
      'almost',
      'some',
      'over',
      'more than',
      'less than',
      'up to',
      'at least',
    ],
  },
  de: {
    scales: { '1e12': ['billionen?'], '1e9': ['milliarden?', 'mrd\\.?'], '1e6': ['millionen', 'mio\\.?'], '1e3': ['tausend', 'tsd\\.?'] },
    currencies: [
      { code: 'HKD', words: ['hongkong-dollars?'] },
      { code: 'SGD', words: ['singapur-dollars?'] },
      { code: 'AUD', words: ['australische[nr]?-dollars?'] },
      { code: 'CAD', words: ['kanadische[nr]? dollars?'] },
      { code: 'USD', words: ['us-dollars?', 'amerikanische[nr]? dollars?'] },
      { code: 'CHF', words: ['schweizer franken'] },
      { code: 'RUB', words: ['rubel'] },
    ],
    hedges: ['etwa', 'rund', 'fast', 'mehr als', 'über', 'bis zu', 'knapp', 'ungefähr'],
    capitalisesNouns: true,
    nounHeads: [
      'bauer',
      'hersteller',
      'konzern',
      'riese',
      'rivale',
      'konkurrent',
      'anbieter',
      'betreiber',
      'gründer',
      'gründerin',
      'chef',
      'chefin',
      'händler',
      'unternehmen',
      'firma',
      'investor',
      'investorin',
      'zulieferer',
      'entwickler',
      'marke',
      'tochter',
      'sprecher',
      'sprecherin',
      'analyst',
      'analystin',
      'experte',
      'expertin',
      'partner',
      'partnerin',
      'startup',
      'start-up',
      'pionier',
      'dienst',
      'plattform',
      'gigant',
      'spezialist',
      'ausrüster',
      'bewerber',
      'vermittler',
      'unternehmer',
      'unternehmerin',
      'milliardär',
      'milliardärin',
      'versicherer',
      'fonds',
      'bank',
      'minister',
      'ministerin',
      'präsident',
      'präsidentin',
      'stadt',
      'metropole',
      'provinz',
      'behörde',
      'regulierer',
      'börse',
    ],
  },
  nl: { scales: { '1e9': ['miljard(?:en)?', 'biljoen(?:en)?'], '1e6': ['miljoen(?:en)?'] } },
  sv: {
    scales: { '1e9': ['miljard(?:er)?', 'mdr'], '1e6': ['miljon(?:er)?', 'mn'] },
    currencies: [
      { code: 'SEK', words: ['kronor', 'krona', 'kr\\.?'] },
      { code: 'USD', words: ['dollar'], generic: true },
      { code: 'EUR', words: ['euro'] },
    ],
    hedges: ['cirka', 'omkring', 'drygt', 'nästan', 'över'],
  },
  // "kroner" is the Danish krone in Danish text and the Norwegian one in Norwegian.
  da: {
    scales: { '1e9': ['milliard(?:er)?', 'mia\\.?'], '1e6': ['million(?:er)?', 'mio\\.?'] },
    currencies: [{ code: 'DKK', words: ['kroner', 'krone', 'kr\\.?'] }],
  },
  nb: {
    scales: { '1e9': ['milliard(?:er)?', 'mrd\\.?'], '1e6': ['million(?:er)?', 'mill\\.?'] },
    currencies: [{ code: 'NOK', words: ['kroner', 'krone', 'kr\\.?'] }],
  },
  cs: {
    scales: { '1e9': ['miliard\\p{L}*', 'mld\\.?'], '1e6': ['milion\\p{L}*'], '1e3': ['tisíc\\p{L}*', 'tis\\.?'] },
    currencies: [
      { code: 'CZK', words: ['korun\\p{L}*', 'kč'] },
      { code: 'EUR', words: ['eur'] },
      { code: 'USD', words: ['dolar\\p{L}*'], generic: true },
    ],
    hedges: ['zhruba', 'přibližně', 'téměř', 'přes', 'více než'],
    nameSuffixes: ['ovi', 'em', 'u', 'a', 'ou'],
  },
  sk: {
    scales: { '1e9': ['miliárd\\p{L}*', 'mld\\.?'], '1e6': ['milión\\p{L}*'] },
    currencies: [
      { code: 'EUR', words: ['eur'] },
      { code: 'CZK', words: ['korún', 'korun\\p{L}*'] },
    ],
  },
  ro: {
    scales: { '1e9': ['miliard\\p{L}*'], '1e6': ['milioane', 'milion\\p{L}*'], '1e3': ['mii'] },
    scaleConnectors: ['de'],
    currencies: [
      { code: 'RON', words: ['lei', 'leu'] },
      { code: 'USD', words: ['dolari'], generic: true },
    ],
    hedges: ['aproximativ', 'circa', 'peste', 'aproape'],
  },
  // Finnish and Hungarian glue case endings to names ("Foxconnin", "Xiaomin", "Teslalle"; "Xiaominál",
  // "Foxconnnal") and to scale and currency words ("120 miljoonaa euroa", "50 milliárd forintot").
  fi: {
    scales: {
      '1e12': ['biljoona\\p{L}*'],
      '1e9': ['miljardi\\p{L}*', 'mrd\\.?'],
      '1e6': ['miljoona\\p{L}*', 'milj\\.?'],
      '1e3': ['tuhat\\p{L}*'],
    },
    currencies: [
      { code: 'EUR', words: ['euro'] },
      { code: 'USD', words: ['dollari'], generic: true },
    ],
    hedges: ['noin', 'lähes', 'yli', 'runsaat'],
    nameSuffixes: ['lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'in', 'n'],
  },
  hu: {
    scales: { '1e9': ['milliárd'], '1e6': ['millió'], '1e3': ['ezer'] },
    currencies: [
      // Not "Ft": every language's words are read, and "500 ft" is feet in English.
      { code: 'HUF', words: ['forint'] },
      { code: 'EUR', words: ['euró'] },
      { code: 'USD', words: ['dollár'], generic: true },
    ],
    hedges: ['mintegy', 'körülbelül', 'közel', 'több mint'],
    nameSuffixes: ['nak', 'nek', 'val', 'vel', 'nal', 'nál', 'nél', 'ban', 'ben', 'hoz', 'hez', 'tól', 'től', 'ról', 'ről', 'ba', 'be'],
  },
  tl: {
    scales: { '1e12': ['trilyong?'], '1e9': ['bilyong?'], '1e6': ['milyong?'], '1e3': ['libong?'] },
    currencies: [{ code: 'PHP', words: ['piso', 'pesos? ng pilipinas'] }],
    hedges: ['humigit-kumulang', 'halos', 'mahigit', 'higit sa'],
  },
  fr: {
    markerWords: [
      'le',
      'les',
      'des',
      'du',
      'et',
      'est',
      'une',
      'pour',
      'dans',
      'qui',
      'au',
      'aux',
      'sur',
      'pas',
      'ce',
      'cette',
      'avec',
      'sont',
      'été',
    ],
    // "150 M€", "1,2 Md€", "2 Mds $": the abbreviations only before a currency symbol.
    scales: {
      '1e9': ['milliards?', 'mds?(?=\\s?[€$£])', 'mrds?(?=\\s?[€$£])'],
      '1e6': ['millions?', 'm(?=\\s?[€$£])'],
      '1e3': ['mille', 'k(?=\\s?[€$£])'],
    },
    currencies: [
      { code: 'HKD', words: ['dollars? de hong kong'] },
      { code: 'TWD', words: ['(?:nouveaux )?dollars? taïwanais'] },
      { code: 'SGD', words: ['dollars? de singapour'] },
      { code: 'AUD', words: ['dollars? australiens?'] },
      { code: 'CAD', words: ['dollars? canadiens?'] },
      { code: 'USD', words: ['dollars? américains?'] },
      { code: 'CHF', words: ['francs? suisses'] },
      { code: 'CNY', words: ['yuans'] },
    ],
    hedges: ['environ', 'près de', 'plus de', "jusqu'à"],
  },
  es: {
    markerWords: [
      'el',
      'los',
      'las',
      'del',
      'por',
      'es',
      'más',
      'como',
      'al',
      'y',
      'fue',
      'sus',
      'pero',
      'este',
      'esta',
      'según',
      'también',
    ],
    scales: { '1e12': ['billones', 'billón'], '1e9': ['mil millones'], '1e6': ['millones', 'millón'], '1e3': ['mil'] },
    currencies: [
      { code: 'HKD', words: ['dólares? de hong kong'] },
      { code: 'TWD', words: ['(?:nuevos )?dólares? taiwaneses'] },
      { code: 'SGD', words: ['dólares? de singapur'] },
      { code: 'AUD', words: ['dólares? australianos'] },
      { code: 'CAD', words: ['dólares? canadienses'] },
      { code: 'USD', words: ['dólares? estadounidenses'] },
      { code: 'USD', words: ['dólares?'], generic: true },
    ],
    hedges: ['alrededor de', 'casi', 'más de', 'cerca de'],
  },
  pt: {
    markerWords: ['o', 'os', 'do', 'da', 'dos', 'das', 'em', 'na', 'não', 'ao', 'é', 'uma', 'também', 'pela', 'pelo', 'foi', 'seu', 'sua'],
    // Brazilian pages abbreviate: "R$ 1,2 bi", "US$ 300 mi", "R$ 2 tri".
    scales: {
      '1e12': ['trilhões', 'trilhão', 'tri(?!-)'],
      '1e9': ['mil milhões', 'bilhões', 'bilhão', 'bilh[aã]o', 'bi(?!-)'],
      '1e6': ['milhões', 'milhão', 'mi(?!-)'],
    },
    currencies: [
      { code: 'HKD', words: ['dólares? de hong kong'] },
      { code: 'TWD', words: ['dólares? taiwaneses'] },
      { code: 'AUD', words: ['dólares? australianos'] },
      { code: 'CAD', words: ['dólares? canadenses'] },
      { code: 'USD', words: ['dólares? americanos'] },
      { code: 'BRL', words: ['reais', 'real'] },
    ],
    hedges: ['cerca de', 'quase', 'mais de'],
  },
  it: {
    markerWords: [
      'il',
      'di',
      'che',
      'della',
      'delle',
      'dei',
      'degli',
      'per',
      'nel',
      'nella',
      'alla',
      'sono',
      'è',
      'gli',
      'anche',
      'più',
      'dal',
      'dalla',
      'questo',
      'questa',
      'ha',
    ],
    scales: { '1e9': ['miliardi', 'miliardo'], '1e6': ['milioni', 'milione'] },
    currencies: [
      { code: 'HKD', words: ['dollari? di hong kong'] },
      { code: 'TWD', words: ['dollari? taiwanesi', 'dollari? di taiwan'] },
      { code: 'SGD', words: ['dollari? di singapore'] },
      { code: 'AUD', words: ['dollari? australiani'] },
      { code: 'CAD', words: ['dollari? canadesi'] },
      { code: 'USD', words: ['dollari? statunitensi', 'dollari? americani'] },
      { code: 'USD', words: ['dollari'], generic: true },
    ],
    hedges: ['circa', 'quasi', 'oltre'],
  },
  pl: {
    scales: { '1e9': ['mld\\.?', 'miliard(?:y|ów|ů)?'], '1e6': ['mln\\.?', 'milion(?:y|ów)?'], '1e3': ['tys\\.?', 'tysi[aą]c\\p{L}*'] },
    currencies: [
      { code: 'PLN', words: ['złot\\p{L}*', 'zł'] },
      { code: 'USD', words: ['dolar\\p{L}* amerykańsk\\p{L}*'] },
      { code: 'USD', words: ['dolar\\p{L}*'], generic: true },
      { code: 'EUR', words: ['euro'] },
      { code: 'GBP', words: ['funt\\p{L}* szterling\\p{L}*', 'funt\\p{L}*'] },
      { code: 'CHF', words: ['frank\\p{L}* szwajcarsk\\p{L}*'] },
      { code: 'CNY', words: ['juan\\p{L}*'] },
      { code: 'JPY', words: ['jen\\p{L}*'] },
    ],
    hedges: ['około', 'prawie', 'ponad', 'blisko', 'niemal', 'niespełna'],
    // Case endings on names that keep their stem: "Foxconnu", "Foxconnem", "Xiaomiego", "w Gdańsku".
    nameSuffixes: ['owi', 'ego', 'emu', 'em', 'ie', 'u', 'a', 'ów', 'ach', 'om', 'ami'],
  },
  tr: {
    // Endings glue to scale and currency words: "250 milyonluk", "dolarlık".
    scales: { '1e12': ['trilyon\\p{L}*'], '1e9': ['milyar\\p{L}*'], '1e6': ['milyon\\p{L}*'], '1e3': ['bin'] },
    currencies: [
      { code: 'TRY', words: ['türk lirası', 'lirası', 'tl'] },
      { code: 'USD', words: ['amerikan doları', 'abd doları'] },
      { code: 'USD', words: ['dolar'], generic: true },
      { code: 'EUR', words: ['avro', 'euro'] },
      { code: 'GBP', words: ['sterlin'] },
      { code: 'CNY', words: ['yuan'] },
    ],
    hedges: ['yaklaşık', 'neredeyse', 'en az'],
  },
  id: {
    markerWords: ['karena', 'yaitu', 'perusahaan', 'pemerintah', 'uang', 'bahwa', 'sejumlah', 'tersebut', 'kepada'],
    scales: { '1e12': ['triliun', 'trilion'], '1e9': ['miliar', 'bilion'], '1e6': ['juta'], '1e3': ['ribu'] },
    currencies: [
      { code: 'HKD', words: ['dolar hong kong'] },
      { code: 'SGD', words: ['dolar singapura'] },
      { code: 'AUD', words: ['dolar australia'] },
      { code: 'CAD', words: ['dolar kanada'] },
      { code: 'USD', words: ['dolar as', 'dolar amerika'] },
      { code: 'USD', words: ['dolar'], generic: true },
    ],
    hedges: ['sekitar', 'hampir', 'lebih dari', 'kurang dari', 'hingga', 'kira-kira'],
  },
  vi: {
    scales: { '1e12': ['nghìn tỷ', 'nghìn tỉ'], '1e9': ['tỷ', 'tỉ'], '1e6': ['triệu'], '1e3': ['nghìn', 'ngàn'] },
    currencies: [
      { code: 'USD', words: ['đô la mỹ', 'đô-la mỹ'] },
      { code: 'USD', words: ['đô la', 'đô-la', 'đô'], generic: true },
      { code: 'VND', words: ['đồng', 'vnđ', 'vnd'] },
      { code: 'CNY', words: ['nhân dân tệ'] },
      { code: 'JPY', words: ['yên'] },
    ],
    hedges: ['khoảng', 'gần', 'hơn', 'trên', 'chừng'],
  },
  ru: {
    scales: {
      '1e12': ['трлн\\.?', 'триллион\\p{L}*'],
      '1e9': ['млрд\\.?', 'миллиард\\p{L}*'],
      '1e6': ['млн\\.?', 'миллион\\p{L}*'],
      '1e3': ['тыс\\.?', 'тысяч\\p{L}*'],
    },
    currencies: [
      { code: 'HKD', words: ['гонконгских долларов'] },
      { code: 'USD', words: ['американских долларов', 'долларов сша'] },
      { code: 'USD', words: ['доллар\\p{L}*', 'долл\\.?'], generic: true },
      { code: 'EUR', words: ['евро'] },
      { code: 'GBP', words: ['фунт\\p{L}* стерлингов', 'фунт\\p{L}*'] },
      { code: 'CNY', words: ['юан\\p{L}*'] },
      { code: 'JPY', words: ['иен\\p{L}*'] },
      { code: 'KRW', words: ['вон'] },
      { code: 'INR', words: ['рупи\\p{L}*'] },
      { code: 'THB', words: ['бат\\p{L}*'] },
      { code: 'RUB', words: ['рубл\\p{L}*', 'руб\\.?'] },
      { code: 'UAH', words: ['гривн\\p{L}*', 'грн\\.?'] },
    ],
    hedges: ['около', 'примерно', 'почти', 'более', 'свыше', 'порядка', 'до'],
  },
  uk: {
    scales: {
      '1e12': ['трлн\\.?', 'трильйон\\p{L}*'],
      '1e9': ['млрд\\.?', 'мільярд\\p{L}*'],
      '1e6': ['млн\\.?', 'мільйон\\p{L}*'],
      '1e3': ['тис\\.?', 'тисяч\\p{L}*'],
    },
    currencies: [
      { code: 'USD', words: ['доларів сша', 'американських доларів'] },
      { code: 'USD', words: ['долар\\p{L}*', 'дол\\.?'], generic: true },
      { code: 'UAH', words: ['гривн\\p{L}*', 'гривень', 'грн\\.?'] },
      { code: 'EUR', words: ['євро'] },
      { code: 'CNY', words: ['юан\\p{L}*'] },
    ],
    hedges: ['близько', 'майже', 'понад', 'приблизно'],
  },
  el: {
    scales: {
      '1e12': ['τρισ\\.?', 'τρις', 'τρισεκατομμύρι\\p{L}*'],
      '1e9': ['δισ\\.?', 'δις', 'δισεκατομμύρι\\p{L}*'],
      '1e6': ['εκατ\\.?', 'εκατομμύρι\\p{L}*'],
      '1e3': ['χιλ\\.?', 'χιλιάδ\\p{L}*'],
    },
    currencies: [
      { code: 'USD', words: ['δολάρια ηπα', 'δολάρια αμερικής'] },
      { code: 'USD', words: ['δολάρι\\p{L}*', 'δολ\\.?'], generic: true },
      { code: 'EUR', words: ['ευρώ'] },
      { code: 'GBP', words: ['στερλίν\\p{L}*', 'λίρ\\p{L}* αγγλίας'] },
      { code: 'CNY', words: ['γιουάν'] },
      { code: 'JPY', words: ['γιεν'] },
    ],
    hedges: ['περίπου', 'σχεδόν', 'πάνω από', 'περισσότερα από', 'έως', 'μέχρι'],
  },
  he: {
    scales: { '1e12': ['טריליון'], '1e9': ['מיליארד', 'מיליארדי'], '1e6': ['מיליון', 'מיליוני'], '1e3': ['אלף', 'אלפי'] },
    currencies: [
      { code: 'USD', words: ['דולר אמריקאי', 'דולר ארה"ב'] },
      { code: 'USD', words: ['דולר', 'דולרים'], generic: true },
      { code: 'ILS', words: ['שקלים', 'שקל', 'ש"ח', 'ש״ח'] },
      { code: 'EUR', words: ['יורו', 'אירו'] },
      { code: 'CNY', words: ['יואן'] },
      { code: 'JPY', words: ['ין'] },
    ],
    hedges: ['כ-', 'כ־', 'כ', 'כמעט', 'יותר מ-', 'יותר מ', 'קרוב ל-', 'עד'],
    // "and", "the", "in", "to", "from", "that", "as", alone and combined ("ומה", "שב"), with or without a maqaf.
    namePrefixes: [
      'ומה',
      'ושה',
      'ובה',
      'וה',
      'וב',
      'ול',
      'ומ',
      'וש',
      'שב',
      'של',
      'שה',
      'מה',
      'בה',
      'לה',
      'כש',
      'ו',
      'ה',
      'ב',
      'ל',
      'מ',
      'ש',
      'כ',
    ].flatMap((p) => [`${p}-`, `${p}־`, p]),
  },
  ar: {
    scales: { '1e12': ['تريليون'], '1e9': ['مليارات', 'مليار', 'بليون'], '1e6': ['ملايين', 'مليون'], '1e3': ['آلاف', 'ألف'] },
    currencies: [
      { code: 'USD', words: ['دولار أمريكي'] },
      { code: 'USD', words: ['دولار'], generic: true },
      { code: 'EUR', words: ['يورو'] },
      { code: 'CNY', words: ['يوان'] },
      { code: 'JPY', words: ['ين'] },
      { code: 'INR', words: ['روبية'] },
      { code: 'SAR', words: ['ريال سعودي'] },
      { code: 'AED', words: ['درهم إماراتي', 'درهم'] },
      { code: 'EGP', words: ['جنيه مصري'] },
      // Egyptian pages write a bare جنيه for their pound.
      { code: 'EGP', words: ['جنيه'], generic: true },
      { code: 'GBP', words: ['جنيه إسترليني'] },
    ],
    hedges: ['حوالي', 'نحو', 'أكثر من', 'قرابة'],
    // "and", "by", "for", "the" and their combinations.
    namePrefixes: ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'],
  },
  bn: {
    scales: {
      '1e12': ['ট্রিলিয়ন\\p{M}*\\p{L}*'],
      '1e9': ['বিলিয়ন\\p{M}*'],
      '1e7': ['কোটি'],
      '1e6': ['মিলিয়ন\\p{M}*'],
      '1e5': ['লাখ', 'লক্ষ'],
      '1e3': ['হাজার'],
    },
    currencies: [
      { code: 'USD', words: ['ডলার\\p{M}*\\p{L}*'], generic: true },
      { code: 'EUR', words: ['ইউরো'] },
      { code: 'CNY', words: ['ইউয়ান\\p{M}*\\p{L}*'] },
      { code: 'JPY', words: ['ইয়েন'] },
      { code: 'INR', words: ['রুপি'] },
      { code: 'RUB', words: ['রুবল'] },
      { code: 'BDT', words: ['টাকা[\\p{L}\\p{M}]*'] },
    ],
    hedges: ['প্রায়', 'লগভগ'],
    nameSuffixes: ['ভিত্তিক', 'য়ের', 'েরা', 'দের', 'গুলি', 'গুলো', 'সহ', 'ের', 'কে', 'তে', 'রা', 'টি', 'টা', 'য়', 'র', 'ে', 'ও', 'এর'],
  },
  hi: {
    scales: {
      '1e12': ['ट्रिलियन'],
      // खरब is a hundred अरब.
      '1e11': ['खरब'],
      '1e9': ['बिलियन', 'अरब'],
      '1e7': ['करोड़', 'करोड'],
      '1e6': ['मिलियन'],
      '1e5': ['लाख'],
      '1e3': ['हज़ार', 'हजार'],
    },
    currencies: [
      { code: 'USD', words: ['अमेरिकी डॉलर', 'अमेरिकी डालर'] },
      { code: 'USD', words: ['डॉलर', 'डालर'], generic: true },
      { code: 'EUR', words: ['यूरो'] },
      { code: 'CNY', words: ['युआन'] },
      { code: 'JPY', words: ['येन'] },
      { code: 'INR', words: ['रुपये', 'रुपया', 'रुपए', 'रु\\.?'] },
    ],
    hedges: ['करीब', 'लगभग', 'क़रीब', 'तकरीबन', 'से अधिक', 'से ज़्यादा'],
    nameSuffixes: ['ों', 'ओं', 'ने', 'को', 'का', 'की', 'के'],
  },
  th: {
    // Thai writes scale words glued to each other and to the currency: "1.2 หมื่นล้านบาท".
    scales: { '1e6': ['ล้าน'], '1e5': ['แสน'], '1e4': ['หมื่น'], '1e3': ['พัน'], '1e2': ['ร้อย'] },
    currencies: [
      { code: 'USD', words: ['ดอลลาร์สหรัฐ', 'ดอลลาร์ สหรัฐ'] },
      { code: 'USD', words: ['ดอลลาร์'], generic: true },
      { code: 'THB', words: ['บาท'] },
      { code: 'EUR', words: ['ยูโร'] },
      { code: 'CNY', words: ['หยวน'] },
      { code: 'JPY', words: ['เยน'] },
    ],
    hedges: ['ประมาณ', 'กว่า', 'เกือบ', 'ราว', 'ราวๆ'],
    spaceEndsSentence: true,
  },
  fa: {
    scales: { '1e12': ['تریلیون'], '1e9': ['میلیارد'], '1e6': ['میلیون'], '1e3': ['هزار'] },
    currencies: [
      { code: 'USD', words: ['دلار آمریکا'] },
      { code: 'USD', words: ['دلار\\p{L}*'], generic: true },
      { code: 'IRR', words: ['ریال\\p{L}*'] },
      { code: 'EUR', words: ['یورو'] },
      { code: 'CNY', words: ['یوان'] },
    ],
    hedges: ['حدود', 'حدوداً', 'تقریباً', 'نزدیک به', 'بیش از'],
  },
  ur: {
    scales: {
      '1e12': ['ٹریلین'],
      // کھرب is a hundred ارب.
      '1e11': ['کھرب'],
      '1e9': ['ارب', 'بلین'],
      '1e7': ['کروڑ'],
      '1e6': ['ملین'],
      '1e5': ['لاکھ'],
      '1e3': ['ہزار'],
    },
    currencies: [
      { code: 'USD', words: ['امریکی ڈالر'] },
      { code: 'USD', words: ['ڈالر'], generic: true },
      { code: 'PKR', words: ['روپے', 'روپیہ', 'روپوں', 'روپی'] },
      { code: 'EUR', words: ['یورو'] },
      { code: 'CNY', words: ['یوآن'] },
    ],
    hedges: ['تقریباً', 'تقریبا', 'لگ بھگ', 'قریب'],
  },
  ta: {
    // Case endings glue to the words: "கோடியில்", "டாலருக்கு".
    scales: {
      '1e12': ['டிரில்லியன்[\\p{L}\\p{M}]*'],
      '1e9': ['பில்லியன்[\\p{L}\\p{M}]*'],
      '1e7': ['கோடி[\\p{L}\\p{M}]*'],
      '1e6': ['மில்லியன்[\\p{L}\\p{M}]*'],
      '1e5': ['இலட்சம்[\\p{L}\\p{M}]*', 'லட்சம்[\\p{L}\\p{M}]*'],
      '1e3': ['ஆயிரம்[\\p{L}\\p{M}]*'],
    },
    currencies: [
      { code: 'INR', words: ['ரூ\\.?'], before: true },
      { code: 'INR', words: ['ரூபாய்[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['அமெரிக்க டாலர்[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['டாலர்[\\p{L}\\p{M}]*'], generic: true },
      { code: 'EUR', words: ['யூரோ'] },
      { code: 'CNY', words: ['யுவான்'] },
    ],
    hedges: ['சுமார்', 'கிட்டத்தட்ட'],
  },
  sw: {
    markerWords: [
      'ya',
      'wa',
      'kwa',
      'katika',
      'za',
      'cha',
      'vya',
      'hiyo',
      'kuwa',
      'hii',
      'kama',
      'pia',
      'ambayo',
      'ambao',
      'yake',
      'wake',
      'hicho',
      'hilo',
      'huo',
    ],
    scales: { '1e12': ['trilioni'], '1e9': ['bilioni'], '1e6': ['milioni'], '1e3': ['elfu'] },
    scalesBeforeNumber: true,
    currencies: [
      { code: 'USD', words: ['dola za (?:ki)?marekani'], before: true },
      { code: 'USD', words: ['dola'], generic: true, before: true },
      { code: 'TZS', words: ['shilingi za (?:ki)?tanzania', 'tsh\\.?'], before: true },
      { code: 'KES', words: ['shilingi za (?:ki)?kenya', 'ksh\\.?'], before: true },
      { code: 'UGX', words: ['shilingi za (?:ki)?uganda', 'ush\\.?'], before: true },
      // Tanzanian, Kenyan and Ugandan pages all write "shilingi" for their own.
      { code: 'TZS', words: ['shilingi', 'sh\\.?'], generic: true, before: true },
      { code: 'EUR', words: ['euro', 'yuro'], before: true },
    ],
    hedges: ['takriban', 'karibu', 'zaidi ya', 'hadi'],
  },
  ms: {
    // Malay shares its scale words with Indonesian (the id entry); these words tell the two apart.
    markerWords: ['kerana', 'iaitu', 'ialah', 'syarikat', 'kerajaan', 'wang', 'bahawa', 'daripada', 'beliau', 'pelaburan'],
  },
  lb: { capitalisesNouns: true },
  lo: { spaceEndsSentence: true },
  km: { spaceEndsSentence: true },
  zh: {
    currencies: [
      { code: 'HKD', words: ['港元', '港币', '港幣', '港圓'], before: true },
      { code: 'HKD', words: ['元港币', '元港幣'] },
      { code: 'SGD', words: ['新加坡元', '新元'] },
      { code: 'AUD', words: ['澳元'] },
      { code: 'CAD', words: ['加元', '加币'] },
      { code: 'TWD', words: ['新台币', '新台幣'], before: true },
      { code: 'TWD', words: ['元新台币', '元新台幣'] },
      { code: 'USD', words: ['美元', '美金'] },
      { code: 'EUR', words: ['欧元', '歐元'] },
      { code: 'GBP', words: ['英镑', '英鎊'] },
      { code: 'CNY', words: ['人民币', '人民幣'], before: true },
      { code: 'CNY', words: ['元人民币', '元人民幣', '人民币', '人民幣'] },
      // Taiwan and Hong Kong pages write a bare 元 for their own dollar.
      { code: 'CNY', words: ['元'], unit: true, guessIn: ['zh-Hant'] },
      { code: 'JPY', words: ['日元', '日圓'] },
      { code: 'KRW', words: ['韩元', '韓元'] },
      { code: 'RUB', words: ['卢布', '盧布'] },
    ],
    hedges: ['约', '近', '超过', '逾', '达', '將近', '约合'],
  },
  ja: {
    currencies: [
      { code: 'USD', words: ['米ドル'] },
      { code: 'USD', words: ['ドル'], generic: true },
      { code: 'EUR', words: ['ユーロ'] },
      { code: 'GBP', words: ['ポンド'] },
      { code: 'CNY', words: ['人民元'] },
      { code: 'JPY', words: ['円', '元'] },
      { code: 'KRW', words: ['ウォン'] },
    ],
    hedges: ['約', 'およそ'],
  },
  ko: {
    currencies: [
      { code: 'USD', words: ['달러'], generic: true },
      { code: 'EUR', words: ['유로'] },
      { code: 'GBP', words: ['파운드'] },
      { code: 'CNY', words: ['위안'] },
      { code: 'JPY', words: ['엔'] },
      { code: 'KRW', words: ['원'] },
    ],
    hedges: ['약', '거의'],
    nameSuffixes: [
      '으로부터',
      '로부터',
      '에서는',
      '에게서',
      '한테서',
      '에서',
      '에게',
      '한테',
      '으로',
      '과의',
      '와의',
      '보다',
      '이다',
      '까지',
      '부터',
      '처럼',
      '이나',
      '은',
      '는',
      '이',
      '가',
      '을',
      '를',
      '의',
      '에',
      '와',
      '과',
      '도',
      '로',
      '측',
      '만',
    ],
  },
};

/** The language's entry ("de" for "de-AT"); an empty entry when none. */
export function languageData(lang: string): LanguageData {
  return LANGUAGES[lang.split('-')[0]!.toLowerCase()] ?? {};
}

/** Every language's entries, the given language's first (its reading wins where two differ). */
export function languagesFirst(lang: string): LanguageData[] {
  const own = lang.split('-')[0]!.toLowerCase();
  return [
    LANGUAGES[own] ?? {},
    ...Object.entries(LANGUAGES)
      .filter(([code]) => code !== own)
      .map(([, d]) => d),
  ];
}
