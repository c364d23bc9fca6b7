/**
 * The chain of an event: everything it answered and everything that answered
 * it, transitively, following links in both directions from it.
 */
export interface LinkEnds {
  from: string;
  to: string;
}

export interface Chain {
  /** Events the selected one answered, directly or not. */
  causes: Set<string>;
  /** Events that answered it, directly or not. */
  consequences: Set<string>;
  /** Links on those paths (indexes into the links list). */
  links: Set<number>;
}

export function chainOf(eventId: string, links: readonly LinkEnds[]): Chain {
  const outgoing = new Map<string, number[]>();
  const incoming = new Map<string, number[]>();
  links.forEach((link, i) => {
    (outgoing.get(link.from) ?? outgoing.set(link.from, []).get(link.from)!).push(i);
    (incoming.get(link.to) ?? incoming.set(link.to, []).get(link.to)!).push(i);
  });
  const chainLinks = new Set<number>();
  const walk = (edges: Map<string, number[]>, next: (link: LinkEnds) => string): Set<string> => {
    const seen = new Set<string>();
    const queue = [eventId];
    while (queue.length > 0) {
      const current = queue.pop()!;
      for (const index of edges.get(current) ?? []) {
        chainLinks.add(index);
        const other = next(links[index]!);
        if (other !== eventId && !seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return seen;
  };
  const consequences = walk(outgoing, (link) => link.to);
  const causes = walk(incoming, (link) => link.from);
  return { causes, consequences, links: chainLinks };
}
