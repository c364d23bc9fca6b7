/** The lines of a file around a problem, to show an editor where it is. */
export interface ExcerptLine {
  number: number;
  text: string;
  /** The problem's line; `caret` is where its column falls in `text`. */
  target: boolean;
  caret?: number;
}

const MAX_WIDTH = 100;

export function excerpt(source: string, line: number, column: number, radius = 1): ExcerptLine[] {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - radius);
  const last = Math.min(lines.length, line + radius);
  const result: ExcerptLine[] = [];
  // Long lines (minified files) are cut to a window around the column, the same window on every line.
  const start = column > MAX_WIDTH - 20 ? column - (MAX_WIDTH - 20) : 0;
  for (let number = first; number <= last; number++) {
    const full = lines[number - 1] ?? '';
    const cut = full.slice(start, start + MAX_WIDTH);
    const text = `${start > 0 ? '…' : ''}${cut}${start + MAX_WIDTH < full.length ? '…' : ''}`;
    const entry: ExcerptLine = { number, text, target: number === line };
    if (number === line) entry.caret = column - 1 - start + (start > 0 ? 1 : 0);
    result.push(entry);
  }
  return result;
}
