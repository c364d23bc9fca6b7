/**
 * Zoom and pan along the time axis, from the wheel, a trackpad, a mouse drag,
 * a finger swipe or a two-finger pinch, plus the keyboard and button twins.
 * It keeps one transform {k, x} (scale and offset of the plot) within limits
 * and reports it; the chart derives its time scale from it.
 *
 * Written for this chart instead of using d3-zoom: only the x axis moves, and
 * d3-zoom brings d3-selection, d3-transition, d3-interpolate and d3-color
 * with it (over a third of the bundle budget) for features we do not use.
 * The transform algebra is d3-zoom's, so `zoomedScale` reads it the same way.
 */
import { perFrame } from './per-frame';

export interface XTransform {
  k: number;
  x: number;
}

export interface ZoomController {
  /** Zoom by a factor around a point of the plot (default: its centre). */
  zoomBy(factor: number, atX?: number): void;
  /** Pan by a number of pixels (positive shows later dates). */
  panBy(dx: number): void;
  /** Jump, or glide, to a transform, such as one that shows a given window. */
  set(transform: XTransform, animate?: boolean): void;
  /** Call when the plot width or the zoom limit changes. */
  resize(width: number, maxScale: number): void;
  /** True while a drag, a pinch or a run of wheel events is moving the plot. */
  readonly gesturing: boolean;
  destroy(): void;
}

const ANIMATION_MS = 250;
/** Movement past which a press becomes a drag, and no longer a click. */
const DRAG_THRESHOLD = 4;
/** A wheel event less than this long after the previous one continues the same gesture. */
const WHEEL_GESTURE_MS = 200;

/** Keeps k within [1, maxK] and the plot covering the whole width: no panning into emptiness. */
export function clampTransform({ k, x }: XTransform, width: number, maxK: number): XTransform {
  const clampedK = Math.min(maxK, Math.max(1, k));
  return { k: clampedK, x: Math.min(0, Math.max(width - width * clampedK, x)) };
}

/** The transform after zooming by `factor` with the date under `atX` staying under it. */
export function zoomAround({ k, x }: XTransform, factor: number, atX: number): XTransform {
  const nextK = k * factor;
  return { k: nextK, x: atX - ((atX - x) / k) * nextK };
}

/**
 * zoomAround with the scale limits applied first, so that zooming past a limit
 * keeps the date under the pointer where it is instead of shifting the view.
 */
export function zoomWithin(transform: XTransform, factor: number, atX: number, maxK: number): XTransform {
  const nextK = Math.min(maxK, Math.max(1, transform.k * factor));
  return zoomAround(transform, nextK / transform.k, atX);
}

/** Wheel steps to a zoom factor, as d3-zoom does (a line is 20 px, a page 500). */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

export function attachZoom(element: SVGSVGElement, onzoom: (transform: XTransform) => void): ZoomController {
  let width = 1;
  let maxK = 1;
  let current: XTransform = { k: 1, x: 0 };
  let animation = 0;
  const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  // Gestures report once a frame (their events can come faster); everything else at once.
  const gestureReport = perFrame(onzoom);
  const apply = (next: XTransform, { gesture = false } = {}) => {
    const clamped = clampTransform(next, width, maxK);
    if (clamped.k === current.k && clamped.x === current.x) return;
    current = clamped;
    if (gesture) gestureReport.push(current);
    else {
      gestureReport.cancel();
      onzoom(current);
    }
  };
  const stopAnimation = () => cancelAnimationFrame(animation);
  const localX = (event: { clientX: number }) => event.clientX - element.getBoundingClientRect().left;

  const glideTo = (target: XTransform) => {
    stopAnimation();
    const from = current;
    const to = clampTransform(target, width, maxK);
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      // Interpolate the scale geometrically, so zooming feels even at every level.
      apply({ k: from.k * (to.k / from.k) ** eased, x: from.x + (to.x - from.x) * eased });
      if (t < 1) animation = requestAnimationFrame(step);
    };
    animation = requestAnimationFrame(step);
  };
  const go = (target: XTransform, animate: boolean) => {
    if (animate && !reduceMotion) glideTo(target);
    else {
      stopAnimation();
      apply(target);
    }
  };

  let lastWheel = -Infinity;
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    lastWheel = performance.now();
    stopAnimation();
    // Sideways wheels and trackpad swipes pan; vertical ones and pinches (ctrlKey) zoom.
    const next =
      Math.abs(event.deltaX) > Math.abs(event.deltaY)
        ? { k: current.k, x: current.x - event.deltaX }
        : zoomWithin(current, wheelFactor(event), localX(event), maxK);
    apply(next, { gesture: true });
  };

  const pointers = new Map<number, number>();
  let travelled = 0;
  let dragging = false;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return { mid: (a! + b!) / 2, distance: Math.abs(a! - b!) };
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    stopAnimation();
    pointers.set(event.pointerId, localX(event));
    travelled = 0;
    dragging = false;
  };
  const onPointerMove = (event: PointerEvent) => {
    const previous = pointers.get(event.pointerId);
    if (previous === undefined) return;
    const now = localX(event);
    if (pointers.size === 2) {
      const before = spread();
      pointers.set(event.pointerId, now);
      const after = spread();
      if (before.distance > 0) {
        const zoomed = zoomWithin(current, after.distance / before.distance, before.mid, maxK);
        apply({ k: zoomed.k, x: zoomed.x + after.mid - before.mid }, { gesture: true });
      }
      dragging = true;
      return;
    }
    pointers.set(event.pointerId, now);
    travelled += Math.abs(now - previous);
    if (!dragging && travelled < DRAG_THRESHOLD) return;
    if (!dragging) {
      dragging = true;
      // Capture only once it is a drag: a capture at press time would turn clicks on marks into clicks on the plot.
      element.setPointerCapture?.(event.pointerId);
      element.classList.add('dragging');
    }
    apply({ k: current.k, x: current.x + now - previous }, { gesture: true });
  };
  const onPointerEnd = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size > 0) return;
    element.classList.remove('dragging');
    if (dragging) {
      // The click that ends a drag is not a click on whatever lies under the pointer.
      const swallow = (click: MouseEvent) => click.stopPropagation();
      element.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => element.removeEventListener('click', swallow, { capture: true }), 0);
    }
  };

  // One signal removes every listener on destroy.
  const listeners = new AbortController();
  const { signal } = listeners;
  element.addEventListener('wheel', onWheel, { passive: false, signal });
  element.addEventListener('pointerdown', onPointerDown, { signal });
  element.addEventListener('pointermove', onPointerMove, { signal });
  element.addEventListener('pointerup', onPointerEnd, { signal });
  element.addEventListener('pointercancel', onPointerEnd, { signal });

  return {
    zoomBy(factor, atX) {
      go(zoomWithin(current, factor, atX ?? width / 2, maxK), true);
    },
    panBy(dx) {
      go({ k: current.k, x: current.x - dx }, true);
    },
    set(transform, animate = false) {
      go(transform, animate);
    },
    resize(newWidth, maxScale) {
      width = Math.max(1, newWidth);
      maxK = Math.max(1, maxScale);
      apply(current);
    },
    get gesturing() {
      return (dragging && pointers.size > 0) || performance.now() - lastWheel < WHEEL_GESTURE_MS;
    },
    destroy() {
      stopAnimation();
      gestureReport.cancel();
      listeners.abort();
    },
  };
}
