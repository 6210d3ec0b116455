import type { WordRules } from '../languages.ts';
import latin from './latin.ts';

// The Latin rules, and each word's tails of five letters or more (Fabrik in Batteriefabrik). Four
// would also find Werk in Stahlwerk, but make endings words: -chen (München found by Chen), -lich, -keit.
export default { ...latin, tails: 5 } satisfies WordRules;
