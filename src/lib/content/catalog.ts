import { partialDateSortKey } from '../dates/partial-dates.ts';
import type { PartyRole } from '../../schemas/deal.ts';
import { RELATION_LABELS, SYMMETRIC_RELATIONS, type RelationType } from '../../schemas/relation-types.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { compareFigures, comparisonsByBriefAndEntity, type FactComparison } from '../figures/comparisons.ts';
import { dealHomeBrief } from './deal-home.ts';
import { buildTimeline, type Timeline } from '../dates/timeline.ts';
import { buildEntityGraph, type EntityGraph } from '../graph/entity-graph.ts';
import type { Brief, Collections, Deal, Entity, Topic } from './entries.ts';
import { paths } from '../site/urls.ts';
import { DerivedMap } from '../incremental/derived-map.ts';
import { relatedBriefs } from './related-briefs.ts';
import { compareNames, compareText } from '../text/compare-text.ts';

export interface RelationView {
  type: RelationType;
  /** Phrase read from the entity whose page shows it: "invests in" or "backed by". */
  label: string;
  other: string;
  direction: 'forward' | 'inverse';
  source: SourceRef;
  note?: string | undefined;
}

export interface DealRole {
  deal: Deal;
  roles: PartyRole[];
}

/**
 * All cross-collection lookups, built once per build in one pass over each
 * collection (linear in the content), so pages never join collections themselves.
 */
export interface Catalog {
  briefs: Brief[]; // newest first
  entities: Entity[];
  deals: Deal[]; // newest first, undated last
  topics: Topic[];
  brief: Map<string, Brief>;
  entity: Map<string, Entity>;
  deal: Map<string, Deal>;
  topic: Map<string, Topic>;
  briefsByEntity: Map<string, Brief[]>;
  briefsByTopic: Map<string, Brief[]>;
  dealsByBrief: Map<string, Deal[]>;
  dealsByEntity: Map<string, DealRole[]>;
  /** Per deal, the brief whose page holds its row (src/lib/content/deal-home.ts). */
  dealHome: Map<string, string>;
  relationsByEntity: Map<string, RelationView[]>;
  /** Facts reported with figures by two or more briefs, for the briefs and the entity they concern. */
  factsByBrief: Map<string, FactComparison[]>;
  factsByEntity: Map<string, FactComparison[]>;
  /** Dated briefs and deals in order, and per entity. */
  timeline: Timeline;
  /** Entities connected by deals and relations. */
  graph: EntityGraph;
  /** Entities by number of briefs and deals that mention them, most first. */
  mentionRanking: { entity: Entity; briefs: number; deals: number }[];
  /**
   * Per brief, the briefs most related to it (./related-briefs.ts), worked out when first
   * asked for. A page that shows them depends on these few briefs, not on every list of
   * briefs they were picked from.
   */
  relatedBriefs: DerivedMap<string, Brief[]>;
}

const byBriefDate = (a: Brief, b: Brief) =>
  compareText(partialDateSortKey(b.data.source.date), partialDateSortKey(a.data.source.date)) || compareText(a.id, b.id);

const byDealDate = (a: Deal, b: Deal) => {
  if (!a.data.date !== !b.data.date) return a.data.date ? -1 : 1;
  return compareText(partialDateSortKey(b.data.date), partialDateSortKey(a.data.date)) || compareText(a.id, b.id);
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCatalog(c: Collections): Catalog {
  const briefs = [...c.briefs].sort(byBriefDate);
  const deals = [...c.deals].sort(byDealDate);
  const entities = [...c.entities].sort((a, b) => compareNames(a.data.name, b.data.name) || compareText(a.id, b.id));
  const topics = [...c.topics].sort((a, b) => compareNames(a.data.name, b.data.name) || compareText(a.id, b.id));

  const briefsByEntity = new Map<string, Brief[]>();
  const briefsByTopic = new Map<string, Brief[]>();
  for (const b of briefs) {
    for (const e of new Set(b.data.entities)) push(briefsByEntity, e, b);
    for (const t of new Set(b.data.topics)) push(briefsByTopic, t, b);
  }

  const dealsByBrief = new Map<string, Deal[]>();
  const dealsByEntity = new Map<string, DealRole[]>();
  for (const d of deals) {
    for (const b of new Set(d.data.briefs)) push(dealsByBrief, b, d);
    const roles = new Map<string, PartyRole[]>();
    for (const p of d.data.parties) push(roles, p.entity, p.role);
    for (const [entity, r] of roles) push(dealsByEntity, entity, { deal: d, roles: r });
  }

  const relationsByEntity = new Map<string, RelationView[]>();
  for (const e of entities) {
    for (const r of e.data.relations) {
      const labels = RELATION_LABELS[r.type];
      push(relationsByEntity, e.id, { type: r.type, label: labels.forward, other: r.target, direction: 'forward', source: r.source, note: r.note });
      push(relationsByEntity, r.target, {
        type: r.type,
        label: SYMMETRIC_RELATIONS.has(r.type) ? labels.forward : labels.inverse,
        other: e.id,
        direction: 'inverse',
        source: r.source,
        note: r.note,
      });
    }
  }

  const mentionRanking = entities
    .map((entity) => ({
      entity,
      briefs: briefsByEntity.get(entity.id)?.length ?? 0,
      deals: dealsByEntity.get(entity.id)?.length ?? 0,
    }))
    .sort((a, b) => b.briefs - a.briefs || b.deals - a.deals || compareNames(a.entity.data.name, b.entity.data.name));

  const facts = comparisonsByBriefAndEntity(compareFigures(briefs));
  const brief = new Map(briefs.map((x) => [x.id, x]));
  const dealHome = new Map<string, string>();
  for (const d of deals) {
    const home = dealHomeBrief(d, brief);
    if (home) dealHome.set(d.id, home);
  }

  return {
    relatedBriefs: new DerivedMap((id: string) => {
      const of = brief.get(id);
      return of ? relatedBriefs(of, briefsByEntity, brief) : [];
    }),
    briefs, entities, deals, topics,
    factsByBrief: facts.byBrief,
    factsByEntity: facts.byEntity,
    timeline: buildTimeline({ briefs, deals, dealHome }),
    graph: buildEntityGraph({ deals, entities }),
    brief,
    entity: new Map(entities.map((x) => [x.id, x])),
    deal: new Map(deals.map((x) => [x.id, x])),
    topic: new Map(topics.map((x) => [x.id, x])),
    briefsByEntity, briefsByTopic, dealsByBrief, dealsByEntity, dealHome, relationsByEntity, mentionRanking,
  };
}

/** The site-relative address of a deal: its row on its home brief's page. */
export function dealPath(index: Pick<Catalog, 'dealHome'>, id: string): string {
  const home = index.dealHome.get(id);
  if (!home) throw new Error(`deal ${id} cites no brief on the site, so it has no row to link to`);
  return paths.deal(id, home);
}
