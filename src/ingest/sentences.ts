// Sentences of a line, by Intl.Segmenter (ICU's rules know the full stops of most scripts: "。",
// "।", "؟", "።", Greek ";"), plus what ICU leaves out, from languages.ts: languages that end a
// sentence with a space between words and no mark at all (Thai, Lao, Khmer).
import { languageData } from './languages.ts';

export interface SentenceRange {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    // A language Intl lacks would fall back to the builder's locale: English rules instead,
    // so an article splits the same way on every machine.
    let supported = false;
    try {
      supported = Intl.Segmenter.supportedLocalesOf(lang).length > 0;
    } catch {
      // not a language tag
    }
    s = new Intl.Segmenter(supported ? lang : 'en', { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** A space between two letters or marks: a sentence break in languages without full stops. */
const LETTER_SPACE_LETTER = /(?<=[\p{L}\p{M}])[ \u00A0]+(?=[\p{L}\p{M}])/gu;

/**
 * The sentences of `text` as ranges of it, in order. A break inside one of the `keep` ranges is no
 * break: abbreviations before a capitalised word ("12 Mio. Euro" in German) look like sentence ends.
 */
export function sentences(text: string, lang: string, keep: readonly SentenceRange[] = []): SentenceRange[] {
  const split = rawSentences(text, lang);
  if (!keep.length) return split;
  // `keep` is in reading order: one pointer walks it, so the merge stays linear.
  const merged: SentenceRange[] = [];
  let k = 0;
  for (const s of split) {
    const last = merged.at(-1);
    if (last) {
      while (k < keep.length && keep[k]!.end <= last.end) k++;
      if (k < keep.length && keep[k]!.start < last.end) {
        last.end = s.end;
        continue;
      }
    }
    merged.push({ ...s });
  }
  return merged;
}

function rawSentences(text: string, lang: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const bySpace = languageData(lang).spaceEndsSentence;
  for (const { segment, index } of segmenter(lang).segment(text)) {
    if (!bySpace) {
      out.push({ start: index, end: index + segment.length });
      continue;
    }
    // Spaces beside a digit stay: "1.2 หมื่นล้านบาท" is one figure.
    let start = index;
    for (const m of segment.matchAll(LETTER_SPACE_LETTER)) {
      out.push({ start, end: index + m.index });
      start = index + m.index + m[0].length;
    }
    out.push({ start, end: index + segment.length });
  }
  return out;
}
