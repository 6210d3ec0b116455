import { stemmer as russianStem } from '@orama/stemmers/russian';

/**
 * The text analysis Dossier applies on both sides of search, so that a query and
 * the indexed text meet whatever their script. Pagefind builds one index per page
 * language and, on our English pages, leaves Chinese runs unsegmented and Russian
 * words unstemmed; this module closes those gaps in a way that is the same at
 * index time (Node) and query time (browser).
 */

// Han ideographs (with extensions and compatibility forms) and kana: scripts written without spaces.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3006]+/gu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

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
  return segmentCjk(query.normalize('NFC'))
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLocaleLowerCase('ru').replace(/ё/g, 'е');
      return CYRILLIC_WORD.test(lower) && [...lower].length >= 5 ? russianStem(lower) : word;
    })
    .join(' ');
}

/**
 * Prepares a built page's HTML for the index (the served file is not changed):
 * CJK runs in text are segmented, and `metadata` — such as the aliases of the
 * entities a brief mentions — is added as a low-weight block, so every alias finds
 * the briefs that mention the entity even where the brief spells it differently.
 */
export function indexableHtml(html: string, metadata: string[] = []): string {
  // Only text between tags is rewritten; tags and attribute values stay as they are.
  let out = html.replace(/>([^<]+)</g, (_m, text: string) => `>${segmentCjk(text)}<`);
  if (metadata.length) {
    const block = `<div data-pagefind-weight="0.5">${metadata.map(escapeHtml).map(segmentCjk).join(' · ')}</div>`;
    out = out.replace(/<\/main>/, `${block}</main>`);
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
