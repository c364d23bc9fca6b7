/**
 * The strings of the tools that load on demand (the downloads and the embed
 * dialog; the editors' bar has editor-messages.ts): kept out of messages.ts
 * so they travel in those tools' chunks, not in the first download. Same
 * rules as messages.ts.
 */
export const toolMessages = {
  download: {
    csv: 'Events shown, as CSV (spreadsheet)',
    json: 'Events shown, as a dataset (JSON)',
    svg: 'This view, as a picture (SVG)',
    png: 'This view, as a picture (PNG)',
    credit: (title: string, licence: string, updated: string) =>
      `Source: ${title} (updated ${updated}) · Text licence: ${licence} · made with demarche`,
  },
  embedDialog: {
    dialogTitle: 'Embed this timeline',
    dialogIntro:
      'Paste this code into your page or learning platform. It shows the timeline as it is now: the selected event, the period and the filters.',
    height: 'Height (pixels)',
    theme: 'Theme',
    themeAuto: 'Follow the reader’s system',
    themeLight: 'Light',
    themeDark: 'Dark',
    startWithList: 'Start with the list',
    autoResize: 'Resize to fit (adds a small script; some platforms remove scripts)',
    code: 'Embed code',
    copyCode: 'Copy code',
    codeCopied: 'Code copied',
    preview: 'Preview',
    close: 'Close',
    iframeTitle: (title: string) => `Timeline: ${title}`,
  },
} as const;
