import { z } from 'astro/zod';

// Intl knows every registered language subtag; a code it cannot name is not a language.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

// Answers by tag: the same few tags recur in every entry, and the Intl calls are slow
// enough to show at ten thousand briefs (the check and Astro's sync both ask).
const canonicalByTag = new Map<string, string | undefined>();

/** Canonical BCP 47 form of `tag`, or undefined when the tag is malformed or names no known language. */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (canonicalByTag.has(tag)) return canonicalByTag.get(tag);
  const canonical = computeCanonicalTag(tag);
  canonicalByTag.set(tag, canonical);
  return canonical;
}

function computeCanonicalTag(tag: string): string | undefined {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return undefined;
  }
  const primary = canonical.split('-')[0];
  if (primary.length > 3) return undefined;
  return languageNames.of(primary) ? canonical : undefined;
}

/**
 * Country codes written for a language (the slip an editor makes most), only those that are no
 * language's own code ("kr" is Kanuri, "se" Northern Sami), and names Intl spells otherwise.
 */
const COUNTRY_FOR_LANGUAGE: Readonly<Record<string, string>> = {
  bengali: 'bn',
  farsi: 'fa',
  filipino: 'fil',
  jp: 'ja',
  cn: 'zh',
  gr: 'el',
  ua: 'uk',
  dk: 'da',
  cz: 'cs',
  vn: 'vi',
  il: 'he',
  ir: 'fa',
  gb: 'en',
  us: 'en',
  at: 'de',
};

let tagByName: Map<string, string> | undefined;
/** Every two-letter language by its English name ("english" → "en"), made once, when a tag is wrong. */
function languageByName(name: string): string | undefined {
  if (!tagByName) {
    tagByName = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters)
      for (const b of letters) {
        const named = languageNames.of(`${a}${b}`);
        if (named && !tagByName.has(named.toLowerCase())) tagByName.set(named.toLowerCase(), `${a}${b}`);
      }
  }
  return tagByName.get(name.trim().toLowerCase());
}

/** The tag an editor most likely meant by a value that is not one: "zh_CN", "English", "jp". */
export function likelyLanguageTag(value: string): string | undefined {
  const dashed = canonicalLanguageTag(value.replaceAll('_', '-'));
  if (dashed && dashed !== value) return dashed;
  return COUNTRY_FOR_LANGUAGE[value.toLowerCase()] ?? languageByName(value);
}

/** A BCP 47 language tag such as "en", "bn", "zh-Hans" or "pt-BR". */
export const languageTag = z
  .string()
  .refine((tag) => canonicalLanguageTag(tag) === tag, {
    error: (issue) => {
      const tag = String(issue.input);
      const canonical = canonicalLanguageTag(tag);
      if (canonical) return `write the language tag in canonical form: "${canonical}"`;
      const meant = likelyLanguageTag(tag);
      return meant
        ? `"${tag}" is not a BCP 47 language tag: write "${meant}"`
        : `"${tag}" is not a known BCP 47 language tag (examples: en, bn, ru, zh-Hans, id)`;
    },
  })
  // The shape of a canonical tag, for the published JSON Schema (the Intl check above has no JSON Schema form).
  .meta({ pattern: '^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$' });
