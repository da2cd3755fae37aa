import type { ExportedSubmission } from '@koers/shared/privacy';
import { withZipPaths, zipSegment } from './export-paths';

const submission = (overrides: Partial<ExportedSubmission>, fileNames: string[]): ExportedSubmission => ({
  assignmentId: 'a',
  assignmentTitle: 'Plan van aanpak',
  editionName: 'HIS-I 2.0',
  version: 1,
  text: '',
  submittedAt: '2027-03-01T10:00:00.000Z',
  late: false,
  feedback: [],
  ...overrides,
  files: fileNames.map((fileName, i) => ({ id: `${overrides.version ?? 1}-${i}`, fileName, contentType: 'application/pdf', sizeBytes: 1, pathInZip: null })),
});

describe('zip paths of exported files', () => {
  it('keeps Dutch names readable but never lets a name leave its folder', () => {
    expect(zipSegment('Reflectie café – fase 2', 'x')).toBe('Reflectie café – fase 2');
    expect(zipSegment('../../etc/passwd', 'x')).toBe('.._.._etc_passwd');
    expect(zipSegment('..', 'bestand')).toBe('bestand');
    expect(zipSegment('  a:b*c?"d<e>f|g\u0000 ', 'x')).toBe('a_b_c__d_e_f_g_');
    expect(zipSegment('', 'opdracht')).toBe('opdracht');
    expect(['CON.pdf', 'nul', 'Com1.docx', 'LPT9.txt', 'Console.pdf'].map((name) => zipSegment(name, 'x'))).toEqual(['_CON.pdf', '_nul', '_Com1.docx', '_LPT9.txt', 'Console.pdf']);
    expect(zipSegment('x'.repeat(300), 'x')).toHaveLength(80);
    expect(zipSegment(`${'x'.repeat(100)}.pdf`, 'x')).toBe(`${'x'.repeat(76)}.pdf`);
    expect(zipSegment(`${'x'.repeat(78)}😀.pdf`, 'x')).toBe(`${'x'.repeat(76)}.pdf`);
  });

  it('files each version in its own folder and numbers clashing names', () => {
    const files = withZipPaths(
      [submission({ version: 1 }, ['verslag.pdf', 'Verslag.pdf', 'verslag']), submission({ version: 2 }, ['verslag.pdf', 'kwijt.pdf'])],
      new Set(['1-0', '1-1', '1-2', '2-0']),
    ).flatMap((s) => s.files.map((f) => f.pathInZip));
    expect(files).toEqual([
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-1/verslag.pdf',
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-1/Verslag (2).pdf',
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-1/verslag',
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-2/verslag.pdf',
      null,
    ]);
  });
});
