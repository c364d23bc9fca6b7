/**
 * A small RFC 4180 CSV reader: comma-separated fields, optionally in double
 * quotes; inside quotes a doubled quote is one quote, and commas and line
 * breaks are data. Records end at CRLF, LF or a lone CR. Spreadsheet exports
 * (Google Sheets, Excel) are lenient about the rest, so this is too: a quote
 * inside an unquoted field is kept as text, and a byte-order mark is dropped.
 */

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into records of fields. A final line break does not start an empty record. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < input.length) {
    const char = input[i];
    if (char === '"' && field === '') {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= input.length) {
          throw new CsvSyntaxError(
            `the quoted field that starts on line ${openedOn} is never closed; add the missing closing "`,
            openedOn,
          );
        }
        const inner = input[i];
        if (inner === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === '\n' || (inner === '\r' && input[i + 1] !== '\n')) line++;
        field += inner;
        i++;
      }
      // Text between a closing quote and the next comma is kept, as spreadsheets do.
      continue;
    }
    if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
