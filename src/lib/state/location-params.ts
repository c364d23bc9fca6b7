/** The URL options the app reads at start-up. Components never parse `location` themselves. */
export interface StartupOptions {
  /** Dataset address from `?data=`, if any. */
  dataUrl?: string;
}

export function readStartupOptions(search: string): StartupOptions {
  const params = new URLSearchParams(search);
  const dataUrl = params.get('data')?.trim();
  return dataUrl ? { dataUrl } : {};
}
