import { stemmer as indonesianStem } from '@orama/stemmers/indonesian';
import { escapeHtml } from '../text/escape-html.ts';
import { entryFor } from './script-rules.ts';
import { segmentText, UNSPACED_CHAR } from './segmentation.ts';
import { loadQueryRules, stem } from './stemmers.ts';
import { analyseForIndex, analyseQueryText, decodeWords, elidedWords, replaceGaps, unspacedGap, WRITTEN_SPACE } from './text-analysis.ts';

/**
 * The text analysis Dossier applies on both sides of search, so that a query and
 * the indexed text meet whatever their script. Pagefind builds one index per page
 * language and, on our English pages, leaves Chinese runs unsegmented and Russian
 * words unstemmed; this module closes those gaps in a way that is the same at
 * index time (Node) and query time (browser).
 *
 * Bengali: Pagefind folds diacritics by removing every Unicode combining mark, and
 * Bengali vowel signs, virama and nasal marks are combining marks, so কাল, কল and কলা
 * would all be one word. Each Bengali word is therefore indexed and queried in a
 * reversible ASCII spelling of its code points (see encodeBengali), which folding
 * leaves alone; excerpts and names are turned back into Bengali for display. Other
 * scripts get the rules of src/lib/search/languages.ts (src/lib/search/text-analysis.ts).
 *
 * Index time loads every script's word rules first (loadScriptRules from
 * src/lib/search/script-rules.ts); a query loads those of its own scripts (loadQueryRules).
 */

// A Bengali word: letters, signs and digits of the Bengali block, with the joiners it uses
// between them. A joiner with no Bengali beside it belongs to another script's word.
const BENGALI_WORD = /[\u0980-\u09FF](?:[\u0980-\u09FF\u200C\u200D]*[\u0980-\u09FF])?/gu;
const BENGALI_CODE = /bnq((?:[a-i][a-p])+)q?/g;
const ZWNJ_CODE = 128;
const ZWJ_CODE = 129;
const letter = (n: number) => String.fromCharCode(97 + n);

/**
 * "কাল" → "bnqbfdobdcq": "bnq", then each character as two letters (the high and low
 * hex digits of its offset in the Bengali block, written a–p; 128 and 129 stand for the
 * zero-width non-joiner and joiner), then "q". Only lowercase letters, because Pagefind
 * splits words where letters meet digits; the final "q" ends the word in a letter no
 * English suffix rule touches, so the stemmer leaves indexed words whole. Queries
 * (`forQuery`) leave out the "q": a partly typed word is then a prefix of the whole
 * word, and Pagefind's prefix match finds it.
 */
export function encodeBengali(text: string, forQuery = false): string {
  return text.replace(BENGALI_WORD, (word) => {
    let out = 'bnq';
    for (const ch of word) {
      const cp = ch.codePointAt(0)!;
      const code = cp === 0x200c ? ZWNJ_CODE : cp === 0x200d ? ZWJ_CODE : cp - 0x0980;
      out += letter(code >> 4) + letter(code & 15);
    }
    return forQuery ? out : `${out}q`;
  });
}

/** The inverse of encodeBengali, for text coming back from the index. */
export function decodeBengali(text: string): string {
  return text.replace(BENGALI_CODE, (_m, pairs: string) => {
    let out = '';
    for (let i = 0; i < pairs.length; i += 2) {
      const code = (pairs.charCodeAt(i) - 97) * 16 + (pairs.charCodeAt(i + 1) - 97);
      out += code === ZWNJ_CODE ? '\u200C' : code === ZWJ_CODE ? '\u200D' : String.fromCodePoint(0x0980 + code);
    }
    return out;
  });
}

const ENCODED_BENGALI_WORD = /bnq(?:[a-i][a-p])+q?/g;

/**
 * Whether `text` (a result's indexed content) holds a word that an encoded Bengali
 * query word can match: one it starts, or one that starts it. When no indexed word
 * starts with a query word, Pagefind falls back to the longest indexed word that the
 * query word starts with, which for our spelling can be an unrelated Latin word such
 * as "bn"; a result with no Bengali word related to the query is that fallback.
 */
export function matchesBengaliQueryWord(queryWord: string, text: string): boolean {
  for (const [word] of text.matchAll(ENCODED_BENGALI_WORD)) {
    const bare = word.endsWith('q') && (word.length - 3) % 2 === 1 ? word.slice(0, -1) : word;
    if (bare.startsWith(queryWord) || queryWord.startsWith(bare)) return true;
  }
  return false;
}

/** The encoded Bengali words of an analysed query. */
export function bengaliQueryWords(analyzedQuery: string): string[] {
  return analyzedQuery.split(/\s+/).filter((w) => /^bnq(?:[a-i][a-p])+$/.test(w));
}

const NON_ASCII = /[^\x00-\x7F]/;

/**
 * Fetches what analysing `query` needs: the word rules of its scripts and the stemmers
 * they name (src/lib/search/stemmers.ts). Without `query`, those of every script. Resolves at
 * once when they are here; analyzeQuery needs it first.
 */
export { loadQueryRules };

/**
 * Text as the index should hold it: unspaced scripts segmented, encoded scripts and
 * Bengali spelled in ASCII. `lang` is the text's language tag, when known.
 */
export function indexText(text: string, lang?: string): string {
  // Most text on a page is ASCII, which no step changes beyond the collapsing of
  // repeated spaces, kept here: every page's text passes through this.
  if (!NON_ASCII.test(text)) return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  return encodeBengali(analyseForIndex(text, lang).text);
}

/**
 * The words to index beside `text` and out of sight: folded and clitic-free forms,
 * numbers in ASCII digits, a price's number without its currency.
 */
export function indexForms(text: string, lang?: string): string[] {
  // An apostrophe may elide a word (l'usine): only those words then, unless the language
  // writes compounds as one word, whose tails are indexed too, joins prefixes to its words
  // (Swahili's noun classes), which are taken off, or has other forms of its words (Welsh's
  // mutations, `alternate`).
  const plain = !NON_ASCII.test(text) && !/\d/.test(text);
  const latin = plain ? entryFor('a', lang) : undefined;
  if (plain && !latin?.tails && !latin?.prefixes && !latin?.alternate) return text.includes("'") ? elidedWords(text, lang) : [];
  return analyseForIndex(text, lang).forms.map((f) => encodeBengali(f));
}

/** indexText and indexForms of one run of text, with one analysis of it where both need one. */
function indexTextAndForms(text: string, lang?: string): { text: string; forms: string[] } {
  if (!NON_ASCII.test(text)) return { text: indexText(text, lang), forms: indexForms(text, lang) };
  const analysed = analyseForIndex(text, lang);
  return { text: encodeBengali(analysed.text), forms: analysed.forms.map((f) => encodeBengali(f)) };
}

/** Text from the index as a reader should see it. */
export function displayText(text: string): string {
  return unsegmentCjk(decodeBengali(decodeWords(text)));
}

/** Splits each run of an unspaced script into words with spaces between them ("人工智能基金" → "人工智能 基金"). */
export function segmentCjk(text: string): string {
  return segmentText(text);
}

const MARKS = '(?:<\\/?mark>)*';
const UNSPACED_GAP = unspacedGap(' ', MARKS);
/** A separator segmentation set apart inside a number of a script's own digits (Thai ๑ , ๒๐๐). */
const SCRIPT_DIGIT = `(?=\\p{Nd})[${UNSPACED_CHAR}]`;
const NUMBER_GAP = new RegExp(`(${SCRIPT_DIGIT}${MARKS}) ([,.]) (?=${MARKS}${SCRIPT_DIGIT})`, 'gu');

/**
 * Removes the spaces segmentCjk put between words of unspaced scripts, beside their
 * punctuation, between a number and Han or kana, and inside a number, for showing excerpts as
 * written. A space the text wrote there is kept: the index holds it as WRITTEN_SPACE.
 */
export function unsegmentCjk(text: string): string {
  // Pagefind's excerpts wrap matches in <mark>, so a space may sit between a tag and a character.
  return replaceGaps(text, UNSPACED_GAP, '').replace(NUMBER_GAP, '$1$2').replace(WRITTEN_SPACE_WORD, ' ');
}

/** WRITTEN_SPACE as the index holds it, a word between spaces, or at an excerpt's start or end. */
const WRITTEN_SPACE_WORD = new RegExp(` ?${WRITTEN_SPACE} ?`, 'g');

/**
 * A query as Pagefind should see it: NFC, digits in ASCII, unspaced runs segmented,
 * each word folded, its clitics taken off and cut to its stem by the rules of its
 * script (src/lib/search/languages.ts), Bengali spelled as the index spells it. The
 * rules and stemmers of the query's scripts must be loaded first (loadQueryRules).
 */
export function analyzeQuery(query: string): string {
  return encodeBengali(analyseQueryText(query, stem), true);
}

/**
 * The end of an element that ends a run of text. Astro's compressed HTML leaves no
 * whitespace between elements ("<dt>Outlet</dt><dd>Meridian Review</dd>"), and
 * Pagefind does not separate the text of term lists, table headers and the like, so
 * it indexed "OutletMeridian" and "(reported)USDRound" as single words: the name
 * after each label could not be found. The space goes after the closing tag, so
 * Pagefind still ends a block's text with a full stop where it would (its excerpts
 * read as sentences).
 */
const BLOCK_END =
  /<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>/gi;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'template']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</g;
const LANG_ATTR = /\slang="([^"]*)"/;
const BODY_ATTR = /\sdata-pagefind-body\b/;
const IGNORE_ATTR = /\sdata-pagefind-ignore\b/;
/** Pagefind takes no words from inside such an element (its descendants' metadata and filters it still reads). */
const EXCLUDE_ATTR = /\sdata-pagefind-ignore="all"/i;
const PAGEFIND_ATTR = /\sdata-pagefind-(?!ignore\b)/;
/** Where Pagefind takes a page's title from when no metadata gives one. */
const TITLE_TAGS = new Set(['title', 'h1']);
const META_ATTR = /data-pagefind-meta="([^":]+):([^"]*)"/g;

/** Separates the entities in the `mentions` metadata, and the names of one entity. */
export const MENTION_SEPARATOR = ' · ';
export const NAME_SEPARATOR = ' | ';

/**
 * Prepares a built page's HTML for the index (the served file is not changed). Text
 * is analysed in the language of the nearest lang attribute (src/lib/search/text-analysis.ts),
 * every block and table cell is followed by a space, and what a reader may type but
 * should not see goes into hidden metadata, searchable but never in an excerpt:
 * `stems` (folded and clitic-free forms, numbers, Indonesian stems) and `mentions`
 * (`metadata`: for a brief, the names of each entity it mentions, one string per
 * entity with its names joined by " | "), so every alias finds the briefs that mention
 * the entity even where the brief spells it differently. The words inside an element marked
 * data-pagefind-ignore="all" are left out: Pagefind would skip them, after parsing them.
 */
export function indexableHtml(html: string, metadata: string[] = []): string {
  const forms = new Set<string>();
  // Pagefind reads words only inside data-pagefind-body (the whole page when no element has
  // it) and outside data-pagefind-ignore, plus a title from the first h1 or <title>. Other
  // text is left as it is: analysing it would cost time and leak its words into `stems`.
  const wholePage = !BODY_ATTR.test(html);
  // excluded: Pagefind takes no words from inside (data-pagefind-ignore="all"), so its
  // content is not sent; dropped: the element itself was not sent.
  const stack: { tag: string; lang: string | undefined; indexed: boolean; excluded: boolean; dropped: boolean }[] = [];
  const analyse = (text: string, lang: string | undefined) => {
    const analysed = indexTextAndForms(text, lang);
    for (const f of analysed.forms) forms.add(f);
    return analysed.text;
  };
  let out = html.replace(TOKEN, (token, close: string | undefined, name: string | undefined, attrs: string | undefined) => {
    const top = stack[stack.length - 1];
    if (name === undefined) {
      if (top?.excluded) return '';
      if (token.startsWith('<!--') || token === '<' || (top && RAW_TEXT.has(top.tag))) return token;
      if (!(top?.indexed ?? wholePage) && !TITLE_TAGS.has(top?.tag ?? '')) return token;
      return analyse(token, top?.lang);
    }
    const tag = name.toLowerCase();
    if (close) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.tag !== tag) at--;
      if (at < 0) return top?.excluded ? '' : token;
      const dropped = stack[at]!.dropped;
      stack.length = at;
      return dropped ? '' : token;
    }
    // Inside an excluded element Pagefind still reads the metadata, filters and sort keys of
    // descendants: an element carrying one is sent whole, every other one not at all.
    const dropped = (top?.excluded ?? false) && !PAGEFIND_ATTR.test(attrs!);
    if (!VOID.has(tag) && !attrs!.endsWith('/')) {
      const indexed = IGNORE_ATTR.test(attrs!) ? false : BODY_ATTR.test(attrs!) || (top?.indexed ?? wholePage);
      const excluded = dropped || EXCLUDE_ATTR.test(attrs!);
      stack.push({ tag, lang: LANG_ATTR.exec(attrs!)?.[1] ?? top?.lang, indexed, excluded, dropped });
    }
    if (dropped) return '';
    // Metadata values are searchable too, so they get the same treatment as text.
    return attrs!.includes('data-pagefind-meta')
      ? token.replace(META_ATTR, (_m, key: string, value: string) => `data-pagefind-meta="${key}:${analyse(value, undefined)}"`)
      : token;
  });
  out = out.replace(BLOCK_END, '$& ');
  const mentions = metadata.map((m) => {
    for (const f of indexForms(m)) forms.add(f);
    return indexText(m);
  });
  // Indonesian and Malay inflect with prefixes (me-, di-, ber-, pe-…), which Pagefind's prefix
  // match cannot see through: the stems of the page's Indonesian and Malay words are indexed
  // too, so "produksi" finds "diproduksi" and "umum" finds "diumumkan".
  for (const s of indonesianStems(html)) forms.add(s);
  const extra = [
    ...(mentions.length ? [`<span data-pagefind-meta="mentions:${escapeHtml(mentions.join(MENTION_SEPARATOR))}" hidden></span>`] : []),
    ...(forms.size ? [`<span data-pagefind-meta="stems:${escapeHtml([...forms].join(' '))}" hidden></span>`] : []),
  ];
  if (extra.length) out = out.replace(/<\/main>/, `${extra.join('')}</main>`);
  return out;
}

/**
 * A custom record (a deal's) as the index should hold it: its content and each metadata value
 * analysed as indexableHtml analyses text, and their extra forms in a hidden `stems` field, as
 * a page has them.
 */
export function indexableRecord(content: string, meta: Record<string, string>): { content: string; meta: Record<string, string> } {
  const forms = new Set<string>();
  const analyse = (text: string) => {
    const analysed = indexTextAndForms(text);
    for (const f of analysed.forms) forms.add(f);
    return analysed.text;
  };
  const indexed = { content: analyse(content), meta: Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, analyse(v)])) };
  if (forms.size) indexed.meta.stems = [...forms].join(' ');
  return indexed;
}

const INDONESIAN_BLOCK = /<([a-z][a-z0-9]*)\b[^>]*\blang="(?:id|ms)(?:-[A-Za-z0-9-]+)?"[^>]*>/gi;
const LATIN_WORD = /\p{Script=Latin}{4,}/gu;

/** Stems of the words inside elements marked lang="id" or lang="ms" (Malay, whose affixes are Indonesian's) that differ from the words themselves. */
export function indonesianStems(html: string): string[] {
  if (!/lang="(?:id|ms)/i.test(html)) return [];
  const stems = new Set<string>();
  for (const open of html.matchAll(INDONESIAN_BLOCK)) {
    const tag = open[1]!.toLowerCase();
    // The element's content up to its own closing tag, counting nested elements of the same name.
    let depth = 1;
    let at = open.index + open[0].length;
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = at;
    let end = html.length;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index;
        break;
      }
    }
    const text = html.slice(at, end).replace(/<[^>]+>/g, ' ');
    for (const [word] of text.matchAll(LATIN_WORD)) {
      const lower = word.toLowerCase();
      const stem = indonesianStem(lower);
      if (stem !== lower && stem.length >= 3) stems.add(stem);
    }
    at = end;
  }
  return [...stems].sort();
}

/** A word as Pagefind compares it: lower case, no marks, letters and digits only. */
const pagefindForm = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** English endings Pagefind's stemmer may take off a query word (roughly: enough to tell a stem from a fallback). */
const ENGLISH_ENDING = /(?:ations?|ments?|ness|ings?|ies|ied|ers?|ed|es|ly|s|e|y)$/;

/**
 * Whether `text` (a result's indexed content and metadata) holds a word that the
 * analysed query word `word` really matches: a word it starts (allowing for the
 * English ending Pagefind's stemmer takes off). When no indexed word starts with a
 * query word, Pagefind falls back to the longest indexed word the query word starts
 * with, down to a single letter ("البطاريات" matching "أ"); such a result fails here.
 */
export function matchesQueryWord(word: string, text: string): boolean {
  if (/^bnq/.test(word)) return matchesBengaliQueryWord(word, text);
  const w = pagefindForm(word);
  if (!w) return true;
  const stem = /^[a-z]+$/.test(w) && w.length > 4 ? w.replace(ENGLISH_ENDING, '') : w;
  const prefixes = stem.length >= 3 ? [w, stem] : [w];
  for (const raw of text.split(/\s+/)) {
    const parts = [raw, ...raw.split(/[^\p{L}\p{M}\p{N}]+/u)];
    for (const part of parts) {
      const t = pagefindForm(part);
      if (t && prefixes.some((p) => t.startsWith(p))) return true;
    }
  }
  return false;
}

/** The names of the entities a result mentions, from its `mentions` metadata as shown to a reader. */
export function mentionedNames(mentions: string | undefined): string[][] {
  if (!mentions) return [];
  return displayText(mentions)
    .split(MENTION_SEPARATOR)
    .map((entry) =>
      entry
        .split(NAME_SEPARATOR)
        .map((n) => n.trim())
        .filter(Boolean),
    );
}

const readerForm = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The query words that `shown` (a result's title and excerpt) does not show: a note says what found the result through them. */
function unshownWords(queryWords: string[], shown: string): string[] {
  const seen = readerForm(shown.replace(/<\/?mark>/g, ''));
  return queryWords.filter((q) => q && !seen.includes(q));
}

/**
 * "Mentions Xiaomi Corporation (小米)" when a query word is one of the names of an
 * entity the result mentions and neither its title nor its excerpt shows that word:
 * the result was found through the entity's alias, and this says so.
 */
export function mentionNote(queryWords: string[], shown: string, mentions: string | undefined): string | undefined {
  const hidden = unshownWords(queryWords, shown);
  const notes: string[] = [];
  for (const names of mentionedNames(mentions)) {
    const hit = names.find((n) => hidden.some((q) => readerForm(n).includes(q)));
    if (!hit) continue;
    notes.push(hit === names[0] ? names[0]! : `${names[0]} (${hit})`);
  }
  return notes.length ? `Mentions ${notes.join(', ')}` : undefined;
}

/**
 * "Also known as Al Jazira Holding" when a query word is in one of an entity's other names (its
 * `names` metadata, the main name first, joined by " | ") and neither its title nor its excerpt
 * shows that word: the entity was found by an alias the result would not otherwise show.
 */
export function aliasNote(queryWords: string[], shown: string, names: string | undefined): string | undefined {
  const hidden = unshownWords(queryWords, shown);
  // The `names` metadata is one entry of the `mentions` format.
  const [, ...aliases] = mentionedNames(names)[0] ?? [];
  const found = aliases.filter((n) => hidden.some((q) => readerForm(n).includes(q)));
  return found.length ? `Also known as ${[...new Set(found)].slice(0, 3).join(', ')}` : undefined;
}

/**
 * "Topic: Smartphones" when a query word starts a word of one of the result's topics (its
 * `topics` metadata, names joined by " · ") and neither its title nor its excerpt shows that
 * word: the brief was found through a topic it is filed under.
 */
export function topicNote(queryWords: string[], shown: string, topics: string | undefined): string | undefined {
  const hidden = unshownWords(queryWords, shown);
  // Topics are listed as the `mentions` metadata lists entities, one name each.
  const found = mentionedNames(topics)
    .flat()
    .filter((t) => readerWords(t).some((w) => hidden.some((q) => w.startsWith(q))));
  if (!found.length) return undefined;
  return `${found.length === 1 ? 'Topic' : 'Topics'}: ${found.join(', ')}`;
}

/** A query's words as a reader wrote them, folded for comparing with names. */
export const readerWords = (query: string) =>
  readerForm(query)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0);
