import { ValueType, Workbook } from 'exceljs';
import { ZipFile } from 'yazl';
import { readXlsxRows, toXlsx, XlsxTooLargeError, XlsxUnreadableError } from './xlsx';

function zipOf(entries: Record<string, Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(content, name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Sets every entry's declared uncompressed size in the central directory to `size`, as a crafted zip would. */
function declareSize(zip: Buffer, size: number): Buffer {
  const patched = Buffer.from(zip);
  for (let offset = 0; offset < patched.length - 4; offset++) {
    if (patched.readUInt32LE(offset) === 0x02014b50) patched.writeUInt32LE(size, offset + 24);
  }
  return patched;
}

describe('the Excel writer and reader', () => {
  it('writes a table that it reads back: typed cells, one frozen header row', async () => {
    const bytes = await toXlsx({
      fileName: 'x',
      title: 'Aanwezigheid: [HIS-I] / 2.0 met een hele lange titel erachter',
      columns: [
        { header: 'Naam', type: 'text', value: (row: { name: string; rate: number }) => row.name },
        { header: 'Aanwezig (%)', type: 'percent', value: (row) => row.rate },
      ],
      rows: [{ name: 'José', rate: 0.75 }],
    });
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    // Excel refuses sheet names over 31 characters or with : [ ] /; what takes their place is one space.
    expect(sheet.name).toBe('Aanwezigheid HIS-I 2.0 met een');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('B2')).toMatchObject({ type: ValueType.Number, value: 0.75, numFmt: '0%' });
    expect(await readXlsxRows(bytes, 10)).toEqual([
      { row: 1, cells: ['Naam', 'Aanwezig (%)'] },
      { row: 2, cells: ['José', '0.75'] },
    ]);
  });

  it('names the sheet as Excel allows: no apostrophe at either end, not History, never half a character', async () => {
    const nameOf = async (title: string) => {
      const workbook = new Workbook();
      await workbook.xlsx.load((await toXlsx({ fileName: 'x', title, columns: [], rows: [] })) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      return workbook.worksheets[0].name;
    };
    expect(await nameOf("'s-Hertogenbosch: werkbezoek bij de koplopers")).toBe('s-Hertogenbosch werkbezoek bij');
    expect(await nameOf("Dag 'eind'")).toBe("Dag 'eind");
    expect(await nameOf('History')).toBe('Koers');
    expect(await nameOf('Lesdag 1 – Kick-off met taart 🎂 en koffie')).toBe('Lesdag 1 – Kick-off met taart');
    expect(await nameOf("Het plan van 't Gooi voor dit jaar'")).toBe("Het plan van 't Gooi voor dit j");
  });

  it('reads the first visible sheet, and a date cell as the Dutch write it', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Lijsten', { state: 'hidden' }).addRow(['ja', 'nee']);
    const list = workbook.addWorksheet('Deelnemers');
    list.addRow(['Naam', 'Startdatum']);
    list.addRow(['José', new Date(Date.UTC(2027, 2, 9))]);
    list.addRow(['Ans', { formula: 'B2+1', result: new Date(Date.UTC(2027, 2, 10)) }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsxRows(bytes, 10)).toEqual([
      { row: 1, cells: ['Naam', 'Startdatum'] },
      { row: 2, cells: ['José', '09-03-2027'] },
      { row: 3, cells: ['Ans', '10-03-2027'] },
    ]);
  });

  it('stops reading at the number of rows asked for', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => ({ n: index }));
    const bytes = await toXlsx({ fileName: 'x', title: 'x', columns: [{ header: 'n', type: 'integer', value: (row: { n: number }) => row.n }], rows });
    expect(await readXlsxRows(bytes, 5)).toHaveLength(5);
  });

  it('inflates within a budget, whatever size the zip declares', async () => {
    const bomb = await zipOf({ 'xl/worksheets/sheet1.xml': Buffer.alloc(20 * 1024 * 1024, 0x20) });
    await expect(readXlsxRows(bomb, 10)).rejects.toBeInstanceOf(XlsxTooLargeError);
    // Declaring 100 bytes does not make it smaller.
    await expect(readXlsxRows(declareSize(bomb, 100), 10)).rejects.toBeInstanceOf(XlsxTooLargeError);
  });

  it('calls anything else unreadable', async () => {
    await expect(readXlsxRows(Buffer.from('PK\u0003\u0004'), 10)).rejects.toBeInstanceOf(XlsxUnreadableError);
    const truncated = (await zipOf({ 'a.xml': Buffer.from('<a/>') })).subarray(0, 30);
    await expect(readXlsxRows(truncated, 10)).rejects.toBeInstanceOf(XlsxUnreadableError);
    await expect(readXlsxRows(await zipOf({ 'a.xml': Buffer.from('<a/>') }), 10)).rejects.toBeInstanceOf(XlsxUnreadableError);
  });
});
