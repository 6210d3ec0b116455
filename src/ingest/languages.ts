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
import { canonicalLanguageTag } from '../schemas/language.ts';

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
  /**
   * A unit that is a multiple of the ISO currency's unit: Iran's toman is ten rials, and ISO 4217 has
   * only the rial (IRR), so "30 هزار میلیارد تومان" is recorded as 3 × 10¹⁴ IRR with a note.
   */
  factor?: number;
  /**
   * Read only in articles of the entry's own language, where the word means another thing (or another
   * country's money) elsewhere: Hungarian "Ft" is feet in English, Nepali "रु" is the Indian rupee in Hindi.
   */
  ownOnly?: boolean;
}

export interface LanguageData {
  /** Scale words written after a number, by value ("1e6": ["millions?"]). */
  scales?: Record<string, string[]>;
  /** Currency names of running text. Symbols ("$", "€", "฿") are language-independent (amounts.ts). */
  currencies?: CurrencyWords[];
  /** Words before a figure that make it approximate ("about", "около", "כ-"). */
  hedges?: string[];
  /**
   * Words after an amount that make it approximate: postpositions ("астам", "ခန့်", "以上") and
   * phrases after a case ending glued to the currency word ("dolardan fazla", more than $…).
   * Regular-expression sources, lower case, a space for any spaces; the amount's last word may carry
   * glued letters before them. Read in every article, so each is written to mean "about" or "more
   * than" only after an amount ("fazla" alone after a figure is also "… more").
   */
  hedgesAfter?: string[];
  /** Hedges read only in articles of the language, where the word is another word elsewhere: Catalan "uns" (about) is German "us". */
  ownHedges?: string[];
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
  /**
   * Small cardinal numbers written as words, by value, read as a figure only before a scale word
   * ("zwei Milliarden Euro", "три миллиарда рублей") and only in articles of the language itself
   * ("sei" is six in Italian and a verb in German). Regular-expression sources.
   */
  numberWords?: Record<string, string[]>;
  /** Scale words that carry their own count, by value: the Arabic dual "ملياري درهم" is two billion dirhams. */
  countedScales?: Record<string, string[]>;
  /**
   * Endings that replace a name's last letters in the language's cases, where `nameSuffixes` (which
   * only add letters) cannot: Polish "Tesla" → "Tesli", "Teslę", "Teslą".
   */
  nameEndingSwaps?: { ending: string; forms: string[] }[];
  /**
   * Words that never open a name although written with a capital (articles, determiners, and in
   * languages that capitalise nouns the prepositions' company): German "Das Unternehmen" is no name.
   * Lower case.
   */
  notNameStarts?: string[];
  /**
   * Cookie and consent-banner vocabulary (regular-expression sources, lower case): the language's word
   * for a web cookie, "this site uses", "by continuing". Read in every article (a page's banner may be in
   * the site's language, not the article's); a word in a script without spaces is matched inside words.
   */
  consentCues?: string[];
  /** The buttons a consent banner ends with ("accept", "ok", "rifiuta"): a line ending in them after a sentence is no headline. */
  consentButtons?: string[];
  /**
   * Byline cues of the language ("di", "Na", "Haber:", "خبرنگار:"), read only in articles of the
   * language and only at the start of a short line, before a name ("di"/"na" are common words).
   */
  bylineCues?: string[];
  /** Byline cues written after the name, ending a short line: Icelandic "Jón Jónsson skrifar", Sinhala "… විසින්". Read only in articles of the language. */
  bylineCuesAfter?: string[];
  /**
   * A noun for a part of a company or of a whole with the word that links it to a percentage
   * ("stake of", "quota del", "Anteil von"), regular-expression sources, lower case, a space for any
   * spaces. A bare number of 100 or less right after one is a percentage whose "%" was lost: "una
   * quota del 25 nella…" (mt-damage.ts). The linking word is the one a share takes, not a count's
   * ("stakes in 12 companies", "quota di 30 lavoratori" name none). Read only in articles of the
   * language.
   */
  stakeWords?: string[];
  /** Phrases ending in a hedge that are no hedge: Urdu "کے قریب" is "near (a place)", not "about". Plain text. */
  hedgeExceptions?: string[];
  /** "All rights reserved" and the like (lower case, plain text): a copyright line wherever the phrase stands. */
  rightsReserved?: string[];
  /**
   * The language's word for copyright (lower case, plain text): a copyright line when it opens the
   * line or stands beside a year or a © sign ("حقوق النشر ٢٠٢٤", "저작권자 ©").
   */
  copyrightWords?: string[];
  /**
   * Words a date writes around its day, month and year numbers that Intl's date formats leave out
   * (Khmer "ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥", Burmese "၂၀၂၅ ခုနှစ်", Amharic "5 ቀን 2017 ዓ.ም"): the date
   * reader skips them. The calendar fields' own names ("year", "month", "day") come from Intl.
   */
  dateWords?: string[];
  /**
   * Month names (January first, each with its other spellings) that pages write where Intl gives
   * others: Sinhala news writes "මාර්තු" (March) where CLDR has "මැදින්".
   */
  monthNames?: string[][];
}

export const LANGUAGES: Record<string, LanguageData> = {
  en: {
    stakeWords: ['stakes? of'],
    consentCues: ['cookies?', 'we use cookies', 'by continuing to (?:use|browse)', 'you agree to (?:the|our) use'],
    consentButtons: [
      'accept all',
      'accept',
      'i accept',
      'agree',
      'i agree',
      'ok',
      'got it',
      'reject all',
      'reject',
      'decline',
      'manage settings',
    ],
    rightsReserved: ['all rights reserved'],
    copyrightWords: ['copyright'],
    numberWords: {
      '1': ['one', 'a'],
      '2': ['two'],
      '3': ['three'],
      '4': ['four'],
      '5': ['five'],
      '6': ['six'],
      '7': ['seven'],
      '8': ['eight'],
      '9': ['nine'],
      '10': ['ten'],
      '12': ['twelve'],
      '20': ['twenty'],
      '100': ['a hundred', 'one hundred'],
    },
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
    stakeWords: ['anteile?s? von', 'beteiligung von'],
    consentCues: ['cookies?', 'mit der nutzung dieser (?:website|seite)'],
    consentButtons: ['akzeptieren', 'alle akzeptieren', 'zustimmen', 'einverstanden', 'ablehnen', 'ok'],
    bylineCues: ['autor', 'autorin', 'text'],
    rightsReserved: ['alle rechte vorbehalten'],
    copyrightWords: ['urheberrecht'],
    numberWords: {
      '1': ['eine?', 'einer'],
      '2': ['zwei'],
      '3': ['drei'],
      '4': ['vier'],
      '5': ['fünf'],
      '6': ['sechs'],
      '7': ['sieben'],
      '8': ['acht'],
      '9': ['neun'],
      '10': ['zehn'],
      '12': ['zwölf'],
      '20': ['zwanzig'],
      '100': ['hundert'],
    },
    notNameStarts: [
      'der',
      'die',
      'das',
      'den',
      'dem',
      'des',
      'ein',
      'eine',
      'einen',
      'einem',
      'einer',
      'eines',
      'dieser',
      'diese',
      'dieses',
      'jeder',
      'jede',
      'jedes',
      'kein',
      'keine',
      'sein',
      'seine',
      'ihr',
      'ihre',
      'unser',
      'unsere',
      'im',
      'in',
      'am',
      'an',
      'auf',
      'aus',
      'bei',
      'mit',
      'nach',
      'von',
      'vom',
      'vor',
      'zu',
      'zum',
      'zur',
      'für',
      'über',
      'unter',
      'nähe',
      'seit',
      'laut',
      'gegen',
      'auch',
      'und',
      'oder',
      'aber',
      'wie',
      'als',
      'wenn',
      'dass',
      'so',
      'nur',
      'noch',
    ],
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
    hedges: ['etwa', 'rund', 'fast', 'mehr als', 'über', 'bis zu', 'knapp', 'ungefähr', 'circa', 'annähernd', 'schätzungsweise'],
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
  nl: {
    stakeWords: ['belang van'],
    // No "tot" (up to): after a verb it is "to", "steeg tot 410 miljoen euro" (rose to).
    hedges: ['ongeveer', 'circa', 'bijna', 'ruim', "zo'n", 'meer dan', 'rond de'],
    consentCues: ['cookies?', 'door verder te gaan'],
    consentButtons: ['accepteren', 'akkoord', 'alles accepteren', 'weigeren', 'ok'],
    bylineCues: ['door', 'tekst'],
    rightsReserved: ['alle rechten voorbehouden'],
    numberWords: { '1': ['een', 'één'], '2': ['twee'], '3': ['drie'], '4': ['vier'], '5': ['vijf'], '10': ['tien'] },
    notNameStarts: ['de', 'het', 'een', 'deze', 'dit', 'die'],
    scales: { '1e9': ['miljard(?:en)?', 'biljoen(?:en)?'], '1e6': ['miljoen(?:en)?'] },
  },
  sv: {
    bylineCues: ['av', 'text'],
    stakeWords: ['andel(?:en)? på', 'ägarandel(?:en)? på'],
    rightsReserved: ['alla rättigheter förbehållna'],
    numberWords: { '1': ['en', 'ett'], '2': ['två'], '3': ['tre'], '4': ['fyra'], '5': ['fem'], '10': ['tio'] },
    scales: { '1e9': ['miljard(?:er)?', 'mdr'], '1e6': ['miljon(?:er)?', 'mn'] },
    currencies: [
      { code: 'SEK', words: ['kronor', 'krona', 'kr\\.?'] },
      // "650 mnkr" (miljoner kronor), "2 mdkr" (miljarder kronor): scale and currency in one word.
      { code: 'SEK', words: ['mnkr', 'mkr'], factor: 1e6 },
      { code: 'SEK', words: ['mdkr'], factor: 1e9 },
      { code: 'USD', words: ['dollar'], generic: true },
      { code: 'EUR', words: ['euro'] },
    ],
    hedges: ['cirka', 'omkring', 'drygt', 'nästan', 'över', 'upp till'],
    // Common Swedish words that Danish and Norwegian write otherwise (og, at, er, ikke, fra, også).
    markerWords: [
      'och',
      'att',
      'är',
      'inte',
      'för',
      'till',
      'från',
      'också',
      'enligt',
      'säger',
      'vid',
      'när',
      'än',
      'bolaget',
      'miljoner',
      'sina',
      'skulle',
    ],
  },
  // "kroner" is the Danish krone in Danish text and the Norwegian one in Norwegian.
  da: {
    // Danish words Bokmål and Swedish write otherwise (av, blir/blivit, mellom/mellan, hva/vad, selskapet, sier, opp),
    // so that a Swedish or Norwegian text the detector reads as Danish can be told by its own markers.
    markerWords: [
      'af',
      'bliver',
      'blevet',
      'blev',
      'mellem',
      'hvad',
      'selskabet',
      'meget',
      'nogle',
      'fik',
      'havde',
      'siger',
      'sagde',
      'op',
      'ud',
      'mere',
    ],
    bylineCues: ['af', 'tekst'],
    rightsReserved: ['alle rettigheder forbeholdes'],
    scales: { '1e9': ['milliard(?:er)?', 'mia\\.?'], '1e6': ['million(?:er)?', 'mio\\.?'] },
    currencies: [{ code: 'DKK', words: ['kroner', 'krone', 'kr\\.?'] }],
  },
  // Bokmål words Danish writes otherwise (mellem, bliver, nu, selskabet).
  nb: {
    // Not "hvor", "nå", "kroner": Danish words too.
    markerWords: ['blir', 'ble', 'mellom', 'hva', 'selskapet', 'noen', 'fikk', 'mye', 'etter'],
    stakeWords: ['(?:eier)?andel(?:en)? på'],
    bylineCues: ['av', 'tekst'],
    rightsReserved: ['alle rettigheter reservert'],
    scales: { '1e9': ['milliard(?:er)?', 'mrd\\.?'], '1e6': ['million(?:er)?', 'mill\\.?'] },
    currencies: [{ code: 'NOK', words: ['kroner', 'krone', 'kr\\.?'] }],
  },
  cs: {
    consentCues: ['soubor\\p{L}* cookie'],
    consentButtons: ['souhlasím', 'přijmout', 'odmítnout', 'nastavení', 'přijmout vše'],
    bylineCues: ['autor', 'autorka', 'text'],
    rightsReserved: ['všechna práva vyhrazena'],
    nameEndingSwaps: [{ ending: 'a', forms: ['y', 'e', 'ě', 'u', 'ou', 'o'] }],
    // "850 mil. Kč" is millions, read only before a currency word (as Romanian "mil. lei").
    scales: {
      '1e9': ['miliard\\p{L}*', 'mld\\.?'],
      '1e6': ['milion\\p{L}*', 'mil\\.(?=\\s(?:kč|korun\\p{L}*|eur|usd)(?!\\p{L}))'],
      '1e3': ['tisíc\\p{L}*', 'tis\\.?'],
    },
    currencies: [
      { code: 'CZK', words: ['korun\\p{L}*', 'kč'] },
      { code: 'EUR', words: ['eur'] },
      { code: 'USD', words: ['dolar\\p{L}*'], generic: true },
    ],
    hedges: ['zhruba', 'přibližně', 'téměř', 'přes', 'více než', 'až'],
    nameSuffixes: ['ovi', 'em', 'u', 'a', 'ou'],
  },
  sk: {
    consentCues: ['súbor\\p{L}* cookie'],
    consentButtons: ['súhlasím', 'prijať', 'odmietnuť'],
    bylineCues: ['autor', 'autorka', 'text'],
    rightsReserved: ['všetky práva vyhradené'],
    nameEndingSwaps: [{ ending: 'a', forms: ['y', 'e', 'u', 'ou', 'o'] }],
    scales: { '1e9': ['miliárd\\p{L}*', 'mld\\.?'], '1e6': ['milión\\p{L}*'] },
    currencies: [
      { code: 'EUR', words: ['eur'] },
      { code: 'CZK', words: ['korún', 'korun\\p{L}*'] },
    ],
    hedges: ['približne', 'zhruba', 'takmer', 'vyše', 'viac ako', 'okolo'],
  },
  // Croatian: "milijun" where Serbian writes "milion"; the euro since 2023, the kuna before.
  hr: {
    // Croatian words that Serbian (ekavian, "hiljada", "kompanija") and Slovene write otherwise; the
    // detector has no Croatian and answers Dutch or Serbian.
    markerWords: [
      'tvrtka',
      'tvrtke',
      'tvrtku',
      'tvrtki',
      'tisuća',
      'tijekom',
      'milijuna',
      'milijun',
      'također',
      'gdje',
      'vrijeme',
      'prije',
      'dvije',
      'mjesto',
      'mjeseca',
      'cijena',
      'uvjeti',
      'siječnja',
      'veljače',
      'ožujka',
      'travnja',
      'svibnja',
      'lipnja',
      'srpnja',
      'kolovoza',
      'rujna',
      'listopada',
      'studenoga',
      'prosinca',
    ],
    consentCues: ['kolačić\\p{L}*'],
    consentButtons: ['prihvaćam', 'prihvati', 'slažem se', 'odbij'],
    bylineCues: ['piše', 'autor', 'autorica', 'tekst'],
    rightsReserved: ['sva prava pridržana', 'sva prava zadržana'],
    stakeWords: ['udjel(?:a)? od', 'udio od'],
    scales: { '1e9': ['milijard\\p{L}*', 'mlrd\\.?'], '1e6': ['milijun\\p{L}*'], '1e3': ['tisuć\\p{L}*'] },
    currencies: [
      { code: 'EUR', words: ['eura', 'eur'] },
      { code: 'HRK', words: ['kun[ae]?'] },
      { code: 'HRK', words: ['kn'], ownOnly: true },
      { code: 'USD', words: ['dolar\\p{L}*'], generic: true },
    ],
    hedges: ['oko', 'gotovo', 'približno', 'otprilike', 'više od', 'preko', 'blizu'],
  },
  ro: {
    consentCues: ['cookie\\p{L}*'],
    consentButtons: ['accept', 'accept toate', 'sunt de acord', 'refuz'],
    bylineCues: ['de', 'autor'],
    stakeWords: ['participaț(?:ie|ia) de', 'participat(?:ie|ia) de'],
    rightsReserved: ['toate drepturile rezervate'],
    // "45 mil. lei" is millions, read only before a currency word: Portuguese "R$ 350 mil." ends a sentence with a thousand.
    scales: {
      '1e9': ['miliard\\p{L}*', 'mld\\.?'],
      '1e6': ['milioane', 'milion\\p{L}*', 'mil\\.(?=\\s(?:lei|euro|dolari|ron|eur|usd)(?!\\p{L}))'],
      '1e3': ['mii'],
    },
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
    consentCues: ['eväst\\p{L}*'],
    consentButtons: ['hyväksy', 'hyväksyn', 'hyväksy kaikki', 'hylkää'],
    bylineCues: ['teksti'],
    rightsReserved: ['kaikki oikeudet pidätetään'],
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
    // Names ending in -e lengthen it before a case ending: "Tampere" → "Tampereella", "Tampereelle", "Tampereen".
    nameEndingSwaps: [{ ending: 'e', forms: ['een', 'eella', 'eelle', 'eelta', 'eessa', 'eesta', 'eeseen', 'eeksi', 'eena'] }],
    nameSuffixes: ['lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'in', 'n'],
  },
  hu: {
    consentCues: ['süti\\p{L}*'],
    consentButtons: ['elfogadom', 'elfogad', 'rendben', 'elutasítom'],
    bylineCues: ['szerző', 'írta'],
    rightsReserved: ['minden jog fenntartva'],
    scales: { '1e9': ['milliárd'], '1e6': ['millió'], '1e3': ['ezer'] },
    currencies: [
      // "Ft" only in Hungarian articles: "500 ft" is feet in English.
      { code: 'HUF', words: ['forint'] },
      { code: 'HUF', words: ['ft\\.?'], ownOnly: true },
      { code: 'EUR', words: ['euró'] },
      { code: 'USD', words: ['dollár'], generic: true },
    ],
    hedges: ['mintegy', 'körülbelül', 'közel', 'több mint'],
    hedgesAfter: ['körül', 'feletti?'],
    nameSuffixes: ['nak', 'nek', 'val', 'vel', 'nal', 'nál', 'nél', 'ban', 'ben', 'hoz', 'hez', 'tól', 'től', 'ról', 'ről', 'ba', 'be'],
  },
  tl: {
    bylineCues: ['ni', 'ulat ni'],
    rightsReserved: ['lahat ng karapatan ay nakalaan'],
    scales: { '1e12': ['trilyong?'], '1e9': ['bilyong?'], '1e6': ['milyong?'], '1e3': ['libong?'] },
    currencies: [
      { code: 'PHP', words: ['piso', 'pesos? ng pilipinas'] },
      // Philippine pages write "P1.2 bilyon" for ₱: a lone P glued to the figure, in Tagalog articles only.
      { code: 'PHP', words: ['p(?=\\d)'], before: true, ownOnly: true },
    ],
    hedges: ['humigit-kumulang', 'halos', 'mahigit', 'higit sa', 'hanggang'],
  },
  fr: {
    stakeWords: ['participation de'],
    consentCues: ['cookies?', 'témoins', 'en poursuivant votre navigation', 'vous acceptez'],
    consentButtons: ['accepter', "j'accepte", 'tout accepter', 'refuser', 'tout refuser', 'ok', 'paramétrer', 'continuer sans accepter'],
    rightsReserved: ['tous droits réservés'],
    copyrightWords: ["droits d'auteur"],
    numberWords: {
      '1': ['une?'],
      '2': ['deux'],
      '3': ['trois'],
      '4': ['quatre'],
      '5': ['cinq'],
      '6': ['six'],
      '7': ['sept'],
      '8': ['huit'],
      '9': ['neuf'],
      '10': ['dix'],
      '20': ['vingt'],
      '100': ['cent'],
    },
    notNameStarts: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur'],
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
    hedges: ['environ', 'près de', 'plus de', "jusqu'à", 'quelque', 'autour de', 'approximativement', 'aux alentours de'],
  },
  es: {
    stakeWords: ['participación del'],
    consentCues: ['cookies?', 'al continuar navegando', 'aceptas el uso'],
    consentButtons: ['aceptar', 'acepto', 'aceptar todo', 'aceptar todas', 'rechazar', 'configurar'],
    bylineCues: ['redacción', 'texto'],
    rightsReserved: ['todos los derechos reservados'],
    copyrightWords: ['derechos de autor'],
    numberWords: {
      '1': ['un', 'una', 'uno'],
      '2': ['dos'],
      '3': ['tres'],
      '4': ['cuatro'],
      '5': ['cinco'],
      '6': ['seis'],
      '7': ['siete'],
      '8': ['ocho'],
      '9': ['nueve'],
      '10': ['diez'],
      '20': ['veinte'],
      '100': ['cien'],
    },
    notNameStarts: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'su', 'sus'],
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
      { code: 'MXN', words: ['pesos? mexicanos?'] },
      { code: 'ARS', words: ['pesos? argentinos?'] },
      { code: 'COP', words: ['pesos? colombianos?'] },
      { code: 'CLP', words: ['pesos? chilenos?'] },
      { code: 'UYU', words: ['pesos? uruguayos?'] },
      { code: 'DOP', words: ['pesos? dominicanos?'] },
      { code: 'PHP', words: ['pesos? filipinos?'] },
      { code: 'CUP', words: ['pesos? cubanos?'] },
      { code: 'USD', words: ['dólares?'], generic: true },
    ],
    hedges: ['alrededor de', 'casi', 'más de', 'cerca de', 'unos', 'unas', 'aproximadamente', 'en torno a', 'del orden de', 'hasta'],
  },
  pt: {
    stakeWords: ['participação de', 'fatia de'],
    consentCues: ['cookies?', 'ao continuar navegando', 'você concorda'],
    consentButtons: ['aceitar', 'aceito', 'aceitar todos', 'concordo', 'ok', 'recusar', 'rejeitar'],
    bylineCues: ['reportagem', 'texto'],
    rightsReserved: ['todos os direitos reservados'],
    copyrightWords: ['direitos autorais'],
    numberWords: {
      '1': ['um', 'uma'],
      '2': ['dois', 'duas'],
      '3': ['três'],
      '4': ['quatro'],
      '5': ['cinco'],
      '6': ['seis'],
      '7': ['sete'],
      '8': ['oito'],
      '9': ['nove'],
      '10': ['dez'],
      '20': ['vinte'],
      '100': ['cem'],
    },
    notNameStarts: ['o', 'a', 'os', 'as', 'um', 'uma', 'este', 'esta', 'seu', 'sua'],
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
    hedges: ['cerca de', 'quase', 'mais de', 'aproximadamente', 'em torno de', 'por volta de', 'perto de', 'da ordem de', 'até'],
  },
  it: {
    stakeWords: ['quota del', 'partecipazione del'],
    consentCues: ['cookie', 'questo sito (?:utilizza|usa)', 'acconsenti\\p{L}*'],
    consentButtons: ['accetta tutti', 'accetta', 'accetto', 'rifiuta', 'rifiuta tutti', 'ok', 'personalizza'],
    bylineCues: ['di', 'a cura di'],
    rightsReserved: ['tutti i diritti riservati', 'riproduzione riservata'],
    numberWords: {
      '1': ['una?', 'uno'],
      '2': ['due'],
      '3': ['tre'],
      '4': ['quattro'],
      '5': ['cinque'],
      '6': ['sei'],
      '7': ['sette'],
      '8': ['otto'],
      '9': ['nove'],
      '10': ['dieci'],
      '20': ['venti'],
      '100': ['cento'],
    },
    notNameStarts: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'questo', 'questa'],
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
    hedges: ['circa', 'quasi', 'oltre', 'intorno a', 'attorno a', 'approssimativamente', 'poco più di', 'poco meno di'],
  },
  // Catalan: "mil milions" is a thousand millions (scale words in a row multiply).
  ca: {
    // Catalan words that Spanish writes otherwise; the detector has no Catalan and answers Spanish.
    markerWords: [
      'és',
      'hi',
      'ho',
      'els',
      'amb',
      'dels',
      'aquest',
      'aquesta',
      'aquests',
      'també',
      'però',
      'perquè',
      'seva',
      'seus',
      'pel',
      'pels',
      'fins',
      'mitjançant',
      'més',
      'són',
      'molt',
      'ara',
    ],
    rightsReserved: ['tots els drets reservats'],
    consentCues: ['galetes'],
    bylineCues: ['per'],
    scales: { '1e6': ['milions?'], '1e3': ['mil'] },
    currencies: [
      { code: 'EUR', words: ['euros?'] },
      { code: 'USD', words: ['dòlars?'], generic: true },
    ],
    hedges: ['prop de', 'gairebé', 'aproximadament', 'més de', 'al voltant de', 'entorn de', 'fins a'],
    ownHedges: ['uns', 'unes'],
  },
  pl: {
    consentCues: ['cookies?', 'plik\\p{L}* cookie', 'ciasteczk\\p{L}*'],
    consentButtons: ['akceptuję', 'akceptuj', 'zgadzam się', 'akceptuj wszystkie', 'odrzuć', 'ok'],
    bylineCues: ['autor', 'autorka', 'tekst'],
    rightsReserved: ['wszelkie prawa zastrzeżone'],
    nameEndingSwaps: [{ ending: 'a', forms: ['i', 'y', 'ę', 'ą', 'o', 'ie'] }],
    numberWords: {
      '1': ['jeden', 'jedna'],
      '2': ['dwa', 'dwie', 'dwóch'],
      '3': ['trzy', 'trzech'],
      '4': ['cztery'],
      '5': ['pięć'],
      '6': ['sześć'],
      '7': ['siedem'],
      '8': ['osiem'],
      '9': ['dziewięć'],
      '10': ['dziesięć'],
    },
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
    consentCues: ['çerez\\p{L}*'],
    consentButtons: ['kabul et', 'kabul ediyorum', 'tamam', 'reddet', 'ayarlar'],
    bylineCues: ['haber', 'muhabir', 'yazar', 'hazırlayan'],
    rightsReserved: ['tüm hakları saklıdır'],
    numberWords: {
      '1': ['bir'],
      '2': ['iki'],
      '3': ['üç'],
      '4': ['dört'],
      '5': ['beş'],
      '6': ['altı'],
      '7': ['yedi'],
      '8': ['sekiz'],
      '9': ['dokuz'],
      '10': ['on'],
    },
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
    hedges: ['yaklaşık', 'neredeyse', 'en az', 'tahminen', 'kabaca'],
    hedgesAfter: ['(?<=[dt][ae]n )(?:fazla|çok)', 'civarında', '(?<=[ıiuü] )aşkın'],
  },
  id: {
    stakeWords: ['kepemilikan sebesar'],
    consentCues: ['cookie', 'kuki', 'dengan melanjutkan'],
    consentButtons: ['setuju', 'saya setuju', 'terima', 'terima semua', 'tolak', 'oke'],
    rightsReserved: ['hak cipta dilindungi'],
    numberWords: {
      '1': ['satu'],
      '2': ['dua'],
      '3': ['tiga'],
      '4': ['empat'],
      '5': ['lima'],
      '6': ['enam'],
      '7': ['tujuh'],
      '8': ['delapan'],
      '9': ['sembilan'],
      '10': ['sepuluh'],
    },
    // Words Indonesian writes and Malay does not ("pabrik", Malay "kilang"; "miliar", Malay "bilion").
    markerWords: [
      'karena',
      'yaitu',
      'perusahaan',
      'pemerintah',
      'uang',
      'bahwa',
      'sejumlah',
      'tersebut',
      'kepada',
      'investasi',
      'pabrik',
      'miliar',
      'triliun',
      'kantor',
      'rupiah',
      'bisa',
      'berencana',
      'dibandingkan',
    ],
    scales: { '1e12': ['triliun', 'trilion'], '1e9': ['miliar', 'bilion'], '1e6': ['juta'], '1e3': ['ribu'] },
    currencies: [
      { code: 'HKD', words: ['dolar hong kong'] },
      { code: 'SGD', words: ['dolar singapura'] },
      { code: 'AUD', words: ['dolar australia'] },
      { code: 'CAD', words: ['dolar kanada'] },
      { code: 'USD', words: ['dolar as', 'dolar amerika'] },
      { code: 'USD', words: ['dolar'], generic: true },
    ],
    hedges: ['sekitar', 'hampir', 'lebih dari', 'kurang dari', 'hingga', 'kira-kira', 'kurang lebih', 'lebih kurang'],
    hedgesAfter: ['lebih(?=[.,;:)]|$)'],
  },
  vi: {
    consentCues: ['cookie', 'tiếp tục sử dụng (?:trang|website)'],
    consentButtons: ['đồng ý', 'chấp nhận', 'tôi đồng ý', 'từ chối'],
    bylineCues: ['bài', 'theo', 'phóng viên', 'tác giả'],
    rightsReserved: ['bản quyền thuộc về'],
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
    stakeWords: ['дол(?:я|ю|и|ей) в(?: размере)?'],
    consentCues: ['cookie', 'куки', 'файл\\p{L}* cookie', 'продолжая (?:пользоваться|использовать|просмотр)'],
    consentButtons: ['принять', 'согласен', 'соглашаюсь', 'хорошо', 'понятно', 'отклонить'],
    rightsReserved: ['все права защищены'],
    copyrightWords: ['копирайт'],
    numberWords: {
      '1': ['один', 'одна', 'одного'],
      '2': ['два', 'две', 'двух'],
      '3': ['три', 'трёх', 'трех'],
      '4': ['четыре', 'четырёх', 'четырех'],
      '5': ['пять', 'пяти'],
      '6': ['шесть', 'шести'],
      '7': ['семь', 'семи'],
      '8': ['восемь', 'восьми'],
      '9': ['девять', 'девяти'],
      '10': ['десять', 'десяти'],
    },
    notNameStarts: [
      'представители',
      'представитель',
      'глава',
      'компания',
      'компании',
      'президент',
      'министр',
      'правительство',
      'власти',
      'агентство',
      'эксперты',
      'аналитики',
      'по',
      'в',
      'на',
      'с',
      'из',
      'для',
      'это',
      'этот',
      'эта',
    ],
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
    hedges: ['около', 'примерно', 'почти', 'более', 'свыше', 'порядка', 'до', 'приблизительно', 'ориентировочно'],
    hedgesAfter: ['с лишним'],
  },
  uk: {
    stakeWords: ['частк(?:а|у|и|ою) (?:в|у)(?: розмірі)?'],
    consentCues: ['cookie', 'кукі', 'файл\\p{L}* cookie', 'продовжуючи (?:користуватися|використовувати|перегляд)'],
    consentButtons: ['прийняти', 'погоджуюсь', 'погоджуюся', 'згоден', 'добре', 'відхилити'],
    bylineCues: ['автор', 'текст'],
    rightsReserved: [
      'усі права захищені',
      'усі права захищено',
      'всі права захищені',
      'усі права застережено',
      'всі права застережено',
      'передрук заборонено',
    ],
    numberWords: {
      '1': ['один', 'одна'],
      '2': ['два', 'дві', 'двох'],
      '3': ['три', 'трьох'],
      '4': ['чотири'],
      '5': ['п’ять', "п'ять"],
      '6': ['шість'],
      '7': ['сім'],
      '8': ['вісім'],
      '9': ['дев’ять', "дев'ять"],
      '10': ['десять'],
    },
    notNameStarts: [
      'представники',
      'представник',
      'голова',
      'компанія',
      'компанії',
      'президент',
      'міністр',
      'уряд',
      'влада',
      'агентство',
      'експерти',
      'аналітики',
      'у',
      'в',
      'на',
      'з',
      'із',
      'для',
      'це',
    ],
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
    hedges: ['близько', 'майже', 'понад', 'приблизно', 'орієнтовно', 'понад як'],
  },
  el: {
    consentCues: ['μπισκότ\\p{L}*'],
    consentButtons: ['αποδοχή', 'αποδέχομαι', 'συμφωνώ', 'απόρριψη'],
    bylineCues: ['γράφει'],
    rightsReserved: ['με επιφύλαξη παντός δικαιώματος'],
    numberWords: {
      '1': ['ένα', 'μία', 'μια'],
      '2': ['δύο'],
      '3': ['τρία', 'τρεις'],
      '4': ['τέσσερα', 'τέσσερις'],
      '5': ['πέντε'],
      '6': ['έξι'],
      '7': ['επτά', 'εφτά'],
      '8': ['οκτώ', 'οχτώ'],
      '9': ['εννέα', 'εννιά'],
      '10': ['δέκα'],
    },
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
    consentCues: ['עוגיות', 'קובצי cookie'],
    consentButtons: ['אישור', 'מסכים', 'מסכימה', 'דחייה'],
    bylineCues: ['מאת'],
    rightsReserved: ['כל הזכויות שמורות'],
    copyrightWords: ['זכויות יוצרים'],
    numberWords: { '2': ['שני', 'שתי'], '3': ['שלושה', 'שלוש'], '4': ['ארבעה', 'ארבע'], '5': ['חמישה', 'חמש'], '10': ['עשרה', 'עשר'] },
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
    consentCues: ['ملفات تعريف الارتباط', 'الكوكيز', 'كوكيز', 'باستمرارك'],
    consentButtons: ['موافق', 'أوافق', 'قبول', 'أقبل', 'رفض'],
    bylineCues: ['كتب', 'بقلم', 'تقرير', 'إعداد'],
    rightsReserved: ['جميع الحقوق محفوظة', 'كافة الحقوق محفوظة'],
    copyrightWords: ['حقوق النشر', 'حقوق الطبع والنشر', 'حقوق الطبع'],
    numberWords: {
      '1': ['واحد'],
      '2': ['اثنين', 'اثنان'],
      '3': ['ثلاثة', 'ثلاث'],
      '4': ['أربعة', 'أربع'],
      '5': ['خمسة', 'خمس'],
      '6': ['ستة', 'ست'],
      '7': ['سبعة', 'سبع'],
      '8': ['ثمانية', 'ثماني'],
      '9': ['تسعة', 'تسع'],
      '10': ['عشرة', 'عشر'],
    },
    countedScales: {
      '2e9': ['ملياري', 'ملياران', 'مليارين', 'مليارا'],
      '2e6': ['مليوني', 'مليونان', 'مليونين', 'مليونا'],
      '2e3': ['ألفي', 'ألفان', 'ألفين', 'ألفا'],
    },
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
    hedges: ['حوالي', 'حوالى', 'نحو', 'أكثر من', 'قرابة', 'ما يقارب', 'ما يقرب من'],
    // "and", "by", "for", "the" and their combinations.
    namePrefixes: ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'],
  },
  bn: {
    consentCues: ['কুকি[\\p{L}\\p{M}]*'],
    consentButtons: ['সম্মত', 'গ্রহণ করুন', 'গ্রহণ', 'ঠিক আছে', 'প্রত্যাখ্যান'],
    rightsReserved: ['সর্বস্বত্ব সংরক্ষিত'],
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
    hedges: ['প্রায়', 'লগভগ', 'আনুমানিক'],
    hedgesAfter: ['(?<=র |রও )বেশি', 'এর(?:ও)? বেশি'],
    nameSuffixes: ['ভিত্তিক', 'য়ের', 'েরা', 'দের', 'গুলি', 'গুলো', 'সহ', 'ের', 'কে', 'তে', 'রা', 'টি', 'টা', 'য়', 'র', 'ে', 'ও', 'এর'],
  },
  hi: {
    consentCues: ['कुकी[\\p{L}\\p{M}]*', 'कुकीज़', 'कुकीज'],
    consentButtons: ['स्वीकार करें', 'स्वीकार', 'सहमत', 'सहमत हूँ', 'ठीक है', 'अस्वीकार'],
    rightsReserved: ['सर्वाधिकार सुरक्षित'],
    copyrightWords: ['कॉपीराइट'],
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
      { code: 'INR', words: ['रुपये', 'रुपया', 'रुपए'] },
      { code: 'INR', words: ['रु\\.?'], before: true },
    ],
    hedges: ['करीब', 'लगभग', 'क़रीब', 'तकरीबन', 'से अधिक', 'से ज़्यादा'],
    hedgesAfter: ['से (?:अधिक|ज़्यादा|ज्यादा|ऊपर)', 'के (?:करीब|क़रीब|आसपास)'],
    // Hindi's commonest words that Nepali does not use, to tell the two apart (see ne).
    markerWords: ['है', 'हैं', 'में', 'और', 'की', 'था', 'थे', 'यह', 'से', 'ने', 'किया', 'लिए'],
    nameSuffixes: ['ों', 'ओं', 'ने', 'को', 'का', 'की', 'के'],
  },
  th: {
    consentCues: ['คุกกี้'],
    consentButtons: ['ยอมรับ', 'ยอมรับทั้งหมด', 'ตกลง', 'ปฏิเสธ'],
    rightsReserved: ['สงวนลิขสิทธิ์'],
    copyrightWords: ['ลิขสิทธิ์'],
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
    consentCues: ['کوکی\\p{L}*', 'با ادامه (?:مرور|استفاده)'],
    consentButtons: ['پذیرفتن', 'می‌پذیرم', 'قبول', 'قبول دارم', 'موافقم', 'باشه'],
    bylineCues: ['خبرنگار', 'نویسنده', 'گزارش'],
    rightsReserved: ['کلیه حقوق', 'تمامی حقوق', 'همه حقوق', 'حقوق این سایت محفوظ'],
    numberWords: {
      '1': ['یک'],
      '2': ['دو'],
      '3': ['سه'],
      '4': ['چهار'],
      '5': ['پنج'],
      '6': ['شش'],
      '7': ['هفت'],
      '8': ['هشت'],
      '9': ['نه'],
      '10': ['ده'],
    },
    scales: { '1e12': ['تریلیون'], '1e9': ['میلیارد'], '1e6': ['میلیون'], '1e3': ['هزار'] },
    currencies: [
      { code: 'USD', words: ['دلار آمریکا'] },
      { code: 'USD', words: ['دلار\\p{L}*'], generic: true },
      { code: 'IRR', words: ['ریال\\p{L}*'] },
      { code: 'IRR', words: ['تومان\\p{L}*'], factor: 10 },
      { code: 'EUR', words: ['یورو'] },
      { code: 'CNY', words: ['یوان'] },
    ],
    hedges: ['حدود', 'حدوداً', 'تقریباً', 'نزدیک به', 'بیش از'],
  },
  ur: {
    consentCues: ['کوکی\\p{L}*', 'کوکیز'],
    consentButtons: ['قبول کریں', 'قبول', 'متفق', 'ٹھیک ہے', 'منظور'],
    bylineCues: ['رپورٹ', 'رپورٹر', 'تحریر', 'نامہ نگار'],
    hedgeExceptions: ['کے قریب'],
    rightsReserved: ['جملہ حقوق محفوظ'],
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
    hedgesAfter: ['سے (?:زائد|زیادہ)'],
  },
  ta: {
    consentCues: ['குக்கீ[\\p{L}\\p{M}]*'],
    consentButtons: ['ஏற்கிறேன்', 'ஏற்றுக்கொள்[\\p{L}\\p{M}]*', 'சரி', 'ஒப்புக்கொள்[\\p{L}\\p{M}]*'],
    bylineCues: ['செய்தியாளர்', 'எழுதியவர்'],
    rightsReserved: ['அனைத்து உரிமைகளும்'],
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
    hedgesAfter: ['மேல்'],
  },
  sw: {
    consentCues: ['vidakuzi', 'kidakuzi', 'cookie', 'kuki'],
    consentButtons: ['kubali', 'nakubali', 'sawa', 'kataa'],
    bylineCues: ['na', 'mwandishi', 'imeandikwa na'],
    rightsReserved: ['haki zote zimehifadhiwa'],
    markerWords: [
      'ya',
      'wa',
      'kwa',
      'katika',
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
    consentCues: ['cookie', 'kuki', 'dengan meneruskan'],
    consentButtons: ['setuju', 'saya setuju', 'terima', 'terima semua', 'tolak'],
    bylineCues: ['oleh', 'penulis', 'wartawan'],
    hedges: ['kira-kira', 'sekitar', 'hampir', 'lebih daripada', 'kurang lebih', 'lebih kurang'],
    hedgesAfter: ['lebih(?=[.,;:)]|$)'],
    rightsReserved: ['hak cipta terpelihara'],
    // Malay shares its scale words with Indonesian (the id entry); these words tell the two apart.
    markerWords: [
      'kerana',
      'iaitu',
      'ialah',
      'syarikat',
      'kerajaan',
      'wang',
      'bahawa',
      'daripada',
      'beliau',
      'pelaburan',
      'bilion',
      'trilion',
      'kilang',
      'pejabat',
      'ringgit',
      'boleh',
      'bercadang',
      'berbanding',
    ],
  },
  // Nepali shares Devanagari and scale words with Hindi, but its rupee is the Nepalese one and "अर्ब"
  // is spelt without the Hindi "अरब"; case endings glue to figures' words ("५ अर्बको").
  ne: {
    markerWords: ['छ', 'छन्', 'गरेको', 'गर्ने', 'भएको', 'पनि', 'लागि', 'गरी', 'भने', 'थियो', 'यो', 'ले', 'मा', 'लाई', 'र'],
    scales: {
      '1e11': ['खर्ब[\\p{L}\\p{M}]*'],
      '1e9': ['अर्ब[\\p{L}\\p{M}]*'],
      '1e7': ['करोड[\\p{L}\\p{M}]*'],
      '1e5': ['लाख[\\p{L}\\p{M}]*'],
      '1e3': ['हजार[\\p{L}\\p{M}]*'],
    },
    currencies: [
      { code: 'NPR', words: ['रु\\.?', 'ने\\.\\s?रु\\.?'], before: true, ownOnly: true },
      { code: 'NPR', words: ['रुपैयाँ[\\p{L}\\p{M}]*', 'नेपाली रुपैयाँ[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['अमेरिकी डलर[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['डलर[\\p{L}\\p{M}]*'], generic: true },
      { code: 'INR', words: ['भारतीय रुपैयाँ[\\p{L}\\p{M}]*'] },
    ],
    hedges: ['करिब', 'झण्डै', 'झन्डै', 'लगभग'],
    hedgesAfter: ['भन्दा (?:बढी|धेरै)'],
    nameSuffixes: ['लाई', 'बाट', 'सँग', 'ले', 'मा', 'को', 'का', 'की'],
  },
  // Sinhala writes the currency and the scale before the number ("රුපියල් බිලියන 5"), an
  // indefinite particle after it ("… 5 ක්"), and its hedge after both ("… ක් පමණ").
  si: {
    bylineCuesAfter: ['විසින්'],
    consentCues: ['කුකී[\\p{L}\\p{M}]*'],
    consentButtons: ['පිළිගන්න', 'එකඟ වෙමි', 'එකඟයි', 'ප්‍රතික්ෂේප කරන්න'],
    scales: { '1e12': ['ට්‍රිලියන'], '1e9': ['බිලියන'], '1e7': ['කෝටි'], '1e6': ['මිලියන'], '1e5': ['ලක්ෂ'], '1e3': ['දහස'] },
    scalesBeforeNumber: true,
    currencies: [
      { code: 'LKR', words: ['ශ්‍රී ලංකා රුපියල්', 'රුපියල්', 'රු\\.'], before: true },
      { code: 'USD', words: ['ඇමරිකානු ඩොලර්', 'එක්සත් ජනපද ඩොලර්'], before: true },
      { code: 'USD', words: ['ඩොලර්'], generic: true, before: true },
    ],
    hedges: ['දළ වශයෙන්', 'ආසන්න වශයෙන්', 'පමණ'],
    hedgesAfter: ['(?:ක්? )?පමණ', '(?:ක්? )?(?:ට|කට) (?:වඩා )?වැඩි', '(?:ක්? )?(?:ට|කට) වඩා'],
    // CLDR gives Sinhala's own month names (මැදින්); news pages write the English ones.
    monthNames: [
      ['ජනවාරි'],
      ['පෙබරවාරි'],
      ['මාර්තු'],
      ['අප්‍රේල්', 'අප්රේල්'],
      ['මැයි'],
      ['ජූනි'],
      ['ජූලි'],
      ['අගෝස්තු'],
      ['සැප්තැම්බර්'],
      ['ඔක්තෝබර්'],
      ['නොවැම්බර්'],
      ['දෙසැම්බර්'],
    ],
  },
  // Hausa writes the currency and the scale before the number ("dala miliyan 200", "naira biliyan
  // 50") and "ga" between a day and its month ("14 ga Maris").
  ha: {
    markerWords: [
      'cewa',
      'zai',
      'kuma',
      'wannan',
      'sun',
      'shekarar',
      'domin',
      'amma',
      'kamfanin',
      'daga',
      'tare',
      'haka',
      'wanda',
      'inda',
      'yayin',
    ],
    bylineCues: ['marubuci'],
    scales: { '1e12': ['tiriliyan'], '1e9': ['biliyan'], '1e6': ['miliyan'], '1e3': ['dubu'] },
    scalesBeforeNumber: true,
    currencies: [
      { code: 'NGN', words: ['naira'], before: true },
      { code: 'USD', words: ['dalar amurka'], before: true },
      { code: 'USD', words: ['dala'], generic: true, before: true },
    ],
    hedges: ['kimanin', 'kusan', 'fiye da', 'sama da'],
    dateWords: ['ga'],
  },
  // Slovene: "milijonov evrov"; "za" is Slovene's and Serbo-Croat's "for", not a Swahili marker.
  sl: {
    markerWords: [
      'tudi',
      'ki',
      'kot',
      'bo',
      'bodo',
      // not "pri", "že": Slovak and Czech words too
      'ter',
      'še',
      'leta',
      'podjetje',
      'podjetja',
      'lahko',
      'vendar',
      'evrov',
      'milijonov',
    ],
    bylineCues: ['avtor', 'avtorica', 'piše'],
    consentCues: ['piškot\\p{L}*'],
    rightsReserved: ['vse pravice pridržane'],
    scales: { '1e9': ['milijard\\p{L}*', 'mrd\\.?'], '1e6': ['milijon\\p{L}*', 'mio\\.?'], '1e3': ['tisoč\\p{L}*'] },
    currencies: [
      { code: 'EUR', words: ['evr(?:o|a|ov|om|ih|i)', 'eur'] },
      { code: 'USD', words: ['dolar\\p{L}*'], generic: true },
    ],
    hedges: ['približno', 'okoli', 'skoraj', 'več kot', 'dobrih'],
  },
  // Latvian and Estonian decline scale words ("miljoniem eiro", "miljonit eurot").
  lv: {
    markerWords: ['ir', 'ka', 'ar', 'arī', 'kas', 'uz', 'tika', 'gadā', 'bet', 'vai', 'eiro', 'uzņēmums', 'uzņēmuma'],
    bylineCues: ['autors', 'autore'],
    consentCues: ['sīkdatn\\p{L}*'],
    rightsReserved: ['visas tiesības aizsargātas'],
    scales: { '1e9': ['miljard\\p{L}*', 'mljrd\\.?'], '1e6': ['miljon\\p{L}*', 'milj\\.?'], '1e3': ['tūkstoš\\p{L}*', 'tūkst\\.?'] },
    currencies: [
      { code: 'EUR', words: ['eiro'] },
      { code: 'USD', words: ['asv dolār\\p{L}*'] },
      { code: 'USD', words: ['dolār\\p{L}*'], generic: true },
    ],
    hedges: ['aptuveni', 'gandrīz', 'vairāk nekā', 'vairāk par'],
    // "ap 7,5 miljoni" (apmēram): the abbreviation is another word elsewhere.
    ownHedges: ['ap.', 'ap'],
  },
  et: {
    markerWords: ['ja', 'ei', 'oli', 'ka', 'mis', 'kui', 'aga', 'ning', 'seda', 'või', 'eurot', 'aastal', 'ettevõte', 'ettevõtte'],
    bylineCues: ['autor'],
    consentCues: ['küpsis\\p{L}*'],
    rightsReserved: ['kõik õigused kaitstud'],
    scales: { '1e9': ['miljard\\p{L}*', 'mld\\.?'], '1e6': ['miljon\\p{L}*', 'mln\\.?'], '1e3': ['tuhat', 'tuhande\\p{L}*'] },
    currencies: [{ code: 'EUR', words: ['euro\\p{L}*'] }],
    hedges: ['umbes', 'ligikaudu', 'peaaegu', 'üle', 'rohkem kui'],
  },
  // Albanian: "lek" is a word of other languages (Polish "medicine"): read in Albanian articles only.
  sq: {
    markerWords: ['dhe', 'është', 'që', 'nga', 'një', 'të', 'së', 'janë', 'kjo', 'ky', 'edhe', 'ishte', 'gjithashtu', 'kompania'],
    bylineCues: ['nga', 'autor'],
    rightsReserved: ['të gjitha të drejtat e rezervuara'],
    scales: { '1e9': ['miliard\\p{L}*'], '1e6': ['milion\\p{L}*'], '1e3': ['mijë'] },
    currencies: [
      { code: 'ALL', words: ['lek(?:ë|ëve|u)?'], ownOnly: true },
      { code: 'EUR', words: ['euro(?:sh)?'] },
      { code: 'USD', words: ['dollar(?:ë|ëve)?'], generic: true },
    ],
    hedges: ['rreth', 'afërsisht', 'mbi', 'më shumë se', 'gati'],
  },
  // Macedonian: the denar, and the euro's "евра" read in its own articles as in Serbian ones.
  mk: {
    markerWords: ['ќе', 'што', 'дека', 'исто', 'околу', 'компанијата', 'беше', 'според', 'со', 'во', 'денари'],
    bylineCues: ['автор', 'пишува'],
    consentCues: ['колачиња'],
    scales: { '1e9': ['милијард\\p{L}*'], '1e6': ['милион\\p{L}*'], '1e3': ['илјад\\p{L}*'] },
    currencies: [
      { code: 'MKD', words: ['денар\\p{L}*'] },
      { code: 'EUR', words: ['евра', 'евро'], ownOnly: true },
      { code: 'USD', words: ['долар\\p{L}*'], generic: true },
    ],
    hedges: ['околу', 'над', 'речиси', 'приближно'],
  },
  be: {
    markerWords: ['ў', 'гэта', 'таксама', 'якія', 'які', 'будзе', 'кампанія', 'яго', 'быў', 'толькі', 'сваю', 'пра'],
    bylineCues: ['аўтар'],
    scales: { '1e9': ['мільярд\\p{L}*', 'млрд\\.?'], '1e6': ['мільён\\p{L}*', 'млн\\.?'] },
    currencies: [
      { code: 'BYN', words: ['беларуск\\p{L}* рубл\\p{L}*'] },
      { code: 'USD', words: ['долар\\p{L}*'], generic: true },
    ],
    hedges: ['каля', 'амаль', 'больш за', 'прыкладна'],
  },
  // Kyrgyz: the som ("сом" is a fish in Russian: read in Kyrgyz articles only), "… сомдон ашык" (more than).
  ky: {
    markerWords: ['жана', 'менен', 'үчүн', 'болуп', 'анын', 'бул', 'деп', 'кийин', 'ошондой', 'тарабынан', 'жылы', 'компаниясы'],
    bylineCues: ['автор', 'автору'],
    scales: { '1e9': ['миллиард\\p{L}*', 'млрд\\.?'], '1e6': ['миллион\\p{L}*', 'млн\\.?'] },
    currencies: [{ code: 'KGS', words: ['сом\\p{L}*'], ownOnly: true }],
    hedges: ['болжол менен', 'дээрлик'],
    hedgesAfter: ['(?<=[дт][ао]н )ашык', 'ашуун'],
  },
  // Pashto: scale words with their ending ("میلیونه"), the afghani, "له … ډېر" (more than).
  ps: {
    markerWords: ['د', 'په', 'کې', 'او', 'چې', 'دا', 'له', 'ته', 'سره', 'یې', 'شوې', 'وايي', 'کال'],
    bylineCues: ['لیکوال'],
    scales: { '1e9': ['م[يی]لیارد\\p{L}*', 'ملیارد\\p{L}*'], '1e6': ['م[يی]لیون\\p{L}*', 'ملیون\\p{L}*'] },
    currencies: [
      { code: 'AFN', words: ['افغان[ۍیي]'] },
      { code: 'USD', words: ['ډالر\\p{L}*'], generic: true },
    ],
    hedges: ['شاوخوا', 'نږدې'],
    hedgesAfter: ['ډېر', 'زیات'],
  },
  // Sorani Kurdish: its own letters in "ملیۆن" and "دۆلار"; the Iraqi dinar.
  ckb: {
    markerWords: ['لە', 'بۆ', 'کە', 'ئەم', 'بە', 'دەکات', 'کرد', 'هەروەها', 'کۆمپانیای', 'ساڵی', 'ئەو'],
    bylineCues: ['نووسەر'],
    scales: { '1e9': ['ملیار\\p{L}*'], '1e6': ['ملیۆن\\p{L}*'] },
    currencies: [
      { code: 'IQD', words: ['دینار\\p{L}*'] },
      { code: 'USD', words: ['دۆلار\\p{L}*'], generic: true },
    ],
    hedges: ['نزیکەی', 'زیاتر لە', 'کەمتر لە'],
  },
  // Somali links a scale word to its currency with "oo" ("25 milyan oo doollar").
  so: {
    markerWords: ['iyo', 'ayaa', 'waxay', 'waxa', 'sidoo', 'shirkadda', 'sanadka', 'kale', 'uga', 'ugu', 'ahaa'],
    bylineCues: ['w/q', 'qoraa'],
    scales: { '1e9': ['bily?aa?n'], '1e6': ['mily?aa?n'], '1e3': ['kun'] },
    currencies: [
      { code: 'USD', words: ['(?:oo )?doo?llar\\p{L}*'], generic: true },
      { code: 'SOS', words: ['(?:oo )?shilin(?: soomaali)?'] },
    ],
    hedges: ['ku dhawaad', 'qiyaastii', 'in ka badan'],
  },
  // Yoruba: scale words with their tone marks or without.
  yo: {
    markerWords: ['àti', 'pé', 'fún', 'wọ́n', 'náà', 'yìí', 'ní', 'sí', 'ilé-iṣẹ́'],
    bylineCues: ['láti ọwọ́'],
    scales: { '1e9': ['b[ií]l[ií][ọo]̀?n[uù]'], '1e6': ['m[ií]l[ií][ọo]̀?n[uù]'] },
    hedges: ['nǹkan bí'],
    ownHedges: ['ju', 'tó'],
  },
  // Punjabi (Gurmukhi): crore and lakh, "… ਤੋਂ ਵੱਧ" (more than).
  pa: {
    bylineCues: ['ਲੇਖਕ', 'ਰਿਪੋਰਟ'],
    scales: { '1e9': ['ਅਰਬ'], '1e7': ['ਕਰੋੜ'], '1e5': ['ਲੱਖ'], '1e3': ['ਹਜ਼ਾਰ', 'ਹਜਾਰ'] },
    currencies: [
      { code: 'INR', words: ['ਰੁਪਏ', 'ਰੁਪਿਆ[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['ਡਾਲਰ'], generic: true },
    ],
    hedges: ['ਲਗਭਗ', 'ਤਕਰੀਬਨ', 'ਕਰੀਬ'],
    hedgesAfter: ['ਤੋਂ (?:ਵੱਧ|ਜ਼ਿਆਦਾ|ਜਿਆਦਾ)'],
  },
  // Telugu glues case endings to scale and currency words ("3,500 కోట్లతో").
  te: {
    bylineCues: ['రచయిత', 'విలేకరి'],
    scales: {
      '1e9': ['బిలియన్[\\p{L}\\p{M}]*'],
      '1e7': ['కోట్ల[\\p{L}\\p{M}]*', 'కోటి[\\p{L}\\p{M}]*'],
      '1e6': ['మిలియన్[\\p{L}\\p{M}]*'],
      '1e5': ['లక్షల[\\p{L}\\p{M}]*', 'లక్ష'],
    },
    currencies: [
      { code: 'INR', words: ['రూపాయల[\\p{L}\\p{M}]*', 'రూపాయలు'] },
      { code: 'INR', words: ['రూ\\.'], before: true },
      { code: 'USD', words: ['డాలర్ల[\\p{L}\\p{M}]*', 'డాలర్లు'], generic: true },
    ],
    hedges: ['సుమారు', 'దాదాపు'],
  },
  mr: {
    scales: { '1e9': ['अब्ज'], '1e7': ['कोटी'], '1e6': ['दशलक्ष'], '1e5': ['लाख'], '1e3': ['हजार'] },
    currencies: [
      { code: 'INR', words: ['रुपये', 'रुपयां[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['अमेरिकन डॉलर[\\p{L}\\p{M}]*'] },
    ],
    hedges: ['सुमारे', 'जवळपास'],
    // Marathi words where Hindi writes है, में, और…: the detector reads Marathi as Hindi.
    markerWords: ['आहे', 'आहेत', 'आणि', 'मध्ये', 'होते', 'केली', 'केले', 'करण्यात', 'असून', 'त्यांनी', 'यांनी', 'तसेच', 'म्हणून', 'येथे', 'झाली'],
    hedgesAfter: ['(?:पेक्षा|हून) (?:जास्त|अधिक)'],
  },
  // Serbian is written in both alphabets. Its dinar and euro words are read only in its own articles:
  // "dinars" are also Jordan's, Kuwait's…
  sr: {
    // Serbian (ekavian) words that Croatian writes otherwise ("dve"/"dvije", "hiljada"/"tisuća"), in
    // both alphabets: the detector answers Serbian for Croatian too, and these settle it.
    markerWords: [
      'vreme',
      'gde',
      'hiljada',
      'hiljade',
      'tokom',
      'miliona',
      'takođe',
      'evra',
      'nedelje',
      'uslovi',
      'kompanija',
      'kompanije',
      'две',
      'пре',
      'место',
      'време',
      'где',
      'хиљада',
      'током',
      'милиона',
      'такође',
      'евра',
    ],
    consentCues: ['kolačić\\p{L}*', 'колачић\\p{L}*'],
    consentButtons: ['prihvatam', 'прихватам', 'slažem se', 'слажем се', 'odbij', 'одбиј'],
    bylineCues: ['autor', 'аутор', 'piše', 'пише'],
    scales: {
      '1e9': ['милијард\\p{L}*', 'milijard\\p{L}*'],
      '1e6': ['милион\\p{L}*', 'milion\\p{L}*'],
      '1e3': ['хиљад\\p{L}*', 'hiljad\\p{L}*'],
    },
    currencies: [
      { code: 'RSD', words: ['динар\\p{L}*', 'dinar\\p{L}*'], ownOnly: true },
      { code: 'EUR', words: ['евра', 'евро', 'evra', 'evro'], ownOnly: true },
    ],
    hedges: ['око', 'приближно', 'približno'],
  },
  bg: {
    consentCues: ['бисквитк\\p{L}*'],
    consentButtons: ['приемам', 'съгласен съм', 'отказвам'],
    bylineCues: ['автор'],
    scales: { '1e9': ['милиард\\p{L}*'], '1e6': ['милион\\p{L}*'], '1e3': ['хиляд\\p{L}*'] },
    currencies: [
      { code: 'BGN', words: ['лв\\.?', 'лева', 'лев'] },
      { code: 'EUR', words: ['евро'] },
    ],
    hedges: ['близо'],
  },
  lt: {
    consentCues: ['slapuk\\p{L}*'],
    consentButtons: ['sutinku', 'priimti', 'atmesti'],
    bylineCues: ['autorius', 'autorė'],
    scales: { '1e9': ['milijard\\p{L}*', 'mlrd\\.?'], '1e6': ['milijon\\p{L}*'], '1e3': ['tūkst\\.?', 'tūkstan\\p{L}*'] },
    currencies: [
      { code: 'EUR', words: ['eurų', 'eurai', 'eurais'] },
      // "JAV dolerių": the United States' (Jungtinės Amerikos Valstijos) dollars.
      { code: 'USD', words: ['jav doler\\p{L}*'] },
      { code: 'USD', words: ['doler\\p{L}*'], generic: true },
    ],
    hedges: ['apie', 'beveik', 'daugiau nei', 'daugiau kaip'],
    // "iki" (up to) is Turkish and Azerbaijani "two".
    ownHedges: ['iki'],
  },
  az: {
    consentCues: ['çərəz\\p{L}*', 'kuki'],
    consentButtons: ['qəbul edirəm', 'razıyam', 'imtina'],
    bylineCues: ['müəllif'],
    scales: { '1e9': ['milyard'], '1e6': ['milyon'] },
    // Turkmenistan's money is a manat too: read in Azerbaijani articles only.
    currencies: [
      { code: 'AZN', words: ['manat'], ownOnly: true },
      // "ABŞ dolları": the United States' (Amerika Birləşmiş Ştatları) dollars.
      { code: 'USD', words: ['abş dollar'] },
      { code: 'USD', words: ['dollar'], generic: true },
    ],
    hedges: ['təxminən', 'təqribən'],
    // Words of Azerbaijani that Turkish and Tatar (which the detector answers) write otherwise.
    markerWords: [
      'və',
      'ilə',
      'üçün',
      'həmçinin',
      'görə',
      'edib',
      'olub',
      'bildirib',
      'ildə',
      'isə',
      'hələ',
      'şirkət',
      'şirkəti',
      'ölkə',
      'nəfər',
      'əsasən',
    ],
    hedgesAfter: ['(?<=[dt][ae]n )(?:çox|artıq)', '(?<=[ae] )yaxın'],
  },
  // Uzbek: "so'm" with its modifier letter or an apostrophe (Kyrgyz "som" is another money).
  uz: {
    bylineCues: ['muallif'],
    scales: { '1e12': ['trln\\.?', 'trillion'], '1e9': ['mlrd\\.?', 'milliard'], '1e6': ['mln\\.?', 'million'] },
    currencies: [
      { code: 'UZS', words: ["so[ʻ'‘’]m", 'сўм'] },
      // "AQSh dollari": the United States' (Amerika Qo'shma Shtatlari) dollars.
      { code: 'USD', words: ['aqsh dollar'] },
      { code: 'USD', words: ['dollar'], generic: true },
    ],
    hedges: ['taxminan'],
    markerWords: [
      'va',
      'bilan',
      'uchun',
      'yilda',
      'haqida',
      'orqali',
      'tomonidan',
      'shuningdek',
      'qildi',
      'yangi',
      'hamda',
      'kompaniya',
      'loyiha',
      'mamlakat',
    ],
    hedgesAfter: ["(?<=dan )(?:ortiq|ziyod|ko[ʻ'‘’]proq)", 'atrofida'],
  },
  // Georgian declines names by replacing a final "ი" ("თბილისი" → "თბილისში", "თბილისის") and glues
  // endings to foreign names with a hyphen ("Kestrel Energy-ს").
  ka: {
    consentCues: ['ქუქი\\p{L}*'],
    consentButtons: ['ვეთანხმები', 'მიღება', 'დათანხმება', 'უარყოფა'],
    bylineCues: ['ავტორი'],
    rightsReserved: ['ყველა უფლება დაცულია'],
    scales: {
      '1e12': ['ტრილიონ\\p{L}*', 'ტრლნ\\.?'],
      '1e9': ['მილიარდ\\p{L}*', 'მლრდ\\.?'],
      '1e6': ['მილიონ\\p{L}*', 'მლნ\\.?'],
      '1e3': ['ათას\\p{L}*'],
    },
    currencies: [
      { code: 'GEL', words: ['ლარ\\p{L}*'] },
      { code: 'USD', words: ['აშშ დოლარ\\p{L}*'] },
      { code: 'USD', words: ['დოლარ\\p{L}*'], generic: true },
      { code: 'EUR', words: ['ევრო\\p{L}*'] },
    ],
    hedges: ['დაახლოებით', 'თითქმის', 'თითქოს', 'მინიმუმ'],
    hedgesAfter: ['(?<=ზე )მეტი'],
    nameEndingSwaps: [{ ending: 'ი', forms: ['ში', 'ის', 'ს', 'ით', 'იდან', 'ისთვის', 'ზე', 'მა', 'ისა'] }],
    nameSuffixes: ['-ისთვის', '-იდან', '-ში', '-ის', '-მა', '-ს', '-ზე', '-ით', 'ისთვის', 'იდან', 'ში', 'ის', 'მა', 'ზე', 'ით'],
  },
  hy: {
    consentCues: ['քուքի\\p{L}*', 'թխուկ\\p{L}*'],
    consentButtons: ['համաձայն եմ', 'ընդունել', 'մերժել'],
    bylineCues: ['հեղինակ'],
    rightsReserved: ['բոլոր իրավունքները պաշտպանված են', 'իրավունքները պաշտպանված են'],
    copyrightWords: ['հեղինակային իրավունք'],
    scales: {
      '1e12': ['տրիլիոն\\p{L}*', 'տրլն\\.?'],
      '1e9': ['միլիարդ\\p{L}*', 'մլրդ\\.?'],
      '1e6': ['միլիոն\\p{L}*', 'մլն\\.?'],
      '1e3': ['հազար\\p{L}*'],
    },
    currencies: [
      { code: 'AMD', words: ['դրամ\\p{L}*', 'ՀՀ դրամ\\p{L}*'] },
      { code: 'USD', words: ['ԱՄՆ դոլար\\p{L}*'] },
      { code: 'USD', words: ['դոլար\\p{L}*'], generic: true },
      { code: 'EUR', words: ['եվրո\\p{L}*'] },
      { code: 'RUB', words: ['ռուբլ\\p{L}*'] },
    ],
    hedges: ['մոտ', 'շուրջ', 'ավելի քան', 'գրեթե', 'մոտավորապես'],
    // The article "-ն"/"-ը" and case endings, with a hyphen after a foreign name ("Volna-ն").
    nameSuffixes: ['-ում', '-ից', '-ով', '-ի', '-ն', '-ը', 'ում', 'ից', 'ով', 'ին', 'ի', 'ն', 'ը'],
  },
  // Kazakh glues case endings to names, scale and currency words ("Алматыда", "45 млрд теңгеге").
  kk: {
    consentCues: ['cookie', 'куки'],
    consentButtons: ['келісемін', 'қабылдау', 'бас тарту'],
    bylineCues: ['автор', 'авторы'],
    rightsReserved: ['барлық құқықтар қорғалған'],
    scales: { '1e3': ['мың\\p{L}*'] },
    currencies: [
      { code: 'KZT', words: ['теңге\\p{L}*', 'тг\\.?'] },
      { code: 'USD', words: ['АҚШ доллар\\p{L}*'] },
    ],
    hedges: ['шамамен'],
    hedgesAfter: ['астам', 'шамасында', '(?<=[ғқгк][ае] )жуық'],
    nameSuffixes: [
      'дағы',
      'дегі',
      'тағы',
      'тегі',
      'дан',
      'ден',
      'тан',
      'тен',
      'нан',
      'нен',
      'ның',
      'нің',
      'дың',
      'дің',
      'тың',
      'тің',
      'мен',
      'бен',
      'пен',
      'да',
      'де',
      'та',
      'те',
      'ға',
      'ге',
      'қа',
      'ке',
      'на',
      'не',
      'ды',
      'ді',
      'ты',
      'ті',
      'ны',
      'ні',
    ],
  },
  // Mongolian: "тэрбум" (10⁹) and "сая" (10⁶), the tögrög, "ам.доллар" for the US dollar.
  mn: {
    bylineCues: ['сурвалжлагч'],
    rightsReserved: ['бүх эрх хуулиар хамгаалагдсан', 'зохиогчийн эрх хуулиар хамгаалагдсан'],
    scales: { '1e12': ['их наяд'], '1e9': ['тэрбум\\p{L}*'], '1e6': ['сая'], '1e3': ['мянга\\p{L}*', 'мянган'] },
    currencies: [
      { code: 'MNT', words: ['төгрөг\\p{L}*', 'төг\\.?'] },
      { code: 'USD', words: ['ам\\.\\s?доллар\\p{L}*', 'америк доллар\\p{L}*'] },
    ],
    hedges: ['ойролцоогоор', 'бараг'],
    hedgesAfter: ['гаруй', 'орчим', '(?<=аас |ээс |оос |өөс )(?:илүү|их)'],
    nameSuffixes: ['аас', 'ээс', 'оос', 'өөс', 'тай', 'тэй', 'той', 'руу', 'рүү', 'ийн', 'ын', 'ний', 'ны', 'ийг', 'ыг', 'т', 'д'],
  },
  // Burmese writes the currency and a scale word before the number ("ကျပ်သိန်း ၅၀,၀၀၀", 50,000 lakh
  // kyat) or the scale after it ("ဒေါ်လာ ၁၂ သန်း"); "သိန်း" is a lakh (10⁵), "ကုဋေ" a crore (10⁷).
  my: {
    consentCues: ['ကွတ်ကီး'],
    consentButtons: ['လက်ခံမည်', 'လက်ခံသည်', 'လက်ခံ', 'ငြင်းပယ်မည်', 'ငြင်းပယ်'],
    bylineCues: ['ရေးသားသူ', 'သတင်းထောက်'],
    copyrightWords: ['မူပိုင်ခွင့်'],
    scales: { '1e9': ['ဘီလီယံ'], '1e7': ['ကုဋေ'], '1e6': ['သန်း'], '1e5': ['သိန်း'], '1e4': ['သောင်း'], '1e3': ['ထောင်'] },
    scalesBeforeNumber: true,
    currencies: [
      { code: 'MMK', words: ['ကျပ်'], before: true },
      { code: 'USD', words: ['အမေရိကန်ဒေါ်လာ', 'အမေရိကန် ဒေါ်လာ'], before: true },
      { code: 'USD', words: ['ဒေါ်လာ'], generic: true, before: true },
      { code: 'EUR', words: ['ယူရို'], before: true },
    ],
    dateWords: ['ခုနှစ်', 'ရက်နေ့', 'ရက်'],
    hedgesAfter: ['ခန့်', 'ကျော်', 'နီးပါး'],
  },
  // Amharic: Ethiopian-calendar datelines ("መጋቢት 5 ቀን 2017 ዓ.ም", dateline.ts), prepositions glued to
  // names ("በአዲስ አበባ"), the birr.
  am: {
    consentCues: ['ኩኪ[\\p{L}\\p{M}]*'],
    consentButtons: ['እስማማለሁ', 'ተቀበል', 'እሺ', 'አልቀበልም'],
    bylineCues: ['ጸሐፊ', 'ዘጋቢ'],
    rightsReserved: ['መብቱ በህግ የተጠበቀ', 'መብቱ በሕግ የተጠበቀ'],
    scales: { '1e12': ['ትሪሊዮን'], '1e9': ['ቢሊዮን'], '1e6': ['ሚሊዮን'], '1e3': ['ሺህ', 'ሺ'] },
    currencies: [
      { code: 'ETB', words: ['ብር'] },
      { code: 'USD', words: ['የአሜሪካ ዶላር', 'የአሜሪካን ዶላር'] },
      { code: 'USD', words: ['ዶላር'], generic: true },
      { code: 'EUR', words: ['ዩሮ'] },
    ],
    hedges: ['ወደ', 'በግምት'],
    hedgesAfter: ['ገደማ', 'አካባቢ', 'በላይ'],
    namePrefixes: ['በ', 'የ', 'ለ', 'ከ', 'ወደ'],
    dateWords: ['ዓ.ም.', 'ዓ.ም', 'ቀን'],
  },
  is: {
    consentCues: ['vafrakök\\p{L}*'],
    consentButtons: ['samþykkja', 'samþykkja allt', 'hafna', 'í lagi'],
    rightsReserved: ['allur réttur áskilinn'],
    // The stem's vowel changes in the declension: "milljarða", "milljörðum".
    scales: { '1e9': ['millj[aö]rð\\p{L}*'], '1e6': ['milljón\\p{L}*'], '1e3': ['þúsund\\p{L}*'] },
    currencies: [
      { code: 'ISK', words: ['krón\\p{L}*', 'kr\\.?'] },
      // "400 m.kr." (milljónir króna), "6 ma.kr." (milljarðar króna): scale and currency in one abbreviation.
      { code: 'ISK', words: ['m\\.\\s?kr\\.?', 'millj\\.\\s?kr\\.?'], factor: 1e6 },
      { code: 'ISK', words: ['ma\\.\\s?kr\\.?'], factor: 1e9 },
      { code: 'EUR', words: ['evr\\p{L}*'] },
      { code: 'USD', words: ['bandaríkjad[oa]l\\p{L}*'] },
      { code: 'USD', words: ['doll\\p{L}*'], generic: true },
    ],
    hedges: ['tæplega', 'rúmlega', 'ríflega', 'nærri', 'nálægt', 'yfir', 'allt að', 'hátt í', 'u.þ.b.', 'meira en'],
    // "um" (about) is German "by" ("um 5 Millionen erhöht").
    ownHedges: ['um'],
    bylineCuesAfter: ['skrifar'],
  },
  // Galician: the detector answers Portuguese or Spanish; its markers are the words those write
  // otherwise (non, unha, tamén, máis, coa, pola), with the articles both write, counted for neither.
  gl: {
    markerWords: [
      'o',
      'os',
      'do',
      'da',
      'dos',
      'das',
      'na',
      'ao',
      'non',
      'unha',
      'unhas',
      'nunha',
      'cunha',
      'tamén',
      'máis',
      'xa',
      'coa',
      'coas',
      'cun',
      'pola',
      'polo',
      'polas',
      'polos',
      'millóns',
      'aínda',
      'moi',
      'dende',
      'súa',
    ],
    stakeWords: ['participación d[oa]'],
    consentButtons: ['aceptar', 'aceptar todo', 'rexeitar', 'configurar'],
    rightsReserved: ['todos os dereitos reservados'],
    scales: { '1e9': ['mil millóns'], '1e6': ['millóns', 'millón'] },
    currencies: [
      { code: 'USD', words: ['dólares? estadounidenses', 'dólares? americanos'] },
      { code: 'USD', words: ['dólares?'], generic: true },
    ],
    hedges: ['arredor de', 'preto de', 'máis de', 'ao redor de', 'duns', 'dunhas'],
    // "case" (almost) and "ata" (up to) are other words elsewhere.
    ownHedges: ['case', 'ata', 'uns', 'unhas'],
  },
  // Basque glues case endings to the currency and scale ("3,5 milioi euroko", "milioitik gora") and
  // writes "about" and "more than" after the amount ("14 milioi euro inguru", "10 milioi eurotik gora").
  eu: {
    markerWords: [
      'eta',
      'ere',
      'izan',
      'zen',
      'zuen',
      'dute',
      'zuten',
      'dira',
      'ditu',
      'dela',
      'duela',
      'baina',
      'bat',
      'hau',
      'egin',
      'arabera',
      'gehiago',
      'bezala',
      'urtean',
      'gainera',
      'beste',
      'bere',
      'hori',
      'enpresak',
    ],
    consentCues: ['cookie\\p{L}*'],
    consentButtons: ['onartu', 'onartu guztiak', 'ukatu', 'baztertu'],
    bylineCues: ['testua', 'egilea', 'idazlea'],
    rightsReserved: ['eskubide guztiak erreserbatuta', 'eskubide guztiak gordeta'],
    scales: { '1e9': ['mila milioi\\p{L}*'], '1e6': ['milioi\\p{L}*'], '1e3': ['mila'] },
    currencies: [
      { code: 'EUR', words: ['euro'] },
      { code: 'USD', words: ['dolar'], generic: true },
    ],
    // "-raino" (up to) glues to the currency word: "10 milioi euroraino".
    hedgesAfter: ['inguru\\p{L}*', '(?<=[dt]ik )gora\\p{L}*', 'baino gehiago', 'raino\\p{L}*'],
    ownHedges: ['ia'],
  },
  // Gujarati glues case endings to the scale and currency words ("કરોડના", "રૂપિયાનું").
  gu: {
    consentCues: ['કૂકી[\\p{L}\\p{M}]*', 'કુકી[\\p{L}\\p{M}]*'],
    consentButtons: ['સ્વીકારો', 'સ્વીકાર', 'સંમત', 'નકારો'],
    bylineCues: ['અહેવાલ', 'લેખક'],
    rightsReserved: ['સર્વાધિકાર સુરક્ષિત'],
    scales: {
      '1e9': ['અબજ[\\p{L}\\p{M}]*', 'બિલિયન[\\p{L}\\p{M}]*'],
      '1e7': ['કરોડ[\\p{L}\\p{M}]*'],
      '1e6': ['મિલિયન[\\p{L}\\p{M}]*'],
      '1e5': ['લાખ[\\p{L}\\p{M}]*'],
      '1e3': ['હજાર[\\p{L}\\p{M}]*'],
    },
    currencies: [
      // The rupee's name before its abbreviation, which is the name's first letters.
      { code: 'INR', words: ['રૂપિય[\\p{L}\\p{M}]*'] },
      { code: 'INR', words: ['રૂ\\.?'], before: true },
      { code: 'USD', words: ['અમેરિકી ડ[ોૉ]લર[\\p{L}\\p{M}]*', 'અમેરિકન ડ[ોૉ]લર[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['ડ[ોૉ]લર[\\p{L}\\p{M}]*'], generic: true },
      { code: 'EUR', words: ['યુરો[\\p{L}\\p{M}]*'] },
    ],
    hedges: ['આશરે', 'લગભગ', 'અંદાજે', 'અંદાજિત'],
    // "થી વધુ" (more than) follows the ablative ending glued to the scale or currency word: "કરોડથી વધુ".
    hedgesAfter: ['(?<=(?:થી|કરતાં) )વધુ[\\p{L}\\p{M}]*'],
  },
  // Malayalam glues case endings to the words, and "ർ" (a final r) becomes "റ" before them:
  // "ഡോളർ", "ഡോളറിന്റെ".
  ml: {
    consentCues: ['കുക്കി[\\p{L}\\p{M}]*'],
    consentButtons: ['അംഗീകരിക്കുക', 'സ്വീകരിക്കുക', 'നിരസിക്കുക'],
    scales: {
      '1e9': ['ബില്യ(?:ൺ|ണ്\\u200D?|ണ)[\\p{L}\\p{M}]*', 'ശതകോടി[\\p{L}\\p{M}]*'],
      '1e7': ['കോടി[\\p{L}\\p{M}]*'],
      '1e6': ['മില്യ(?:ൺ|ണ്\\u200D?|ണ)[\\p{L}\\p{M}]*', 'ദശലക്ഷ[\\p{L}\\p{M}]*'],
      '1e5': ['ലക്ഷ[\\p{L}\\p{M}]*'],
      '1e3': ['ആയിര[\\p{L}\\p{M}]*'],
    },
    currencies: [
      { code: 'INR', words: ['രൂപ[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['(?:യുഎസ്|അമേരിക്കൻ) ഡോള(?:ർ|ര്\\u200D?|റ)[\\p{L}\\p{M}]*'] },
      { code: 'USD', words: ['ഡോള(?:ർ|ര്\\u200D?|റ)[\\p{L}\\p{M}]*'], generic: true },
      { code: 'EUR', words: ['യൂറോ[\\p{L}\\p{M}]*'] },
    ],
    hedges: ['ഏകദേശം', 'ഏതാണ്ട്'],
  },
  lb: { capitalisesNouns: true },
  // Lao writes no spaces between words: scale and currency glue ("150 ລ້ານໂດລາ", "120 ຕື້ກີບ").
  lo: {
    spaceEndsSentence: true,
    consentCues: ['ຄຸກກີ້', 'ຄຸກກີ'],
    consentButtons: ['ຍອມຮັບ', 'ຍອມຮັບທັງໝົດ', 'ຕົກລົງ', 'ປະຕິເສດ'],
    bylineCues: ['ໂດຍ'],
    rightsReserved: ['ສະຫງວນລິຂະສິດ'],
    scales: { '1e9': ['ຕື້'], '1e6': ['ລ້ານ'], '1e5': ['ແສນ'], '1e4': ['ໝື່ນ', 'ຫມື່ນ'], '1e3': ['ພັນ'] },
    currencies: [
      { code: 'USD', words: ['ໂດລາສະຫະລັດ', 'ໂດລາ ສະຫະລັດ'] },
      { code: 'USD', words: ['ໂດລາ'], generic: true },
      { code: 'LAK', words: ['ກີບ'] },
      { code: 'EUR', words: ['ເອີໂຣ'] },
      { code: 'CNY', words: ['ຢວນ'] },
    ],
    hedges: ['ປະມານ', 'ຫຼາຍກວ່າ', 'ຫລາຍກວ່າ', 'ເກືອບ'],
  },
  km: {
    consentCues: ['ខូគី'],
    consentButtons: ['យល់ព្រម', 'ទទួលយក', 'បដិសេធ'],
    bylineCues: ['ដោយ', 'អត្ថបទ'],
    rightsReserved: ['រក្សាសិទ្ធិគ្រប់យ៉ាង'],
    // "ពាន់លាន" (thousand million) is a billion: scale words in a row multiply.
    scales: { '1e9': ['ប៊ីលាន'], '1e6': ['លាន'], '1e5': ['សែន'], '1e4': ['ម៉ឺន'], '1e3': ['ពាន់'] },
    currencies: [
      { code: 'USD', words: ['ដុល្លារអាមេរិក'] },
      { code: 'USD', words: ['ដុល្លារ'], generic: true },
      { code: 'KHR', words: ['រៀល'] },
      { code: 'EUR', words: ['អឺរ៉ូ'] },
    ],
    hedges: ['ប្រមាណ', 'ប្រហែល', 'ជិត', 'ជាង'],
    spaceEndsSentence: true,
    dateWords: ['ថ្ងៃទី', 'ឆ្នាំ'],
  },
  zh: {
    consentCues: ['cookie', '本网站使用', '本網站使用', '继续浏览', '繼續瀏覽'],
    consentButtons: ['接受', '同意', '我同意', '我知道了', '確定', '确定', '拒絕', '拒绝'],
    rightsReserved: ['版权所有', '版權所有'],
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
    hedgesAfter: ['多', '余', '餘', '以上', '左右'],
  },
  ja: {
    consentCues: ['クッキー', 'cookie', '同意いただ'],
    consentButtons: ['同意する', '同意します', '同意', 'OK', '閉じる', '承諾'],
    rightsReserved: ['無断転載'],
    copyrightWords: ['著作権'],
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
    hedgesAfter: ['以上', '余り', '程度'],
  },
  ko: {
    consentCues: ['쿠키', 'cookie'],
    consentButtons: ['동의', '동의합니다', '확인', '수락', '거부'],
    rightsReserved: ['무단 전재', '무단전재'],
    copyrightWords: ['저작권자', '저작권'],
    currencies: [
      { code: 'USD', words: ['달러'], generic: true },
      { code: 'EUR', words: ['유로'] },
      { code: 'GBP', words: ['파운드'] },
      { code: 'CNY', words: ['위안'] },
      { code: 'JPY', words: ['엔'] },
      { code: 'KRW', words: ['원'] },
    ],
    hedges: ['약', '거의'],
    hedgesAfter: ['이상', '가량', '정도'],
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

// Norwegian tagged "no" (as tinyld answers) or "nn" reads the Bokmål entry.
const KEY_OF_CANONICAL = new Map([
  ...Object.keys(LANGUAGES).map((code): [string, string] => [canonicalLanguageTag(code) ?? code, code]),
  ['no', 'nb'],
  ['nn', 'nb'],
]);

/**
 * The key of a tag's entry: its primary subtag ("de" for "de-AT"), or the key whose canonical
 * form it is (Tagalog is keyed "tl", and a detector or a brief may write it "fil").
 */
export function languageKey(tag: string): string {
  const primary = tag.split('-')[0]!.toLowerCase();
  return LANGUAGES[primary] ? primary : (KEY_OF_CANONICAL.get(primary) ?? primary);
}

/** The language's entry ("de" for "de-AT", "tl" for "fil"); an empty entry when none. */
export function languageData(lang: string): LanguageData {
  return LANGUAGES[languageKey(lang)] ?? {};
}

/** Every language's entries, the given language's first (its reading wins where two differ). */
export function languagesFirst(lang: string): LanguageData[] {
  const own = languageKey(lang);
  return [
    LANGUAGES[own] ?? {},
    ...Object.entries(LANGUAGES)
      .filter(([code]) => code !== own)
      .map(([, d]) => d),
  ];
}
