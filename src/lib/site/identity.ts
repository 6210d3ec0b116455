/**
 * The site's name and what its corpus is about, as readers see them: the header, page titles,
 * the home page, the footer and the feed. A site built on another corpus sets its own here;
 * a change to this file is a change of code, so the next build renders every page again.
 */
export const SITE_IDENTITY = {
  /** Shown in the header, after every page title and as og:site_name. */
  name: 'Dossier',
  /** The home page's meta description. */
  description:
    'Fact-checked briefs of multilingual news about Chinese tech giants, electric cars and AI, with the companies, people and deals they mention.',
  /** What the briefs are about, in the feed's description ("summaries in our own words of …"). */
  feedSubject: 'multilingual news about Chinese tech, electric cars and AI',
} as const;
