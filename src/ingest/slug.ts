// The brief id from its headline: lower-case ASCII words joined by hyphens, any script transliterated.
import anyAscii from 'any-ascii';
import { SLUG_PATTERN } from '../schemas/ids.ts';
import { UNSPACED } from './text-features.ts';

const MAX_WORDS = 10;
const MAX_LENGTH = 70;

/** "Xiaomi будет выпускать …" → "xiaomi-budet-vypuskat-…"; Chinese characters become pinyin syllables. */
export function slugify(text: string): string {
  // Characters of unspaced scripts are words of their own: transliterate them one by one.
  const spaced = [...text.normalize('NFKC')].map((ch) => (UNSPACED.test(ch) ? ` ${anyAscii(ch)} ` : ch)).join('');
  const words = anyAscii(spaced)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words.slice(0, MAX_WORDS)) {
    if (slug && slug.length + 1 + w.length > MAX_LENGTH) break;
    slug = slug ? `${slug}-${w}` : w.slice(0, MAX_LENGTH);
  }
  return SLUG_PATTERN.test(slug) ? slug : '';
}
