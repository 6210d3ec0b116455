import { z } from 'astro/zod';
import { text } from './text.ts';
import { entityId } from './ids.ts';
import { languageTag } from './language.ts';
import { sourceRef } from './source-ref.ts';
import { RELATION_TYPES } from './relation-types.ts';
import { webUrl } from './web-url.ts';

export const ENTITY_TYPES = ['company', 'person', 'fund', 'organisation', 'product', 'place', 'media'] as const;

export const ALIAS_KINDS = [
  'native', // the name in the entity's own language and script
  'transliteration', // the name spelled out in another script
  'translation', // the name translated into another language
  'spelling', // a variant or garbled spelling found in a source
  'former', // a name no longer used
  'ticker', // a stock symbol
  'abbreviation',
  'short', // a short form such as "Great Wall"
] as const;

export const alias = z.strictObject({
  name: z.string().trim().min(1),
  lang: languageTag,
  kind: z.enum(ALIAS_KINDS),
  ambiguous: z.boolean().optional().describe('true when another entity may share this name in this language'),
  note: text.optional(),
});

export const entityFact = z.strictObject({
  label: text.describe('e.g. Ticker, Headquarters, Founded'),
  value: text,
  source: sourceRef,
});

export const relation = z.strictObject({
  type: z.enum(RELATION_TYPES),
  target: entityId,
  source: sourceRef,
  note: text.optional(),
});

export const entitySchema = z.strictObject({
  name: z.string().trim().min(1),
  ambiguous: z
    .boolean()
    .optional()
    .describe('true when another entity has the same name (two companies called alike); every entity of that name must say so'),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(alias).default([]),
  description: z.string().trim().min(1, 'write a short description in your own words'),
  facts: z.array(entityFact).default([]),
  relations: z.array(relation).default([]),
  website: webUrl.optional(),
});

export type EntityData = z.infer<typeof entitySchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
