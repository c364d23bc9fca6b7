/**
 * Remembers a function's results. Accessible names and count-mark names are
 * formatted dates and joined names: cheap once, but not for every mark at
 * every zoom frame, when the mark objects are new but the text is the same.
 */
export function memoize<A, V>(
  compute: (arg: A) => V,
  keyOf: (arg: A) => unknown = (arg) => arg,
  /** Past this many entries the memory starts afresh, so a long session does not grow it without end. */
  limit = 20_000,
): (arg: A) => V {
  const results = new Map<unknown, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (results.has(key)) return results.get(key)!;
    if (results.size >= limit) results.clear();
    const value = compute(arg);
    results.set(key, value);
    return value;
  };
}
