import { partialDateWithBasis, yearOf } from '../dates/partial-dates.ts';
import { ENTITY_TYPE_LABELS } from '../content/entity-types.ts';
import { languageName } from '../text/languages.ts';
import { MENTION_SEPARATOR } from './text.ts';
import type { Brief, Entity, Topic } from '../content/entries.ts';

/** Values of the `type` search filter, with the label the search page shows for each. */
export const SEARCH_TYPES = [
  { value: 'Brief', label: 'Briefs' },
  { value: 'Entity', label: 'Entities' },
  { value: 'Deal', label: 'Deals' },
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number]['value'];
export const typeFilter = (t: SearchType): string[] => [t];

/** What the search index records about a page beyond its text: filters and result metadata. */
export interface SearchFacets {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export function briefSearchFacets(brief: Brief, topics: ReadonlyMap<string, Topic>): SearchFacets {
  const s = brief.data.source;
  const year = yearOf(s.date);
  const topicNames = brief.data.topics.map((t) => topics.get(t)?.data.name ?? t);
  return {
    filters: {
      type: typeFilter('Brief'),
      language: [languageName(s.lang)],
      topic: topicNames,
      ...(year ? { year: [String(year)] } : {}),
    },
    meta: {
      type: 'Brief',
      language: languageName(s.lang),
      // Only drafts (shown by the dev server alone) may lack a date.
      ...(s.date ? { date: partialDateWithBasis(s.date) } : {}),
      // The topics' names are searchable here, not in the page's text: an excerpt cut from
      // the row of topic links under the title would tell a reader nothing.
      ...(topicNames.length ? { topics: topicNames.join(MENTION_SEPARATOR) } : {}),
    },
  };
}

export function entitySearchFacets(entity: Entity): SearchFacets {
  const kind = ENTITY_TYPE_LABELS[entity.data.type].one;
  // Every name of the entity, so the search page can rank an exact name match first.
  const names = [entity.data.name, ...entity.data.aliases.map((a) => a.name)].join(' | ');
  return { filters: { type: typeFilter('Entity') }, meta: { type: `Entity · ${kind}`, title: entity.data.name, names } };
}
