import { forceCollide, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { pairwiseCharge, pairwiseCollide } from '../../src/lib/graph/forces.ts';
import { layoutGraph } from '../../src/lib/graph/layout.ts';

/** Nodes scattered over a square, at rest or moving, from a fixed seed. */
function scatter(count: number, side: number, seed: number, moving = false): SimulationNodeDatum[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, index) => ({
    index,
    x: next() * side,
    y: next() * side,
    vx: moving ? next() * 4 - 2 : 0,
    vy: moving ? next() * 4 - 2 : 0,
  }));
}
const copy = (nodes: SimulationNodeDatum[]) => nodes.map((n) => ({ ...n }));
const velocities = (nodes: SimulationNodeDatum[]) => nodes.flatMap((n) => [n.vx!, n.vy!]);

/** The force moved some nodes, and moved every node as d3's did. */
function expectSameVelocities(start: SimulationNodeDatum[], actual: SimulationNodeDatum[], expected: SimulationNodeDatum[]) {
  const before = velocities(start);
  const a = velocities(actual);
  const e = velocities(expected);
  expect(a.filter((v, i) => v !== before[i]).length).toBeGreaterThan(4);
  a.forEach((v, i) => expect(v).toBeCloseTo(e[i]!, 9));
}

describe('pairwise graph forces', () => {
  it('push as d3-force’s many-body force does when it visits every node (theta 0)', () => {
    const start = scatter(40, 400, 7);
    const ours = copy(start);
    const d3s = copy(start);
    const charge = pairwiseCharge(-420);
    charge.initialize(ours);
    charge(0.6);
    const reference = forceManyBody().strength(-420).theta(0);
    reference.initialize(d3s, Math.random);
    reference(0.6);
    expectSameVelocities(start, ours, d3s);
  });

  it('separate overlapping nodes as d3-force’s collision force does', () => {
    // Loose enough that d3's quadtree, built before the tick's first push, still finds
    // every overlapping pair; in a crowd it can miss a pair pushed together mid-tick,
    // which the pairwise sum does not.
    const start = scatter(40, 600, 11, true);
    const ours = copy(start);
    const d3s = copy(start);
    const collide = pairwiseCollide(42);
    collide.initialize(ours);
    collide(1);
    const reference = forceCollide(42);
    reference.initialize(d3s, Math.random);
    reference(1);
    expectSameVelocities(start, ours, d3s);
  });

  it('part nodes that start on top of each other, to about the collision distance', () => {
    // All within a few pixels, two on exactly one spot: only the collision force acts.
    const nodes = scatter(12, 4, 5);
    nodes[1]!.x = nodes[0]!.x;
    nodes[1]!.y = nodes[0]!.y;
    forceSimulation(nodes).force('collide', pairwiseCollide(42)).stop().tick(300);
    let closest = Infinity;
    for (const [i, a] of nodes.entries())
      for (const b of nodes.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x! - b.x!, a.y! - b.y!));
    expect(closest).toBeGreaterThan(80);
  });

  it('give the same layout every time', () => {
    // A centre linked to everyone and a ring among the others, like an entity's neighbourhood.
    const ids = Array.from({ length: 41 }, (_, i) => `e${String(i).padStart(2, '0')}`);
    const links = [
      ...ids.slice(1).map((t) => ({ source: ids[0]!, target: t })),
      ...ids.slice(1).map((t, i) => ({ source: t, target: ids[1 + ((i + 1) % 40)]! })),
    ];
    expect(layoutGraph(ids, links, 520)).toEqual(layoutGraph(ids, links, 520));
  });
});
