/**
 * What the app says when a dataset cannot be shown: kept out of messages.ts
 * so they travel with the error panel, which loads only when it is needed.
 * Same rules as messages.ts.
 */
export const errorMessages = {
  loadFailedTitle: 'The timeline could not be loaded',
  invalidTitle: 'This dataset has problems',
  invalidIntro: (count: number, file: string) =>
    `${count} ${count === 1 ? 'problem was' : 'problems were'} found in ${file}. Each shows the line and column in the file, the place in the data, and how to fix it.`,
  fetchFailed: (status: string) => `The server answered ${status}.`,
  networkFailed: 'The file could not be fetched. Check the address and your connection.',
  rejectedUrl: 'Only datasets on this site can be opened (a relative address or one on the same origin).',
  editorsHint: 'Editors: run npm run validate for the same report in the terminal.',
  problemLocation: (line: number, column: number) => `line ${line}, column ${column}`,
  problemExcerpt: (line: number) => `The file around line ${line}`,
} as const;
