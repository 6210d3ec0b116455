import { registerSpellingVariants } from './word-forms.ts';

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
    // Simplified to Traditional once, then to each region's variants: what OpenCC's cn → tw and
    // cn → hk do, with one copy of the large table instead of two (about 76 MB instead of 194).
    const toTraditional = Converter({ from: 'cn', to: 't' });
    const toTaiwan = Converter({ from: 't', to: 'tw' });
    const toHongKong = Converter({ from: 't', to: 'hk' });
    registerSpellingVariants('chinese', (word) => {
      const spellings = new Set<string>();
      for (const convert of toSimplified) {
        const simplified = convert(word);
        const traditional = toTraditional(simplified);
        spellings.add(simplified).add(toTaiwan(traditional)).add(toHongKong(traditional));
      }
      return [...spellings];
    });
  });
  return loading;
}
