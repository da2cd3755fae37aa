import { inflateRawSync } from 'node:zlib';
import type { Cell, Workbook } from 'exceljs';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { endOfCentralDirectory, entryDataStart, listedEntries } from './zip';
import { defineError } from '../errors/koers-error';
import type { ExportColumn, ExportTable } from './export-table';

/**
 * The one Excel writer and reader (exceljs). Exports get typed cells under one frozen, filterable header row;
 * imports read the first visible worksheet as rows of text, after checking that the file unpacks to a bounded size.
 */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How each column type shows in Excel; dates in the Dutch order. */
const NUMBER_FORMATS: Record<ExportColumn<unknown>['type'], string | undefined> = {
  text: undefined,
  integer: '0',
  percent: '0%',
  day: 'dd-mm-yyyy',
  moment: 'dd-mm-yyyy hh:mm',
};

/** Excel stores a date without a time zone: the Amsterdam wall-clock reading, so 09:30 in Amsterdam shows as 09:30. */
function excelDate(instant: Date, withTime: boolean): Date {
  const { date, time } = instantToAmsterdam(instant);
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = withTime ? time.split(':').map(Number) : [0, 0];
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

function cellValue<Row>(column: ExportColumn<Row>, row: Row): string | number | Date | null {
  switch (column.type) {
    case 'day':
    case 'moment': {
      const value = column.value(row);
      return value === null ? null : excelDate(value, column.type === 'moment');
    }
    default:
      return column.value(row);
  }
}

const MAX_SHEET_NAME = 31;

/**
 * Excel refuses a sheet name over 31 characters, with any of \ / ? * : [ ], starting or ending with an apostrophe
 * (as Dutch place names do: 's-Hertogenbosch), or named History (it keeps that one for itself). Cut between
 * characters, never inside one: an emoji at the cut would otherwise leave half a character.
 */
function sheetName(title: string): string {
  const trimmed = (text: string) => text.replace(/^['\s]+|['\s]+$/g, '');
  let name = '';
  for (const character of trimmed(title.replace(/[\\/?*:[\]]/g, ' ').replace(/\s+/g, ' '))) {
    if (name.length + character.length > MAX_SHEET_NAME) break;
    name += character;
  }
  name = trimmed(name);
  return name && name.toLowerCase() !== 'history' ? name : 'Koers';
}

/**
 * exceljs (with its zip libraries) loads on the first spreadsheet, not at start: most processes never write one,
 * and its code would sit in every instance's memory.
 */
async function newWorkbook(): Promise<Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}

/** One worksheet: exactly one header row, frozen and with a filter on it, then one row per line of the table. */
export async function toXlsx<Row>(table: ExportTable<Row>): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Koers';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.min(Math.max(column.header.length + 2, 12), 40),
    style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(table.columns.map((column) => cellValue(column, row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(table.columns.length, 1) } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export class XlsxUnreadableError extends defineError(422, 'xlsx_unreadable', {
  nl: 'Dit bestand is geen leesbare Excel-werkmap (.xlsx). Sla het in Excel op als "Excel-werkmap (*.xlsx)" of als CSV en probeer het opnieuw.',
  en: 'This file is not a readable Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (*.xlsx)" or as CSV and try again.',
}) {}

export class XlsxTooLargeError extends defineError(422, 'xlsx_too_large', {
  nl: 'Deze Excel-werkmap is uitgepakt te groot. Splits de lijst in kleinere bestanden.',
  en: 'This Excel workbook is too large once unpacked. Split the list into smaller files.',
}) {}

/**
 * A list of a few thousand people unpacks to a few megabytes of XML. A zip bomb packs gigabytes into the same upload,
 * and exceljs unpacks everything in memory, so every entry is inflated here first, never beyond what is left of this.
 */
const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
const MAX_ENTRIES = 500;

/** Walks the zip's central directory and inflates each entry within the budget; the sizes it declares are not trusted. */
function checkUnpackedSize(zip: Buffer): void {
  const end = endOfCentralDirectory(zip);
  if (end < 0) throw new XlsxUnreadableError();
  const declared = zip.readUInt16LE(end + 10);
  if (declared > MAX_ENTRIES) throw new XlsxTooLargeError();
  const entries = listedEntries(zip.subarray(zip.readUInt32LE(end + 16))).slice(0, declared);
  if (entries.length < declared) throw new XlsxUnreadableError();
  let budget = MAX_UNPACKED_BYTES;
  for (const entry of entries) {
    const dataStart = entryDataStart(entry, zip.subarray(entry.localHeaderOffset, entry.localHeaderOffset + 30));
    if (dataStart < 0 || dataStart + entry.compressedBytes > zip.length) throw new XlsxUnreadableError();
    budget -= unpackedSize(entry.method, zip.subarray(dataStart, dataStart + entry.compressedBytes), budget);
  }
}

function unpackedSize(method: number, data: Buffer, budget: number): number {
  if (method === 0) {
    if (data.length > budget) throw new XlsxTooLargeError();
    return data.length;
  }
  if (method !== 8) throw new XlsxUnreadableError();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(budget, 1) }).length;
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? new XlsxTooLargeError() : new XlsxUnreadableError();
  }
}

/** A row of the sheet as text, numbered as Excel numbers it. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * What a person reads in the cell: the text of a link (an email address typed in Excel becomes one), a formula's
 * result, a date as the Dutch write it (Excel stores a date without a zone: its UTC reading is the day shown).
 */
function cellText(cell: Cell): string {
  const value = cell.formula ? cell.result : cell.value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10).split('-').reverse().join('-');
  return cell.text ?? '';
}

/**
 * The rows with content of the workbook's first visible worksheet, at most `maxRows` of them (reading stops there, so the
 * caller sees that there are more by getting `maxRows` back).
 */
export async function readXlsxRows(bytes: Uint8Array, maxRows: number): Promise<SheetRow[]> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkUnpackedSize(zip);
  const workbook = await newWorkbook();
  try {
    // exceljs declares its own Buffer type, which Node's Buffer<ArrayBufferLike> does not match; it is the same thing.
    await workbook.xlsx.load(zip as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new XlsxUnreadableError();
  }
  // A template's hidden sheets (lists behind drop-downs) come first as often as not: the list is the first one people see.
  const sheet = workbook.worksheets.find((worksheet) => worksheet.state === 'visible');
  if (!sheet) throw new XlsxUnreadableError();
  const rows: SheetRow[] = [];
  for (let number = 1; number <= sheet.rowCount && rows.length < maxRows; number++) {
    const row = sheet.findRow(number);
    if (!row?.hasValues) continue;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell)));
    rows.push({ row: number, cells: Array.from(cells, (cell) => cell ?? '') });
  }
  return rows;
}
