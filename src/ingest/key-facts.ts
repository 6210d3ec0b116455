// Key-fact candidates: the article's sentences that carry an amount or a percentage, in its own
// language, for the editor to turn into keyFacts in English.
import type { AmountMention } from './amounts.ts';
import type { PercentageMention } from './percentages.ts';
import { sentences } from './sentences.ts';
import type { SourceLine } from './types.ts';

export interface KeyFactCandidate {
  text: string;
  line: number;
}

const MAX_FACTS = 8;
const MAX_LENGTH = 300;

interface Figure {
  text: string;
  rank: number;
}

export function keyFactCandidates(
  body: readonly SourceLine[],
  amounts: readonly AmountMention[],
  percentages: readonly PercentageMention[],
  lang: string,
): KeyFactCandidate[] {
  // Figures by line, in reading order (amounts and percentages are each listed in reading order).
  const byLine = new Map<number, Figure[]>();
  const add = (line: number, f: Figure) => {
    const list = byLine.get(line);
    if (list) list.push(f);
    else byLine.set(line, [f]);
  };
  for (const a of amounts) add(a.line, { text: a.text, rank: 0 });
  for (const p of percentages) add(p.line, { text: p.text, rank: 1 });
  const out: (KeyFactCandidate & { rank: number })[] = [];
  const seen = new Set<string>();
  for (const { line, text } of body) {
    const here = byLine.get(line);
    if (!here) continue;
    // Where each figure stands in the line, so that each sentence looks only at its own figures.
    const placed: { start: number; end: number; rank: number }[] = [];
    for (const rank of [0, 1]) {
      let from = 0;
      for (const f of here) {
        if (f.rank !== rank) continue;
        const at = text.indexOf(f.text, from);
        if (at < 0) continue;
        placed.push({ start: at, end: at + f.text.length, rank });
        from = at + f.text.length;
      }
    }
    placed.sort((a, b) => a.start - b.start);
    let k = 0;
    for (const s of sentences(text, lang, placed)) {
      let rank: number | undefined;
      while (k < placed.length && placed[k]!.start < s.end) {
        const f = placed[k]!;
        if (f.end <= s.end && f.start >= s.start) rank = Math.min(rank ?? 2, f.rank);
        k++;
      }
      const sentence = text.slice(s.start, s.end).trim();
      if (rank === undefined || seen.has(sentence)) continue;
      seen.add(sentence);
      const clipped = sentence.length > MAX_LENGTH ? `${sentence.slice(0, MAX_LENGTH - 1)}…` : sentence;
      out.push({ text: clipped, line, rank });
    }
  }
  // Amounts before percentages, then in reading order.
  return out
    .sort((a, b) => a.rank - b.rank || a.line - b.line)
    .slice(0, MAX_FACTS)
    .map(({ text, line }) => ({ text, line }));
}
