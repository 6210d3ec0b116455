// Valid sample entries for tests; each test overrides only what it is about.
import type { Brief, Deal, Entity, Topic } from '../../src/lib/content/entries.ts';
import type { BriefData } from '../../src/schemas/brief.ts';
import type { DealData } from '../../src/schemas/deal.ts';
import type { EntityData } from '../../src/schemas/entity.ts';

export const briefData = (over: Partial<BriefData> = {}): BriefData => ({
  title: 'Carmaker raises money',
  status: 'published',
  published: '2026-11-21',
  topics: ['funding'],
  entities: ['acme'],
  keyFacts: [],
  figures: [],
  caveats: [],
  sourceSummary: { lang: 'ru', text: 'Компания привлекла деньги.' },
  source: {
    file: 'a.txt',
    sha256: 'a'.repeat(64),
    lang: 'ru',
    date: { value: '2021-03-28', precision: 'day', basis: 'stated' },
  },
  ...over,
});

export const entityData = (over: Partial<EntityData> = {}): EntityData => ({
  name: 'Acme',
  type: 'company',
  aliases: [],
  description: 'A test company.',
  facts: [],
  relations: [],
  ...over,
});

export const dealData = (over: Partial<DealData> = {}): DealData => ({
  title: 'Acme round',
  kind: 'funding-round',
  parties: [
    { entity: 'acme', role: 'target' },
    { entity: 'bolt', role: 'lead' },
  ],
  status: 'completed',
  briefs: ['b1'],
  caveats: [],
  ...over,
});

export const brief = (id: string, over: Partial<BriefData> = {}): Brief => ({ id, data: briefData(over), body: 'Summary.' });
export const entity = (id: string, over: Partial<EntityData> = {}): Entity => ({ id, data: entityData({ name: id, ...over }) });
export const deal = (id: string, over: Partial<DealData> = {}): Deal => ({ id, data: dealData(over) });
export const topic = (id: string, name = id): Topic => ({ id, data: { name, description: `${name} news.` } });
