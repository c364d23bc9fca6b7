/**
 * Which links the chart draws in a frame, worked out on event indexes rather
 * than ids: on a large dataset this runs over thousands of links at every
 * zoom frame.
 */
import type { Link } from '../model/schema';
import { InViewStatus } from './in-view';

/** The index of each link's two events, or −1 for an end not among them. */
export interface LinkEndIndexes {
  from: Int32Array;
  to: Int32Array;
}

export function linkEndIndexes(
  links: readonly Pick<Link, 'from' | 'to'>[],
  indexOf: ReadonlyMap<string, number>,
): LinkEndIndexes {
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  links.forEach((link, i) => {
    from[i] = indexOf.get(link.from) ?? -1;
    to[i] = indexOf.get(link.to) ?? -1;
  });
  return { from, to };
}

/**
 * Indexes of the links to draw: those with at least one end in view, at most `max`, the ones between
 * marks drawn on their own first. A link into a count mark is left out: it would join two crowds,
 * not two events, and its lag would mean nothing.
 */
export function drawnLinkIndexes({ from, to }: LinkEndIndexes, status: Uint8Array, max: number): number[] {
  const at = (event: number) => (event < 0 ? InViewStatus.away : status[event]!);
  const touching: number[] = [];
  for (let i = 0; i < from.length; i++) {
    const a = at(from[i]!);
    const b = at(to[i]!);
    if (a === InViewStatus.clustered || b === InViewStatus.clustered) continue;
    if (a !== InViewStatus.away || b !== InViewStatus.away) touching.push(i);
  }
  if (touching.length <= max) return touching;
  const individual = (i: number) =>
    Number(at(from[i]!) === InViewStatus.mark) + Number(at(to[i]!) === InViewStatus.mark);
  // Array sort is stable: among equals, the links keep their order.
  return touching.sort((a, b) => individual(b) - individual(a)).slice(0, max);
}
