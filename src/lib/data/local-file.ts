/**
 * A dataset the editor opened from their own disk. It is read in the browser
 * and never sent anywhere; it is kept in sessionStorage, where the browser
 * allows it, so a reload shows it again until the editor goes back to the
 * bundled data.
 */
import { sizeProblem } from '../validate/size-limit';
import type { LocatedProblem } from '../validate/problem';

export const LOCAL_FILE_KEY = 'demarche:local-dataset';

export interface LocalFile {
  name: string;
  text: string;
}

/** sessionStorage, or undefined where reading it throws (sandboxed frames, some privacy modes). */
export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberLocalFile(file: LocalFile, storage = sessionStore()): boolean {
  try {
    storage?.setItem(LOCAL_FILE_KEY, JSON.stringify(file));
    return storage !== undefined;
  } catch {
    // Over the storage quota: the file still shows, it just will not survive a reload.
    return false;
  }
}

export function recallLocalFile(storage = sessionStore()): LocalFile | undefined {
  try {
    const stored = JSON.parse(storage?.getItem(LOCAL_FILE_KEY) ?? 'null') as Partial<LocalFile> | null;
    return typeof stored?.name === 'string' && typeof stored.text === 'string'
      ? { name: stored.name, text: stored.text }
      : undefined;
  } catch {
    return undefined;
  }
}

export function forgetLocalFile(storage = sessionStore()): void {
  try {
    storage?.removeItem(LOCAL_FILE_KEY);
  } catch {
    // Nothing to forget where storage cannot be reached.
  }
}

/** Reads a picked or dropped file, refusing oversized ones before reading a byte. */
export async function readLocalFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
): Promise<{ ok: true; file: LocalFile } | { ok: false; problem: LocatedProblem }> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  return { ok: true, file: { name: file.name, text: await file.text() } };
}
