/**
 * Every string the interface shows, in one catalogue. English now; adding a
 * language means adding an entry here and a date-fns locale in locale.ts.
 */
export const en = {
  appName: 'demarche',
  loading: 'Loading the timeline…',
  loadFailedTitle: 'The timeline could not be loaded',
  invalidTitle: 'This dataset has problems',
  invalidIntro: (count: number, file: string) =>
    `${count} ${count === 1 ? 'problem was' : 'problems were'} found in ${file}. Each shows the line and column in the file, the place in the data, and how to fix it.`,
  fetchFailed: (status: string) => `The server answered ${status}.`,
  networkFailed: 'The file could not be fetched. Check the address and your connection.',
  rejectedUrl: 'Only datasets on this site can be opened (a relative address or one on the same origin).',
  editorsHint: 'Editors: run npm run validate for the same report in the terminal.',
  eventsHeading: 'Events',
  eventCount: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,
  linkCount: (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`,
  actorsLabel: 'Actors',
  targetsLabel: 'Targets',
  approximately: 'about',
  updated: (date: string) => `Updated ${date}`,
  license: 'Text licence',
  problemLocation: (line: number, column: number) => `line ${line}, column ${column}`,
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
