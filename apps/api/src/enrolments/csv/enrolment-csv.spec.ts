import { CsvEmptyError, CsvMissingColumnsError, CsvNotTextError } from '../enrolments.errors';
import { readEnrolmentCsv, rowProblems } from './enrolment-csv';
import { describeProblem } from './describe-problem';

describe('readEnrolmentCsv', () => {
  it('maps Dutch headers, trims values, lower-cases addresses and numbers rows like the spreadsheet', () => {
    const { rows } = readEnrolmentCsv(
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
        role: '',
        status: '',
        extraCells: 0,
      },
      expect.objectContaining({ row: 4, name: 'Bram', directorEmail: '' }),
    ]);
  });

  it('accepts English headers in any order and ignores unknown columns', () => {
    const { rows: [row], ignoredColumns } = readEnrolmentCsv('Email,Remarks,Organisation,Name,Director email,Challenge\nanna@zorg.nl,vegan,De Linde,Anna,,Beeldbellen\n');
    expect(ignoredColumns).toEqual(['Remarks']);
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
  it('tidies cells as the forms do: names NFC with single spaces, names and addresses without invisible characters', () => {
    const { rows } = readEnrolmentCsv(
      'naam;e-mail;organisatie;directeur e-mail;directeur naam\r\n' +
        '"Jose\u0301   de\tVries\r\nJansen";zw1@example.nl\u200b;De  Linde; Baas\u00ad@Zorg.nl;Hans\u2060 Visser\r\n',
    );
    expect(rows).toEqual([
      expect.objectContaining({ name: 'José de Vries Jansen', email: 'zw1@example.nl', organisation: 'De Linde', directorEmail: 'baas@zorg.nl', directorName: 'Hans Visser' }),
    ]);
    expect(rows[0].name).toBe('Jos\u00e9 de Vries Jansen');
  });

  it('refuses rows with control or text-direction characters, which a form refuses too', () => {
    const { rows } = readEnrolmentCsv('naam;e-mail;organisatie\n' + 'Evil \u202eedcba;a@zorg.nl;Org\n' + 'Back\bspace;b@zorg.nl;Org\n' + 'Jos\u0081 M\u0081ller;c@zorg.nl;Org\n' + 'Anna;d@zorg.nl;Org\n');
    expect([...rowProblems(rows).values()]).toEqual([[{ code: 'control_characters' }], [{ code: 'control_characters' }], [{ code: 'control_characters' }], []]);
  });

  it("reads a file exported from an edition back: only its participants' rows still enrolled, without the formula guard", () => {
    const { rows } = readEnrolmentCsv(
      '\uFEFFNaam;E-mailadres;Organisatie;Rol;Status\r\n' +
        "'=Anna;anna@zorg.nl;'+31 Zorg;deelnemer;ingeschreven\r\n" +
        'Bram;bram@zorg.nl;Careyn;Participant;withdrawn\r\n' +
        'Cas;cas@zorg.nl;Careyn;directeur;ingeschreven\r\n' +
        'Dewi;dewi@zorg.nl;Careyn;intern-teamlid;ingeschreven\r\n' +
        'Eva;eva@zorg.nl;Careyn;;\r\n' +
        "'s-Hertogenbosch;f@zorg.nl;'t Zorghuis;deelnemer;\r\n",
    );
    expect(rows.map(({ name, organisation }) => [name, organisation])).toEqual([
      ['=Anna', '+31 Zorg'],
      ['Bram', 'Careyn'],
      ['Cas', 'Careyn'],
      ['Dewi', 'Careyn'],
      ['Eva', 'Careyn'],
      ["'s-Hertogenbosch", "'t Zorghuis"],
    ]);
    expect([...rowProblems(rows).values()]).toEqual([[], [{ code: 'withdrawn' }], [{ code: 'other_role' }], [{ code: 'other_role' }], [], []]);
  });

  it('refuses a name in a CSV with a ? against a letter, a letter lost in saving; a ? elsewhere, or in a workbook, is text', () => {
    const { rows } = readEnrolmentCsv(
      'naam;e-mail;organisatie;directeur naam;implementatievraagstuk;rol\n' +
        'Nguy?n Th? Lan;a@zorg.nl;Zorg;;;\n' +
        '????? ???????;b@zorg.nl;Zorg;;;\n' +
        'Anna;c@zorg.nl;Zorg;K?bra Y?lmaz;;\n' +
        'Bram;d@zorg.nl;Zorg;;Hoe verminderen we valincidenten?;verpleegkundige\n' +
        '"=HYPERLINK(""https://zorg.example/?x=1"";""klik"")";e@zorg.nl;Zorg;;;\n' +
        'K?bra Y?lmaz (https://zorg.example/?x=1);f@zorg.nl;Zorg;;;\n',
    );
    const codes = (problems: Map<number, { code: string }[]>) => [...problems.values()].map((found) => found.map(({ code }) => code));
    expect(codes(rowProblems(rows, { lettersMayBeLost: true }))).toEqual([['lost_characters'], ['lost_characters'], ['lost_characters'], [], [], ['lost_characters']]);
    expect(codes(rowProblems(rows))).toEqual([[], [], [], [], [], []]);
  });

  it('names the column that is too long, and its limit', () => {
    const { rows } = readEnrolmentCsv(`naam;e-mail;organisatie;regio\nAnna;anna@zorg.nl;De Linde;${'r'.repeat(101)}\n`);
    const [problem] = rowProblems(rows).get(2)!;
    expect(describeProblem(problem, 'nl').message).toBe('De kolom "regio" is te lang: gebruik hoogstens 100 tekens.');
    expect(describeProblem(problem, 'en').message).toBe('The column "region" is too long: use at most 100 characters.');
  });

  it('flags bad addresses, duplicates (pointing at the first row), missing names and organisations, and a participant as their own director', () => {
    const { rows } = readEnrolmentCsv(
      'naam;e-mail;organisatie;directeur e-mail\n' +
        'Anna;anna@zorg.nl;De Linde;\n' +
        'Bram;bram@zorg;Careyn;\n' +
        'Anna 2;ANNA@zorg.nl;De Linde;\n' +
        ';cas@zorg.nl;;baas@\n' +
        'Dirk;dirk@zorg.nl;Careyn;Dirk@Zorg.nl\n',
    );
    expect(Object.fromEntries(rowProblems(rows))).toEqual({
      2: [],
      3: [{ code: 'invalid_email' }],
      4: [{ code: 'duplicate_in_file', firstRow: 2 }],
      5: [{ code: 'missing_name' }, { code: 'missing_organisation' }, { code: 'invalid_director_email' }],
      6: [{ code: 'own_director' }],
    });
  });
});
