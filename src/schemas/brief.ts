import { z } from 'astro/zod';
import { text } from './text.ts';
import { caveat } from './caveat.ts';
import { figure } from './figure.ts';
import { ingestRecord } from './ingest.ts';
import { briefId, entityId, idList, topicId } from './ids.ts';
import { languageTag } from './language.ts';
import { earliestDay, isoDay, partialDate } from './partial-date.ts';
import { webUrl } from './web-url.ts';
import { EVEN_WITH_FAILED_FIELDS, wellFormedFields } from './well-formed.ts';

/** Where a brief comes from: the corpus file and what the article says about itself. */
export const briefSource = z.strictObject({
  file: z
    .string()
    .regex(/^(?!\.\.?$)[^/\\\0]+$/, 'write the corpus file name only, without folders ("." and ".." are folders)')
    .describe('file name in the corpus (CORPUS_DIR)'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits'),
  lang: languageTag.describe('language of the text in the corpus file'),
  translatedFrom: languageTag.optional().describe('language of the original article, when the file is a translation'),
  outlet: text.optional(),
  author: text.optional(),
  wire: text.optional().describe('news agency the article credits'),
  headline: text.optional().describe('the original headline, verbatim'),
  headlineLang: languageTag.optional().describe('language of the headline when it differs from lang'),
  headlineTranslation: text.optional().describe('our English rendering of the headline'),
  url: webUrl.optional(),
  // Optional so that a draft can be written before the date is known; a published brief needs it.
  date: partialDate.optional(),
});

/** "zh" of "zh-Hans": languages compare by it (a summary in zh-Hant of a zh-Hans source is in its language). */
const primarySubtag = (tag: string) => tag.split('-')[0]!;

/**
 * The source's own language, which its summary is in: the original article's when the corpus
 * file is a translation of it (`translatedFrom`), else the file's. The page shows "English,
 * translated from Chinese (Simplified)" beside "Summary in Chinese (Simplified)".
 */
export const articleLanguage = (source: { lang: string; translatedFrom?: string | undefined }): string =>
  source.translatedFrom ?? source.lang;

const translatedInto = (source: { lang: string; translatedFrom?: string | undefined }) =>
  source.translatedFrom ? ` (translated into "${source.lang}")` : '';

/** A language-tagged summary written by the editor in the source's own language (articleLanguage). */
export const sourceSummary = z.strictObject({
  lang: languageTag,
  text: z.string().trim().min(1, 'write the source-language summary'),
});

export const BRIEF_STATUSES = ['draft', 'published'] as const;

export const briefSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'a brief needs an English title'),
    status: z.enum(BRIEF_STATUSES),
    // Optional in a draft (set it when publishing); required once published.
    published: isoDay.optional().describe("the brief's own publication date"),
    updated: isoDay.optional(),
    topics: idList(topicId).default([]),
    entities: idList(entityId).default([]),
    sourceSummary: sourceSummary.optional(),
    keyFacts: z.array(text).default([]),
    figures: z.array(figure).default([]),
    caveats: z.array(caveat).default([]),
    related: idList(briefId).optional().describe('briefs an editor links by hand; more are derived'),
    source: briefSource,
    // Fields ingest fills in for the editor; they never appear on published pages.
    ingest: ingestRecord.optional(),
  })
  // Each rule runs when the fields it reads are well-formed, so one run reports it beside the
  // errors of other fields (src/schemas/well-formed.ts).
  .superRefine((brief, ctx) => {
    const wellFormed = wellFormedFields(ctx);
    if (wellFormed(['status'], ['published']) && brief.status === 'published' && !brief.published) {
      ctx.addIssue({ code: 'custom', path: ['published'], message: 'a published brief needs its publication date: published: YYYY-MM-DD' });
    }
    if (wellFormed(['status'], ['source', 'date']) && brief.status === 'published' && !brief.source.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'date'],
        message:
          'a published brief needs the article date: source.date: { value, precision, basis } (basis: inferred with a note when the article gives none)',
      });
    }
    // `updated` is a later revision of the brief (the page shows "published …, updated …"), so an
    // update before publication is a slip, not a choice: an error. Both are days (YYYY-MM-DD), so
    // they compare as text; the same day is allowed.
    if (wellFormed(['published'], ['updated']) && brief.published && brief.updated && brief.updated < brief.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `${brief.updated} is before published (${brief.published}): an update comes after the brief is published`,
        params: { fix: 'correct the date in updated or published (check the year and month), or remove updated' },
      });
    }
    // An article comes before the brief that summarises it. Compared at the article date's
    // precision: "2026-11" is after published only if 1 November is.
    const date = wellFormed(['published'], ['source', 'date']) ? brief.source.date : undefined;
    if (brief.published && date && earliestDay(date.value) > brief.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'date', 'value'],
        message: `${date.precision === 'day' ? date.value : `the ${date.precision} ${date.value}`} is after published (${brief.published}): the article a brief summarises has appeared by the day the brief is published`,
        params: { fix: 'correct source.date or published (check the year and month)' },
      });
    }
    // Only of language tags that are ones: of "english" the editor would be told to write a summary in "english".
    const language = ['source', 'lang'];
    const original = ['source', 'translatedFrom'];
    if (wellFormed(['status'], language, original)) {
      const own = articleLanguage(brief.source);
      if (brief.status === 'published' && primarySubtag(own) !== 'en' && !brief.sourceSummary) {
        ctx.addIssue({
          code: 'custom',
          path: ['sourceSummary'],
          message: `a published brief of a "${own}" source${translatedInto(brief.source)} needs sourceSummary: { lang, text } in that language`,
        });
      }
    }
    if (wellFormed(language, original, ['sourceSummary', 'lang']) && brief.sourceSummary) {
      const own = articleLanguage(brief.source);
      const { lang } = brief.sourceSummary;
      const [field, what] = brief.source.translatedFrom
        ? ['source.translatedFrom', 'the article was written in']
        : ['source.lang', 'the source is in'];
      if (primarySubtag(lang) !== primarySubtag(own)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sourceSummary', 'lang'],
          message: `the summary is in "${lang}", but ${what} "${own}" (${field}): a source summary is in the source's own language`,
          params: { fix: `write the summary in "${own}" with lang: ${own}, or correct ${field}` },
        });
      }
    }
  }, EVEN_WITH_FAILED_FIELDS);

export type BriefData = z.infer<typeof briefSchema>;
