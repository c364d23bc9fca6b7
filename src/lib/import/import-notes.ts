/** Small helpers for the notes an importer writes for the editor. */
export const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);
export const quote = (text: string) => `"${text}"`;
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The first few items and how many more, so a note stays readable for a thousand events. */
export function listOf(items: string[], shown = 5): string {
  const rest = items.length - shown;
  return `${items.slice(0, shown).join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
