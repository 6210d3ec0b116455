// Line classification: which lines of a raw page are the article (headline, dateline, byline, body)
// and which are the site around it, with the reason for each removal. It works for any site and
// language from features of the lines, not from any site's exact wording:
//   - prompt vocabulary in many languages (share, follow, subscribe, comment, read also, contents,
//     photo credit, copyright, disclaimer, author bio), weighed by the line's length;
//   - shape: machine identifiers (URL slugs, widget names), lines with no words, footnote markers;
//   - repetition: near-duplicates (teasers, captions that repeat a paragraph) and lines of the same
//     pattern (the date lines of a related-articles list);
//   - position: the article runs from its first to its last paragraph of prose; short lines before
//     it that are not the headline, dateline or byline, runs of short lines around it, and
//     everything after a "read also" header are page furniture. Short lines between paragraphs
//     are kept: they are subheadings.
// Hand-written: the npm boilerplate removers (readability ports, jusText ports) need HTML or work in
// one language; this input is plain page text in any language.
import { bylineLineAuthor, isCopyrightNotice, RIGHTS_RESERVED } from './byline.ts';
import { consentCues, isConsentBanner } from './consent.ts';
import { findDates, type DateMention } from './dateline.ts';
import { pickHeadline, type Headline } from './headline.ts';
import { endsSentence, escapeRegExp, isProse, isRowItem, isUnmarkedClauses, UNSPACED, wordCount, wordList } from './text-features.ts';
import type { BoilerplateCategory, LineRole, Removal, SourceLine } from './types.ts';

interface Cue {
  category: BoilerplateCategory;
  /** Strong cues are distinctive phrases; weak ones are common words that need company. */
  strong: string[];
  weak: string[];
}

const CUES: Cue[] = [
  {
    category: 'comments',
    strong: [
      'post a comment',
      'write a comment',
      'leave a comment',
      'leave a reply',
      'your email address will not be published',
      'add a comment',
      'show comments',
      'view comments',
      'join the conversation',
      'posting komentar',
      'komentar anda',
      'tulis komentar',
      'kirim komentar',
      'beri komentar',
      'оставить комментарий',
      'написать комментарий',
      'комментарии',
      'залишити коментар',
      'коментарі',
      'kommentar schreiben',
      'kommentare',
      'laisser un commentaire',
      'écrire un commentaire',
      'commentaires',
      'deja un comentario',
      'dejar un comentario',
      'escribe un comentario',
      'comentarios',
      'deixe um comentário',
      'comentários',
      'lascia un commento',
      'commenti',
      'yorum yap',
      'yorum yaz',
      'yorumlar',
      'plaats een reactie',
      'reacties',
      'dodaj komentarz',
      'komentarze',
      '发表评论',
      '發表評論',
      '写评论',
      '網友評論',
      '网友评论',
      '评论区',
      'コメントする',
      'コメントを書く',
      '댓글 쓰기',
      '댓글쓰기',
      'أضف تعليق',
      'اترك تعليقا',
      'التعليقات',
      'মন্তব্য করুন',
      'টিপ্পণী',
      'टिप्पणी करें',
      'टिप्पणियाँ',
      'viết bình luận',
      'bình luận',
    ],
    weak: [
      'comments',
      'comment',
      'komentar',
      'комментарий',
      'kommentar',
      'commentaire',
      'comentario',
      '评论',
      '評論',
      '留言',
      'コメント',
      '댓글',
      'تعليق',
      'মন্তব্য',
      'टिप्पणी',
    ],
  },
  {
    category: 'share',
    strong: [
      'follow us',
      'subscribe to',
      'sign up for',
      'join our',
      'join us on',
      'share this',
      'share on',
      'click here',
      'download the app',
      'our newsletter',
      'our channel',
      'ikuti kami',
      'klik di sini',
      'gabung sekarang',
      'bergabung sekarang',
      'berlangganan',
      'saluran whatsapp',
      'cek berita',
      'подписывайтесь',
      'подпишитесь',
      'поделиться',
      'наш телеграм',
      'телеграм-канал',
      'telegram-канал',
      'подписаться',
      'підписуйтесь',
      'folgen sie uns',
      'abonnieren sie',
      'jetzt abonnieren',
      'suivez-nous',
      'abonnez-vous',
      "s'abonner",
      'inscrivez-vous',
      'síguenos',
      'suscríbete',
      'suscribirse',
      'siga-nos',
      'inscreva-se',
      'seguici',
      'iscriviti',
      'takip edin',
      'abone ol',
      'volg ons',
      'obserwuj nas',
      '关注我们',
      '关注公众号',
      '微信公众号',
      '扫码关注',
      '扫描二维码',
      '点击关注',
      '订阅',
      '訂閱',
      '分享到',
      'フォローする',
      '購読する',
      '공유하기',
      '구독하기',
      '구독',
      'تابعونا',
      'تابعنا',
      'اشترك',
      'ফলো করুন',
      'সাবস্ক্রাইব',
      'যুক্ত হোন',
      'फॉलो करें',
      'सब्सक्राइब',
      'शेयर करें',
      'theo dõi chúng tôi',
      'chia sẻ',
      'اشتراک گذاری',
      'به اشتراک بگذارید',
      'ما را دنبال کنید',
      'udostępnij',
      'поділитися',
      'κοινοποίηση',
      'μοιραστείτε',
      'שתפו',
      'שיתוף',
      'แชร์ข่าว',
    ],
    weak: [
      'share',
      'follow',
      'subscribe',
      'newsletter',
      'telegram',
      'whatsapp',
      'facebook',
      'twitter',
      'instagram',
      'youtube',
      'linkedin',
      'tiktok',
      'google news',
      'rss',
      'bagikan',
      'ikuti',
      'saluran',
      'bergabung',
      'gabung',
      'update',
      'канал',
      'teilen',
      'partager',
      'compartir',
      'compartilhar',
      'condividi',
      'paylaş',
      'delen',
      '分享',
      '关注',
      '關注',
      'シェア',
      'フォロー',
      '공유',
      '팔로우',
      'شارك',
      'قناة',
      'শেয়ার',
      'शेयर',
      'اشتراک',
      'تلگرام',
      'واتساپ',
      'توییتر',
      'اینستاگرام',
      'ניוזלטר',
      'שתף',
      'แชร์',
      'ไลน์',
      'viber',
    ],
  },
  {
    category: 'related',
    strong: [
      'read also',
      'also read',
      'read more',
      'see also',
      'related articles',
      'related stories',
      'related news',
      'related posts',
      'more stories',
      'you may also like',
      'most read',
      'more from',
      'latest news',
      'top stories',
      'recommended for you',
      'baca juga',
      'artikel terkait',
      'berita terkait',
      'berita lainnya',
      'terpopuler',
      'artikel lainnya',
      'читайте также',
      'смотрите также',
      'читать также',
      'по теме',
      'ещё по теме',
      'другие новости',
      'читать далее',
      'читайте також',
      'lesen sie auch',
      'mehr zum thema',
      'weitere artikel',
      'das könnte sie auch interessieren',
      'weiterlesen',
      'meistgelesen',
      'lire aussi',
      'à lire aussi',
      'voir aussi',
      'sur le même sujet',
      'lire la suite',
      'les plus lus',
      'lee también',
      'lea también',
      'te puede interesar',
      'noticias relacionadas',
      'leer más',
      'más leídas',
      'leia também',
      'leia mais',
      'veja também',
      'mais lidas',
      'leggi anche',
      'potrebbe interessarti',
      'più letti',
      'ilginizi çekebilir',
      'devamını oku',
      'en çok okunanlar',
      'lees ook',
      'czytaj także',
      'czytaj też',
      '相关阅读',
      '相關閱讀',
      '相关新闻',
      '相關新聞',
      '延伸阅读',
      '延伸閱讀',
      '推荐阅读',
      '热门文章',
      '阅读更多',
      '相关文章',
      '猜你喜欢',
      '関連記事',
      'あわせて読みたい',
      '続きを読む',
      '人気記事',
      '관련 기사',
      '관련기사',
      '많이 본 기사',
      '추천 기사',
      'اقرأ أيضا',
      'اقرأ أيضاً',
      'مقالات ذات صلة',
      'الأكثر قراءة',
      'اقرأ المزيد',
      'আরও পড়ুন',
      'আরো পড়ুন',
      'সম্পর্কিত খবর',
      'আরও খবর',
      'ये भी पढ़ें',
      'यह भी पढ़ें',
      'और पढ़ें',
      'संबंधित खबरें',
      'xem thêm',
      'đọc thêm',
      'tin liên quan',
      'مطالب مرتبط',
      'اخبار مرتبط',
      'بیشتر بخوانید',
      'پربازدیدترین',
      'ข่าวที่เกี่ยวข้อง',
      'อ่านเพิ่มเติม',
      'כתבות נוספות',
      'כתבות קשורות',
      'עוד בנושא',
      'קראו עוד',
      'διαβάστε επίσης',
      'δείτε επίσης',
      'σχετικά άρθρα',
      'zobacz też',
      'zobacz także',
      'ilgili haberler',
      'більше новин',
      'اخبار ذات صلة',
    ],
    weak: ['related', 'popular', 'trending', 'recommended', 'популярное', 'populer', '更多', '推荐', 'おすすめ', '더 보기'],
  },
  {
    category: 'navigation',
    strong: [
      'table of contents',
      'skip to content',
      'skip to main content',
      'back to top',
      'next article',
      'previous article',
      'next post',
      'previous post',
      'you are here',
      'daftar isi',
      'artikel selanjutnya',
      'главная страница',
      'содержание статьи',
      'наверх',
      'следующая статья',
      'inhaltsverzeichnis',
      'nach oben',
      'retour en haut',
      'volver arriba',
      'torna su',
      'sommaire',
      'índice',
      '返回顶部',
      '当前位置',
      '上一篇',
      '下一篇',
      'トップへ戻る',
      '次の記事',
      '前の記事',
      '目次',
      '이전 기사',
      '다음 기사',
      '목차',
      'الصفحة الرئيسية',
      'সূচিপত্র',
      'विषय सूची',
    ],
    weak: [
      'home',
      'menu',
      'contents',
      'search',
      'log in',
      'sign in',
      'sign up',
      // Log-in and sign-up links, in the languages' own words ("Zaloguj się | Newsletter", "登录 注册").
      'zaloguj się',
      'zarejestruj się',
      'giriş yap',
      'üye ol',
      'inloggen',
      'registreren',
      'accedi',
      'registrati',
      'iniciar sesión',
      'regístrate',
      'se connecter',
      'anmelden',
      'registrieren',
      'jisajili',
      'увійти',
      'зареєструватися',
      'войти',
      'đăng nhập',
      'đăng ký',
      '登录',
      '登入',
      '注册',
      '註冊',
      'ログイン',
      '会員登録',
      '로그인',
      '회원가입',
      'تسجيل الدخول',
      'لاگ ان',
      'ورود',
      'عضویت',
      'سائن ان',
      'உள்நுழைய',
      'লগইন',
      'लॉग इन',
      'log out',
      'create account',
      'my account',
      'einloggen',
      'abmelden',
      "s'inscrire",
      'créer un compte',
      'registrarse',
      'crear cuenta',
      'cadastre-se',
      'criar conta',
      'регистрация',
      'выйти',
      'реєстрація',
      'вийти',
      'αποσύνδεση',
      'התחברות',
      'הרשמה',
      'התנתקות',
      'כניסה למנויים',
      'ثبت نام',
      'إنشاء حساب',
      'เข้าสู่ระบบ',
      'สมัครสมาชิก',
      'ลงทะเบียน',
      'ออกจากระบบ',
      'लॉगिन',
      'साइन अप',
      'रजिस्टर',
      '新規登録',
      'ログアウト',
      '로그아웃',
      '登出',
      'kayıt ol',
      'strona główna',
      'wyloguj',
      'news',
      'beranda',
      'berita',
      'главная',
      'меню',
      'содержание',
      'новости',
      'новини',
      'startseite',
      'inhalt',
      'accueil',
      'actualités',
      'inicio',
      'noticias',
      'início',
      'notícias',
      'notizie',
      'haberler',
      'nieuws',
      '首页',
      '新闻',
      '目录',
      'ホーム',
      'ニュース',
      '홈',
      '뉴스',
      'الرئيسية',
      'أخبار',
      'প্রচ্ছদ',
      'হোম',
      'খবর',
      'होम',
      'समाचार',
      'trang chủ',
      'tin tức',
      'หน้าแรก',
      'ראשי',
      'αρχική',
      'головна',
      'صفحه اصلی',
      'anasayfa',
    ],
  },
  {
    category: 'legal',
    strong: [
      ...RIGHTS_RESERVED,
      'terms of use',
      'privacy policy',
      'cookie policy',
      'we use cookies',
      'accept cookies',
      'cookie settings',
      'accept all cookies',
      'ვიყენებთ ქუქი',
      'ვიყენებთ ქუქიებს',
      'օգտագործում է թխուկներ',
      'օգտագործում ենք թխուկներ',
      'recognized as a foreign agent',
      'is banned in',
      'extremist organization',
      'все права защищены',
      'на территории рф',
      'иноагент',
      'иностранным агентом',
      'иностранного агента',
      'экстремистской',
      'перепечатка',
      'hak cipta',
      'dilindungi undang-undang',
      'kebijakan privasi',
      'alle rechte vorbehalten',
      'datenschutzerklärung',
      'impressum',
      'tous droits réservés',
      'mentions légales',
      'todos los derechos reservados',
      'política de privacidad',
      'todos os direitos reservados',
      'tutti i diritti riservati',
      'tüm hakları saklıdır',
      'alle rechten voorbehouden',
      '版权所有',
      '版權所有',
      '未经授权',
      '未經授權',
      '不得转载',
      '禁止转载',
      '转载请注明',
      '無断転載',
      '無断複製',
      '무단 전재',
      '무단전재',
      '재배포 금지',
      '저작권자',
      'جميع الحقوق محفوظة',
      'সর্বস্বত্ব সংরক্ষিত',
      'সর্বস্বত্ব',
      'सर्वाधिकार सुरक्षित',
    ],
    weak: ['copyright', '©', 'запрещена', 'запрещен', 'признан', 'cookies', 'kopírovat', 'ქუქი', 'թխուկներ'],
  },
  {
    category: 'photo-credit',
    strong: [
      'photo by',
      'photograph by',
      'image by',
      'picture by',
      'image caption',
      'media caption',
      'getty images',
      'shutterstock',
      'unsplash',
      'file photo',
      'illustration by',
      'photo credit',
      'image credit',
      'image source',
      'источник фото',
      'sumber foto',
      'bildquelle',
      'crédit photo',
      'crédits photo',
      'fotografía de',
      '图片来源',
      '圖片來源',
      '图源',
      '圖源',
      '图片提供',
      '配图',
      '摄影',
      '攝影',
      '写真提供',
      '사진 제공',
      '사진=',
      'ছবি সংগৃহীত',
      'फाइल फोटो',
      'foto ilustrasi',
    ],
    weak: [
      'photo',
      'фото',
      'foto',
      'image',
      'bild',
      'imagen',
      'imagem',
      'immagine',
      'fotoğraf',
      '图片',
      '写真',
      '画像',
      '사진',
      'صورة',
      'الصورة',
      'ছবি',
      'फोटो',
      'तस्वीर',
      'ilustrasi',
      'credit',
    ],
  },
  {
    category: 'disclaimer',
    strong: [
      'disclaimer',
      'for informational purposes',
      'informational and educational purposes',
      'not investment advice',
      'does not constitute',
      'the views expressed',
      'отказ от ответственности',
      'не является инвестиционной рекомендацией',
      'мнение редакции может не совпадать',
      'penafian',
      'bukan merupakan ajakan',
      'bukan rekomendasi',
      'haftungsausschluss',
      'keine anlageberatung',
      'avertissement',
      'ne constitue pas',
      'descargo de responsabilidad',
      'no constituye',
      'isenção de responsabilidade',
      '免责声明',
      '免責聲明',
      '风险提示',
      '不构成投资建议',
      '免責事項',
      '投資助言',
      '면책 조항',
      '투자 권유',
      'إخلاء المسؤولية',
      'দাবিত্যাগ',
      'अस्वीकरण',
    ],
    weak: [],
  },
  {
    category: 'page-furniture',
    strong: [
      'enable javascript',
      'javascript is disabled',
      'print this article',
      'listen to this article',
      'min read',
      'minute read',
      'minutes read',
      'reading time',
      'font size',
      'text size',
      'время чтения',
      'waktu baca',
      'menit baca',
      'lesezeit',
      'temps de lecture',
      'tiempo de lectura',
      'tempo de leitura',
      '阅读时间',
      '閱讀時間',
      '読了時間',
      '읽는 시간',
    ],
    weak: ['print', 'loading', 'views', 'просмотров', 'dilihat', '阅读量', '閲覧数', '조회수', 'مشاهدة'],
  },
  {
    category: 'advertising',
    strong: [
      'advertisement',
      'sponsored content',
      'paid content',
      'advertorial',
      'реклама',
      'iklan',
      'anzeige',
      'werbung',
      'publicité',
      'publicidad',
      'publicidade',
      'pubblicità',
      '广告',
      '廣告',
      '広告',
      '광고',
      'إعلان',
      'বিজ্ঞাপন',
      'विज्ञापन',
    ],
    weak: ['sponsored', 'promoted'],
  },
  {
    category: 'author-bio',
    strong: [
      'reporting by',
      'additional reporting by',
      'editing by',
      'writing by',
      'compiled by',
      'edited by',
      'editado por',
      'édité par',
      'penyunting',
      'managing editor',
      'editor-in-chief',
      'staff writer',
      'senior reporter',
      'is a reporter',
      'is a journalist',
      'is a writer',
      'about the author',
      'об авторе',
      'tentang penulis',
      'über den autor',
      "à propos de l'auteur",
      'sobre el autor',
      '作者简介',
      '作者簡介',
      '责任编辑',
      '責任編輯',
      '责编',
      '記者プロフィール',
      '기자 프로필',
      'عن الكاتب',
      'লেখক পরিচিতি',
      'लेखक के बारे में',
    ],
    weak: [
      'editor',
      'reporter',
      'journalist',
      'correspondent',
      'redaktur',
      'wartawan',
      'penulis',
      'редактор',
      'корреспондент',
      'журналист',
      'redakteur',
      'journaliste',
      'periodista',
      '记者',
      '記者',
      '编辑',
      '기자',
      'محرر',
      'مراسل',
      'প্রতিবেদক',
      'संवाददाता',
    ],
  },
];

// Cues are matched on word tokens (letters, marks, digits), so that "Follow us!" and "follow  us" are one
// cue and "share" never matches inside "shareholders"; cues in unspaced scripts and symbols ("©") are
// matched as substrings.
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const tokens = (s: string) => s.toLowerCase().match(TOKEN) ?? [];

interface CueEntry {
  category: BoilerplateCategory;
  weight: 1 | 2;
  phrase: string;
  words: string[];
}

const BY_FIRST_WORD = new Map<string, CueEntry[]>();
const SUBSTRING_CUES: CueEntry[] = [];
for (const c of CUES) {
  for (const [list, weight] of [
    [c.strong, 2],
    [c.weak, 1],
  ] as const) {
    for (const phrase of list) {
      const entry: CueEntry = { category: c.category, weight, phrase, words: tokens(phrase) };
      if (UNSPACED.test(phrase) || !entry.words.length) SUBSTRING_CUES.push(entry);
      else BY_FIRST_WORD.set(entry.words[0]!, [...(BY_FIRST_WORD.get(entry.words[0]!) ?? []), entry]);
    }
  }
}
for (const list of BY_FIRST_WORD.values()) list.sort((x, y) => y.words.length - x.words.length);

interface CueHit {
  category: BoilerplateCategory;
  score: number;
  strong: number;
  first: string;
  /** The cue opens the line ("Disclaimer: …", "Фото: …"). */
  leading: boolean;
  /** The cue is all the line says (apart from punctuation and numbers). */
  whole: boolean;
}

function cueHits(text: string): CueHit[] {
  const lower = text.toLowerCase();
  const words = lower.match(TOKEN) ?? [];
  const wordsNoDigits = words.filter((w) => !/^\p{N}+$/u.test(w));
  const byCategory = new Map<BoilerplateCategory, CueHit & { seen: Set<string> }>();
  const record = (e: CueEntry, leading: boolean, whole: boolean) => {
    const h = byCategory.get(e.category) ?? {
      category: e.category,
      score: 0,
      strong: 0,
      first: '',
      leading: false,
      whole: false,
      seen: new Set<string>(),
    };
    byCategory.set(e.category, h);
    // A cue repeated in one line ("News, News — …") counts once.
    if (h.seen.has(e.phrase)) return;
    h.seen.add(e.phrase);
    h.score += e.weight;
    if (e.weight === 2) h.strong++;
    h.first ||= e.phrase;
    h.leading ||= leading;
    h.whole ||= whole;
  };
  for (let i = 0; i < words.length; i++) {
    for (const e of BY_FIRST_WORD.get(words[i]!) ?? []) {
      if (e.words.every((w, k) => words[i + k] === w)) {
        record(e, i === 0, e.words.join(' ') === wordsNoDigits.join(' '));
        break;
      }
    }
  }
  for (const e of SUBSTRING_CUES) {
    const at = lower.indexOf(e.phrase);
    if (at < 0) continue;
    const before = lower.slice(0, at);
    record(e, /^[\s\p{P}\p{S}\p{N}]*$/u.test(before), e.words.join(' ') === wordsNoDigits.join(' ') && e.words.length > 0);
  }
  return [...byCategory.values()].map(({ seen: _seen, ...h }) => h).sort((a, b) => b.score - a.score);
}

/** A URL slug, file name or widget id ("xiaomi-akan-memproduksi-mobilnya", "share_log"), or a bare URL. */
const IDENTIFIER = /^(?:[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+|(?:https?:\/\/|www\.)\S+|\S+\.(?:html?|php|aspx?|jpe?g|png|webp|gif))$/u;
/** A breadcrumb or a row of links: three or more short items between separators ("Home › News › Tech"). */
const ALWAYS_SEPARATES = new Set(['›', '»', '|', '·', '•']);
/** ">" and "/" separate only with white space on both sides ("Home > News", not "a/b" or "x>y"). */
const SPACED_SEPARATES = new Set(['>', '/']);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * The items between separators, in one pass over the line (a regex split with `\s+` before the
 * separator backtracks over every run of spaces, which made long lines quadratic).
 */
function separatedItems(text: string): { items: string[]; arrows: boolean } {
  const items: string[] = [];
  let arrows = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const always = ALWAYS_SEPARATES.has(ch);
    if (!always && !(SPACED_SEPARATES.has(ch) && isSpace(text[i - 1]) && isSpace(text[i + 1]))) continue;
    if (ch === '›' || ch === '»' || ch === '>') arrows = true;
    items.push(text.slice(start, i));
    start = i + 1;
  }
  items.push(text.slice(start));
  return { items: items.map((x) => x.trim()).filter(Boolean), arrows };
}

function isBreadcrumb(text: string): boolean {
  if (endsSentence(text)) return false;
  const { items, arrows } = separatedItems(text);
  // Two items suffice between arrows ("Home > Economy"); a bar or slash needs three.
  return items.length >= (arrows ? 2 : 3) && items.every(isRowItem);
}

/** A clock time ("14:20", "9.30"). */
const CLOCK = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/gu;

/** How many lines with digits of the head are read for the dateline. */
const MAX_HEAD_DATE_LINES = 200;

/** Index of the first number in the ascending `list` that is greater than `n`. */
function firstAfter(list: readonly number[], n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** No words at all: ratings, counters, separators. */
const NO_WORDS = /^[\p{N}\p{P}\p{S}\s]*$/u;
/** Footnote lines ("* …", "** …") carry the legal notes pages attach to names. */
const FOOTNOTE = /^\*{1,3}\s*\S/u;
/**
 * The word for a photo that opens a caption's credit, in the languages read ("Foto:", "Kuva:",
 * "ფოტო:", "រូបថត៖"). A word of a cased script is read capitalised or in capitals only.
 */
const PHOTO_WORDS = [
  'foto',
  'fotó',
  'fotos',
  'fotografia',
  'fotografie',
  'fotoğraf',
  'photo',
  'photos',
  'kuva',
  'gambar',
  'ảnh',
  'zdjęcie',
  'фото',
  'світлина',
  'φωτογραφία',
  'φωτό',
  'ფოტო',
  'լուսանկարը',
  'լուսանկար',
  'ֆոտո',
  'រូបថត',
  'ဓာတ်ပုံ',
  'ፎቶ',
  'фота',
  'сүрөт',
  'сурет',
  'وێنە',
  'انځور',
  'sawir',
  'isithombe',
  'àwòrán',
  'ਫੋਟੋ',
  'ఫొటో',
  'ఫోటో',
  'צילום',
  'صورة',
  'تصویر',
  'عکس',
  'ছবি',
  'फोटो',
  'फ़ोटो',
  'तस्वीर',
  'ภาพ',
  // Bulgarian, Basque, Icelandic, Tagalog ("Kuha ni", taken by), Gujarati, Lao, Malayalam, Sinhala, Tamil.
  'снимка',
  'снимки',
  'argazkia',
  'argazkiak',
  'mynd',
  'larawan',
  'kuha ni',
  'તસવીર',
  'ફોટો',
  'ພາບ',
  'ຮູບ',
  'ചിത്രം',
  'ഫോട്ടോ',
  'ඡායාරූපය',
  'ඡායාරූප',
  'படம்',
  'புகைப்படம்',
  '图',
  '圖',
  '사진',
  '写真',
];
/**
 * "foto" → "(?:Foto|FOTO)", or with `lower` also "foto" (in brackets, where a credit may open in
 * lower case); a word of a script without case as it is, and Georgian, whose capitals (Mtavruli)
 * running text does not use.
 */
const cased = (word: string, lower: boolean) => {
  const upper = word.toLocaleUpperCase('und');
  if (upper === word || /\p{Script=Georgian}/u.test(word)) return escapeRegExp(word);
  return `(?:${[upper[0]! + word.slice(1), upper, ...(lower ? [word] : [])].map(escapeRegExp).join('|')})`;
};
const photoWords = (lower: boolean) =>
  `(?:${[...PHOTO_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => cased(w, lower))
    .join('|')})(?![\\p{L}\\p{M}])`;
/** The colon after the photo word, in scripts with their own: Armenian "՝", Khmer "៖", Ethiopic "፦". */
const CREDIT_COLON = '[:：՝៖፦]';
/**
 * The rest of a credit after its first letter: no sentence end, but a full stop inside a word, as in
 * a site named as the credit ("Foto: Example.uz").
 */
const CREDIT_TEXT = String.raw`(?:[^.!?。։።။។]|\.(?=\p{L})){0,58}`;
/**
 * A credit that names the photographer before the word for a photo, after a sentence: Lithuanian
 * "… Jono Petraičio (ELTA) nuotr." (a photo by Jonas Petraitis): up to four capitalised words, an
 * agency in brackets.
 */
const CREDIT_AFTER_NAME = String.raw`(?<=[.!?]\s+)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[(]\p{Lu}[^()]{0,20}[)]\s*)?(?:nuotr\.|nuotrauka)`;
/**
 * A caption's closing credit:
 * - in brackets: "(REUTERS)", "(AFP/Getty)", an agency and a photographer's name ("(ANP / Rob
 *   Engelaar)", not "(VW/Audi)"), the word for a photo ("(Foto dpa)", "(Kuva: …)", "(រូបថត៖ …)"),
 *   in lower case only before a colon ("(foto: dpa)", not "(gambar di bawah)");
 * - after the caption, without brackets: "… Foto: TASR/Martin Baumann", "… - Foto BERNAMA", a
 *   credit-shaped tail: agencies in capitals and at most five capitalised names ("Kazinform / Ерлан
 *   Омаров", "Rob van Dijk", "dpa"), or in a script without case at most three words without a
 *   sentence's end ("ეკონომიკის სამინისტრო"); not "- Foto mit Belegschaft", "- Photos Library users
 *   get more space", "— तस्वीर पूरी तरह साफ हो गई है।".
 */
const CREDIT_NAME = String.raw`(?:(?:van|von|de|der|den|da|di|del|dos|du|la|le|bin|binti|al|el)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*|dpa|afp|epa)`;
const UNCASED_WORD = String.raw`[\p{Lo}\p{M}\p{Script=Georgian}]+`;
// A hyphenated word in lower case may open it: "Фото: прес-служба SkyCore".
const CREDIT_TAIL = String.raw`(?:(?:\p{Ll}+-\p{Ll}+\s+)?${CREDIT_NAME}(?:(?:\s*[/|,&·]\s*|\s+(?:via\s+)?)${CREDIT_NAME}){0,4}|${UNCASED_WORD}(?:[\s/]+${UNCASED_WORD}){0,2})`;
const CAPTION_CREDIT = new RegExp(
  String.raw`(?:[(（]\s*(?:\p{Lu}[\p{Lu}\s/&.-]{1,30}|\p{Lu}{2,}[\p{Lu}&.-]*\s*/\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}|${photoWords(false)}(?:\s*${CREDIT_COLON}|\s+[-–—])?[^)）]{0,40}|${photoWords(true)}\s*${CREDIT_COLON}[^)）]{0,40})\s*[)）]|(?<=\S\s+)(?:${photoWords(false)}\s*${CREDIT_COLON}|[-–—]\s*${photoWords(false)}(?:\s*${CREDIT_COLON})?)\s*${CREDIT_TAIL}|${CREDIT_AFTER_NAME})\s*$`,
  'u',
);
/**
 * A line in title case before a dash ("Instagram Redesigns Its App — Photos Get Less Room", "Harga
 * Kamera Naik - Foto Studio Kecil Terpukul"): a headline whose second half opens with the word for a
 * photo, not a caption; a caption is a sentence, in sentence case ("Kilang baharu di Kulim - Foto …").
 */
function titleCaseBeforeDash(text: string, credit: string): boolean {
  if (!/^[-–—]/u.test(credit)) return false;
  const words = text.slice(0, text.length - credit.length).match(/[\p{L}\p{M}]+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  // Short words may stay in lower case in a title ("of", "di", "and").
  return capitalised.length >= 3 && words.every((w) => w.length <= 3 || /^\p{Lu}/u.test(w));
}
/**
 * A clock time or a date followed by a time zone in brackets, closing the line: "10:45 (EAT)",
 * "10 Juli 2025 (WIB)", "08:00 (GMT+7)", "14h30 (UTC−3)". Not a caption's credit.
 */
const TIME_ZONE_AT_END =
  /(?:\p{Nd}{1,2}[:.h]\p{Nd}{2}|\p{Nd}{4})[^()（）]{0,30}[(（]\s*(?:\p{Lu}{2,5}|(?:UTC|GMT)\s*(?:[+−–-]\s*\p{Nd}{1,2}(?:[:.]?\p{Nd}{2})?)?)\s*[)）]\s*$/u;
/** A line holding a date with its year: a dateline, never a photo credit. */
function datedWithYear(l: SourceLine, lang: string): boolean {
  return findDates([l], lang).some((d) => d.year !== undefined);
}
/** A short line of digits that is a date to the day or month with its year ("2025-06-04 09:12", "5.3.2025"): the dateline, not a counter. */
function numericDate(l: SourceLine, lang: string): boolean {
  return (
    l.text.length <= 40 && /\p{Nd}{4}/u.test(l.text) && findDates([l], lang).some((d) => d.year !== undefined && d.month !== undefined)
  );
}
/** What a line says beside its dates and clock times (a place, "г.", "Updated"). */
function besideDates(text: string, dates: readonly DateMention[]): string {
  return dates.reduce((t, d) => t.replace(d.text, ' '), text).replace(CLOCK, ' ');
}
/**
 * A line that is a date with its year and at most three other words: a dateline, even where an
 * abbreviation's full stop makes it read as a sentence ("10 юни 2025 г., 16:05 ч.").
 */
function shortDateLine(l: SourceLine, lang: string): boolean {
  if (!/\p{Nd}/u.test(l.text) || l.text.length > 120) return false;
  const dates = findDates([l], lang);
  return dates.some((d) => d.year !== undefined) && wordCount(besideDates(l.text, dates)) <= 3;
}
/** A publication-date label, so a date anywhere on the page can serve as the dateline. */
const PUBLISHED_CUE =
  /(?:published|posted|updated|опубликовано|обновлено|diterbitkan|dipublikasikan|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|yayınlanma|发布时间|發布時間|发表于|發表於|更新时间|投稿日|公開日|更新日|입력|수정|نشر في|প্রকাশিত|प्रकाशित)/iu;

/**
 * An update label: a date line with one is the page's last change, not its publication, and gives way
 * to a later date line without one ("Updated: Mar 15, 2025" above "Published on: 2025-03-13").
 */
const UPDATED_CUE =
  /(?:updated|last modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|güncelleme|güncellendi|обновлено|оновлено|päivitetty|frissítve|actualizat|zaktualizowano|aktualizováno|uppdaterad|opdateret|更新|수정|تحديث|به‌روز|अपडेट|อัปเดต|עודכן|ενημερώθηκε|cập nhật|diperbarui|dikemaskini)/iu;

/** A line labelled only as an update ("Updated: …"), not also as the publication ("입력 … 수정 …"). */
const EVERY_UPDATED_CUE = new RegExp(UPDATED_CUE.source, 'giu');
function updateOnly(text: string): boolean {
  return UPDATED_CUE.test(text) && !PUBLISHED_CUE.test(text.replace(EVERY_UPDATED_CUE, ' '));
}

/** Masks numbers and dates so that the lines of one list share a shape ("News — 25 Feb, 18:50"). */
function shape(text: string): string {
  return text
    .replace(/\p{N}+/gu, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface LineClass {
  line: number;
  text: string;
  role: LineRole;
  removal?: Removal;
}

export interface Classification {
  lines: LineClass[];
  headline?: Headline;
  /** The dateline's date, and whether its line is a separate meta line. */
  dateline?: DateMention;
  /** A byline line's author. */
  bylineAuthor?: string;
  /** A name line followed by a bio starting with that name. */
  bioAuthor?: string;
}

function remove(c: LineClass, category: BoilerplateCategory, reason: string, evidence?: string): void {
  c.role = 'boilerplate';
  c.removal = { line: c.line, category, reason };
  if (evidence) c.removal.evidence = evidence;
}

const REASONS: Record<BoilerplateCategory, string> = {
  navigation: 'navigation or table of contents',
  related: 'list of related articles',
  share: 'share, follow or subscribe prompt',
  comments: 'comment prompt',
  legal: 'legal notice',
  'photo-credit': 'photo credit or caption',
  disclaimer: 'disclaimer',
  'author-bio': 'author bio',
  advertising: 'advertising label',
  duplicate: 'repeats another line',
  list: 'run of short lines without sentences',
  'page-furniture': 'page furniture',
};

/**
 * Classifies every line of a raw article. `lang` only orders month names for the dateline; "und"
 * (the language is not known yet) also reads a month name in lower case that any language writes so.
 */
export function classifyLines(source: readonly SourceLine[], lang = 'und'): Classification {
  const lines: LineClass[] = source.map(({ line, text }) => ({ line, text: text.trim(), role: text.trim() ? 'body' : 'blank' }));
  const content = lines.filter((l) => l.role !== 'blank');
  const words = new Map(content.map((l) => [l.line, wordCount(l.text)]));
  const prose = new Map(content.map((l) => [l.line, isProse(l.text, words.get(l.line))]));

  // 1. Shape: identifiers, lines without words, footnotes.
  for (const l of content) {
    if (IDENTIFIER.test(l.text))
      remove(l, 'page-furniture', `${REASONS['page-furniture']}: a machine identifier or address, not text`, l.text.slice(0, 60));
    else if (NO_WORDS.test(l.text) && !numericDate(l, lang))
      remove(l, 'page-furniture', `${REASONS['page-furniture']}: no words (a rating, counter or separator)`);
    else if (isBreadcrumb(l.text)) remove(l, 'navigation', `${REASONS.navigation}: a breadcrumb or a row of links`);
  }

  // 2. Lines of one pattern, three or more times: a list's metadata lines.
  const shapes = new Map<string, LineClass[]>();
  for (const l of content) {
    if (prose.get(l.line)) continue;
    const key = shape(l.text);
    const group = shapes.get(key);
    if (group) group.push(l);
    else shapes.set(key, [l]);
  }
  for (const [, group] of shapes) {
    if (group.length < 3) continue;
    for (const l of group)
      if (l.role !== 'boilerplate') remove(l, 'related', `${REASONS.related}: the same pattern as ${group.length - 1} other lines`);
  }

  // 3. Vocabulary, weighed by length: a short line needs one distinctive cue; prose needs several.
  const headers = new Set<number>();
  // Lines with some prompt vocabulary that was too weak to remove them: never taken for a headline.
  const cued = new Set<number>();
  for (const l of content) {
    if (l.role === 'boilerplate') continue;
    const n = words.get(l.line)!;
    // Cookie-consent vocabulary of any language (languages.ts): never a headline, and a banner when
    // it ends in buttons or holds two cues.
    if (consentCues(l.text)) {
      cued.add(l.line);
      if (isConsentBanner(l.text, n)) {
        remove(l, 'legal', `${REASONS.legal}: a cookie-consent banner`);
        continue;
      }
    }
    const hits = cueHits(l.text);
    const top = hits[0];
    if (!top) continue;
    cued.add(l.line);
    const total = hits.reduce((s, h) => s + h.score, 0);
    const strongTotal = hits.reduce((s, h) => s + h.strong, 0);
    const isShort = n <= 12 && !prose.get(l.line);
    // A label opening the line: "Disclaimer: …", "Фото: …", "写真：…", "사진=…" (weak cues only in short lines).
    const openingLabel =
      top.leading &&
      (top.strong > 0 || isShort) &&
      ['disclaimer', 'photo-credit', 'legal', 'advertising', 'related', 'author-bio'].includes(top.category) &&
      /^[^:：=]{0,40}[:：=]/u.test(l.text);
    let flagged = false;
    if (isShort && (top.strong > 0 || top.whole || top.score >= 2)) flagged = true;
    else if (openingLabel) flagged = true;
    else if (strongTotal > 0 && total >= (n <= 20 ? 3 : 4)) flagged = true;
    if (FOOTNOTE.test(l.text) && n <= 30 && hits.some((h) => h.category === 'legal')) {
      remove(l, 'legal', `${REASONS.legal}: a footnote`, top.first);
    } else if (flagged) {
      remove(l, top.category, `${REASONS[top.category]}: prompt vocabulary`, top.first);
      if (top.category === 'related' && isShort) headers.add(l.line);
    }
  }

  // 4. Captions: a short paragraph closing with a photo credit, "(REUTERS)", "Foto: TASR"; not a dateline
  // closing with its time zone, "saa 10:45 (EAT)", nor a line that dates itself with a year.
  for (const l of content) {
    if (l.role === 'boilerplate') continue;
    const credit = CAPTION_CREDIT.exec(l.text)?.[0].trim();
    if (
      credit &&
      words.get(l.line)! <= 40 &&
      !TIME_ZONE_AT_END.test(l.text) &&
      !datedWithYear(l, lang) &&
      !titleCaseBeforeDash(l.text.trim(), credit)
    )
      remove(l, 'photo-credit', `${REASONS['photo-credit']}: ends with a photo credit`, credit);
  }

  // 5. Near-duplicates: a sentence-long line that comes before a longer line containing most of its
  // word triples is a teaser or a caption of that paragraph. (A summary box before the body is longer
  // than each paragraph it repeats, so it stays; so do headlines and subheadings, which are short.)
  const kept = () => content.filter((l) => l.role !== 'boilerplate');
  const triples = new Map(
    content.map((l) => {
      const w = wordList(l.text);
      return [l.line, new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`))];
    }),
  );
  // Line numbers per triple, ascending; only the nearest few later lines of each triple are compared,
  // so that a page of identical lines costs linear, not quadratic, work.
  const byTriple = new Map<string, number[]>();
  for (const l of content) {
    for (const t of triples.get(l.line)!) {
      const list = byTriple.get(t);
      if (list) list.push(l.line);
      else byTriple.set(t, [l.line]);
    }
  }
  const NEAREST = 8;
  for (const l of content) {
    const mine = triples.get(l.line)!;
    if (l.role === 'boilerplate' || !prose.get(l.line) || words.get(l.line)! < 12) continue;
    const shared = new Map<number, number>();
    for (const t of mine) {
      const list = byTriple.get(t)!;
      let at = firstAfter(list, l.line);
      for (let k = 0; k < NEAREST && at < list.length; k++, at++) shared.set(list[at]!, (shared.get(list[at]!) ?? 0) + 1);
    }
    for (const [other, n] of shared) {
      if (triples.get(other)!.size < mine.size || n / mine.size < 0.7) continue;
      remove(l, 'duplicate', `${REASONS.duplicate}: ${Math.round((100 * n) / mine.size)}% of it is in line ${other} (a teaser or caption)`);
      break;
    }
  }

  // 6. Author bio: a name line, then a line that starts with the same name.
  let bioAuthor: string | undefined;
  const remaining = kept();
  for (let i = 0; i + 1 < remaining.length; i++) {
    const name = remaining[i]!;
    const bio = remaining[i + 1]!;
    const n = words.get(name.line)!;
    if (n >= 2 && n <= 5 && !endsSentence(name.text) && bio.text.startsWith(name.text) && bio.text.length > name.text.length + 10) {
      bioAuthor = name.text;
      remove(name, 'author-bio', `${REASONS['author-bio']}: the author's name above the bio in line ${bio.line}`);
      remove(bio, 'author-bio', `${REASONS['author-bio']}: starts with the name in line ${name.line}`);
    }
  }

  // 7. Everything after a "read also" header that is not a full paragraph (one pass: a header's run
  // ends at the next full paragraph).
  let underHeader: number | undefined;
  for (const l of content) {
    if (headers.has(l.line)) {
      underHeader = l.line;
      continue;
    }
    if (underHeader === undefined) continue;
    if (prose.get(l.line) && words.get(l.line)! >= 15 && l.role !== 'boilerplate') {
      underHeader = undefined;
      continue;
    }
    if (l.role !== 'boilerplate') remove(l, 'related', `${REASONS.related}: follows the header in line ${underHeader}`);
  }

  // 7b. Copyright notices are legal lines whatever else they look like (a line under a "read also"
  // header, a short sentence "All rights reserved."), so that no outlet is read from them.
  for (const l of content) {
    if (l.removal?.category === 'legal' || words.get(l.line)! > 40 || !isCopyrightNotice(l.text)) continue;
    remove(l, 'legal', `${REASONS.legal}: a copyright notice`);
  }

  // 8. The article's extent: from its first to its last paragraph of prose.
  const proseLines = kept().filter((l) => prose.get(l.line));
  // A dateline is no paragraph, though it may read as a sentence: the article starts after it.
  let opening = 0;
  while (opening < Math.min(proseLines.length, 3) && shortDateLine(proseLines[opening]!, lang)) opening++;
  const first = proseLines[opening];
  const last = first ? proseLines.at(-1) : undefined;
  const firstIndex = first ? content.indexOf(first) : content.length;
  let lastIndex = last ? content.indexOf(last) : content.length - 1;
  // In scripts that write no full stop (Thai), a shorter paragraph of ten words or more right under
  // the last one, with no blank line between, still belongs to the article.
  for (let next = content[lastIndex + 1]; last && next; next = content[lastIndex + 1]) {
    const previous = content[lastIndex]!;
    if (next.line !== previous.line + 1 || next.role === 'boilerplate' || words.get(next.line)! < 10 || !isUnmarkedClauses(next.text))
      break;
    lastIndex++;
  }

  // Head: headline, alternate headline, dateline, byline; the rest is page furniture.
  const top = content.slice(0, firstIndex).filter((l) => l.role !== 'boilerplate');
  let dateline: DateMention | undefined;
  let bylineAuthor: string | undefined;
  const meta = new Set<number>();
  // A date line is short apart from the date; look in the head and the first lines after it. The
  // first is the dateline; later ones ("Updated …") are page furniture.
  // Only the first lines with a digit are read, so that a page of thousands of short lines before
  // any paragraph costs no more than a normal head.
  let dateLinesRead = 0;
  for (const l of [...top, ...content.slice(firstIndex, firstIndex + 4)]) {
    // A paragraph is a dateline only when little but the date is left, so it is short.
    if (l.role === 'boilerplate' || !/\p{Nd}/u.test(l.text) || (prose.get(l.line) && l.text.length > 200)) continue;
    if (++dateLinesRead > MAX_HEAD_DATE_LINES) break;
    const dates = findDates([l], lang);
    const date = dates[0];
    if (!date) continue;
    const rest = dates.length > 8 ? l.text : besideDates(l.text, dates);
    // A line that reads like a sentence is a dateline only when little but the date is left: a place
    // and a clock time with its abbreviation (Thai "เวลา 14:20 น." ends with a full stop).
    if (wordCount(rest) > (prose.get(l.line) ? 3 : 8)) continue;
    const previous = dateline ? lines.find((x) => x.line === dateline!.line) : undefined;
    if (dateline && previous && updateOnly(previous.text) && PUBLISHED_CUE.test(l.text) && !UPDATED_CUE.test(l.text)) {
      // The first date line was the update time: this one is the publication, and the update line
      // stays page furniture (or the byline it also is).
      const author = bylineLineAuthor(previous.text);
      if (author && !bylineAuthor) {
        bylineAuthor = author;
        previous.role = 'byline';
      } else {
        meta.delete(previous.line);
        remove(previous, 'page-furniture', `${REASONS['page-furniture']}: an update time; the publication date is in line ${l.line}`);
      }
      dateline = date;
      l.role = 'dateline';
      meta.add(l.line);
    } else if (!dateline) {
      dateline = date;
      l.role = 'dateline';
      meta.add(l.line);
    } else {
      remove(
        l,
        'page-furniture',
        `${REASONS['page-furniture']}: another date line (an update time) after the dateline in line ${dateline.line}`,
      );
    }
  }
  // Byline labels removed as bio vocabulary ("Reporter: …"), or as a photo credit for the credit
  // after the name ("Автор: … | Снимка: …"), still name the author.
  for (const l of content.slice(0, firstIndex)) {
    if ((l.removal?.category !== 'author-bio' && l.removal?.category !== 'photo-credit') || bylineAuthor) continue;
    bylineAuthor = bylineLineAuthor(l.text);
  }
  for (const l of top) {
    if (l.role === 'boilerplate') continue;
    // A dateline may carry the byline too: "Posted by Jane Miller on March 3, 2024".
    const author = bylineLineAuthor(l.text);
    if (meta.has(l.line)) {
      if (author && !bylineAuthor && l.role === 'dateline') bylineAuthor = author;
      continue;
    }
    if (author && !bylineAuthor) {
      bylineAuthor = author;
      l.role = 'byline';
      meta.add(l.line);
    }
  }
  const candidates = top.filter((l) => !meta.has(l.line) && l.role !== 'boilerplate');
  const plain = candidates.filter((l) => !cued.has(l.line));
  const headline = pickHeadline(plain.length ? plain : candidates, first);
  if (headline) {
    for (const h of [headline.main, headline.alternate]) {
      const l = h && lines.find((x) => x.line === h.line);
      if (l) {
        l.role = 'headline';
        l.removal = undefined;
      }
    }
  }
  const standfirsts = new Set<number>();
  for (const l of top) {
    if (l.role !== 'body') continue;
    // A longer line under the headline is its standfirst, part of the article; short ones are page furniture.
    if (l.role === 'body' && headline && l.line > headline.main.line && words.get(l.line)! >= 8) standfirsts.add(l.line);
    else if (l.role === 'body')
      remove(l, 'navigation', `${REASONS.navigation}: a short line before the article that is neither headline, dateline nor byline`);
  }

  // Runs of three or more short non-sentences outside the article are menus or link lists.
  const outside = (i: number) => i < firstIndex || i > lastIndex;
  const shortAt = (k: number) => !prose.get(content[k]!.line) && words.get(content[k]!.line)! <= 15 && !standfirsts.has(content[k]!.line);
  for (let i = 0; i < content.length;) {
    if (!shortAt(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < content.length && shortAt(j) && content[j]!.line === content[j - 1]!.line + 1) j++;
    if (j - i >= 3 && (outside(i) || outside(j - 1))) {
      for (let k = i; k < j; k++) {
        const l = content[k]!;
        if (l.role === 'body')
          remove(l, 'list', `${REASONS.list}: ${j - i} short lines in a row outside the article (a menu or a list of links)`);
      }
    }
    i = j;
  }

  // Tail: after the last paragraph, only page furniture remains.
  for (let i = lastIndex + 1; i < content.length; i++) {
    const l = content[i]!;
    if (l.role === 'body' && !prose.get(l.line))
      remove(l, 'page-furniture', `${REASONS['page-furniture']}: a short line after the end of the article`);
  }

  // A dateline may also be a labelled date elsewhere ("Published 12.03.2021"), or open the first paragraph.
  if (!dateline) {
    // A wire dateline opens the first paragraph: "BEIJING, March 26 (Reuters) - …".
    if (first) {
      const [date] = findDates([{ line: first.line, text: first.text.slice(0, 60) }], lang);
      const at = date ? first.text.indexOf(date.text) : -1;
      if (date && at >= 0 && at <= 40 && /^\s*(?:[(（][^)）]{1,30}[)）])?\s*[-–—]/u.test(first.text.slice(at + date.text.length)))
        dateline = date;
    }
    for (const l of lines) {
      if (dateline) break;
      if (l.role === 'blank' || !PUBLISHED_CUE.test(l.text) || wordCount(l.text) > 15) continue;
      [dateline] = findDates([l], lang);
    }
  }

  const result: Classification = { lines };
  if (headline) result.headline = headline;
  if (dateline) result.dateline = dateline;
  if (bylineAuthor) result.bylineAuthor = bylineAuthor;
  if (bioAuthor) result.bioAuthor = bioAuthor;
  return result;
}
