import { describe, expect, it, vi } from 'vitest';
import { perFrame } from './per-frame';

/** A frame clock the test advances by hand. */
function fakeFrames() {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (run: () => void) => {
      queued.set(next, run);
      return next++;
    },
    unschedule: (id: number) => void queued.delete(id),
    frame() {
      const runs = [...queued.values()];
      queued.clear();
      for (const run of runs) run();
    },
    get pending() {
      return queued.size;
    },
  };
}

describe('perFrame', () => {
  it('calls once a frame with the latest of the values pushed during it', () => {
    const frames = fakeFrames();
    const call = vi.fn();
    const batch = perFrame(call, frames.schedule, frames.unschedule);
    batch.push(1);
    batch.push(2);
    batch.push(3);
    expect(call).not.toHaveBeenCalled();
    expect(frames.pending).toBe(1);
    frames.frame();
    expect(call.mock.calls).toEqual([[3]]);
    batch.push(4);
    frames.frame();
    expect(call.mock.calls).toEqual([[3], [4]]);
  });

  it('does not call in a frame where nothing was pushed', () => {
    const frames = fakeFrames();
    const call = vi.fn();
    perFrame(call, frames.schedule, frames.unschedule).push(1);
    frames.frame();
    frames.frame();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('drops a pending value when cancelled, and schedules afresh after', () => {
    const frames = fakeFrames();
    const call = vi.fn();
    const batch = perFrame(call, frames.schedule, frames.unschedule);
    batch.push(1);
    batch.cancel();
    expect(frames.pending).toBe(0);
    frames.frame();
    expect(call).not.toHaveBeenCalled();
    batch.push(2);
    frames.frame();
    expect(call.mock.calls).toEqual([[2]]);
  });
});
