import type { ContentIssue } from './issue.ts';
import { checkBodyLinks, type SiteAddress } from './body-links.ts';
import { basePath, siteOrigin } from '../lib/site/config.ts';
import { checkContentRules } from './cross-entry-rules.ts';
import { checkFutureDates, latestToday } from './future-dates.ts';
import { checkIdsInProse } from './ids-in-prose.ts';
import { checkDraftReferences, checkReferences } from './references.ts';
import type { Collections } from '../lib/content/entries.ts';
import type { BriefData } from '../schemas/brief.ts';
import { contentDir } from './content-dir.ts';
import { locateLines } from './locate-lines.ts';
import { checkCorpusHashes, corpusDir } from './corpus.ts';
import { readContent, type ReadingStore } from './read-content.ts';

export interface CheckReport {
  collections: Collections;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  files: number;
  corpusChecked: boolean;
}

export interface CheckOptions {
  /** Default: DOSSIER_CONTENT_DIR or <root>/content. */
  contentDir?: string;
  /** Default: CORPUS_DIR or ../shared/seeds. */
  corpusDir?: string;
  /** Readings of an earlier run to reuse for files whose text is unchanged (the build's cache). */
  store?: ReadingStore;
  /**
   * The day dates are compared with (YYYY-MM-DD), for the warnings about dates after today.
   * Default: today in the time zone furthest ahead (src/check/future-dates.ts). Tests pass a fixed day.
   */
  today?: string;
  /** Where the site is published, for links written as its full address. Default: SITE_URL and BASE_PATH. */
  site?: SiteAddress;
}

/** SITE_URL and BASE_PATH as the build reads them; undefined when either is invalid, which the build refuses on its own. */
function publishedAt(env: NodeJS.ProcessEnv): SiteAddress | undefined {
  try {
    return { origin: siteOrigin(env.SITE_URL), base: basePath(env.BASE_PATH) };
  } catch {
    return undefined;
  }
}

/** Runs every content check and returns all errors and warnings at once. */
export function checkContent(root = process.cwd(), options: CheckOptions = {}): CheckReport {
  const { collections, issues, files, ids, bodyLinks, failed, texts } = readContent(options.contentDir ?? contentDir(root), root, {
    store: options.store,
  });
  // Also a brief that failed its schema, when its source and status are well-formed: its other errors do not hide a changed source.
  const readable = failed.flatMap((f) =>
    f.collection === 'briefs' && f.data.source && f.data.status
      ? [{ id: f.id, filePath: f.file, data: f.data as Pick<BriefData, 'status' | 'source'> }]
      : [],
  );
  const corpus = checkCorpusHashes([...collections.briefs, ...readable], options.corpusDir ?? corpusDir(root));
  const everyEntryRead = (Object.keys(ids) as (keyof typeof ids)[]).every((name) => ids[name].size === collections[name].length);
  const found = [
    ...checkReferences(collections, ids, failed),
    ...checkDraftReferences(collections, failed),
    ...checkContentRules(collections, { everyEntryRead, failed, entityIds: ids.entities }),
    ...checkIdsInProse(collections),
    // Relative to today, so worked out on every run, never kept with a file's reading.
    ...checkFutureDates(collections, options.today ?? latestToday()),
    ...corpus.issues,
  ];
  // Body links already carry their line, so they skip locateLines (which finds frontmatter fields).
  const all = [
    ...issues,
    ...checkBodyLinks(bodyLinks, collections, ids, options.site ?? publishedAt(process.env), failed),
    ...locateLines(found, texts),
  ];
  return {
    collections,
    errors: all.filter((i) => i.severity === 'error'),
    warnings: all.filter((i) => i.severity === 'warning'),
    files,
    corpusChecked: corpus.checked,
  };
}
