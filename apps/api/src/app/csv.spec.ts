import { csvCell, toCsv } from './csv';

describe('the CSV writer', () => {
  it('quotes a cell holding a separator, and neutralises a formula inside it', () => {
    expect(csvCell('Jan,=1+2')).toBe('"Jan,=1+2"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('De Linde; Zorg')).toBe('"De Linde; Zorg"');
  });

  it('doubles quotes inside a quoted cell', () => {
    expect(csvCell('Bram "de" Boer')).toBe('"Bram ""de"" Boer"');
    expect(csvCell('=Bram "de" Boer')).toBe(`"'=Bram ""de"" Boer"`);
  });

  it('quotes tabs and line breaks, so a cell stays one cell', () => {
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });

  it('keeps every formula start from running: = + - @ tab CR', () => {
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(csvCell('\tSUM(A1)')).toBe(`"'\tSUM(A1)"`);
    expect(csvCell('\rSUM(A1)')).toBe(`"'\rSUM(A1)"`);
  });

  it('leaves plain text, accents and empty cells as they are', () => {
    expect(csvCell('Zoë Müller')).toBe('Zoë Müller');
    expect(csvCell('')).toBe('');
    expect(csvCell('2027-03-09 09:30')).toBe('2027-03-09 09:30');
  });

  it('writes a byte order mark, semicolons and CRLF after every row', () => {
    expect(toCsv([['Naam', 'Organisatie'], ['Jan,=1+2', '']])).toBe('\uFEFFNaam;Organisatie\r\n"Jan,=1+2";\r\n');
  });
});
