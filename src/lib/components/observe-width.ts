/**
 * An attachment that reports an element's width (clientWidth) whenever it
 * changes. Unlike bind:clientWidth it does not read the width when attached:
 * that first read forces a layout of everything drawn so far, and the chart
 * would be laid out twice before it is first shown. A resize observer reports
 * after the browser's own layout, before the frame is painted.
 */
import type { Attachment } from 'svelte/attachments';

export function observeWidth(onwidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => onwidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
