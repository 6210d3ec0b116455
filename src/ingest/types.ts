/** One line of the raw article, numbered from 1 as an editor's text editor shows it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** What a line of the raw article is, as the boilerplate classifier and headline finder decide. */
export type LineRole = 'blank' | 'headline' | 'dateline' | 'byline' | 'body' | 'boilerplate';

/** Why a line was removed: a category and a sentence for the editor. */
export interface Removal {
  line: number;
  category: BoilerplateCategory;
  /** Says why without quoting the page, so that it can go into a draft that holds no boilerplate. */
  reason: string;
  /** The words of the line that gave it away, for the terminal report only. */
  evidence?: string;
}

export const BOILERPLATE_CATEGORIES = [
  'navigation',
  'related',
  'share',
  'comments',
  'legal',
  'photo-credit',
  'disclaimer',
  'author-bio',
  'advertising',
  'duplicate',
  'list',
  'page-furniture',
] as const;
export type BoilerplateCategory = (typeof BOILERPLATE_CATEGORIES)[number];
