/**
 * Coalesces a stream of values into at most one call a frame, with the latest
 * value. Wheel and pointer events can arrive several times between two frames;
 * laying the chart out for each would redo work the screen never shows.
 */
export interface PerFrame<T> {
  /** Remembers the value and makes sure a call is scheduled for the next frame. */
  push(value: T): void;
  /** Forgets a pending value, so a direct call can take its place. */
  cancel(): void;
}

export function perFrame<T>(
  call: (value: T) => void,
  schedule: (run: () => void) => number = requestAnimationFrame,
  unschedule: (id: number) => void = cancelAnimationFrame,
): PerFrame<T> {
  let pending: { value: T } | null = null;
  let id = 0;
  const run = () => {
    const next = pending;
    pending = null;
    if (next) call(next.value);
  };
  return {
    push(value) {
      if (!pending) id = schedule(run);
      pending = { value };
    },
    cancel() {
      if (pending) unschedule(id);
      pending = null;
    },
  };
}
