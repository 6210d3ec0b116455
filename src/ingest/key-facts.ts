// Key-fact candidates: the article's sentences that carry an amount or a percentage, in its own
// language, for the editor to turn into keyFacts in English.
import type { AmountMention } from './amounts.ts';
import type { PercentageMention } from './percentages.ts';
import type { SourceLine } from './types.ts';

export interface KeyFactCandidate {
  text: string;
  line: number;
}

const MAX_FACTS = 8;
const MAX_LENGTH = 300;

export function keyFactCandidates(body: readonly SourceLine[], amounts: readonly AmountMention[], percentages: readonly PercentageMention[], lang: string): KeyFactCandidate[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const figures = [...amounts.map((a) => ({ line: a.line, text: a.text, rank: 0 })), ...percentages.map((p) => ({ line: p.line, text: p.text, rank: 1 }))];
  const out: (KeyFactCandidate & { rank: number })[] = [];
  const seen = new Set<string>();
  for (const { line, text } of body) {
    const here = figures.filter((f) => f.line === line);
    if (!here.length) continue;
    for (const { segment } of segmenter.segment(text)) {
      const sentence = segment.trim();
      const hit = here.filter((f) => sentence.includes(f.text));
      if (!hit.length || seen.has(sentence)) continue;
      seen.add(sentence);
      const clipped = sentence.length > MAX_LENGTH ? `${sentence.slice(0, MAX_LENGTH - 1)}…` : sentence;
      out.push({ text: clipped, line, rank: Math.min(...hit.map((h) => h.rank)) });
    }
  }
  // Amounts before percentages, then in reading order.
  return out
    .sort((a, b) => a.rank - b.rank || a.line - b.line)
    .slice(0, MAX_FACTS)
    .map(({ text, line }) => ({ text, line }));
}
