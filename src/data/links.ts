import { paths, withBase } from '../lib/site/urls.ts';

/** Site-relative path → href under the configured base path. */
export const link = (path: string): string => withBase(import.meta.env.BASE_URL, path);

export const href = {
  home: () => link(paths.home()),
  briefs: () => link(paths.briefs()),
  brief: (id: string) => link(paths.brief(id)),
  entities: () => link(paths.entities()),
  entity: (id: string) => link(paths.entity(id)),
  entityBriefs: (id: string) => link(paths.entityBriefs(id)),
  entityDeals: (id: string) => link(paths.entityDeals(id)),
  entityType: (type: string) => link(paths.entityType(type)),
  deals: () => link(paths.deals()),
  timeline: () => link(paths.timeline()),
  timelineYear: (year: string) => link(paths.timelineYear(year)),
  network: () => link(paths.network()),
  topics: () => link(paths.topics()),
  topic: (id: string) => link(paths.topic(id)),
  search: () => link(paths.search()),
};
