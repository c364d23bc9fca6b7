/**
 * The one place D3 touches the DOM: d3-zoom on the chart's SVG, limited to
 * the time axis. It reports the transform ({k, x}) and offers the keyboard
 * and button twins of every pointer gesture.
 */
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';

export interface XTransform {
  k: number;
  x: number;
}

export interface ZoomController {
  /** Zoom by a factor around a point of the plot (default: its centre). */
  zoomBy(factor: number, atX?: number): void;
  /** Pan by a number of pixels (positive shows later dates). */
  panBy(dx: number): void;
  /** Jump to a transform, such as one that shows a given window. */
  set(transform: XTransform, animate?: boolean): void;
  /** Call when the plot size or the zoom limit changes. */
  resize(width: number, height: number, maxScale: number): void;
  destroy(): void;
}

const ANIMATION_MS = 250;

export function attachZoom(element: SVGSVGElement, onzoom: (transform: XTransform) => void): ZoomController {
  const selection = select(element);
  let width = 1;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .filter((event: Event) => {
      // Sideways wheel and trackpad swipes pan instead (handled below).
      if (event instanceof WheelEvent) return Math.abs(event.deltaY) >= Math.abs(event.deltaX);
      const mouse = event as MouseEvent;
      return !mouse.button && !mouse.ctrlKey;
    })
    .on('zoom', (event: { transform: { k: number; x: number } }) => {
      onzoom({ k: event.transform.k, x: event.transform.x });
    });

  const onWheel = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    behaviour.translateBy(selection, -event.deltaX, 0);
  };
  selection.call(behaviour).on('dblclick.zoom', null);
  element.addEventListener('wheel', onWheel, { passive: false });
  const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const run = (
    apply: (target: typeof selection | ReturnType<typeof selection.transition>) => void,
    animate: boolean,
  ) => {
    if (animate && !reduceMotion) apply(selection.transition().duration(ANIMATION_MS));
    else apply(selection);
  };

  return {
    zoomBy(factor, atX) {
      const point: [number, number] = [atX ?? width / 2, 0];
      run((target) => behaviour.scaleBy(target as never, factor, point), true);
    },
    panBy(dx) {
      run((target) => behaviour.translateBy(target as never, -dx, 0), true);
    },
    set({ k, x }, animate = false) {
      run((target) => behaviour.transform(target as never, zoomIdentity.translate(x, 0).scale(k)), animate);
    },
    resize(newWidth, height, maxScale) {
      width = Math.max(1, newWidth);
      behaviour
        .extent([
          [0, 0],
          [width, height],
        ])
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ])
        .scaleExtent([1, maxScale]);
    },
    destroy() {
      selection.on('.zoom', null);
      element.removeEventListener('wheel', onWheel);
    },
  };
}
