import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // Animate nouns end in -යා, their plurals in -යෝ and -යන් (සේවකයා, සේවකයන්), an indefinite noun in
  // -ක් (නගරයක්), and a case ending replaces a final virama, as in Tamil (ගොඩනැගිලි, බැංකුවේ; කඩ,
  // කඩේ): off query words, the rest is a prefix of every form.
  suffixes: ['යන්', 'ක්', 'යෝ', 'යා', '්'],
} satisfies WordRules;
