// The per-script analysis (src/lib/search/languages.ts applied by src/lib/search/text-analysis.ts)
// against tokens checked by hand, and the same rules on both sides of search.
import { beforeAll, describe, expect, it } from 'vitest';
import { quickIndexWords, quickQueryTokens, quickTokens } from '../../src/lib/search/quick-tokens.ts';
import { stripPrefix, stripSuffix } from '../../src/lib/search/script-rules.ts';
import {
  analyzeQuery,
  displayText,
  indexableHtml,
  indexForms,
  indexText,
  loadQueryRules,
  matchesQueryWord,
  mentionNote,
} from '../../src/lib/search/text.ts';
import { segmentRun } from '../../src/lib/search/segmentation.ts';
import { asciiDigits } from '../../src/lib/search/text-analysis.ts';
import { retryStems, stem } from '../../src/lib/search/stemmers.ts';
import { unspacedSplits } from '../../src/lib/search/word-forms.ts';
import { loadSpellingVariants } from '../../src/lib/search/spelling-variants.ts';

// Index time loads every script's rules; these tests analyse queries in every script too.
beforeAll(() => Promise.all([loadQueryRules(), loadSpellingVariants()]));

/** The indexed words of a text, content and hidden forms together, decoded for reading. */
const indexed = (text: string, lang?: string) => [...indexText(text, lang).split(/\s+/), ...indexForms(text, lang)].filter(Boolean);
/** Whether every query word is a prefix of some indexed word (Pagefind's match). */
const finds = (query: string, text: string, lang?: string) => {
  const words = indexed(text, lang).map((w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  return analyzeQuery(query)
    .split(' ')
    .every((q) => words.some((w) => w.startsWith(q.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))));
};

describe('segmentation of unspaced scripts', () => {
  it('cuts a Thai run into its words', () => {
    expect(segmentRun('โรงงานรถยนต์ไฟฟ้า')).toEqual(['โรงงาน', 'รถยนต์', 'ไฟฟ้า']);
  });
  it('keeps the prolonged sound mark inside a katakana word', () => {
    expect(segmentRun('エナジー')).toEqual(['エナジー']);
    expect(displayText(indexText('新しいエナジー会社', 'ja')).trim()).toBe('新しいエナジー会社');
  });
});

describe('index and query meet in every script of the table', () => {
  it('Thai: a word inside a sentence, with its vowel and tone marks kept apart from other words', () => {
    const text = 'บริษัทเปิดโรงงานผลิตรถยนต์ไฟฟ้าที่จังหวัดระยอง';
    expect(finds('ระยอง', text, 'th')).toBe(true);
    expect(finds('รถยนต์ไฟฟ้า', text, 'th')).toBe(true);
    // แสงอาทิตย์ without its vowel and tone marks is another string: it must not match.
    expect(finds('แสงอาทตย', 'พลังงานแสงอาทิตย์', 'th')).toBe(false);
    expect(displayText(indexText(text, 'th')).trim()).toBe(text);
  });
  it('Vietnamese: đ is folded to d, tones by Pagefind', () => {
    expect(indexForms('Đắk Lắk điện', 'vi')).toEqual(['dắk', 'điện'.replace('đ', 'd')]);
    expect(finds('Dak Lak', 'Nhà máy ở Đắk Lắk', 'vi')).toBe(true);
    expect(analyzeQuery('Điện')).toBe('diện');
  });
  it('Hebrew: one-letter prefixes come off on both sides', () => {
    expect(stripPrefix('בחיפה')).toBe('חיפה');
    expect(stripPrefix('והנמל')).toBe('נמל');
    expect(stripPrefix('בית')).toBe('בית'); // two letters would be left
    expect(finds('חיפה', 'המפעל בחיפה', 'he')).toBe(true);
    expect(finds('מחיפה', 'המפעל בחיפה', 'he')).toBe(true);
  });
  it('Arabic: the article and the joined conjunctions and prepositions come off, harakat and tatweel fold', () => {
    expect(stripPrefix('والبطاريات')).toBe('بطاريات');
    expect(stripPrefix('للبطاريات')).toBe('بطاريات');
    expect(analyzeQuery('البطاريات')).toBe('بطاري');
    expect(analyzeQuery('مَـيَاه')).toBe('مياه');
    expect(finds('مياه', 'محطة لتحلية المياه', 'ar')).toBe(true);
    expect(finds('البطاريات', 'مصنع للبطاريات', 'ar')).toBe(true);
  });
  it('Greek: stems reach the other forms; final sigma folds', () => {
    expect(analyzeQuery('δορυφόρων')).toBe('δορυφορ');
    expect(finds('δορυφόροι', 'κατασκευή μικρών δορυφόρων', 'el')).toBe(true);
    expect(quickTokens('ΟΜΙΛΟΣ')[0]).toBe(quickTokens('όμιλος')[0]);
  });
  it('Hindi: a nasal half letter and anusvara are one spelling; vowel signs are not folded away', () => {
    expect(analyzeQuery('अनन्त')).toBe(analyzeQuery('अनंत'));
    expect(finds('अनन्त', 'अनंत ऊर्जा', 'hi')).toBe(true);
    expect(analyzeQuery('कम')).not.toBe(analyzeQuery('काम'));
    expect(finds('कम', 'ज़्यादा काम', 'hi')).toBe(false);
    expect(displayText(indexText('अनंत ऊर्जा कंपनी', 'hi'))).toBe('अनंत ऊर्जा कंपनी');
  });
  it('Hindi and Marathi: a half nasal before य, र, ल, व or a sibilant stays a letter, so the word is the start of its case forms', () => {
    expect(analyzeQuery('कन्या')).not.toBe(analyzeQuery('कंया'));
    expect(finds('धन्यवाद', 'सर्वांना धन्यवाद', 'mr')).toBe(true);
    // In the header box, ठाणे cut to its stem (ठाण) starts ठाण्यातील "in Thane's", as the name is written.
    const [thane] = quickQueryTokens('ठाणे', stem);
    expect(quickIndexWords('ठाण्यातील नवा कारखाना').some((w) => w.startsWith(thane!))).toBe(true);
  });
  it('Tamil, Telugu and the other Brahmic scripts: vowel signs are not folded away', () => {
    // கடை ("shop") without its vowel sign would be கட, the start of கட்டும் ("building").
    expect(finds('கடை', 'கப்பல் கட்டும் தளம்', 'ta')).toBe(false);
    expect(finds('கடை', 'புதிய கடை திறப்பு', 'ta')).toBe(true);
    expect(finds('కర్మాగారం', 'కొత్త కర్మాగారం ప్రారంభం', 'te')).toBe(true);
    expect(analyzeQuery('ಕರ')).not.toBe(analyzeQuery('ಕಾರ'));
    for (const [text, lang] of [
      ['கப்பல் கட்டும் தளம்', 'ta'],
      ['ಹೊಸ ಕಾರ್ಖಾನೆ', 'kn'],
      ['പുതിയ ഫാക്ടറി', 'ml'],
      ['નવી ફેક્ટરી', 'gu'],
      ['ਨਵੀਂ ਫੈਕਟਰੀ', 'pa'],
      ['ନୂଆ କାରଖାନା', 'or'],
    ] as const)
      expect(displayText(indexText(text, lang))).toBe(text);
  });
  it('Sinhala and Devanagari: a word is found typed with its joiner or without', () => {
    const text = 'බස්නාහිර ප්\u200Dරදේශයේ නව කර්මාන්තශාලාවක්';
    expect(finds('ප්\u200Dරදේශයේ', text, 'si')).toBe(true);
    expect(finds('ප්රදේශයේ', text, 'si')).toBe(true);
    expect(displayText(indexText(text, 'si'))).toBe(text);
    expect(finds('क्षेत्र', 'नया क्\u200Dषेत्र', 'hi')).toBe(true);
  });
  it('Tibetan: cut into syllables at each tsheg, its vowel signs and stacked letters kept', () => {
    const text = 'ཆུ་གློག་བཟོ་གྲྭ་གསར་པ།';
    expect(segmentRun(text).filter((s) => s !== '་' && s !== '།')).toEqual(['ཆུ', 'གློག', 'བཟོ', 'གྲྭ', 'གསར', 'པ']);
    expect(finds('ཆུ་གློག', text, 'bo')).toBe(true);
    expect(finds('བཟོ་གྲྭ', text, 'bo')).toBe(true);
    // ལོ without its vowel sign is ལ, the start of ལྷ: it must not match.
    expect(finds('ལོ', 'ལྷ་ས་གྲོང་ཁྱེར།', 'bo')).toBe(false);
    expect(analyzeQuery('ཆུ་གློག').split(' ')).toHaveLength(2);
    expect(displayText(indexText(text, 'bo')).trim()).toBe(text);
  });
  it('Persian and Urdu: found with the non-joiner or without, and with Arabic or Persian yeh, kaf and heh', () => {
    const text = 'کارخانه\u200Cای جدید می\u200Cسازد';
    expect(finds('می\u200Cسازد', text, 'fa')).toBe(true);
    expect(finds('میسازد', text, 'fa')).toBe(true);
    expect(finds('جديد', text, 'fa')).toBe(true);
    expect(finds('كارخانه', text, 'fa')).toBe(true);
    expect(finds('لاهور', 'لاہور میں نیا کارخانہ', 'ur')).toBe(true);
    // A joiner is part of the Persian word, not a word of Bengali.
    expect(indexText(text, 'fa')).not.toMatch(/bnq/);
    // Arabic's suffix rules do not cut a Persian query word, and Urdu's aspirated heh stays apart.
    expect(analyzeQuery('ماشین')).toBe('ماشین');
    expect(analyzeQuery('پھل')).not.toBe(analyzeQuery('پہل'));
  });
  it('turns only whole spelled words back into their script, never a word that holds a spelling prefix', () => {
    for (const text of ['Toshkent–Samarqand orqali yuk', 'qishloqda', 'siqim', 'dövlət orqanları']) expect(displayText(text)).toBe(text);
  });
  it('Turkish and German: dotless i and sharp s are found by their plain spellings', () => {
    expect(finds('ilik', 'ılık bir gün', 'tr')).toBe(true);
    expect(finds('DIYARBAKIR', "Diyarbakır'da yeni fabrika", 'tr')).toBe(true);
    expect(finds('strasse', 'Werk an der Bonner Straße', 'de')).toBe(true);
    expect(finds('Straße', 'Werk an der Bonner Strasse', 'de')).toBe(true);
  });
  it('Ukrainian and Armenian: the apostrophe letter ʼ and the ligature և as readers type them', () => {
    expect(analyzeQuery('обʼєкт')).toBe(analyzeQuery('обєкт'));
    expect(finds('Երեւան', 'Երևանում նոր գործարան', 'hy')).toBe(true);
    expect(finds('Երևան', 'Երեւանում նոր գործարան', 'hy')).toBe(true);
  });
  it('Amharic: letters of one sound in two series are one spelling; joined prepositions come off', () => {
    const text = 'በሐዋሳ ሐይቅ አጠገብ አዲስ የአሳ እርባታ ማዕከል';
    expect(finds('ሀዋሳ', text, 'am')).toBe(true);
    expect(finds('ሐዋሳ', text, 'am')).toBe(true);
    expect(finds('ቡና', 'አዲስ የቡና ፋብሪካ', 'am')).toBe(true);
    expect(analyzeQuery('ሠራ')).toBe(analyzeQuery('ሰራ'));
  });
  it('Korean: particles come off query words, which then prefix the written forms', () => {
    expect(stripSuffix('배터리를')).toBe('배터리');
    expect(stripSuffix('울산에서')).toBe('울산');
    expect(stripSuffix('회의')).toBe('회의'); // one syllable would be left
    expect(finds('울산에서', '울산 공장에서', 'ko')).toBe(true);
  });
  it('numbers: prices without their currency, and digits of any script as ASCII', () => {
    expect(asciiDigits('৩৪৮ ٣٤٨ ३४८')).toBe('348 348 348');
    expect(indexForms('It costs HK$22.50 now')).toEqual(['hk', '22.50', '2250']);
    expect(analyzeQuery('HK$22.50')).toBe('2250');
    expect(indexForms('تبلغ ٣٤٨ مليون')).toContain('348');
    expect(analyzeQuery('৩৪৮')).toBe('348');
  });
  it('leaves English, Chinese, Russian and Bengali queries as before', () => {
    expect(analyzeQuery('Xiaomi Great Wall')).toBe('Xiaomi Great Wall');
    expect(analyzeQuery('阿里巴巴创业者基金').split(' ')).toContain('基金');
    expect(analyzeQuery('электромобиль')).toBe('электромобил');
    expect(analyzeQuery('এক্সপেং')).toMatch(/^bnq[a-p]+$/);
  });
});

describe('word forms across a query and the text', () => {
  it('a number in a script’s own digits inside an unspaced run is a word of its own', () => {
    expect(segmentRun('ลงทุน๓๒๐ล้านบาท')).toEqual(['ลงทุน', '๓๒๐', 'ล้าน', 'บาท']);
    expect(finds('320', 'บริษัทลงทุน๓๒๐ล้านบาทในโรงงาน', 'th')).toBe(true);
    expect(finds('ล้านบาท', 'บริษัทลงทุน๓๒๐ล้านบาทในโรงงาน', 'th')).toBe(true);
  });
  it('a clitic on the text and a letter the query takes for one still meet (Hebrew, Arabic)', () => {
    // מכולה starts with מ, which a query takes off as a prefix; the text writes it after ב.
    expect(finds('מכולה', 'הספינה הגיעה במכולה חדשה', 'he')).toBe(true);
    expect(finds('بضائع', 'وصلت السفينة وبضائع جديدة', 'ar')).toBe(true);
    expect(finds('لوحات', 'مصنع اللوحات الشمسية', 'ar')).toBe(true);
    expect(finds('מכולה', 'הספינה הגיעה עם ארגזים', 'he')).toBe(false);
  });
  it('Ukrainian query words are cut by the Ukrainian stemmer, told by its letters', () => {
    expect(analyzeQuery('Одесі')).toBe('одес');
    expect(finds('Одесі', 'Новий термінал в Одесу відкрили', 'uk')).toBe(true);
    expect(finds('електростанції', 'компанія збудує електростанцію', 'uk')).toBe(true);
    // Russian words keep the Russian stemmer.
    expect(finds('электростанции', 'компания построит электростанцию', 'ru')).toBe(true);
  });
  it('Hindi query words are cut by the light Hindi stemmer, never to two letters', () => {
    expect(finds('गोदामों', 'कंपनी ने नया गोदाम खोला', 'hi')).toBe(true);
    expect(finds('कारखाने', 'शहर में कारखाना बनेगा', 'hi')).toBe(true);
    // The glide after a vowel, written either way.
    expect(finds('रुपए', 'कीमत सौ रुपये है', 'hi')).toBe(true);
    expect(finds('नये', 'नए कारखाने', 'hi')).toBe(true);
    // करेगी would stem to कर, the start of a great many words: it keeps its own letters up to three.
    expect(analyzeQuery('करेगी')).toBe(analyzeQuery('करे'));
    expect(finds('करेगी', 'सरकार कर लगाएगी', 'hi')).toBe(false);
  });
  it('a Tamil noun’s dictionary form finds its case forms', () => {
    expect(finds('கோயம்புத்தூர்', 'கோயம்புத்தூரில் புதிய ஆலை', 'ta')).toBe(true);
    expect(finds('நிலையம்', 'மின் நிலையத்தை திறந்தது', 'ta')).toBe(true);
  });
  it('a Hebrew plural finds the singular, a Korean 하다 verb its other endings', () => {
    expect(finds('מחסנים', 'החברה פתחה מחסן חדש', 'he')).toBe(true);
    expect(finds('수출했다', '회사는 반도체를 수출한다', 'ko')).toBe(true);
    expect(finds('수출했다', '회사는 반도체를 생산한다', 'ko')).toBe(false);
  });
  it('a Persian word the non-joiner binds is found typed as two words', () => {
    expect(finds('کتاب خانه', 'افتتاح کتاب‌خانه بزرگ', 'fa')).toBe(true);
    expect(finds('کتاب‌خانه', 'افتتاح کتاب‌خانه بزرگ', 'fa')).toBe(true);
  });
  it('half-width katakana and other compatibility forms meet their usual forms, both ways', () => {
    expect(analyzeQuery('ｺﾝﾃﾅ')).toBe('コンテナ');
    expect(finds('ｺﾝﾃﾅ', '新しいコンテナ船', 'ja')).toBe(true);
    expect(finds('コンテナ', '新しいｺﾝﾃﾅ船', 'ja')).toBe(true);
  });
});

describe('scripts and languages added after the first corpus', () => {
  it('Georgian: a noun’s nominative finds its case forms, and Mtavruli capitals its letters', () => {
    expect(finds('თბილისი', 'ალაზანმა თბილისში ქარხანა გახსნა', 'ka')).toBe(true);
    expect(finds('ღვინო', 'ახალი ღვინის ქარხანა', 'ka')).toBe(true);
    expect(finds('თბილისში', 'თბილისის მერია', 'ka')).toBe(true);
    expect(finds('ᲗᲑᲘᲚᲘᲡᲘ', 'ალაზანმა თბილისში ქარხანა გახსნა', 'ka')).toBe(true);
    expect(finds('ბათუმი', 'ალაზანმა თბილისში ქარხანა გახსნა', 'ka')).toBe(false);
    // Two letters would be left: the word is kept whole.
    expect(stripSuffix('ტბა')).toBe('ტბა');
  });
  it('Armenian: և, եւ and եվ are one spelling, in capitals too', () => {
    expect(finds('ԵՐԵՎԱՆ', 'Երևանում նոր կենտրոն', 'hy')).toBe(true);
    expect(finds('Երեվան', 'Երեւանում նոր կենտրոն', 'hy')).toBe(true);
    expect(finds('Երևան', 'ԵՐԵՎԱՆՈՒՄ ՆՈՐ ԿԵՆՏՐՈՆ', 'hy')).toBe(true);
    expect(finds('Գյումրի', 'Երևանում նոր կենտրոն', 'hy')).toBe(false);
  });
  it('Amharic: a plural query finds its singular', () => {
    expect(finds('ፋብሪካዎች', 'አዲስ የጨርቃጨርቅ ፋብሪካ ተከፈተ', 'am')).toBe(true);
    expect(finds('ፋብሪካዎች', 'አዲስ የቡና ማዕከል ተከፈተ', 'am')).toBe(false);
  });
  it('Gurmukhi: a masculine noun finds its oblique form; addak, tippi and bindi as readers type them', () => {
    expect(finds('ਲੁਧਿਆਣਾ', 'ਲੁਧਿਆਣੇ ਵਿੱਚ ਨਵੀਂ ਫੈਕਟਰੀ', 'pa')).toBe(true);
    expect(finds('ਵਿਚ', 'ਲੁਧਿਆਣੇ ਵਿੱਚ ਨਵੀਂ ਫੈਕਟਰੀ', 'pa')).toBe(true);
    expect(analyzeQuery('ਪੰਜ')).toBe(analyzeQuery('ਪਂਜ'));
    // Vowel signs still tell words apart.
    expect(finds('ਫੁਕਟਰੀ', 'ਲੁਧਿਆਣੇ ਵਿੱਚ ਨਵੀਂ ਫੈਕਟਰੀ', 'pa')).toBe(false);
  });
  it('Telugu, Kannada and Malayalam: a noun’s dictionary form finds its case forms and compounds', () => {
    expect(finds('ఔషధం', 'కొత్త ఔషధ కర్మాగారాన్ని ప్రారంభించింది', 'te')).toBe(true);
    expect(finds('కర్మాగారం', 'కొత్త ఔషధ కర్మాగారాన్ని ప్రారంభించింది', 'te')).toBe(true);
    expect(finds('ಬೆಂಗಳೂರು', 'ಬೆಂಗಳೂರಿನಲ್ಲಿ ಹೊಸ ಕಾರ್ಖಾನೆ', 'kn')).toBe(true);
    expect(finds('ಮೈಸೂರು', 'ಬೆಂಗಳೂರಿನಲ್ಲಿ ಹೊಸ ಕಾರ್ಖಾನೆ', 'kn')).toBe(false);
    expect(finds('നഗരം', 'കൊച്ചി നഗരത്തിൽ പുതിയ കപ്പൽശാല', 'ml')).toBe(true);
    expect(finds('കപ്പൽ', 'കപ്പലിൽ ചരക്ക്', 'ml')).toBe(true);
  });
  it('Malayalam: a chillu is one letter or the consonant, virama and joiner', () => {
    expect(finds('കപ്പല്\u200dശാല', 'കൊച്ചി നഗരത്തിൽ പുതിയ കപ്പൽശാല', 'ml')).toBe(true);
    expect(finds('കപ്പൽശാല', 'കൊച്ചി നഗരത്തില്\u200d പുതിയ കപ്പല്\u200dശാല', 'ml')).toBe(true);
    expect(quickTokens('മറൈൻ')).toEqual(quickTokens('മറൈന്\u200d'));
  });
  it('Sinhala: an animate noun finds its plural', () => {
    expect(finds('සේවකයා', 'සේවකයන් තුන්සියයක් සේවය කරනු ඇත', 'si')).toBe(true);
  });
  it('Sinhala: an indefinite noun, or one ending in a virama, finds its other case forms', () => {
    // නගරයක් "a city" finds නගරයේ "in the city"; පොත් "books" finds පොත "the book".
    expect(finds('නගරයක්', 'නව ගබඩාව නගරයේ විවෘත කෙරේ', 'si')).toBe(true);
    expect(finds('ගබඩාවක්', 'නව ගබඩාව නගරයේ විවෘත කෙරේ', 'si')).toBe(true);
    expect(finds('පොත්', 'අලුත් පොත දැන් කඩේ ඇත', 'si')).toBe(true);
    expect(quickQueryTokens('නගරයක්')).toEqual(quickQueryTokens('නගරය'));
  });
  it('Urdu: a plural or oblique query finds its singular', () => {
    expect(finds('فیکٹریاں', 'کراچی میں نئی فیکٹری کا افتتاح', 'ur')).toBe(true);
    expect(finds('مزدوروں', 'نو سو مزدور کام کریں گے', 'ur')).toBe(true);
    // A Persian word keeps its ending (ین is not یں).
    expect(analyzeQuery('ماشین')).toBe('ماشین');
  });
  it('Kazakh: its own letters typed as the Russian letters nearest them', () => {
    const text = 'Оңтүстік Құрылыс компаниясы жұмысшы';
    expect(finds('Онтустик Курылыс', text, 'kk')).toBe(true);
    expect(finds('жумысшы', text, 'kk')).toBe(true);
    expect(finds('Оңтүстік', text, 'kk')).toBe(true);
    // Ukrainian і is a letter of its own: not respelled as Kazakh's.
    expect(indexForms('Київ і Львів', 'uk')).not.toEqual(expect.arrayContaining(['киив', 'львив']));
    expect(quickIndexWords('Оңтүстік')).toContain('онтустик');
  });
  it('Ukrainian: a name whose closed last syllable has і or ї finds its forms with о or є, and they find it', () => {
    const text = 'Компанія відкриє склад у Львові, а потім у Києві та біля Львова і Харкова';
    for (const query of ['Львів', 'Київ', 'ЛЬВІВ']) expect(finds(query, text, 'uk'), query).toBe(true);
    const nominative = 'Склади у місті Львів і в місті Київ';
    for (const query of ['Львові', 'Львова', 'Києві', 'Києва']) expect(finds(query, nominative, 'uk'), query).toBe(true);
    // Every word still finds itself, and a name that does not alternate its forms.
    for (const word of ['Берліна', 'місто', 'Дніпро', 'Кіпру', 'Ізраїлю', 'білий', 'Львові', 'Київ', 'Тбілісі']) {
      expect(finds(word, `Текст ${word} тут`, 'uk'), word).toBe(true);
      expect(finds(word, `Текст ${word} тут`), word).toBe(true);
    }
    expect(finds('Берлін', 'Офіс біля Берліна', 'uk')).toBe(true);
    expect(finds('Львів', 'Склад у Луцьку', 'uk')).toBe(false);
    // Russian text keeps its vowels: the alternation is Ukrainian's.
    expect(indexForms('Львова', 'ru')).toEqual([]);
  });
  it('Russian and Ukrainian: a word whose ending drops a fleeting vowel finds the form that keeps it', () => {
    // Genitive plural and nominative keep the е or о that the other forms drop.
    expect(finds('гривня', 'Контракт на 120 мільйонів гривень', 'uk')).toBe(true);
    expect(finds('гривня', 'Контракт на 120 мільйонів гривень')).toBe(true);
    expect(finds('копійка', 'ціна зросла на 40 копійок', 'uk')).toBe(true);
    expect(finds('сделка', 'Число сделок выросло', 'ru')).toBe(true);
    expect(finds('рынка', 'Компания вышла на рынок', 'ru')).toBe(true);
    expect(finds('сёстры', 'Три сестёр', 'ru')).toBe(true);
    // Each word still finds itself, and a word whose last syllable has no fleeting vowel is left alone.
    for (const word of ['гривень', 'сделок', 'рынок', 'Оскемен', 'завод']) expect(finds(word, `Текст ${word} тут`, 'ru'), word).toBe(true);
    for (const form of ['завд', 'заводм']) expect(indexForms('завод заводом', 'ru')).not.toContain(form);
    // After a vowel the е or о is not taken out (боец).
    expect(indexForms('боец', 'ru')).not.toContain('боц');
    expect(finds('гривня', 'Контракт на 120 мільйонів доларів', 'uk')).toBe(false);
    // Only the letters of a closed last syllable, and a form keeps three letters.
    expect(indexForms('сон', 'ru')).not.toContain('сн');
  });
  it('Hebrew: a feminine singular finds its plural and its construct state, with or without clitics', () => {
    expect(finds('חווה סולארית', 'הקמת חוות סולאריות בנגב', 'he')).toBe(true);
    expect(finds('חברה', 'מניות החברות עלו', 'he')).toBe(true);
    expect(finds('חברה', 'חברת הרכב הודיעה', 'he')).toBe(true);
    expect(finds('מכונית', 'יצוא מכוניות חשמליות', 'he')).toBe(true);
    expect(finds('חברה', 'בחברת הרכב', 'he')).toBe(true);
    // Index time only: a query keeps its ה, so a name ending in it finds no word that merely starts alike.
    expect(finds('חיפה', 'חיפוש עבודה', 'he')).toBe(false);
    for (const word of ['חוות', 'חברת', 'מכוניות', 'בית']) expect(finds(word, `טקסט ${word} כאן`, 'he'), word).toBe(true);
    // A plural in ות gives its singular in ה, not a construct reading of it (חברוה).
    expect(indexForms('החברות', 'he')).toContain('חברה');
    expect(indexForms('החברות', 'he')).not.toContain('חברוה');
  });
  it('Arabic: a singular finds its broken plural, its article and clitics on or off', () => {
    for (const [singular, text] of [
      ['مصنع', 'افتتاح المصانع الجديدة'],
      ['مكتب', 'وفتحت الشركة مكاتب في دبي'],
      ['مشروع', 'تمويل مشاريع الطاقة'],
      ['صندوق', 'استثمرت صناديق سيادية'],
      ['سعر', 'ارتفعت أسعار النفط'],
      ['ربح', 'وأرباح الشركة'],
      ['بنك', 'قروض من البنوك المحلية'],
      ['قرض', 'قروض من البنوك المحلية'],
    ])
      expect(finds(singular, text, 'ar'), singular).toBe(true);
    // A word in ة is no broken plural: a partnership is not a company.
    expect(finds('شركة', 'أعلنت شراكة جديدة', 'ar')).toBe(false);
    for (const word of ['مصانع', 'أسعار', 'شراكة', 'البنوك']) expect(finds(word, `نص ${word} هنا`, 'ar'), word).toBe(true);
  });
  it('Arabic script: a word typed without a space splits after a letter that does not join the next', () => {
    const split = (query: string) => unspacedSplits(analyzeQuery(query));
    // شیر ends in ر, which joins no letter after it: the space between شیر and خشک does not show.
    expect(split('شیرخشک')).toEqual([['شیر', 'خشک']]);
    expect(split('عبدالله')).toEqual([
      ['عبد', 'الله'],
      ['عبدا', 'لله'],
    ]);
    // Each part keeps two letters; a word whose letters all join splits nowhere.
    expect(split('بانک')).toEqual([]);
    expect(split('داده')).toEqual([['دا', 'ده']]);
    // Other scripts name no such letters.
    expect(unspacedSplits('roadmap')).toEqual([]);
    expect(unspacedSplits('заводстрой')).toEqual([]);
  });
  it('German, Dutch, Swedish, Finnish: a compound written as one word is found by its last part', () => {
    expect(finds('Bäckerei', 'Die Großbäckerei in Leipzig', 'de')).toBe(true);
    expect(finds('Baeckerei', 'Die Großbäckerei in Leipzig', 'de')).toBe(true);
    expect(finds('backerei', 'Die Großbäckerei in Leipzig', 'de')).toBe(true);
    expect(finds('Fabrik', 'Eine neue Batteriefabrik entsteht', 'de')).toBe(true);
    expect(finds('Markt', 'Der Wochenmarkt', 'de')).toBe(true);
    expect(finds('fabriek', 'De nieuwe batterijfabriek', 'nl')).toBe(true);
    expect(finds('fabriken', 'Den nya batterifabriken i Skellefteå', 'sv')).toBe(true);
    expect(finds('tehdas', 'Uusi akkutehdas avataan', 'fi')).toBe(true);
    // A tail keeps five letters, and the first three letters stay the compound's: an ending is no word.
    expect(finds('Chen', 'Ein Werk bei München', 'de')).toBe(false);
    expect(finds('lich', 'Die Kapazität ist erheblich', 'de')).toBe(false);
    expect(indexForms('Stahlwerk', 'de')).not.toContain('ahlwerk');
    // Only text tagged with a language that writes compounds as one word: English text, or untagged, keeps its words whole.
    expect(finds('fabrik', 'Eine neue Batteriefabrik entsteht', 'en')).toBe(false);
    expect(finds('fabrik', 'Eine neue Batteriefabrik entsteht')).toBe(false);
    // A word with digits gives no tails: a number's tail is no number the text gives.
    expect(indexForms('Bestellnummer ABC1250000', 'de')).not.toContain('50000');
    expect(indexForms('Bestellnummer ABC1250000', 'de')).toContain('nummer');
    // A run of letters longer than any compound gives none: its tails would hold the square of its length.
    const run = 'batterie'.repeat(2_000);
    expect(indexForms(`Die ${run} ist lang`, 'de')).not.toContain(run.slice(8));
    expect(finds('Donaudampfschifffahrtsgesellschaft', 'Die Donaudampfschifffahrtsgesellschaftskapitäne', 'de')).toBe(true);
    expect(finds('gesellschaftskapitäne', 'Die Donaudampfschifffahrtsgesellschaftskapitäne', 'de')).toBe(true);
  });
  it('Azerbaijani: ə typed as e', () => {
    expect(finds('Gence', 'Gəncədə yeni polad zavodu', 'az')).toBe(true);
    expect(finds('GƏNCƏ', 'Gəncədə yeni polad zavodu', 'az')).toBe(true);
    expect(quickTokens('Gəncə')).toEqual(['gence']);
  });
  it('Thai and Lao: the vowel am typed as nikhahit and sara aa, with the tone mark before or after', () => {
    expect(analyzeQuery('นํ้า')).toBe(analyzeQuery('น้ำ'));
    expect(finds('นํ้ามัน', 'โรงกลั่นน้ำมันแห่งใหม่', 'th')).toBe(true);
    expect(finds('ນໍ້າທາ', 'ບໍລິສັດ ນ້ຳທາ ພະລັງງານ', 'lo')).toBe(true);
    expect(quickTokens('ນໍ້າທາ')).toEqual(quickTokens('ນ້ຳທາ'));
  });
  it('Maltese ħ, Icelandic þ and ð, Uzbek oʻ and gʻ as readers without those keys type them', () => {
    expect(finds('Hamrun', 'Il-kumpanija Ħamrun Holdings', 'mt')).toBe(true);
    expect(finds('Thorlakshofn', 'Ný fiskvinnsla í Þorlákshöfn', 'is')).toBe(true);
    expect(finds('Þorlákshöfn', 'Ný fiskvinnsla í Þorlákshöfn', 'is')).toBe(true);
    // Pagefind drops ' and ‘ from a query word: O'zbekiston reaches it as ozbekiston.
    expect(finds('Ozbekiston', 'Oʻzbekistonning Fargʻona viloyatida', 'uz')).toBe(true);
    expect(finds('Oʻzbekiston', 'Oʻzbekistonning Fargʻona viloyatida', 'uz')).toBe(true);
    expect(quickQueryTokens("farg'ona")).toEqual(['fargona']);
    expect(quickIndexWords('Fargʻonada yangi fabrika')).toContain('fargonada');
  });
  it('Hausa hooked letters, and the open vowels and eng of West African alphabets, as the plain letters readers type', () => {
    expect(finds('kamfani zai gina', 'Kamfanin zai ɗauki ma’aikata ya gina ƙaramar masana’anta', 'ha')).toBe(true);
    expect(finds('dauki karamar', 'Kamfanin zai ɗauki ma’aikata ya gina ƙaramar masana’anta', 'ha')).toBe(true);
    expect(finds('Ɗauki', 'Kamfanin zai ɗauki ma’aikata', 'ha')).toBe(true);
    expect(finds('bata', 'Shagon ba zai ɓata lokaci ba', 'ha')).toBe(true);
    expect(finds('yan', 'ƴan kasuwa sun yi taro', 'ha')).toBe(true);
    expect(finds('ngama', 'Sɔnɔ ŋama kɛ wa', 'ee')).toBe(true);
    expect(finds('sono ke', 'Sɔnɔ ŋama kɛ wa', 'ee')).toBe(true);
    expect(quickTokens('Ƙaramar Ɓata ɗauki ƴan Ŋama')).toEqual(['karamar', 'bata', 'dauki', 'yan', 'ngama']);
    expect(quickQueryTokens('karamar')).toEqual(quickTokens('ƙaramar'));
  });
  it('Welsh: a word after a mutation is found by its radical, as a query types it', () => {
    expect(finds('Casnewydd', 'Mae siop lyfrau newydd yng Nghasnewydd', 'cy')).toBe(true);
    expect(finds('Powys', 'Bydd y fferm wynt ym Mhowys', 'cy')).toBe(true);
    expect(finds('Bethesda', 'Mae ysgol gynradd ym Methesda', 'cy')).toBe(true);
    expect(finds('Caernarfon', 'Aeth y trên i Gaernarfon', 'cy')).toBe(true);
    expect(finds('Dinbych', 'Daeth y cwmni o Ddinbych', 'cy')).toBe(true);
    expect(finds('gweithdy', 'Agorodd ei weithdy ddoe', 'cy')).toBe(true);
    expect(finds('pentref', 'Tyfodd ei phentref yn gyflym', 'cy')).toBe(true);
    expect(finds('Llandudno', 'Aeth y bws i Landudno', 'cy')).toBe(true);
    expect(finds('tref', 'Mae marchnad yn y dref', 'cy')).toBe(true);
    // Only Welsh text, and not its short function words (mae is not bae).
    expect(finds('Powys', 'Bydd y fferm wynt ym Mhowys', 'en')).toBe(false);
    expect(finds('bae', 'Mae marchnad yn y dref', 'cy')).toBe(false);
  });
  it('French, Catalan and Italian: the word after an elided article is a word', () => {
    expect(indexForms('l’usine d’assemblage', 'fr')).toEqual(['usine', 'assemblage']);
    expect(indexForms("l'usine de Xiaomi's plant", 'fr')).toEqual(['usine']);
    expect(finds('oli', 'un molí d’oli a Lleida', 'ca')).toBe(true);
    expect(finds('acqua', 'la società dell’acqua', 'it')).toBe(true);
    // In the header box, the word with its article is read joined, and found both ways.
    expect(quickQueryTokens("l'usine")).toEqual(['lusine']);
    expect(quickIndexWords("L'usine ouvre")).toEqual(expect.arrayContaining(['usine', 'lusine']));
    expect(quickIndexWords('en col·laboració')).toContain('collaboracio');
  });
  it('Khmer, Lao and Burmese: every piece a browser may cut a word or phrase into is found', () => {
    const text = 'ក្រុមហ៊ុនអង្គរបើករោងចក្រកាត់ដេរថ្មីនៅភ្នំពេញ ដែលនឹងជួលកម្មករប្រាំរយនាក់';
    // Chromium cuts រោងចក្រ and ក្រុមហ៊ុន in two, and joins នឹងជួល and ប្រាំរយ, which Node's ICU keeps apart.
    for (const piece of ['រោង', 'ចក្រ', 'ក្រុម', 'ហ៊ុន', 'នឹងជួល', 'ប្រាំរយ', 'រោងចក្រ']) expect(finds(piece, text, 'km'), piece).toBe(true);
    expect(finds('សៀមរាប', text, 'km')).toBe(false);
    expect(finds('ປາ', 'ບໍລິສັດຈຳປາເປີດໂຮງງານກາເຟ', 'lo')).toBe(true);
  });
});

describe('letters typed as two', () => {
  it('finds ä, ö, ü, ø and å typed as ae, oe, ue, oe and aa, and still without their marks', () => {
    expect(finds('Muenchen', 'Das Werk in München wächst', 'de')).toBe(true);
    expect(finds('waechst', 'Das Werk in München wächst', 'de')).toBe(true);
    expect(finds('munchen', 'Das Werk in München wächst', 'de')).toBe(true);
    expect(finds('Koebenhavn', 'A depot near København')).toBe(true);
    expect(finds('Aalesund', 'Ferries leave Ålesund daily', 'no')).toBe(true);
    // Only the words that have them: the others are not doubled.
    expect(indexForms('Das Werk in München', 'de')).toEqual(['muenchen']);
    expect(finds('Muenchen', 'Das Werk in Munster', 'de')).toBe(false);
  });
});

describe('Simplified and Traditional Chinese', () => {
  it('a query in either spelling finds text in the other', () => {
    expect(finds('電動車', '这家公司计划明年生产电动车', 'zh')).toBe(true);
    expect(finds('电动车', '這家公司計劃明年生產電動車', 'zh')).toBe(true);
    // Untagged Han text is Chinese too.
    expect(finds('電池回收', '电池回收工厂')).toBe(true);
    expect(finds('電池回收', '电池生产工厂')).toBe(false);
  });

  it('indexes the Taiwan and Hong Kong spellings where they differ, choosing by phrase', () => {
    expect(indexForms('里面', 'zh')).toEqual(expect.arrayContaining(['裡面', '裏面']));
    // 发 is 發 in 发展 and 髮 in 头发.
    expect(indexForms('发展', 'zh')).toContain('發展');
    expect(indexForms('头发', 'zh')).toContain('頭髮');
    // A word both standards write alike gets no extra form; the text keeps its own spelling.
    expect(indexForms('阿里巴巴', 'zh')).toEqual([]);
    expect(indexText('電動車', 'zh').trim()).toBe('電動車');
  });

  it('adds no Chinese spellings to Japanese text', () => {
    expect(indexForms('会社の発展', 'ja')).toEqual([]);
    expect(indexForms('電動車', 'ja')).toEqual([]);
  });
});

describe('the header box uses the same rules', () => {
  it('indexes a clitic-free form and strips clitics and particles from query words', () => {
    expect(quickIndexWords('בחיפה')).toEqual(['בחיפה', 'חיפה']);
    expect(quickQueryTokens('البطاريات')).toEqual(['بطاري']);
    expect(quickQueryTokens('한빛배터리가')).toEqual(['한빛배터리']);
    expect(quickTokens('Đắk Lắk')).toEqual(['dak', 'lak']);
    expect(quickIndexWords('สยามมอเตอร์')).toContain('มอเตอร์');
  });
  it('indexes a German word also as readers without umlaut keys spell it, on both sides of search', () => {
    expect(quickIndexWords('Kölner Wärmetechnik')).toEqual(['kolner', 'warmetechnik', 'koelner', 'waermetechnik']);
    expect(indexForms('In München eröffnet ein Großhändler', 'de')).toEqual(
      expect.arrayContaining(['muenchen', 'eroeffnet', 'grosshaendler']),
    );
    // The query is left as typed: "munchen" still meets the accent-free form.
    expect(quickQueryTokens('Muenchen munchen')).toEqual(['muenchen', 'munchen']);
    expect(indexForms('Isar Raeder')).toEqual([]);
  });
});

describe('hidden metadata and what a reader sees', () => {
  it('puts aliases and extra forms in hidden metadata, outside the text an excerpt is cut from', () => {
    const out = indexableHtml('<main><p lang="he">המפעל בחיפה</p></main>', ['Galil Tech | גליל טק']);
    expect(out).toContain('data-pagefind-meta="mentions:Galil Tech | גליל טק"');
    expect(out).toMatch(/data-pagefind-meta="stems:[^"]*חיפה/);
    expect(out).toContain('<p lang="he">המפעל בחיפה</p>');
  });
  it("tells a real match from Pagefind's fallback to a fragment of the query word", () => {
    expect(matchesQueryWord(analyzeQuery('البطاريات'), 'مصنع أ للبطاريات بطاريات')).toBe(true);
    expect(matchesQueryWord(analyzeQuery('البطاريات'), 'مصنع أ')).toBe(false);
    expect(matchesQueryWord('companies', 'the company said')).toBe(true);
    expect(matchesQueryWord('xyzzy', 'x marks the spot')).toBe(false);
  });
  it('says which entity a result mentions when only its alias matched', () => {
    expect(mentionNote(['小米'], 'Carmaker talks', 'Xiaomi | 小米 · Great Wall Motor')).toBe('Mentions Xiaomi (小米)');
    expect(mentionNote(['xiaomi'], 'Xiaomi talks', 'Xiaomi | 小米')).toBeUndefined();
  });
});

describe('numbers with separators and currency codes', () => {
  it('a number with separators in any digits is also indexed as one ASCII number, before segmentation cuts it', () => {
    expect(indexForms('รายได้ ๒,๕๐๐ ล้านบาท', 'th')).toContain('2500');
    expect(indexForms('लागत ३,४५० करोड़', 'hi')).toContain('3450');
    expect(indexForms('صفقة بقيمة ٢٬٧٥٠ مليون', 'ar')).toContain('2750');
    // Indian grouping, and the Arabic decimal sign.
    expect(indexForms('कुल ४,७५,००० टन', 'hi')).toContain('475000');
    expect(indexForms('نمو ٣٫٥ بالمئة', 'ar')).toContain('35');
  });
  it('a query drops the separators between digits the same way, so each writing meets the others', () => {
    expect(analyzeQuery('๒,๕๐๐')).toBe('2500');
    expect(analyzeQuery('३,४५०')).toBe('3450');
    expect(analyzeQuery('٢٬٧٥٠')).toBe('2750');
    for (const query of ['2500', '2,500', '2.500', '๒,๕๐๐', '๒๕๐๐']) expect(finds(query, 'รายได้ ๒,๕๐๐ ล้านบาท', 'th'), query).toBe(true);
    for (const query of ['3450 करोड़', '3,450 करोड़', '३४५०']) expect(finds(query, 'लागत ३,४५० करोड़', 'hi'), query).toBe(true);
    expect(finds('2750 مليون', 'صفقة بقيمة ٢٬٧٥٠ مليون', 'ar')).toBe(true);
    // Another number in the same script is not found.
    expect(finds('2500', 'รายได้ ๒๕๐ ล้านบาท', 'th')).toBe(false);
    expect(finds('3450', 'लागत ४,३५० करोड़', 'hi')).toBe(false);
  });
  it('a thousands point and a decimal comma (German, Spanish, Indonesian, Vietnamese) are both read', () => {
    expect(indexForms('Investition von 3.400 Stellen', 'de')).toContain('3400');
    expect(finds('3,400', 'Investition von 3.400 Stellen', 'de')).toBe(true);
    // 2,5 is a decimal: a query 2.5 meets it, and 25 too, as Pagefind itself reads both as 25.
    expect(finds('2.5 Mrd', 'Umsatz 2,5 Mrd', 'de')).toBe(true);
    expect(finds('2.5', 'Umsatz 7,5 Mrd', 'de')).toBe(false);
  });
  it('a currency code glued to its sign is no word a query must find', () => {
    expect(analyzeQuery('US$640 million')).toBe('640 million');
    expect(analyzeQuery('A$ 75')).toBe('75');
    expect(analyzeQuery('R$3,20')).toBe('320');
    expect(analyzeQuery('S$12 tỷ')).toBe('12 tỷ');
    expect(finds('US$640 million', 'an investment of 640 million dollars', 'en')).toBe(true);
    // The index holds a glued code as a word, so it is also found typed apart.
    expect(indexForms('bought for A$75 each')).toEqual(expect.arrayContaining(['a', '75']));
    expect(finds('A 75', 'bought for A$75 each', 'en')).toBe(true);
    // A word before a sign with a space, or longer than a code, stays a query word.
    expect(analyzeQuery('about $5')).toBe('about 5');
    expect(analyzeQuery('Euro€5')).toBe('Euro 5');
  });
});

describe('folds before segmentation', () => {
  it('Thai แ typed as two เ is cut as แ is, on both sides, so no fragment of it is looked for', () => {
    expect(analyzeQuery('เเข่งขัน')).toBe(analyzeQuery('แข่งขัน'));
    expect(analyzeQuery('ร้านเเว่นตา')).toBe(analyzeQuery('ร้านแว่นตา'));
    expect(finds('เเข่งขัน', 'การแข่งขันด้านราคา', 'th')).toBe(true);
    // Cut as written, เเข่งขัน would look for ขัน (a bowl) alone.
    expect(finds('เเข่งขัน', 'ขันน้ำใบใหม่', 'th')).toBe(false);
    // Text that writes the two เ is found by the usual spelling.
    expect(finds('แข่งขัน', 'การเเข่งขันด้านราคา', 'th')).toBe(true);
  });
  it('Lao ແ typed as two ເ', () => {
    expect(analyzeQuery('ເເມ່ນ້ຳ')).toBe(analyzeQuery('ແມ່ນ້ຳ'));
    expect(finds('ເເມ່ນ້ຳ', 'ເຂື່ອນໃນແມ່ນ້ຳຂອງ', 'lo')).toBe(true);
  });
});

describe('plural and case endings', () => {
  it('Korean: the plural 들, alone or before a particle, comes off', () => {
    expect(analyzeQuery('선박들을')).toBe('선박');
    expect(analyzeQuery('공장들에서')).toBe('공장');
    expect(finds('선박들', '새 선박 건조 계약', 'ko')).toBe(true);
    expect(finds('선박들', '새 선로 건설', 'ko')).toBe(false);
    // 그들 ("they") would keep one syllable: it stays whole.
    expect(analyzeQuery('그들')).toBe('그들');
  });
  it('Tamil: the plural -கள் and a final -ு come off, as a case ending replaces them', () => {
    expect(finds('கப்பல்கள்', 'புதிய கப்பல் கட்டும் தளம்', 'ta')).toBe(true);
    expect(finds('வீடு', 'புதிய வீட்டில் குடியேறினர்', 'ta')).toBe(true);
    expect(finds('வீடு', 'வீரர்கள் பயிற்சி', 'ta')).toBe(false);
    // Too little would be left of மக்கள் without -க்கள்.
    expect(stripSuffix('மக்கள்')).not.toBe('ம');
  });
  it('Persian: the plural -ها, -های and a final ی come off a query word; Arabic words keep theirs', () => {
    expect(finds('شهرها', 'در شهر اصفهان', 'fa')).toBe(true);
    expect(finds('نیروگاه‌های', 'نیروگاه خورشیدی', 'fa')).toBe(true);
    expect(finds('اصفهانی', 'در شهر اصفهان', 'fa')).toBe(true);
    expect(finds('شهرها', 'در شمال کشور', 'fa')).toBe(false);
    // Arabic writes its yeh ي and alef maksura, which the Persian ی is not.
    expect(analyzeQuery('عربي')).toBe('عربي');
    expect(analyzeQuery('مستشفى')).toBe('مستشفي');
  });
  it('Hindi: a stem under three letters takes the word’s own next letters, and meets only the word’s forms', () => {
    expect(analyzeQuery('बनाने')).toBe(analyzeQuery('बना'));
    expect(finds('बनाने', 'नया पुल बनाना शुरू', 'hi')).toBe(true);
    expect(finds('बनाने', 'नया बजट पेश', 'hi')).toBe(false);
    expect(finds('नदियों', 'नदियाँ उफान पर', 'hi')).toBe(true);
    expect(finds('नदियों', 'नगर निगम', 'hi')).toBe(false);
    // A word of four letters is left whole rather than stretched (खाने, not खान "mine").
    expect(analyzeQuery('खाने')).not.toBe(analyzeQuery('खान'));
    expect(finds('खाने', 'कोयला खान', 'hi')).toBe(false);
  });
  it('Russian and Ukrainian: a word of four letters loses a one-letter ending', () => {
    expect(finds('щита', 'новый щит', 'ru')).toBe(true);
    expect(finds('завода', 'новый завод', 'ru')).toBe(true);
    // Three letters stay whole.
    expect(analyzeQuery('дом')).toBe('дом');
  });
  it('Telugu, Malayalam, Gujarati and Punjabi: plural and oblique endings come off a query word', () => {
    expect(finds('కర్మాగారాలు', 'గోదావరి ఫార్మా కొత్త కర్మాగారం నిర్మిస్తుంది', 'te')).toBe(true);
    expect(finds('കപ്പൽശാലകൾ', 'കൊച്ചിയിലെ കപ്പൽശാല വികസിപ്പിക്കുന്നു', 'ml')).toBe(true);
    expect(finds('કારખાના', 'કંપની નવું કારખાનું બાંધશે', 'gu')).toBe(true);
    expect(finds('હીરો', 'સુરતમાં હીરા ઉદ્યોગ વધ્યો', 'gu')).toBe(true);
    // The plural -ઓ, alone or before a case ending: મશીનો, શાળાઓમાં find મશીન, શાળા.
    expect(finds('મશીનો', 'નવું મશીન ખરીદ્યું', 'gu')).toBe(true);
    expect(finds('શાળાઓમાં', 'ગામની શાળા ખુલી', 'gu')).toBe(true);
    expect(finds('બેંકોને', 'બેંકે લોન આપી', 'gu')).toBe(true);
    expect(finds('દુકાનો', 'નવી દુકાનમાં', 'gu')).toBe(true);
    expect(finds('ਟਰੈਕਟਰਾਂ', 'ਕੰਪਨੀ ਨਵਾਂ ਟਰੈਕਟਰ ਬਣਾਏਗੀ', 'pa')).toBe(true);
  });
  it('Punjabi: a nukta left out or written is one spelling', () => {
    expect(finds('ਖਰਚ', 'ਕੁੱਲ ਖ਼ਰਚ ਵਧਿਆ', 'pa')).toBe(true);
    expect(finds('ਖ਼ਰਚ', 'ਕੁੱਲ ਖਰਚ ਵਧਿਆ', 'pa')).toBe(true);
  });
  it('Bulgarian and Macedonian: a full definite article comes off a query word, and a plural in -ци, -зи, -си finds its singular', () => {
    expect(finds('складът', 'Нов склад край Русе', 'bg')).toBe(true);
    expect(finds('учителят', 'Всеки учител получи награда', 'bg')).toBe(true);
    expect(finds('техник', 'Новият цех наема петдесет техници', 'bg')).toBe(true);
    expect(finds('техник', 'Техниците от цеха стачкуват', 'bg')).toBe(true);
    expect(finds('педагог', 'Училището търси нови педагози', 'bg')).toBe(true);
    expect(finds('учесник', 'На саемот имаше триста учесници', 'mk')).toBe(true);
    // Macedonian text is also found by its words in Latin letters.
    expect(finds('Bitola fabrika', 'Нова фабрика за столици во Битола', 'mk')).toBe(true);
    expect(finds('Gjorce kjebapci', 'Ќебапчилница во Ѓорче Петров', 'mk')).toBe(true);
    expect(finds('Bitola', 'Нова фабрика за столици во Битола', 'bg')).toBe(false);
    // Russian text is not given such a singular.
    expect(finds('учесник', 'На саемот имаше триста учесници', 'ru')).toBe(false);
  });
  it('Nepali and Mongolian: the plural comes off a query word', () => {
    expect(finds('कारखानाहरू', 'कम्पनीले नयाँ कारखाना खोल्यो', 'ne')).toBe(true);
    expect(finds('үйлдвэрүүд', 'компани шинэ үйлдвэр барина', 'mn')).toBe(true);
  });
  it('Mongolian: a case ending Russian never writes comes off a query word, and one it does on a retry', async () => {
    // Дарханы, Сүхбаатарын "of …", Дарханаас "from Darkhan", хотоор "through the city" find the words as written.
    expect(finds('Дарханы', 'Дархан хотод шинэ цех нээгдэв', 'mn')).toBe(true);
    expect(finds('Дарханаас', 'Дархан хотод шинэ цех нээгдэв', 'mn')).toBe(true);
    expect(finds('Сүхбаатарын', 'Сүхбаатар аймагт шинэ цех', 'mn')).toBe(true);
    expect(finds('хотоор', 'Дархан хотод шинэ цех нээгдэв', 'mn')).toBe(true);
    expect(quickQueryTokens('Сүхбаатарын Дарханаас')).toEqual(['сүхбаатар', 'дархан']);
    // The dative-locative -т is also a Russian ending: only retried, on a site with Mongolian briefs.
    expect(await retryStems(analyzeQuery('Сүхбаатарт'), ['mn'], 'Сүхбаатарт')).toContain('сүхбаатар');
  });
  it('Urdu: a masculine -ے is also indexed as -ا, in Urdu and untagged text alike', () => {
    expect(finds('کپڑا', 'کپڑے کی نئی مل', 'ur')).toBe(true);
    expect(finds('کپڑا', 'کپڑے کی نئی مل')).toBe(true);
    expect(indexed('کپڑے', 'ur')).toContain('کپڑا');
  });
  it("Swahili: text is also indexed without its nouns' class prefixes, and only Swahili text", () => {
    expect(finds('tunda', 'juisi ya matunda', 'sw')).toBe(true);
    expect(finds('fanyakazi', 'wafanyakazi mia tatu', 'sw')).toBe(true);
    expect(finds('tunda', 'juisi ya matunda', 'en')).toBe(false);
    // A word keeps four letters: mkoa is not indexed as koa.
    expect(indexed('mkoa', 'sw')).not.toContain('koa');
    expect(indexed('mkoani', 'sw')).toContain('koani');
  });
  it('Zulu: text is also indexed without its prefixes, one at a time, and only Nguni text', () => {
    expect(finds('Thekwini', 'imboni entsha eThekwini', 'zu')).toBe(true);
    expect(finds('sebenzi', 'abasebenzi abangamakhulu', 'zu')).toBe(true);
    // lwe- and then zi- off: the stem that izigidi, cut to its longest prefix, asks for.
    expect(indexed('lwezigidi', 'zu')).toContain('gidi');
    expect(finds('Thekwini', 'imboni entsha eThekwini', 'en')).toBe(false);
    // A name with a capital keeps its letters.
    expect(indexed('Apple Ulundi', 'zu')).not.toContain('pple');
    expect(indexed('Apple Ulundi', 'zu')).not.toContain('lundi');
  });
  it('Pashto and Sorani: their own letters are typed as Persian ones, and Arabic ones in tagged text', () => {
    expect(finds('ننگرهار', 'د ننګرهار ولایت', 'ps')).toBe(true);
    expect(finds('ننگرهار', 'د ننګرهار ولایت')).toBe(true);
    expect(finds('انرژي', 'د لمریزې انرژۍ فابریکه', 'ps')).toBe(true);
    expect(finds('بریشنا', 'د بریښنا شرکت', 'ps')).toBe(true);
    expect(finds('هەولیر', 'نزیک شاری هەولێر', 'ckb')).toBe(true);
    expect(finds('سليماني', 'شاری سلێمانی', 'ckb')).toBe(true);
    // A Pashto oblique -ې loses its ending as a Persian -ی does; a Sorani definite plural its -ەکان.
    expect(finds('فابریکې', 'نوې فابریکه جوړه شوه', 'ps')).toBe(true);
    expect(finds('کارگەکان', 'کارگەیەکی نوێ', 'ckb')).toBe(true);
  });
  it('Malay and Indonesian: a plural written twice with a hyphen is asked as the word once', () => {
    expect(analyzeQuery('kilang-kilang')).toBe(analyzeQuery('kilang'));
    expect(analyzeQuery('Kilang-kilang baharu')).toBe(analyzeQuery('Kilang baharu'));
    // A name written twice stays whole.
    expect(analyzeQuery('Baden-Baden')).not.toBe(analyzeQuery('Baden'));
    // Two different words joined by a hyphen stay as they are.
    expect(analyzeQuery('kuala-lumpur')).toBe(analyzeQuery('kuala-lumpur'));
    expect(analyzeQuery('kuala-lumpur')).not.toBe(analyzeQuery('kuala'));
  });
  it('Malay: text is indexed with its stems too, as Indonesian is', () => {
    const stems = (lang: string) =>
      /data-pagefind-meta="stems:([^"]*)"/.exec(indexableHtml(`<main><p lang="${lang}">Syarikat itu melabur di Kulim</p></main>`))?.[1] ??
      '';
    expect(stems('ms').split(' ')).toContain('labur');
    expect(stems('en').split(' ')).not.toContain('labur');
  });
  it('Serbian: Cyrillic text is also indexed in Latin letters, and only Serbian text', () => {
    expect(finds('Kragujevac', 'Нова фабрика у граду Крагујевац', 'sr')).toBe(true);
    expect(finds('Kragujevac fabrika', 'Нова фабрика у граду Крагујевац', 'sr')).toBe(true);
    expect(finds('Kragujevac', 'Нова фабрика у граду Крагујевац', 'ru')).toBe(false);
    expect(finds('Đerdap', 'Ђердап', 'sr')).toBe(true);
  });
});

describe('Japanese okurigana and auxiliaries', () => {
  it('come off a query word written in Han or katakana, whose other forms the text writes', () => {
    expect(analyzeQuery('採用する')).toBe('採用');
    expect(analyzeQuery('自動化された')).toBe('自動化');
    expect(analyzeQuery('ダイビングする')).toBe('ダイビング');
    expect(finds('採用する', '新工場で技術者を採用し、', 'ja')).toBe(true);
    expect(finds('採用する', '新工場で技術者を募集し、', 'ja')).toBe(false);
  });
  it('stay on a word in hiragana alone, and where too little would be left', () => {
    expect(analyzeQuery('する')).toBe('する');
    expect(analyzeQuery('話し')).toBe('話 し');
  });
});

describe('stems retried on a Latin word no page has', () => {
  it('cuts it by the stemmers of the site’s languages in its script, fetched on demand', async () => {
    expect(await retryStems('fabrikalar', ['tr', 'en'])).toEqual(['fabrika']);
    expect(await retryStems('millones', ['es-419'])).toEqual(['millon']);
    expect(await retryStems('fabrikalar', ['tr', 'de'])).toContain('fabrika');
  });
  it('gives none for a site without such a language, a word the stemmer leaves whole, or another script', async () => {
    expect(await retryStems('fabrikalar', ['en', 'vi'])).toEqual([]);
    expect(await retryStems('istanbul', ['tr'])).toEqual([]);
    expect(await retryStems('εργοστάσια', ['tr', 'el'])).toEqual([]);
  });
  it('also cuts the word as typed, before the analysis folded a letter the stemmer reads, and folds the stem', async () => {
    expect(await retryStems('zavodlari', ['az'])).toEqual([]);
    expect(await retryStems('zavodlari', ['az'], 'Zavodları')).toEqual(['zavodu']);
  });
  it('gives no stem of under four letters: a word of another language cut short finds anything', async () => {
    expect(await retryStems('tunda', ['az', 'tr'])).toEqual([]);
  });
  it("takes a Swahili noun's class prefix off, as the index holds Swahili words", async () => {
    expect(await retryStems('viwanda', ['sw'])).toEqual(['wanda']);
    expect(finds('wanda', 'kiwanda kipya cha juisi', 'sw')).toBe(true);
    expect(await retryStems('mkoa', ['sw'])).toEqual([]);
    expect(await retryStems('viwanda', ['en'])).toEqual([]);
  });
  it('takes a Zulu prefix, a Somali ending or a Catalan plural off', async () => {
    expect(await retryStems('umsebenzi', ['zu'])).toEqual(['sebenzi']);
    expect(await retryStems('imoto', ['zu'])).toEqual(['moto']);
    expect(await retryStems('warshadaha', ['so'])).toEqual(['warshad']);
    expect(await retryStems('shaqooyin', ['so'])).toEqual(['shaq']);
    expect(await retryStems('fàbriques', ['ca'])).toEqual(['fàbric']);
    expect(await retryStems('bateries', ['ca'])).toEqual(['bateri']);
    // Not for a site without briefs in the language.
    expect(await retryStems('warshadaha', ['en'])).toEqual([]);
  });
  it('cuts a Galician word as Portuguese, and a Basque one without its article and case ending', async () => {
    expect(await retryStems('cooperativas', ['gl'])).toEqual(['cooper']);
    expect(await retryStems('cooperativas', ['en'])).toEqual([]);
    expect(await retryStems('ontziolak', ['eu'])).toEqual(['ontziol']);
    expect(await retryStems('ontziolarekin', ['eu'])).toEqual(['ontziola']);
    expect(await retryStems('Donostiako', ['eu'])).toEqual(['donostia']);
  });
  it('cuts a Bulgarian or Macedonian word without its definite article', async () => {
    expect(await retryStems(analyzeQuery('пекарната'), ['bg'], 'пекарната')).toContain('пекарна');
    expect(await retryStems(analyzeQuery('пристаништето'), ['mk'], 'пристаништето')).toContain('пристаниште');
    expect(await retryStems(analyzeQuery('градот'), ['mk'], 'градот')).toContain('град');
    // Not on a site without briefs in either.
    expect(await retryStems(analyzeQuery('пекарната'), ['ru'], 'пекарната')).toEqual([]);
  });
  it('cuts a Serbian word to a stem in its own alphabet', async () => {
    expect(await retryStems('kragujevcu', ['sr'])).toEqual(['kragujevc']);
    // A Latin stem would also be the start of Latin words of other languages.
    expect(await retryStems('крагујевцу', ['sr'])).toEqual(['крагујевц']);
    expect(await retryStems('љубљани', ['sr'])).toEqual(['љубљан']);
  });
});
