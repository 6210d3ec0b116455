import type { SimulationNodeDatum } from 'd3-force';

/**
 * Exact pairwise versions of d3-force's many-body and collision forces, for the
 * small pictures Dossier lays out (at most 150 nodes). d3's own forces rebuild a
 * quadtree on every tick, an approximation (Barnes–Hut) that pays off for thousands
 * of nodes; for a few dozen it made every layout many times slower than summing
 * all pairs, which is exact (see BENCHMARKS.md). The arithmetic is d3's (forceManyBody with no distance
 * limit and forceCollide with one radius for every node), so the simulation that
 * drives them (cooling, velocity decay, links, centring) stays d3's own.
 */
export interface PairForce<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[]): void;
}

/** Like d3's `forceManyBody().strength(strength)`: negative pushes every pair apart. */
export function pairwiseCharge<N extends SimulationNodeDatum>(strength: number): PairForce<N> {
  return overNodes<N>((nodes, alpha) => {
    const w = strength * alpha;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const dx = b.x! - a.x!;
        const dy = b.y! - a.y!;
        let l = dx * dx + dy * dy;
        // d3 keeps two nodes at (almost) one spot from flinging each other away. Two at
        // exactly one spot get no push from here (d3 would jiggle them): the collision
        // force below parts them.
        if (l < 1) l = Math.sqrt(l) || Number.EPSILON;
        const f = w / l;
        a.vx! += dx * f;
        a.vy! += dy * f;
        b.vx! -= dx * f;
        b.vy! -= dy * f;
      }
    }
  });
}

/** Like d3's `forceCollide(radius)`: two nodes closer than twice the radius are pushed apart, half each. */
export function pairwiseCollide<N extends SimulationNodeDatum>(radius: number): PairForce<N> {
  const reach = 2 * radius;
  return overNodes<N>((nodes) => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      // Where the two will be after this tick's velocities; as in d3, a's is taken once.
      const ax = a.x! + a.vx!;
      const ay = a.y! + a.vy!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        let dx = ax - (b.x! + b.vx!);
        const dy = ay - (b.y! + b.vy!);
        let l = dx * dx + dy * dy;
        if (l >= reach * reach) continue;
        if (l === 0) {
          // Same spot: separate along x by a fixed hair, so the result is still deterministic.
          dx = 1e-6;
          l = dx * dx;
        }
        l = Math.sqrt(l);
        const k = ((reach - l) / l) * 0.5;
        a.vx! += dx * k;
        a.vy! += dy * k;
        b.vx! -= dx * k;
        b.vy! -= dy * k;
      }
    }
  });
}

/** A d3 force from a step over the simulation's nodes, which d3 hands over through `initialize`. */
function overNodes<N extends SimulationNodeDatum>(step: (nodes: readonly N[], alpha: number) => void): PairForce<N> {
  let nodes: N[] = [];
  const force = (alpha: number) => step(nodes, alpha);
  force.initialize = (n: N[]) => {
    nodes = n;
  };
  return force;
}
