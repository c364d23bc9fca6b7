/**
 * Every string the interface shows, in one catalogue. English now; adding a
 * language means adding an entry here and its locale tag in locale.ts.
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
  embed: {
    navLabel: 'Timeline links',
    openFullView: 'Open full view',
    share: 'Copy link',
    copied: 'Link copied',
    copyByHand: 'Link to copy',
    button: 'Embed',
  },
  details: {
    close: 'Close details',
    dateWithPrecision: (date: string, precision: string) => `${date} (${precision})`,
    separator: ' · ',
    /** "diplomatsExpelled" → "Diplomats expelled". */
    figureName: (name: string) => {
      const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([a-zA-Z])(\d)/g, '$1 $2')
        .toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    },
    /** "travel-ban" → "travel ban". */
    modeName: (mode: string) => mode.replace(/-/g, ' '),
    note: 'Note',
    sourcesHeading: 'Sources',
    published: (date: string) => `published ${date}`,
    opensInNewTab: '(opens in a new tab)',
    inReplyTo: 'In reply to',
    answeredBy: 'Answered by',
    linkDetailsSeparator: ' — ',
    allegedBadge: '(alleged)',
  },
  legend: {
    actorsHeading: 'Who acted',
    actsHeading: 'What kind of act',
    linksHeading: 'Links',
    evidenceHeading: 'How sure the link is',
    datesNote:
      'A hollow mark with a bar: the date is known only to the month or year. A dashed outline: the date is approximate.',
  },
  filters: {
    actors: 'Who acted',
    categories: 'Kind of act',
    linkKinds: 'Links shown',
    evidence: 'Link evidence',
    period: 'Period',
    fromYear: 'From',
    toYear: 'To',
    anyYear: 'any',
    clear: 'Clear filters',
  },
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
