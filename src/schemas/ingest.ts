import { z } from 'astro/zod';
import { currencyCode } from './currency.ts';
import { DATE_PRECISIONS } from './partial-date.ts';
import { entityId } from './ids.ts';
import { languageTag } from './language.ts';

const lineNo = z.number().int().positive().describe('line number in the corpus file, from 1');
const at = { line: lineNo };

/**
 * What `npm run ingest` found in the raw article, kept in a draft brief for the editor. It is never
 * shown on published pages; every field is optional so the editor may delete what is done with.
 */
export const ingestRecord = z.strictObject({
  tool: z.string().min(1).optional().describe('the program and version that wrote the draft'),
  language: z
    .strictObject({ tag: languageTag, confidence: z.number().min(0).max(1), method: z.enum(['tinyld', 'script', 'words']) })
    .optional(),
  headlineAlternate: z
    .strictObject({ text: z.string().min(1), ...at })
    .optional()
    .describe('the headline again, in another script'),
  dateline: z
    .strictObject({
      text: z.string().min(1),
      ...at,
      precision: z.enum(DATE_PRECISIONS),
      year: z.number().int().optional(),
      month: z.number().int().min(1).max(12).optional(),
      day: z.number().int().min(1).max(31).optional(),
      time: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .optional(),
      ambiguity: z.string().min(1).optional(),
    })
    .optional(),
  amounts: z
    .array(
      z.strictObject({
        value: z.number().positive(),
        currency: currencyCode,
        usd: z.number().positive().optional(),
        approximate: z.boolean().optional(),
        text: z.string().min(1),
        ...at,
        note: z.string().min(1).optional(),
      }),
    )
    .optional(),
  percentages: z.array(z.strictObject({ value: z.number(), text: z.string().min(1), ...at })).optional(),
  entityMentions: z.array(z.strictObject({ entity: entityId, aliases: z.array(z.string().min(1)), lines: z.array(lineNo) })).optional(),
  unconfirmedMentions: z
    .array(z.strictObject({ entity: entityId, alias: z.string().min(1), ...at }))
    .optional()
    .describe('short or shared names seen without a surer mention of the same entity; not linked'),
  entityCandidates: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        count: z.number().int().positive(),
        lines: z.array(lineNo),
        forms: z.array(z.string().min(1)).optional().describe('the same name declined elsewhere in the text: aliases to consider'),
      }),
    )
    .optional()
    .describe('names in the text that match no entity: candidates for new entities'),
  keyFactCandidates: z.array(z.strictObject({ text: z.string().min(1), ...at })).optional(),
  mtDamage: z
    .array(
      z.strictObject({
        kind: z.enum(['mixed-script', 'lost-number', 'garbled-number', 'placeholder', 'encoding']),
        text: z.string().min(1),
        ...at,
      }),
    )
    .optional(),
  removedLines: z
    .array(z.strictObject({ ...at, category: z.string().min(1), reason: z.string().min(1) }))
    .optional()
    .describe('boilerplate lines left out of the draft, by line number, with the reason'),
  warnings: z.array(z.string().min(1)).optional(),
});
