import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { pairwiseCharge, pairwiseCollide } from './forces.ts';

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
 * Every entity page draws its neighbourhood (itself and at most 40 others), so this runs
 * once per entity. The repulsion and collision forces are exact pairwise sums
 * (src/lib/graph/forces.ts), not d3's quadtree versions: for graphs this small they lay
 * out the same pictures alike, run to rest, in a fraction of the time d3's took cut short
 * (see BENCHMARKS.md).
 */
export function layoutGraph(
  ids: readonly string[],
  links: readonly { source: string; target: string }[],
  size = 640,
  widthOf: (id: string) => number = () => 0,
): Layout {
  const nodes: SimNode[] = ids.map((id) => ({ id }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links.map((l) => ({ ...l })))
        .id((n) => n.id)
        .distance(90),
    )
    .force('charge', pairwiseCharge<SimNode>(-420))
    .force('collide', pairwiseCollide<SimNode>(42))
    // Gentle pull to the middle keeps separate clusters in view instead of drifting apart.
    .force('x', forceX(0).strength(0.07))
    .force('y', forceY(0).strength(0.07))
    .stop();
  // d3's own cooling: from alpha 1 to its resting 0.001 in 300 steps.
  simulation.tick(300);
  return fitLayout(nodes, size, widthOf);
}

/** Room above the top node (its label) and below the bottom one. */
const MARGIN_Y = 40;
/** Room beyond the end of a label, and around a node with a short one. */
const PAD_X = 12;
/** Half the width of a node's dot with its outline: the least room a node with no label needs. */
const DOT_RADIUS = 11;
/**
 * Below this the dots, which the simulation keeps about 84 apart, would crowd each other;
 * a picture whose labels do not fit even so is drawn at this scale, wider than asked
 * (CSS shrinks it to the page).
 */
const MIN_SCALE = 0.35;

/**
 * Scales the simulated positions into a picture at most `size` wide (and 0.9 × size
 * tall), as large as fits up to ×1.2. Each label is centred over its node, so the
 * picture must hold every node's label, not only its dot: a long name near an edge
 * was cut off when a fixed margin stood in for every label.
 */
function fitLayout(nodes: readonly SimNode[], size: number, widthOf: (id: string) => number): Layout {
  if (!nodes.length) return { nodes: [], width: 0, height: 0 };
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const half = nodes.map((n) => Math.max(widthOf(n.id) / 2, DOT_RADIUS) + PAD_X);
  const minY = Math.min(...ys, 0),
    maxY = Math.max(...ys, 0);
  // Left and right ends of the widest extent at a given scale.
  const extent = (scale: number) => {
    let left = Infinity,
      right = -Infinity;
    xs.forEach((x, i) => {
      left = Math.min(left, x * scale - half[i]!);
      right = Math.max(right, x * scale + half[i]!);
    });
    return { left, right };
  };
  const widthAt = (scale: number) => {
    const { left, right } = extent(scale);
    return right - left;
  };
  // The width grows with the scale (it is a maximum of straight lines minus a minimum of
  // them), so the largest scale that fits is found by halving the interval.
  let scale = Math.min(1.2, (size * 0.9) / Math.max(maxY - minY, 1));
  // Never below MIN_SCALE for the labels' sake: where even that is too wide, it stays at it.
  if (widthAt(scale) > size && scale > MIN_SCALE) {
    let low = MIN_SCALE;
    for (let step = 0; step < 40; step++) {
      const mid = (low + scale) / 2;
      if (widthAt(mid) > size) scale = mid;
      else low = mid;
    }
    scale = low;
  }
  const { left, right } = extent(scale);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width: Math.ceil(right - left),
    height: Math.round((maxY - minY) * scale + 2 * MARGIN_Y),
    nodes: nodes.map((n, i) => ({ id: n.id, x: round(xs[i]! * scale - left), y: round((ys[i]! - minY) * scale + MARGIN_Y) })),
  };
}

/**
 * About how wide a label is drawn, in pixels at `fontSize`: wide (CJK, Hangul, fullwidth)
 * characters take a full em, others a little over half of one. An estimate for fitting
 * the picture, not a measurement: the build has no fonts to measure with.
 */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE_CHAR.test(ch) ? 1 : 0.58;
  return ems * fontSize;
}
const WIDE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uFF00-\uFFEF]/u;

/**
 * The widest a node's label is drawn, in pixels at the labels' 11px: about 36 Latin
 * letters or 20 Han characters. The picture is scaled to hold every label whole, so one
 * name of a hundred letters shrank the whole picture to its least scale, its dots and
 * labels piled on one another; a longer name is cut to this width and ends in "…", and
 * the node's title carries it whole.
 */
export const MAX_LABEL_WIDTH = 230;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `name` as a graph labels it: whole when it is at most `maxWidth` wide (by `labelWidth`),
 * otherwise cut after whole characters (a letter with its marks, an emoji, never half a
 * surrogate pair), trailing spaces and punctuation dropped, with "…" added.
 */
export function graphLabel(name: string, fontSize: number, maxWidth = MAX_LABEL_WIDTH): string {
  if (labelWidth(name, fontSize) <= maxWidth) return name;
  const room = maxWidth - labelWidth('…', fontSize);
  let cut = '';
  for (const { segment } of graphemes.segment(name)) {
    if (labelWidth(cut + segment, fontSize) > room) break;
    cut += segment;
  }
  return `${cut.replace(/[\s\p{P}]+$/u, '')}…`;
}
