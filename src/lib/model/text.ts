import type { LocalizedText } from './schema';

/**
 * Picks the text for a language: the exact language, then its base language
 * ("pt" for "pt-BR"), then the dataset's default, then whatever exists.
 */
export function localize(text: LocalizedText, language: string, fallback = 'en'): string {
  if (typeof text === 'string') return text;
  const base = language.split('-')[0]!;
  return text[language] ?? text[base] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
