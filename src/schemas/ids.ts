import { z } from 'astro/zod';

/** Lower-case kebab-case id: the file name of an entry and its URL segment. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens, e.g. "great-wall-motor"');

export const entityId = slug.describe('id of an entry in content/entities');
export const briefId = slug.describe('id of an entry in content/briefs');
export const dealId = slug.describe('id of an entry in content/deals');
export const topicId = slug.describe('id of an entry in content/topics');

/**
 * A list of ids, each at most once: a brief listing an entity twice showed it twice on its
 * page and in briefs.json, and a topic twice was two equal RSS categories.
 */
export const idList = (id: z.ZodType<string>) =>
  z
    .array(id)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((value, i) => {
        if (seen.has(value))
          ctx.addIssue({ code: 'custom', path: [i], message: `"${value}" is listed twice`, params: { fix: 'remove the second one' } });
        seen.add(value);
      });
    })
    // The rule, for the published JSON Schema.
    .meta({ uniqueItems: true });
