import { CsvUnclosedQuoteError } from '../enrolments.errors';

/**
 * Reads CSV as spreadsheet programs write it (RFC 4180): an optional UTF-8 byte order mark, `;` (Excel with
 * Dutch regional settings), `,` or a tab (Excel's "Unicode text") as delimiter, or the one a first line `sep=;` names
 * (Excel reads that line as a setting, not a row), fields in double quotes that may hold delimiters, line breaks and
 * doubled quotes (`""`), and CRLF, LF or CR line ends. Every record is returned, blank ones as `['']`. A quote that
 * is never closed is refused, naming its row: read on as RFC 4180 says, the rest of the file would be one field.
 */
export function parseCsv(text: string): string[][] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separatorLine = /^sep=(.)(\r\n|\r|\n)/i.exec(withoutBom);
  const input = separatorLine ? withoutBom.slice(separatorLine[0].length) : withoutBom;
  const delimiter = separatorLine?.[1] ?? detectDelimiter(input);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedInRecord = 0;
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
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedInRecord = records.length + 1;
    } else if (char === delimiter) endField();
    else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && input[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new CsvUnclosedQuoteError(quoteOpenedInRecord);
  // A last line without a line break still counts; the line break after the last record adds no record.
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter that occurs most in the header line, outside quotes: `;` when tied, as Dutch Excel writes it. */
function detectDelimiter(input: string): (typeof DELIMITERS)[number] {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of input) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best));
}
