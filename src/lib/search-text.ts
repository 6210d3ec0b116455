import { stemmer as indonesianStem } from '@orama/stemmers/indonesian';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { escapeHtml } from './escape-html.ts';

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
 * leaves alone; excerpts and names are turned back into Bengali for display.
 */

// Han ideographs (with extensions and compatibility forms) and kana: scripts written without spaces.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3006]+/gu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

// A Bengali word: letters, signs and digits of the Bengali block, with the joiners it uses.
const BENGALI_WORD = /[\u0980-\u09FF\u200C\u200D]+/gu;
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

/** Text as the index should hold it: CJK segmented, Bengali encoded. */
export function indexText(text: string): string {
  // Most text on a page is ASCII, which neither step changes beyond segmentCjk's
  // collapsing of repeated spaces, kept here: every page's text passes through this.
  if (!NON_ASCII.test(text)) return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  return encodeBengali(segmentCjk(text));
}

/** Text from the index as a reader should see it. */
export function displayText(text: string): string {
  return decodeBengali(unsegmentCjk(text));
}

let zhSegmenter: Intl.Segmenter | undefined;

/** Splits each run of CJK characters into words with spaces between them ("人工智能基金" → "人工智能 基金"). */
export function segmentCjk(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    if ([...run].length < 2) return run;
    zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    const words = [...zhSegmenter.segment(run)].map((s) => s.segment);
    return ` ${words.join(' ')} `;
  }).replace(/ {2,}/g, ' ');
}

/** Removes the spaces segmentCjk put between CJK characters, for showing excerpts as written. */
export function unsegmentCjk(text: string): string {
  // Pagefind's excerpts wrap matches in <mark>, so a space may sit between a tag and a character.
  return text.replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:<\/?mark>)*) (?=(?:<\/?mark>)*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '$1');
}

/**
 * A query as Pagefind should see it: NFC, CJK runs segmented, Russian words cut to
 * their stem. Pagefind matches query words as prefixes of indexed words, so the stem
 * of "электромобиль" ("электромобил") finds "электромобили" and "электромобилей".
 */
export function analyzeQuery(query: string): string {
  return encodeBengali(segmentCjk(query.normalize('NFC')), true)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLocaleLowerCase('ru').replace(/ё/g, 'е');
      return CYRILLIC_WORD.test(lower) && [...lower].length >= 5 ? russianStem(lower) : word;
    })
    .join(' ');
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
const BLOCK_END = /<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>/gi;

/**
 * Prepares a built page's HTML for the index (the served file is not changed):
 * CJK runs in text are segmented, every block and table cell is followed by a space,
 * and `metadata` — such as the aliases of the entities a brief mentions — is added
 * as a low-weight block, so every alias finds the briefs that mention the entity
 * even where the brief spells it differently.
 */
export function indexableHtml(html: string, metadata: string[] = []): string {
  const stems = indonesianStems(html);
  // Only text between tags is rewritten; tags and attribute values stay as they are.
  let out = html
    .replace(/>([^<]+)</g, (_m, text: string) => `>${indexText(text)}<`)
    // Metadata values are searchable too, so they get the same treatment as text.
    .replace(/data-pagefind-meta="([^":]+):([^"]*)"/g, (_m, key: string, value: string) => `data-pagefind-meta="${key}:${indexText(value)}"`)
    .replace(BLOCK_END, '$& ');
  const extra = [
    ...(metadata.length ? [`<div data-pagefind-weight="0.5">${metadata.map(escapeHtml).map(indexText).join(' · ')}</div>`] : []),
    // Indonesian inflects with prefixes (me-, di-, ber-, pe-…), which Pagefind's prefix
    // match cannot see through: the stems of the page's Indonesian words are indexed as
    // metadata, so "produksi" finds "diproduksi" and "umum" finds "diumumkan".
    ...(stems.length ? [`<span data-pagefind-meta="stems:${escapeHtml(stems.join(' '))}" hidden></span>`] : []),
  ];
  if (extra.length) out = out.replace(/<\/main>/, `${extra.join('')}</main>`);
  return out;
}

const INDONESIAN_BLOCK = /<([a-z][a-z0-9]*)\b[^>]*\blang="id(?:-[A-Za-z0-9-]+)?"[^>]*>/gi;
const LATIN_WORD = /\p{Script=Latin}{4,}/gu;

/** Stems of the words inside elements marked lang="id" that differ from the words themselves. */
export function indonesianStems(html: string): string[] {
  if (!/lang="id/i.test(html)) return [];
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

