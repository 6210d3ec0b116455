import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // A noun's final -ం (older -ము) gives way to its case endings and compounds (కర్మాగారం,
  // కర్మాగారాన్ని; ఔషధం, ఔషధ కర్మాగారం), as does its plural -(ా)లు (కర్మాగారాలు): off query words, the
  // rest is a prefix of every form.
  suffixes: ['ాలు', 'లు', 'ము', 'ం'],
} satisfies WordRules;
