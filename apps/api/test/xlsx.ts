import { type Cell, Workbook, type Worksheet } from 'exceljs';
import type { TestResponse } from './http-client';

/** The first worksheet of a downloaded workbook, read back with exceljs as Excel would open it. */
export async function readXlsxDownload(response: TestResponse): Promise<Worksheet> {
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new Workbook();
  await workbook.xlsx.load(response.raw as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

/** What every export promises: exactly one header row, frozen, with a filter over all its columns. */
export function expectOneFrozenHeaderRow(sheet: Worksheet, headers: string[]): void {
  expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
  expect(sheet.getRow(1).values).toEqual([undefined, ...headers]);
  expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(headers.length).letter}1`);
  // Only the first row holds headings: every later row holds a person.
  for (let number = 2; number <= sheet.rowCount; number++) expect(sheet.getRow(number).getCell(1).value).not.toBe(headers[0]);
}

/** The cells of one row (1-based, as Excel numbers them). */
export const rowCells = (sheet: Worksheet, number: number): Cell[] => Array.from({ length: sheet.columnCount }, (_, index) => sheet.getRow(number).getCell(index + 1));

/** A date cell's wall-clock reading: Excel stores none of the time zone, so this is what the reader sees. */
export const wallClock = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 16).replace('T', ' ') : `not a date: ${String(value)}`);
