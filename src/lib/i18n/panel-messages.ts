/**
 * The strings of the panels that load when first opened (the details, the
 * legend, the filters): kept out of messages.ts so they travel in those
 * panels' chunks, not in the first download. Same rules as messages.ts.
 */
export const panelMessages = {
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
