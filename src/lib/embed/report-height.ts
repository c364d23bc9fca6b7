/**
 * Tells the page that embeds us how tall we are, whenever that changes, so a
 * small script there (public/embed.js) can size the iframe to fit. The
 * message carries only a number, so it may go to any origin: we cannot know
 * the parent's, and a sandboxed frame's own origin is opaque.
 */
export const RESIZE_MESSAGE = 'demarche:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

/** Starts reporting the element's height to the parent window; returns the stop function. */
export function startHeightReports(element: HTMLElement, target: Window | null = window.parent): () => void {
  if (!target || target === window) return () => {};
  let last = -1;
  const report = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}
