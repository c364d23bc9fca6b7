import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeWidth } from './observe-width';

/** A resize observer that reports only when the test says so. */
class ManualObserver {
  static last: ManualObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly report: () => void) {
    ManualObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

describe('observeWidth', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the width at once, then follows the observer until detached', () => {
    vi.stubGlobal('ResizeObserver', ManualObserver);
    const widths: number[] = [];
    let width = 320;
    const element = document.createElement('div');
    Object.defineProperty(element, 'clientWidth', { get: () => width });
    const detach = observeWidth((value) => widths.push(value))(element);
    expect(widths).toEqual([320]);
    expect(ManualObserver.last!.observed).toEqual([element]);
    width = 800;
    ManualObserver.last!.report();
    expect(widths).toEqual([320, 800]);
    (detach as () => void)();
    expect(ManualObserver.last!.disconnected).toBe(true);
  });
});
