import { z } from 'astro/zod';
import { text } from './text.ts';
import { briefId, idList } from './ids.ts';

export const CAVEAT_KINDS = [
  'translation', // machine-translation damage: lost, garbled or mistranslated text
  'figure', // a number that cannot be trusted as printed
  'date', // a date that is missing, ambiguous or inferred
  'location', // a place that is implausible or unconfirmed
  'identity', // a name whose referent is uncertain
  'attribution', // who said or reported it is unclear
  'scope', // it is unclear what a figure or claim covers
  'contradiction', // another brief reports it differently
] as const;

/** Something a reader must know before trusting a statement. */
export const caveat = z.strictObject({
  kind: z.enum(CAVEAT_KINDS),
  text,
  briefs: idList(briefId).optional().describe('other briefs this caveat concerns'),
});

export type Caveat = z.infer<typeof caveat>;
