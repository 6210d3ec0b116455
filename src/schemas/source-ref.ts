import { z } from 'astro/zod';
import { text } from './text.ts';
import { briefId } from './ids.ts';

/**
 * Where a fact comes from: a brief of this corpus, or an outside reference an
 * editor consulted (publication, filing or URL) when the corpus is silent.
 */
export const sourceRef = z
  .strictObject({
    brief: briefId.optional(),
    reference: text.optional(),
  })
  .refine((s) => s.brief || s.reference, {
    error: 'a source needs "brief" (a brief id) or "reference" (where else the fact comes from)',
  });

export type SourceRef = z.infer<typeof sourceRef>;
