import type { Deal } from './entries.ts';

/**
 * The brief whose page holds a deal's row and its anchor (#deal-<id>): the first brief
 * the deal cites that is on the site. A deal is data drawn from its briefs, so it lives
 * beside the article that reported it rather than on a page of its own (a page per deal
 * would add build time in step with the corpus). The address stays put as briefs
 * are added, since it depends only on the deal's own list. Undefined when no cited brief
 * is on the site (such a deal is not published).
 */
export function dealHomeBrief(deal: { data: Pick<Deal['data'], 'briefs'> }, onSite: { has(id: string): boolean }): string | undefined {
  return deal.data.briefs.find((id) => onSite.has(id));
}
