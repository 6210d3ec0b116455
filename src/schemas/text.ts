import { z } from 'astro/zod';

/**
 * Text an editor writes and a reader sees (a key fact, a note, a reference, a label): not
 * empty and not white space alone, kept as written. `min(1)` alone let " " through: a blank
 * key fact was an empty bullet, and a blank note or reference met "an inferred date needs a
 * note" and "an outside date needs a reference" while saying nothing.
 */
export const text = z
  .string()
  .min(1, { abort: true })
  .refine((value) => value.trim() !== '', {
    error: 'is blank: it holds only white space',
    params: { fix: 'write the text, or remove the field' },
  })
  // The rule, for the published JSON Schema: at least one character that is not white space.
  .meta({ pattern: '\\S' });
