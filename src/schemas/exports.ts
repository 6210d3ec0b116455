import { z } from 'astro/zod';
import { briefSchema } from './brief.ts';
import { dealSchema, PARTY_ROLES } from './deal.ts';
import { entitySchema } from './entity.ts';
import { briefId, dealId, entityId } from './ids.ts';

/**
 * The open-data records (/data/*.json): an entry's content fields as validated,
 * plus fields derived at build time. The exporters in src/lib/open-data/exports.ts return
 * exactly these types, and the JSON Schemas published at /data/schema/ are
 * generated from them (src/lib/open-data/json-schemas.ts), so the data and its schema
 * cannot drift apart. Cross-field rules of the content schemas (superRefine)
 * are not part of a JSON Schema; the build has already enforced them.
 */

const pageUrl = (what: string) => z.url().meta({ description: `absolute address of ${what}`, pattern: '^https?://' });

// `ingest` holds notes for the editor and never leaves the build.
const { ingest: _ingest, ...briefFields } = briefSchema.shape;

export const briefRecord = z.strictObject({
  id: briefId.describe('the brief id (its file name and URL segment)'),
  url: pageUrl("the brief's page"),
  ...briefFields,
  summary: z
    .string()
    .describe(
      'the English summary as written: the brief body in Markdown, which may hold <LangText lang="…"> for words in another language',
    ),
  summaryText: z.string().describe('the English summary as plain text, without markup; paragraphs separated by a blank line'),
  deals: z.array(dealId).describe('deals that cite this brief'),
});

export const entityRecord = z.strictObject({
  id: entityId.describe('the entity id (its file name and URL segment)'),
  url: pageUrl("the entity's page"),
  ...entitySchema.shape,
  briefs: z.array(briefId).describe('published briefs that mention the entity, newest first'),
  deals: z
    .array(z.strictObject({ deal: dealId, roles: z.array(z.enum(PARTY_ROLES)).min(1) }))
    .describe('deals the entity is party to, with its roles in each, newest first'),
});

export const dealRecord = z.strictObject({
  id: dealId.describe('the deal id (its file name)'),
  url: pageUrl("the deal's row on the page of the first published brief it cites"),
  ...dealSchema.shape,
});

export type BriefRecord = z.output<typeof briefRecord>;
export type EntityRecord = z.output<typeof entityRecord>;
export type DealRecord = z.output<typeof dealRecord>;

/** Each export file is a JSON array of records. */
export const EXPORT_FILES = {
  briefs: z.array(briefRecord).meta({
    title: 'Dossier briefs',
    description:
      'Every published brief: a summary in our own words of one news article, with its provenance, key facts, figures and caveats.',
  }),
  entities: z.array(entityRecord).meta({
    title: 'Dossier entities',
    description:
      'Every company, person, fund, organisation, product, place and outlet the briefs mention, with aliases in every script, sourced facts and relations.',
  }),
  deals: z.array(dealRecord).meta({
    title: 'Dossier deals',
    description:
      'Every investment, funding round, stake, fund launch, licence and partnership that a published brief reports, with parties, roles and amounts as reported.',
  }),
};

export type ExportCollection = keyof typeof EXPORT_FILES;
export const EXPORT_COLLECTIONS = Object.keys(EXPORT_FILES) as ExportCollection[];
