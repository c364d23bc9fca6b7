/**
 * Keeps the address bar in step with the timeline: every change replaces the
 * URL, so it can be shared as it stands; a change of selected event adds a
 * history entry, so Back returns to the previous event; Back and Forward
 * restore the state from the URL.
 */
import type { TimelineState } from './timeline-state.svelte';
import { parseViewState, writeViewState } from './view-state';

export function syncUrl(timeline: TimelineState, { history: addHistory = true } = {}) {
  let lastSelected = timeline.selectedId;

  $effect(() => {
    const search = writeViewState(timeline.toViewState(), location.search);
    const selectionChanged = timeline.selectedId !== lastSelected;
    lastSelected = timeline.selectedId;
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (selectionChanged && addHistory) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  });

  $effect(() => {
    const restore = () => {
      timeline.apply(parseViewState(location.search));
      lastSelected = timeline.selectedId;
    };
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  });
}
