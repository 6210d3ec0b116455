import { z } from 'astro/zod';

/** Lower-case kebab-case id: the file name of an entry and its URL segment. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens, e.g. "great-wall-motor"');

export const entityId = slug.describe('id of an entry in content/entities');
export const briefId = slug.describe('id of an entry in content/briefs');
export const dealId = slug.describe('id of an entry in content/deals');
export const topicId = slug.describe('id of an entry in content/topics');
