/** The URL options the app reads at start-up. Components never parse `location` themselves. */
export type Theme = 'light' | 'dark' | 'auto';

export interface StartupOptions {
  /** Dataset address from `?data=`, if any. */
  dataUrl?: string;
  /** `?embed=1`: the page chrome is off (embed.html sets it too). */
  embed: boolean;
  /** `?theme=light|dark`; `auto` (the default) follows the system. */
  theme: Theme;
  /** `?lang=nl`: the text language, used when the dataset has it. */
  language?: string;
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

export function readStartupOptions(search: string): StartupOptions {
  const params = new URLSearchParams(search);
  const dataUrl = params.get('data')?.trim();
  const theme = params.get('theme');
  const language = params.get('lang') ?? '';
  return {
    ...(dataUrl ? { dataUrl } : {}),
    embed: ['1', 'true', ''].includes(params.get('embed') ?? 'no'),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    ...(LANGUAGE.test(language) ? { language } : {}),
  };
}
