import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefsLoader } from './loaders/briefs-loader.ts';
import { briefSchema, dealSchema, entitySchema, topicSchema } from './schemas/index.ts';

// Content lives at the top level in content/ (or DOSSIER_CONTENT_DIR, as in
// src/check/content-dir.ts); ids are file names. Cross-collection references are
// plain ids checked by src/check (Astro only logs broken references).
const content = process.env.DOSSIER_CONTENT_DIR ?? './content';

export const collections = {
  briefs: defineCollection({ loader: briefsLoader({ base: `${content}/briefs`, pattern: '*.mdx' }), schema: briefSchema }),
  entities: defineCollection({ loader: glob({ base: `${content}/entities`, pattern: '*.{yaml,yml}' }), schema: entitySchema }),
  deals: defineCollection({ loader: glob({ base: `${content}/deals`, pattern: '*.{yaml,yml}' }), schema: dealSchema }),
  topics: defineCollection({ loader: glob({ base: `${content}/topics`, pattern: '*.{yaml,yml}' }), schema: topicSchema }),
};
