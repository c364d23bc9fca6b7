import { describe, expect, it } from 'vitest';
import { attachZoom, clampTransform, wheelFactor, zoomAround, zoomWithin } from './zoom';

describe('clampTransform', () => {
  it.each([
    [
      { k: 0.5, x: 10 },
      { k: 1, x: 0 },
    ],
    [
      { k: 2, x: 50 },
      { k: 2, x: 0 },
    ],
    [
      { k: 2, x: -5000 },
      { k: 2, x: -1000 },
    ],
    [
      { k: 500, x: 0 },
      { k: 100, x: 0 },
    ],
    [
      { k: 3, x: -700 },
      { k: 3, x: -700 },
    ],
  ])('keeps %j within the limits as %j', (transform, expected) => {
    expect(clampTransform(transform, 1000, 100)).toEqual(expected);
  });
});

describe('zoomAround', () => {
  it.each([
    { from: { k: 1, x: 0 }, factor: 2, at: 0, to: { k: 2, x: 0 } },
    { from: { k: 1, x: 0 }, factor: 2, at: 500, to: { k: 2, x: -500 } },
    { from: { k: 2, x: -500 }, factor: 0.5, at: 500, to: { k: 1, x: 0 } },
  ])('zooms by $factor at $at keeping the date under the pointer', ({ from, factor, at, to }) => {
    const next = zoomAround(from, factor, at);
    expect(next).toEqual(to);
    // The world point under the pointer is the same before and after.
    expect((at - next.x) / next.k).toBeCloseTo((at - from.x) / from.k, 9);
  });
});

describe('wheelFactor', () => {
  it.each([
    [{ deltaY: -100, deltaMode: 0, ctrlKey: false }, 2 ** 0.2],
    [{ deltaY: 100, deltaMode: 0, ctrlKey: false }, 2 ** -0.2],
    [{ deltaY: -3, deltaMode: 1, ctrlKey: false }, 2 ** 0.15],
    [{ deltaY: -10, deltaMode: 0, ctrlKey: true }, 2 ** 0.2],
  ])('turns %j into a factor of %d', (event, factor) => {
    expect(wheelFactor(event)).toBeCloseTo(factor, 9);
  });
});

describe('zoomWithin', () => {
  it('leaves the view where it is when zooming past the largest scale', () => {
    const atLimit = { k: 100, x: -30_000 };
    const next = zoomWithin(atLimit, 1.5, 640, 100);
    expect(next.k).toBe(100);
    expect(next.x).toBeCloseTo(-30_000, 6);
  });

  it('stops exactly at the limit, keeping the date under the pointer', () => {
    const next = zoomWithin({ k: 80, x: -20_000 }, 2, 640, 100);
    expect(next.k).toBe(100);
    expect((640 - next.x) / next.k).toBeCloseTo((640 + 20_000) / 80, 9);
  });

  it('does not zoom out past the whole timeline', () => {
    expect(zoomWithin({ k: 1, x: 0 }, 0.5, 300, 100)).toEqual({ k: 1, x: 0 });
  });
});

describe('attachZoom', () => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const wheel = (deltaY: number) => new WheelEvent('wheel', { deltaY, clientX: 500, cancelable: true });

  it('reports a burst of wheel events once, at the next frame, with their combined zoom', async () => {
    const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const reports: { k: number; x: number }[] = [];
    const zoom = attachZoom(plot, (transform) => reports.push(transform));
    zoom.resize(1000, 100);
    expect(zoom.gesturing).toBe(false);
    for (let i = 0; i < 3; i++) plot.dispatchEvent(wheel(-100));
    expect(reports).toEqual([]);
    expect(zoom.gesturing).toBe(true);
    await nextFrame();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.k).toBeCloseTo(2 ** 0.6, 9);
    zoom.destroy();
  });

  it('reports a programmatic change at once, replacing a pending gesture report', async () => {
    const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const reports: { k: number; x: number }[] = [];
    const zoom = attachZoom(plot, (transform) => reports.push(transform));
    zoom.resize(1000, 100);
    plot.dispatchEvent(wheel(-100));
    zoom.set({ k: 4, x: -1500 });
    expect(reports).toEqual([{ k: 4, x: -1500 }]);
    await nextFrame();
    expect(reports).toEqual([{ k: 4, x: -1500 }]);
    zoom.destroy();
  });
});

describe('attachZoom gesturing', () => {
  it('is true during a drag and false once the button is released', () => {
    const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const zoom = attachZoom(plot, () => {});
    zoom.resize(1000, 100);
    const pointer = (type: string, clientX: number) =>
      plot.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', button: 0, clientX }));
    pointer('pointerdown', 500);
    expect(zoom.gesturing).toBe(false);
    pointer('pointermove', 480);
    expect(zoom.gesturing).toBe(true);
    pointer('pointerup', 480);
    expect(zoom.gesturing).toBe(false);
    zoom.destroy();
  });
});
