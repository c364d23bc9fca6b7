/** JSON.parse for a dataset file: a leading byte order mark is allowed, as editors on Windows write one. */
const BYTE_ORDER_MARK = 0xfeff;

/** The parsed text, or undefined when it is not JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}
