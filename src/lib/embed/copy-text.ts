/**
 * Copies text to the clipboard; resolves false when the browser refuses (no
 * permission in a sandboxed frame, no secure context), so the caller can offer
 * the text to copy by hand. Never throws.
 */
export async function copyText(
  text: string,
  clipboard: Clipboard | undefined = navigator.clipboard,
): Promise<boolean> {
  try {
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
