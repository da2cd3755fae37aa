import { csvText, type ExportColumn, exportFileName, tableToCsv } from './export-table';

describe('exports', () => {
  it('makes a file name of the title in any script, without spaces or punctuation', () => {
    expect(exportFileName('aanwezigheid', 'HIS-I 2.0 Zuid–Oost é', 'editie')).toBe('aanwezigheid-his-i-2-0-zuid-oost-é');
    expect(exportFileName('inschrijvingen', '日本 研修 2027', 'editie')).toBe('inschrijvingen-日本-研修-2027');
    expect(exportFileName('inschrijvingen', 'Здравоохранение Й', 'editie')).toBe('inschrijvingen-здравоохранение-й');
    expect(exportFileName('inschrijvingen', 'a"b;c/d:e\\f\r\ng\u202Eh', 'editie')).toBe('inschrijvingen-a-b-c-d-e-f-g-h');
    expect(exportFileName('aanmeldingen', '!!!', 'sessie')).toBe('aanmeldingen-sessie');
  });

  it('writes each column type as text for the CSV: whole percentages, days and moments in Amsterdam time', () => {
    const winter = new Date('2027-01-12T08:30:00Z');
    const summer = new Date('2027-06-30T22:30:00Z');
    const columns: ExportColumn<Date | null>[] = [
      { header: 'Rate', type: 'percent', value: (row) => (row ? 0.856 : null) },
      { header: 'Count', type: 'integer', value: (row) => (row ? 3 : null) },
      { header: 'Day', type: 'day', value: (row) => row },
      { header: 'Moment', type: 'moment', value: (row) => row },
      { header: 'Text', type: 'text', value: (row) => (row ? '=1+2' : null) },
    ];
    expect(columns.map((column) => csvText(column, winter))).toEqual(['86', '3', '2027-01-12', '2027-01-12 09:30', '=1+2']);
    // 22:30 UTC on 30 June is already 1 July on Amsterdam clocks.
    expect(columns.map((column) => csvText(column, summer)).slice(2, 4)).toEqual(['2027-07-01', '2027-07-01 00:30']);
    expect(columns.map((column) => csvText(column, null))).toEqual(['', '', '', '', '']);
    // The formula guard of the one CSV writer still applies.
    expect(tableToCsv({ fileName: 'x', title: 'x', columns, rows: [winter] })).toBe('\uFEFFRate;Count;Day;Moment;Text\r\n86;3;2027-01-12;2027-01-12 09:30;\'=1+2\r\n');
  });
});
