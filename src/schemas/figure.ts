import { z } from 'astro/zod';
import { entityId, slug } from './ids.ts';

export const FIGURE_QUALIFIERS = ['exactly', 'about', 'more-than', 'less-than', 'up-to'] as const;

/**
 * A reported number about a fact. Briefs that report the same fact share its
 * `key`, which lets the site show where sources agree and where they disagree.
 */
export const figure = z.strictObject({
  key: slug.describe('shared id of the fact, e.g. "xiaomi-share-move-2021-03-26"'),
  entity: entityId,
  label: z.string().min(1).describe('what the number is, in English'),
  value: z.number(),
  unit: z.string().min(1).describe('"percent", an ISO 4217 code, or a unit word'),
  qualifier: z.enum(FIGURE_QUALIFIERS).default('exactly'),
  measure: z
    .string()
    .min(1)
    .optional()
    .describe('what exactly is measured when sources could mean different things, e.g. "Hong Kong-listed shares"'),
  note: z.string().min(1).optional(),
});

export type Figure = z.infer<typeof figure>;
