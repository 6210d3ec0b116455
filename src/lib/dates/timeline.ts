import { partialDateSortKey } from './partial-dates.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { Catalog } from '../content/catalog.ts';
import { paths } from '../site/urls.ts';
import { compareText } from '../text/compare-text.ts';

/** A dated thing that happened: an article published, or a deal reported. */
export interface TimelineEvent {
  kind: 'brief' | 'deal';
  id: string;
  title: string;
  date: PartialDate;
  /** Entities the event concerns (a brief's entities, a deal's parties). */
  entities: string[];
  /** For deals: the kind of deal ("funding-round"). */
  detail?: string | undefined;
  /** Site-relative address: the brief's page, or the deal's row on its home brief's page. */
  path: string;
}

export interface Timeline {
  /** Dated events, oldest first; for equal dates briefs before deals, then by id. */
  events: TimelineEvent[];
  /** Deals with no date, which cannot be placed. */
  undated: { id: string; title: string; path: string }[];
  byEntity: Map<string, TimelineEvent[]>;
  /** The dated events by year, oldest year first: grouped once for the year pages and their links. */
  byYear: { year: string; events: TimelineEvent[] }[];
  /**
   * The years of `byYear`, oldest first: for the links between year pages, which then depend
   * on which years there are, not on every event of them.
   */
  years: string[];
}

const order = (a: TimelineEvent, b: TimelineEvent) =>
  compareText(partialDateSortKey(a.date), partialDateSortKey(b.date)) || compareText(a.kind, b.kind) || compareText(a.id, b.id);

/** Every dated brief and deal in date order, and each entity's share of them: linear in content size. */
export function buildTimeline(index: Pick<Catalog, 'briefs' | 'deals' | 'dealHome'>): Timeline {
  const events: TimelineEvent[] = [];
  const undated: Timeline['undated'] = [];
  for (const b of index.briefs) {
    // Published briefs always have a date; a draft may not have one yet.
    if (b.data.source.date)
      events.push({
        kind: 'brief',
        id: b.id,
        title: b.data.title,
        date: b.data.source.date,
        entities: [...new Set(b.data.entities)],
        path: paths.brief(b.id),
      });
  }
  for (const d of index.deals) {
    const home = index.dealHome.get(d.id);
    if (!home) continue;
    const path = paths.deal(d.id, home);
    if (!d.data.date) {
      undated.push({ id: d.id, title: d.data.title, path });
      continue;
    }
    const entities = [...new Set(d.data.parties.map((p) => p.entity))];
    events.push({ kind: 'deal', id: d.id, title: d.data.title, date: d.data.date, entities, detail: d.data.kind, path });
  }
  events.sort(order);
  const byEntity = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    for (const entity of e.entities) {
      const list = byEntity.get(entity);
      if (list) list.push(e);
      else byEntity.set(entity, [e]);
    }
  }
  const byYear = groupByYear(events);
  return { events, undated, byEntity, byYear, years: byYear.map((g) => g.year) };
}

/** Events grouped by year, keeping their order. */
export function groupByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const e of events) {
    const year = e.date.value.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(e);
    else groups.push({ year, events: [e] });
  }
  return groups;
}
