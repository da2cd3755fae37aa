import { CsvEmptyError, CsvMissingColumnsError, CsvNotTextError } from '../enrolments.errors';
import { readEnrolmentCsv, rowProblems } from './enrolment-csv';

describe('readEnrolmentCsv', () => {
  it('maps Dutch headers, trims values, lower-cases addresses and numbers rows like the spreadsheet', () => {
    const rows = readEnrolmentCsv(
      '\uFEFFNaam;E-mail;Organisatie;Regio;Directeur e-mail;Implementatievraagstuk\r\n' +
        ' Anna Jansen ;Anna@Zorg.NL;De Linde;Utrecht;Dir@Zorg.nl;Slimme sensoren\r\n' +
        ';;;;;\r\n' +
        'Bram;bram@zorg.nl;Careyn;;;\r\n',
    );
    expect(rows).toEqual([
      {
        row: 2,
        name: 'Anna Jansen',
        email: 'anna@zorg.nl',
        organisation: 'De Linde',
        region: 'Utrecht',
        directorEmail: 'dir@zorg.nl',
        directorName: '',
        challengeTitle: 'Slimme sensoren',
      },
      expect.objectContaining({ row: 4, name: 'Bram', directorEmail: '' }),
    ]);
  });

  it('accepts English headers in any order and ignores unknown columns', () => {
    const [row] = readEnrolmentCsv('Email,Remarks,Organisation,Name,Director email,Challenge\nanna@zorg.nl,vegan,De Linde,Anna,,Beeldbellen\n');
    expect(row).toMatchObject({ name: 'Anna', email: 'anna@zorg.nl', organisation: 'De Linde', challengeTitle: 'Beeldbellen' });
  });

  it('names the required columns that are missing', () => {
    expect(() => readEnrolmentCsv('naam;telefoon\r\nAnna;06\r\n')).toThrow(CsvMissingColumnsError);
    try {
      readEnrolmentCsv('naam;telefoon\r\n');
    } catch (error) {
      expect((error as CsvMissingColumnsError).fields?.map((f) => f.message.nl)).toEqual([
        'De kolom "e-mail" ontbreekt.',
        'De kolom "organisatie" ontbreekt.',
      ]);
    }
  });

  it('refuses an empty file', () => {
    expect(() => readEnrolmentCsv('\uFEFF')).toThrow(CsvEmptyError);
  });

  it('refuses a file with NUL characters, as UTF-16 or binary files have', () => {
    expect(() => readEnrolmentCsv('n\u0000a\u0000a\u0000m\u0000;e-mail;organisatie\r\nAnna;anna@zorg.nl;De\u0000Linde\r\n')).toThrow(CsvNotTextError);
  });
});

describe('rowProblems', () => {
  it('flags bad addresses, duplicates (pointing at the first row), missing names and organisations', () => {
    const rows = readEnrolmentCsv(
      'naam;e-mail;organisatie;directeur e-mail\n' +
        'Anna;anna@zorg.nl;De Linde;\n' +
        'Bram;bram@zorg;Careyn;\n' +
        'Anna 2;ANNA@zorg.nl;De Linde;\n' +
        ';cas@zorg.nl;;baas@\n',
    );
    expect(Object.fromEntries(rowProblems(rows))).toEqual({
      2: [],
      3: [{ code: 'invalid_email' }],
      4: [{ code: 'duplicate_in_file', firstRow: 2 }],
      5: [{ code: 'missing_name' }, { code: 'missing_organisation' }, { code: 'invalid_director_email' }],
    });
  });
});
