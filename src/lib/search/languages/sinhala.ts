import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // Animate nouns end in -යා, their plurals in -යෝ and -යන් (සේවකයා, සේවකයන්): off query words,
  // the rest is a prefix of every form.
  suffixes: ['යන්', 'යෝ', 'යා'],
} satisfies WordRules;
