import { registerSpellingVariants } from './script-rules.ts';

/**
 * Converters between the spellings of a script's words, for the entries of
 * src/lib/search/languages.ts that name one in `variants`. Index time only (Node): the
 * index holds each word also in the other spellings, so a reader's query needs no table.
 */
let loading: Promise<void> | undefined;

/** Registers every converter with src/lib/search/script-rules.ts; the indexer awaits it before the first page. */
export function loadSpellingVariants(): Promise<void> {
  // Chinese: OpenCC's character and phrase tables (opencc-js). A word is brought to Simplified
  // and from there to Taiwan and Hong Kong Traditional, the three ways a reader is likely to
  // type it, whichever one the text was written in. Where a Simplified character stands for
  // several Traditional ones (发: 發 or 髮), OpenCC chooses by phrase.
  loading ??= import('opencc-js').then(({ Converter }) => {
    const toSimplified = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
    const toTaiwan = Converter({ from: 'cn', to: 'tw' });
    const toHongKong = Converter({ from: 'cn', to: 'hk' });
    registerSpellingVariants('chinese', (word) => {
      const spellings = new Set<string>();
      for (const convert of toSimplified) {
        const simplified = convert(word);
        spellings.add(simplified).add(toTaiwan(simplified)).add(toHongKong(simplified));
      }
      return [...spellings];
    });
  });
  return loading;
}
