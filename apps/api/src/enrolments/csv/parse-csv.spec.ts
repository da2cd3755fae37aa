import { CsvUnclosedQuoteError } from '../enrolments.errors';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads what Dutch Excel writes: BOM, semicolons, CRLF, quoted fields', () => {
    const csv = '\uFEFFnaam;e-mail;organisatie\r\n"Jansen; Anna";anna@zorg.nl;"Zorggroep ""De Linde"""\r\nBram;bram@zorg.nl;Careyn\r\n';
    expect(parseCsv(csv)).toEqual([
      ['naam', 'e-mail', 'organisatie'],
      ['Jansen; Anna', 'anna@zorg.nl', 'Zorggroep "De Linde"'],
      ['Bram', 'bram@zorg.nl', 'Careyn'],
    ]);
  });

  it('reads commas, LF line ends and a last line without a line break', () => {
    expect(parseCsv('name,email\nAnna,"anna@zorg.nl"\nBram,bram@zorg.nl')).toEqual([
      ['name', 'email'],
      ['Anna', 'anna@zorg.nl'],
      ['Bram', 'bram@zorg.nl'],
    ]);
  });

  it('keeps line breaks and delimiters inside quotes, and empty fields', () => {
    expect(parseCsv('a;b;c\r\n"regel 1\r\nregel 2";;"x,y"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['regel 1\r\nregel 2', '', 'x,y'],
    ]);
  });

  it('returns blank lines as records, so row numbers match the spreadsheet', () => {
    expect(parseCsv('a;b\r\n\r\nx;y\r\n')).toEqual([['a', 'b'], [''], ['x', 'y']]);
  });

  it('picks the delimiter from the header line only, ignoring quoted ones', () => {
    expect(parseCsv('"naam, volledig";email\r\nA, B;a@b.nl')[1]).toEqual(['A, B', 'a@b.nl']);
    expect(parseCsv('"x;y",email,org\r\n1,2,3')[0]).toEqual(['x;y', 'email', 'org']);
  });

  it('reads an empty file as no records', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('reads tab-separated text, and takes the delimiter a first sep= line names without counting that line', () => {
    expect(parseCsv('Naam\tE-mail\tOrganisatie\r\nAnna; Bo\ta@b.nl\tDe Linde\r\n')).toEqual([
      ['Naam', 'E-mail', 'Organisatie'],
      ['Anna; Bo', 'a@b.nl', 'De Linde'],
    ]);
    expect(parseCsv('sep=,\r\nnaam;x,email\r\nA;B,a@b.nl\r\n')).toEqual([
      ['naam;x', 'email'],
      ['A;B', 'a@b.nl'],
    ]);
  });

  it('refuses a quote that is never closed, naming the row it opens in, instead of reading the rest of the file as one field', () => {
    const file = 'Naam;E-mail;Organisatie\r\n"Open Quote;oq@example.nl;Org\r\nNext;next@example.nl;Org\r\n';
    expect(() => parseCsv(file)).toThrow(CsvUnclosedQuoteError);
    expect(() => parseCsv(file)).toThrow('In row 2 a field starts with a quotation mark');
    // Closed on a later line, it is one field with a line break in it, as Excel writes it.
    expect(parseCsv('Naam;Organisatie\r\n"Anna";"Zorg met\r\nnieuwe regel"\r\n')[1]).toEqual(['Anna', 'Zorg met\r\nnieuwe regel']);
  });
});
