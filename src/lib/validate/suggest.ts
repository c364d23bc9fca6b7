/** Finds the known name an editor most likely meant, for "did you mean …?" hints. */
export function nearestName(typed: string, known: Iterable<string>): string | undefined {
  const lowerTyped = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(lowerTyped, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Beyond about a third of the word, a suggestion is more confusing than helpful.
  const limit = Math.max(1, Math.floor(typed.length / 3));
  return bestDistance <= limit && bestDistance < typed.length ? best : undefined;
}

/** Levenshtein distance, with two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function didYouMean(typed: string, known: Iterable<string>): string {
  const nearest = nearestName(typed, known);
  return nearest ? `; did you mean "${nearest}"?` : '.';
}
