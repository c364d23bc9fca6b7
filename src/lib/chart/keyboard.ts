/**
 * Keyboard twins of the pointer gestures. On an event mark, keys move between
 * events and follow links; anywhere else on the chart, they zoom and pan.
 */
export type MarkAction =
  'previous' | 'next' | 'first' | 'last' | 'select' | 'follow-answer' | 'follow-trigger' | 'clear';
export type ChartAction =
  'zoom-in' | 'zoom-out' | 'pan-earlier' | 'pan-later' | 'to-start' | 'to-end' | 'reset';

const MARK_KEYS: Record<string, MarkAction> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Home: 'first',
  End: 'last',
  Enter: 'select',
  ' ': 'select',
  ']': 'follow-answer',
  '[': 'follow-trigger',
  Escape: 'clear',
};

const CHART_KEYS: Record<string, ChartAction> = {
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  ArrowLeft: 'pan-earlier',
  ArrowRight: 'pan-later',
  Home: 'to-start',
  End: 'to-end',
  '0': 'reset',
};

export function markAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): MarkAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return MARK_KEYS[event.key];
}

/** Zoom and pan keys work on marks too, except those that marks use for moving between events. */
export function chartAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  onMark: boolean,
): ChartAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (onMark && event.key in MARK_KEYS) return undefined;
  return CHART_KEYS[event.key];
}

/** The id before or after `current` in `orderedIds`, staying at the ends. */
export function stepThrough(
  orderedIds: readonly string[],
  current: string | null,
  step: 1 | -1,
): string | undefined {
  if (orderedIds.length === 0) return undefined;
  const index = current === null ? -1 : orderedIds.indexOf(current);
  if (index < 0) return step === 1 ? orderedIds[0] : orderedIds[orderedIds.length - 1];
  return orderedIds[Math.min(orderedIds.length - 1, Math.max(0, index + step))];
}
