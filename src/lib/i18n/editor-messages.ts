/**
 * The strings of the editors' dataset bar and drop zone. Their own module, not
 * tool-messages.ts: the drop zone comes with the page (a file dropped before
 * it was there would replace the page), so these few travel in the first
 * download and the other tools' strings stay in their chunks. Same rules as
 * messages.ts.
 */
export const editorMessages = {
  dataset: 'Dataset',
  openFile: 'Open a dataset…',
  dropHere: 'Drop a .json dataset to open it. It stays on this computer.',
  showingFile: (name: string) => `Showing your file ${name}. It has not been uploaded anywhere.`,
  backToSite: 'Back to the published data',
} as const;
