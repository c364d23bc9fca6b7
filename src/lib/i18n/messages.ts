/**
 * Every string the interface shows, in one catalogue. English now; adding a
 * language means adding an entry here, and its month names beside
 * i18n/date-names.ts.
 */
export const en = {
  appName: 'demarche',
  loading: 'Loading the timeline…',
  eventsHeading: 'Events',
  listMore: (next: number, rest: number) =>
    `Show ${next} more ${next === 1 ? 'event' : 'events'} (${rest} not listed yet)`,
  eventCount: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,
  linkCount: (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`,
  actorsLabel: 'Actors',
  targetsLabel: 'Targets',
  approximately: 'about',
  updated: (date: string) => `Updated ${date}`,
  license: 'Text licence',
  chartRole: 'timeline',
  chartLabel: (title: string) => `${title}: timeline chart`,
  chartHelp:
    'Scroll or pinch to zoom, drag to pan. Keyboard: + and − zoom, arrow keys pan, 0 resets. On an event: arrow keys move between events, Enter opens it, ] goes to the event that answered it and [ back to the one it answered.',
  markWords: { about: 'about', to: 'to' },
  clusterLabel: (count: number, actor: string, from: string, to: string) =>
    `${count} events by ${actor}, ${from} to ${to}. Press Enter to zoom in.`,
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show all',
  searchLabel: 'Search events',
  searchPlaceholder: 'Search events, actors, tags…',
  searchResults: 'Matching events',
  searchNoResults: 'No matching events',
  searchCount: (count: number) => `${count} matching ${count === 1 ? 'event' : 'events'}`,
  showing: (shown: number, total: number) =>
    shown === total ? `${total} events` : `Showing ${shown} of ${total} events`,
  viewGroup: 'View',
  viewChart: 'Chart',
  viewList: 'List',
  filtersButton: 'Filters',
  filtersActive: (count: number) => `Filters (${count})`,
  legendHeading: 'Legend',
  selectedLabel: 'Selected event',
  download: { button: 'Download' },
  opensInNewTab: '(opens in a new tab)',
  embed: {
    navLabel: 'Timeline links',
    openFullView: 'Open full view',
    share: 'Copy link',
    copied: 'Link copied',
    copyByHand: 'Link to copy',
    button: 'Embed',
  },
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
