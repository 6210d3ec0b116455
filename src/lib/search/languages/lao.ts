import type { WordRules } from '../languages.ts';

export default {
  // ຳ is also typed as niggahita and sara aa (ນ ໍ າ, which NFKC gives too), with a tone mark before or after
  // the niggahita (ນ້ຳ, ນໍ້າ): all are the one spelling, the tone first.
  fold: [
    ['\u0ECD([\u0EC8-\u0ECB])', '$1\u0ECD'],
    ['\u0ECD\u0EB2', '\u0EB3'],
    // ແ is also typed as two ເ, which look the same (ແຂວງ, ເເຂວງ); no word has two.
    ['\u0EC0\u0EC0', '\u0EC1'],
  ],
} satisfies WordRules;
