import { defineCollection } from 'astro:content';
import { contentLoaders } from './loaders/content-loaders.ts';
import { briefSchema, dealSchema, entitySchema, topicSchema } from './schemas/index.ts';

// One reading of content/ (or DOSSIER_CONTENT_DIR) for all four collections: the loaders
// run the same check as `npm run check` and store exactly the entries it validated. The
// schemas here give the entries their types; the loaders have already applied them.
const loaders = contentLoaders();

export const collections = {
  briefs: defineCollection({ loader: loaders.briefs, schema: briefSchema }),
  entities: defineCollection({ loader: loaders.entities, schema: entitySchema }),
  deals: defineCollection({ loader: loaders.deals, schema: dealSchema }),
  topics: defineCollection({ loader: loaders.topics, schema: topicSchema }),
};
