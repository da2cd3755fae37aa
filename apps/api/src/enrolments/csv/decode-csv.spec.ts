import { decodeCsv } from './decode-csv';

const MAC_ROMAN: Record<string, number> = { ë: 0x91, ï: 0x95, ö: 0x9a, É: 0x83, é: 0x8e, ç: 0x8d, î: 0x94, ü: 0x9f, ä: 0x8a, '’': 0xd5 };
const WINDOWS_1252: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, é: 0xe9, ü: 0xfc, ö: 0xf6, ë: 0xeb };
const encodeWith = (table: Record<string, number>) => (text: string) => Buffer.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
const macRoman = encodeWith(MAC_ROMAN);
const windows1252 = encodeWith(WINDOWS_1252);

describe('reading a CSV file’s bytes', () => {
  it('takes valid UTF-8 as UTF-8, a byte order mark included: no letter can have been lost', () => {
    expect(decodeCsv(Buffer.from('\uFEFFnaam\r\nŁukasz Wałęsa\r\n', 'utf8'))).toEqual({ text: 'naam\r\nŁukasz Wałęsa\r\n', encoding: 'utf-8', lettersMayBeLost: false });
    expect(decodeCsv(Buffer.from('naam;organisatie\r\nÜnal;Wat Nu? Zorgcoöperatie\r\n', 'utf8')).lettersMayBeLost).toBe(false);
  });

  it('counts a file of plain ASCII bytes as one whose letters may have been lost, as Excel writes Windows-1252 with ? for the rest', () => {
    expect(decodeCsv(Buffer.from('naam\r\nNguy?n Th? Lan\r\n', 'ascii'))).toEqual({ text: 'naam\r\nNguy?n Th? Lan\r\n', encoding: 'utf-8', lettersMayBeLost: true });
  });

  it('reads anything else as Windows-1252, the letters and signs of 0x80–0x9F included', () => {
    const bytes = Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x8e, 0x61, 0x3b, 0x80, 0x3b, 0x93, 0x9a, 0x94, 0x3b, 0x81, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    expect(decodeCsv(bytes)).toEqual({ text: 'José;Ža;€;“š”;\u0081;Müller', encoding: 'windows-1252', lettersMayBeLost: true });
    // Quotes and apostrophes around and in names are Windows-1252's, not letters of another encoding.
    for (const names of ['Zorggroep “De Linde”;Jan d’Hondt;Renée', 'Müller;Renée;José;Schröder;Zoë']) {
      expect(decodeCsv(windows1252(names))).toMatchObject({ text: names, encoding: 'windows-1252' });
    }
  });

  it('reads a file Excel for Mac saved as plain CSV (Mac Roman) as Mac Roman, where Windows-1252 would put signs inside names', () => {
    const bytes = macRoman('Naam;Organisatie\rZoë de Bruïne;Zorgcoöperatie Één\rFrançoise Dîr;Coöperatie Maç\r');
    expect(decodeCsv(bytes)).toEqual({ text: 'Naam;Organisatie\rZoë de Bruïne;Zorgcoöperatie Één\rFrançoise Dîr;Coöperatie Maç\r', encoding: 'macintosh', lettersMayBeLost: true });
    // Also when its only letters are those Windows-1252 has letters for too ("RenŽ", "JosŽ MŸller"), and apostrophes.
    for (const names of ['René;André Dubois', 'José Müller;Mäkelä', 'Jan d’Hondt;Zoë']) {
      expect(decodeCsv(macRoman(names))).toMatchObject({ text: names, encoding: 'macintosh' });
    }
  });

  it('reads each line of a list pasted together from UTF-8 and Windows-1252 files in its own encoding', () => {
    const bytes = Buffer.concat([Buffer.from('Naam;E-mailadres\r\nZoë;z@voorbeeld.nl\r\n', 'utf8'), Buffer.from('Joël;j@voorbeeld.nl\r\n', 'latin1'), Buffer.from('Łukasz;l@voorbeeld.nl', 'utf8')]);
    expect(decodeCsv(bytes)).toEqual({ text: 'Naam;E-mailadres\r\nZoë;z@voorbeeld.nl\r\nJoël;j@voorbeeld.nl\r\nŁukasz;l@voorbeeld.nl', encoding: 'windows-1252', lettersMayBeLost: true });
  });

  it('reads Excel’s "Unicode text" (UTF-16 with its byte order mark) as UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Naam\tE-mail\r\nJosé Müller\tjose@zorg.nl\r\n', 'utf16le')]);
    expect(decodeCsv(bytes)).toEqual({ text: 'Naam\tE-mail\r\nJosé Müller\tjose@zorg.nl\r\n', encoding: 'utf-16le', lettersMayBeLost: false });
  });
});
