import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LaidOutNode {
  id: string;
  x: number;
  y: number;
}

export interface Layout {
  nodes: LaidOutNode[];
  width: number;
  height: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/**
 * Positions nodes with d3-force, run to rest at build time so pages need no script.
 * d3-force starts nodes on a fixed spiral and its jitter uses a fixed-seed generator,
 * so the same graph always gets the same picture (deterministic builds).
 *
 * The simulation cools to d3's resting temperature in `ticks` steps (d3's default is
 * 300). Every entity page draws its neighbourhood, and in a profile of a 3,000-brief
 * build those layouts took 2.4 s of the 15 s of rendering, so entity pages ask for 120,
 * in which no two nodes end closer than the collision radius, in 40% of the time. The
 * one /network/ picture keeps 300, which spread the labels of its crowded clusters
 * visibly better in screenshots.
 */
export function layoutGraph(ids: readonly string[], links: readonly { source: string; target: string }[], size = 640, ticks = 300): Layout {
  const nodes: SimNode[] = ids.map((id) => ({ id }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string; target: string }>(links.map((l) => ({ ...l }))).id((n) => n.id).distance(90))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide(42))
    // Gentle pull to the middle keeps separate clusters in view instead of drifting apart.
    .force('x', forceX(0).strength(0.07))
    .force('y', forceY(0).strength(0.07))
    .stop();
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks)).tick(ticks);
  // Fit into the given width, with room at the sides for labels.
  const margin = 40;
  const side = 120;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const minX = Math.min(...xs, 0), maxX = Math.max(...xs, 0), minY = Math.min(...ys, 0), maxY = Math.max(...ys, 0);
  const scale = Math.min(1.2, (size - 2 * side) / Math.max(maxX - minX, 1), (size * 0.9) / Math.max(maxY - minY, 1));
  const width = Math.round((maxX - minX) * scale + 2 * side);
  const height = Math.round((maxY - minY) * scale + 2 * margin);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height,
    nodes: nodes.map((n) => ({ id: n.id, x: round(((n.x ?? 0) - minX) * scale + side), y: round(((n.y ?? 0) - minY) * scale + margin) })),
  };
}
