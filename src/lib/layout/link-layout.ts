/** Arcs for the links whose two ends are on the chart. */
import type { Link } from '../model/schema';
import { arcGeometry, type Point } from './arcs';
import { formatLag, type LagWords, ENGLISH_LAG } from './lag';

export interface LinkEnd extends Point {
  date: string;
}

export interface LinkLayout {
  link: Link;
  index: number;
  d: string;
  mid: Point;
  /** Straight distance between the two marks, to decide whether a lag label fits. */
  length: number;
  lag: string | undefined;
}

export function layoutLinks(
  links: readonly Link[],
  ends: ReadonlyMap<string, LinkEnd>,
  { trim = 8, words = ENGLISH_LAG }: { trim?: number; words?: LagWords } = {},
): LinkLayout[] {
  const result: LinkLayout[] = [];
  links.forEach((link, index) => {
    const from = ends.get(link.from);
    const to = ends.get(link.to);
    if (!from || !to) return;
    const geometry = arcGeometry(from, to, 60, trim);
    if (!geometry.d) return;
    result.push({
      link,
      index,
      d: geometry.d,
      mid: geometry.mid,
      length: Math.hypot(to.x - from.x, to.y - from.y),
      lag: formatLag(from.date, to.date, words),
    });
  });
  return result;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LagLabel {
  index: number;
  x: number;
  y: number;
  text: string;
}

/**
 * Which lag labels to show: arcs of the highlighted chain first, then the
 * longest others, skipping any label that would cover one already placed, an
 * obstacle (marks and their labels) or fall outside the plot. Without a highlighted chain only long arcs get one,
 * so the overview stays calm.
 */
export function placeLagLabels(
  arcs: readonly LinkLayout[],
  chain: ReadonlySet<number> | null,
  {
    width,
    charWidth = 6.2,
    lineHeight = 14,
    minLength = 200,
    obstacles = [],
  }: {
    width: number;
    charWidth?: number;
    lineHeight?: number;
    minLength?: number;
    obstacles?: readonly Box[];
  },
): LagLabel[] {
  const inChain = (arc: LinkLayout) => chain?.has(arc.index) ?? false;
  const candidates = arcs
    .filter(
      (arc) =>
        arc.lag !== undefined && (inChain(arc) ? arc.length > 30 : chain === null && arc.length > minLength),
    )
    .sort((a, b) => Number(inChain(b)) - Number(inChain(a)) || b.length - a.length);
  const placed: Box[] = [];
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const labels: LagLabel[] = [];
  for (const arc of candidates) {
    const half = (arc.lag!.length * charWidth) / 2 + 3;
    const box = {
      x0: arc.mid.x - half,
      x1: arc.mid.x + half,
      y0: arc.mid.y - lineHeight / 2,
      y1: arc.mid.y + lineHeight / 2,
    };
    if (box.x0 < 0 || box.x1 > width) continue;
    if (placed.some((other) => overlaps(box, other)) || obstacles.some((other) => overlaps(box, other)))
      continue;
    placed.push(box);
    labels.push({ index: arc.index, x: arc.mid.x, y: arc.mid.y, text: arc.lag! });
  }
  return labels;
}
