import { CSV_MAX_ROWS, type CsvEncoding, type ImportFormat, type ImportProblemCode } from '@koers/shared/enrolments';
import { withoutFormulaGuard } from '../../app/csv';
import { hasControlCharacters, hasStackedMarks, isMailAddress, sameNameKey, tidyEmail, tidyName } from '../../app/text';
import { readXlsxRows, type SheetRow, XLSX_MEDIA_TYPE, XlsxUnreadableError } from '../../app/xlsx';
import { isZip } from '../../app/zip';
import { decodeCsv } from './decode-csv';
import { CsvEmptyError, CsvMissingColumnsError, CsvNotTextError, CsvTooManyRowsError } from '../enrolments.errors';
import { ROLE_NAMES } from '../../app/export-table';
import { STATUS_NAMES } from '../enrolments.export';
import { parseCsv } from './parse-csv';

export interface EnrolmentCsvRow {
  /** As the spreadsheet numbers it: the header is row 1. */
  row: number;
  name: string;
  email: string;
  organisation: string;
  region: string;
  directorEmail: string;
  directorName: string;
  challengeTitle: string;
  /** Filled in a file exported from an edition, where only the participants' rows can be imported. */
  role: string;
  /** Filled in a file exported from an edition, where a withdrawn person's row is not enrolled again. */
  status: string;
  /** Filled cells under no heading (a blank one, or beyond the header's last): not read. */
  extraCells: number;
}

type Column = Exclude<keyof EnrolmentCsvRow, 'row' | 'extraCells'>;

export interface RowProblem {
  code: ImportProblemCode;
  /** For `duplicate_in_file`: the row where the address first appears; for `director_named_differently`, the row that named the director first. */
  firstRow?: number;
  /** For `too_long`: the (first) column too long, and how long it may be; for `lost_characters`, the column. */
  column?: { label: { nl: string; en: string }; maxLength?: number };
  /** For `extra_cells`: how many. */
  count?: number;
  /** For `director_named_differently`: the name the file gave the director first. */
  firstName?: string;
}

/** Header names in Dutch and English, compared without case, accents, spaces or punctuation. */
const HEADERS: Record<string, Column> = {
  naam: 'name',
  name: 'name',
  volledigenaam: 'name',
  fullname: 'name',
  email: 'email',
  emailadres: 'email',
  mailadres: 'email',
  emailaddress: 'email',
  organisatie: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  regio: 'region',
  region: 'region',
  directeuremail: 'directorEmail',
  directeuremailadres: 'directorEmail',
  emaildirecteur: 'directorEmail',
  directoremail: 'directorEmail',
  mailadresdirecteur: 'directorEmail',
  directeurmailadres: 'directorEmail',
  // The enrolments export's own headings (`enrolments.export.ts`).
  emailadresdirecteur: 'directorEmail',
  directoremailaddress: 'directorEmail',
  directeurnaam: 'directorName',
  naamdirecteur: 'directorName',
  directorname: 'directorName',
  implementatievraagstuk: 'challengeTitle',
  vraagstuk: 'challengeTitle',
  challenge: 'challengeTitle',
  challengetitle: 'challengeTitle',
  implementationchallenge: 'challengeTitle',
  rol: 'role',
  role: 'role',
  status: 'status',
};

/** How a message names each column: as the first of its headings above. */
const LABELS: Record<Column, { nl: string; en: string }> = {
  name: { nl: 'naam', en: 'name' },
  email: { nl: 'e-mail', en: 'email' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  region: { nl: 'regio', en: 'region' },
  directorEmail: { nl: 'directeur e-mail', en: 'director email' },
  directorName: { nl: 'naam directeur', en: 'director name' },
  challengeTitle: { nl: 'implementatievraagstuk', en: 'implementation challenge' },
  role: { nl: 'rol', en: 'role' },
  status: { nl: 'status', en: 'status' },
};

const REQUIRED: Column[] = ['name', 'email', 'organisation'];

const MAX_LENGTH: Record<Column, number> = {
  name: 200,
  email: 254,
  organisation: 200,
  region: 100,
  directorEmail: 254,
  directorName: 200,
  challengeTitle: 300,
  role: 100,
  status: 100,
};

const COLUMNS = Object.keys(MAX_LENGTH) as Column[];

/** Cells are tidied as the same fields are when typed into a form: addresses as addresses, the rest as names. */
const EMAIL_COLUMNS = new Set<Column>(['email', 'directorEmail']);

const normaliseHeader = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The roles as the enrolments export names them, in either language, but a participant's: a row of one of those is
 * refused. Anything else in a role column (empty, or a job title in a file made by hand) is read as a participant.
 */
const WITHDRAWN_NAMES = new Set(Object.values(STATUS_NAMES).map((names) => normaliseHeader(names.withdrawn)));

const OTHER_ROLE_NAMES = new Set(
  Object.values(ROLE_NAMES).flatMap((names) => Object.entries(names).flatMap(([role, name]) => (role === 'participant' ? [] : [normaliseHeader(name)]))),
);

/** The participants in an enrolment CSV. */
export function readEnrolmentCsv(text: string): EnrolmentSheet {
  // NUL bytes mean a binary file (or UTF-16 without its byte order mark), never names and addresses; the database cannot store them either.
  if (text.includes('\u0000')) throw new CsvNotTextError();
  return readEnrolmentSheet(parseCsv(text).map((cells, index) => ({ row: index + 1, cells })));
}

/** The participants in a CSV file or an Excel workbook, as it comes. */
export async function readEnrolmentFile(
  file: Uint8Array,
  mediaType: string,
): Promise<EnrolmentSheet & { format: ImportFormat; encoding: CsvEncoding | null; lettersMayBeLost: boolean }> {
  // The header and one row more than allowed, so a sheet with too many rows gets the CSV's answer without being read to its end.
  if (isZip(file)) return { ...readEnrolmentSheet(await readXlsxRows(file, CSV_MAX_ROWS + 2)), format: 'xlsx', encoding: null, lettersMayBeLost: false };
  // Declared a workbook, or an old binary .xls: reading it as text would only report missing columns.
  if (mediaType === XLSX_MEDIA_TYPE || isOleDocument(file)) throw new XlsxUnreadableError();
  const { text, encoding, lettersMayBeLost } = decodeCsv(file);
  return { ...readEnrolmentCsv(text), format: 'csv', encoding, lettersMayBeLost };
}

/**
 * The media types an enrolment file may be sent as: what it is comes from its content, so also the types a browser or
 * script gives a .csv on a computer with Excel (`application/vnd.ms-excel`) or any file (`application/octet-stream`).
 * All of them need a preflight across sites, unlike text/plain, so a page elsewhere cannot post one.
 */
export const ENROLMENT_FILE_MEDIA_TYPES = ['text/csv', XLSX_MEDIA_TYPE, 'application/vnd.ms-excel', 'application/octet-stream'];

/** Excel 97-2003 (.xls) files are OLE compound documents. */
const isOleDocument = (bytes: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte);

/** What a sheet holds for the import: the participants' rows, and the headings of columns Koers does not read. */
export interface EnrolmentSheet {
  rows: EnrolmentCsvRow[];
  /** As the file writes them, in its order: a column named otherwise than Koers knows is said, not silently dropped. */
  ignoredColumns: string[];
}

/** The participants in a sheet whose first row names the columns; blank rows are skipped but keep their number. */
export function readEnrolmentSheet([header, ...records]: readonly SheetRow[]): EnrolmentSheet {
  if (!header) throw new CsvEmptyError();
  // A second column under a heading for the same field (two director addresses) is not read, and said so: the first is.
  const seen = new Set<Column>();
  const columns = header.cells.map((name): Column | undefined => {
    const column = HEADERS[normaliseHeader(name)];
    if (!column || seen.has(column)) return undefined;
    seen.add(column);
    return column;
  });
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new CsvMissingColumnsError(
      missing.map((column) => ({
        field: LABELS[column].en,
        message: { nl: `De kolom "${LABELS[column].nl}" ontbreekt.`, en: `The column "${LABELS[column].en}" is missing.` },
      })),
    );
  }
  const rows = records
    .map(({ row: number, cells }) => {
      const row: EnrolmentCsvRow = {
        row: number,
        ...{ name: '', email: '', organisation: '', region: '', directorEmail: '', directorName: '', challengeTitle: '', role: '', status: '' },
        extraCells: cells.filter((cell, i) => cell.trim() !== '' && !header.cells[i]?.trim()).length,
      };
      cells.forEach((cell, i) => {
        const column = columns[i];
        const value = withoutFormulaGuard(cell);
        if (column) row[column] = EMAIL_COLUMNS.has(column) ? tidyEmail(value) : tidyName(value);
      });
      return row;
    })
    .filter((row) => COLUMNS.some((column) => row[column] !== ''));
  if (rows.length > CSV_MAX_ROWS) throw new CsvTooManyRowsError();
  const ignoredColumns = header.cells.filter((name, i) => !columns[i] && name.trim() !== '').map((name) => tidyName(withoutFormulaGuard(name)));
  return { rows, ignoredColumns };
}

/** The names in a row, where a `?` against a letter (or two together) is one Excel could not save; in a web address it is its query. */
const NAME_COLUMNS: Column[] = ['name', 'organisation', 'directorName'];
const LOST_LETTER = /\p{L}\?|\?\p{L}|\?\?/u;
const WEB_ADDRESS = /\S+:\/\/\S+/g;

/**
 * What is wrong with each row on its own or next to the rows above it, by row number. In a file saved in an 8-bit
 * encoding (`lettersMayBeLost`: see DecodedCsv), a `?` against a letter in a name is a letter the encoding had no room
 * for (ễ, ı, Arabic), replaced for good when Excel saved it as Windows-1252: it has to be saved again as CSV UTF-8. A
 * UTF-8 file or a workbook keeps every letter, so "Wat Nu? Zorgcoöperatie" is a name there.
 */
export function rowProblems(rows: readonly EnrolmentCsvRow[], { lettersMayBeLost = false } = {}): Map<number, RowProblem[]> {
  const firstRowByEmail = new Map<string, number>();
  const problems = new Map<number, RowProblem[]>();
  for (const row of rows) {
    const found: RowProblem[] = [];
    if (!row.name) found.push({ code: 'missing_name' });
    if (!isMailAddress(row.email)) found.push({ code: 'invalid_email' });
    else if (firstRowByEmail.has(row.email)) found.push({ code: 'duplicate_in_file', firstRow: firstRowByEmail.get(row.email) });
    else firstRowByEmail.set(row.email, row.row);
    if (!row.organisation) found.push({ code: 'missing_organisation' });
    if (row.directorEmail && !isMailAddress(row.directorEmail)) found.push({ code: 'invalid_director_email' });
    else if (row.directorEmail && row.directorEmail === row.email) found.push({ code: 'own_director' });
    const tooLong = COLUMNS.find((column) => row[column].length > MAX_LENGTH[column]);
    if (tooLong) found.push({ code: 'too_long', column: { label: LABELS[tooLong], maxLength: MAX_LENGTH[tooLong] } });
    if (COLUMNS.some((column) => hasControlCharacters(row[column]))) found.push({ code: 'control_characters' });
    if (COLUMNS.some((column) => hasStackedMarks(row[column]))) found.push({ code: 'stacked_marks' });
    const lostIn = lettersMayBeLost ? NAME_COLUMNS.find((column) => LOST_LETTER.test(row[column].replace(WEB_ADDRESS, ''))) : undefined;
    if (lostIn) found.push({ code: 'lost_characters', column: { label: LABELS[lostIn] } });
    if (OTHER_ROLE_NAMES.has(normaliseHeader(row.role))) found.push({ code: 'other_role' });
    if (WITHDRAWN_NAMES.has(normaliseHeader(row.status))) found.push({ code: 'withdrawn' });
    problems.set(row.row, found);
  }
  return problems;
}

/**
 * What of a row that is imported all the same was not read: cells under no heading (a shifted row, a separator inside
 * a name), and a director's name where an earlier row names the same address otherwise: the file
 * disagrees with itself, and a person has one name. Compared as names are (`sameNameKey`), so capitals alone are no
 * difference.
 */
export function rowNotes(rows: readonly EnrolmentCsvRow[]): Map<number, RowProblem[]> {
  const directorNames = new Map<string, { firstName: string; firstRow: number }>();
  const notes = new Map<number, RowProblem[]>();
  for (const row of rows) {
    const found: RowProblem[] = [];
    if (row.extraCells > 0) found.push({ code: 'extra_cells', count: row.extraCells });
    if (row.directorEmail && row.directorName) {
      const first = directorNames.get(row.directorEmail);
      if (!first) directorNames.set(row.directorEmail, { firstName: row.directorName, firstRow: row.row });
      else if (sameNameKey(first.firstName) !== sameNameKey(row.directorName)) found.push({ code: 'director_named_differently', ...first });
    }
    notes.set(row.row, found);
  }
  return notes;
}
