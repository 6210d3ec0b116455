import type { WordRules } from '../languages.ts';

export default {
  // ำ is also typed as nikhahit and sara aa (น ํ า, which NFKC gives too), with a tone mark before or after the
  // nikhahit (น้ำ, นํ้า): all are the one spelling, the tone first.
  fold: [
    ['\u0E4D([\u0E48-\u0E4B])', '$1\u0E4D'],
    ['\u0E4D\u0E32', '\u0E33'],
    // แ is also typed as two เ, which look the same (โรงเเรม for โรงแรม); no word has two.
    ['\u0E40\u0E40', '\u0E41'],
  ],
} satisfies WordRules;
