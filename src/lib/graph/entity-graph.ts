import type { Catalog } from '../content/catalog.ts';
import { compareText } from '../text/compare-text.ts';

export interface GraphEdge {
  /** For directed links (money, a one-way relation) the giver or subject; else the first id in order. */
  source: string;
  target: string;
  /** What connects them, read from source to target: "invests in", "partner", a deal title… */
  labels: string[];
  kind: 'deal' | 'relation' | 'both';
}

export interface EntityGraph {
  nodes: string[];
  edges: GraphEdge[];
  /** Edges touching each node. */
  edgesByNode: Map<string, GraphEdge[]>;
}

const GIVING = new Set(['lead', 'co-lead', 'participant', 'investor', 'acquirer', 'sponsor', 'manager']);
const RECEIVING = new Set(['target', 'licensee', 'issuer', 'seller']);

/**
 * The graph of entities connected by deals and recorded relations. One edge per pair,
 * carrying every label that connects them; built in one pass over deals and relations.
 */
export function buildEntityGraph(index: Pick<Catalog, 'deals' | 'entities'>): EntityGraph {
  const edges = new Map<string, GraphEdge>();
  const add = (source: string, target: string, label: string, kind: 'deal' | 'relation') => {
    if (source === target) return;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { source, target, labels: [label], kind });
    else {
      if (!edge.labels.includes(label)) edge.labels.push(label);
      if (edge.kind !== kind) edge.kind = 'both';
    }
  };
  for (const d of index.deals) {
    const givers = d.data.parties.filter((p) => GIVING.has(p.role)).map((p) => p.entity);
    const receivers = d.data.parties.filter((p) => RECEIVING.has(p.role)).map((p) => p.entity);
    if (givers.length && receivers.length) {
      for (const g of givers) for (const r of receivers) add(g, r, d.data.title, 'deal');
    } else {
      // Partnerships and joint ventures: every pair of parties.
      const parties = [...new Set(d.data.parties.map((p) => p.entity))];
      for (let i = 0; i < parties.length; i++)
        for (let j = i + 1; j < parties.length; j++) add(parties[i]!, parties[j]!, d.data.title, 'deal');
    }
  }
  for (const e of index.entities) {
    for (const r of e.data.relations) add(e.id, r.target, r.type.replace(/-/g, ' '), 'relation');
  }
  const list = [...edges.values()].sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target));
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const edge of list) {
    for (const n of [edge.source, edge.target]) {
      const l = edgesByNode.get(n);
      if (l) l.push(edge);
      else edgesByNode.set(n, [edge]);
    }
  }
  return { nodes: [...edgesByNode.keys()].sort(), edges: list, edgesByNode };
}

const degree = (graph: EntityGraph, id: string) => graph.edgesByNode.get(id)?.length ?? 0;

/**
 * The best-connected part of the graph: the `limit` nodes of highest degree and the
 * edges among them. A picture of thousands of nodes is unreadable and heavy; the full
 * graph is in the open data.
 */
export function coreGraph(graph: EntityGraph, limit: number): { nodes: string[]; edges: GraphEdge[] } {
  if (graph.nodes.length <= limit) return { nodes: graph.nodes, edges: graph.edges };
  const keep = new Set([...graph.nodes].sort((a, b) => degree(graph, b) - degree(graph, a) || compareText(a, b)).slice(0, limit));
  return { nodes: graph.nodes.filter((n) => keep.has(n)), edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

/** An entity, its direct neighbours (the `limit` best connected), and the edges among them. */
export function neighbourhood(graph: EntityGraph, id: string, limit = 40): { nodes: string[]; edges: GraphEdge[] } {
  const own = graph.edgesByNode.get(id) ?? [];
  const others = [...new Set(own.flatMap((e) => [e.source, e.target]))].filter((n) => n !== id);
  others.sort((a, b) => degree(graph, b) - degree(graph, a) || compareText(a, b));
  const nodes = new Set([id, ...others.slice(0, limit)]);
  const edges = new Set(own.filter((e) => nodes.has(e.source) && nodes.has(e.target)));
  // Edges between two neighbours show how they relate to each other as well.
  for (const n of nodes) for (const e of graph.edgesByNode.get(n) ?? []) if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e);
  return { nodes: [...nodes].sort(), edges: [...edges] };
}
