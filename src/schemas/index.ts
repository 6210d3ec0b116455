export { briefSchema, type BriefData } from './brief.ts';
export { entitySchema, type EntityData } from './entity.ts';
export { dealSchema, type DealData } from './deal.ts';
export { topicSchema, type TopicData } from './topic.ts';
