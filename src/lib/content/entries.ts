import type { BriefData } from '../../schemas/brief.ts';
import type { DealData } from '../../schemas/deal.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { TopicData } from '../../schemas/topic.ts';

/** The shape every derivation works on: an id and validated data, as Astro's getCollection returns. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
}

export type Brief = Entry<BriefData> & { body?: string | undefined };
export type Entity = Entry<EntityData>;
export type Deal = Entry<DealData>;
export type Topic = Entry<TopicData>;

export interface Collections {
  briefs: Brief[];
  entities: Entity[];
  deals: Deal[];
  topics: Topic[];
}

export type CollectionName = keyof Collections;

/** The four collections, in the order the content is described. */
export const COLLECTION_NAMES: readonly CollectionName[] = ['briefs', 'entities', 'deals', 'topics'];
