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

function elementOfWidth(width: number): HTMLElement {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => width });
  return element;
}

describe('observeWidth', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the resize observer, so as not to force a layout of what is drawn', () => {
    vi.stubGlobal('ResizeObserver', ManualObserver);
    const widths: number[] = [];
    const element = elementOfWidth(640);
    const detach = observeWidth((width) => widths.push(width))(element);
    expect(widths).toEqual([]);
    ManualObserver.last!.report();
    expect(widths).toEqual([640]);
    expect(ManualObserver.last!.observed).toEqual([element]);
    (detach as () => void)();
    expect(ManualObserver.last!.disconnected).toBe(true);
  });

  it('reads the width at once when asked, and then follows the observer', () => {
    vi.stubGlobal('ResizeObserver', ManualObserver);
    const widths: number[] = [];
    let width = 320;
    const element = document.createElement('div');
    Object.defineProperty(element, 'clientWidth', { get: () => width });
    observeWidth((value) => widths.push(value), { atOnce: true })(element);
    expect(widths).toEqual([320]);
    width = 800;
    ManualObserver.last!.report();
    expect(widths).toEqual([320, 800]);
  });
});
