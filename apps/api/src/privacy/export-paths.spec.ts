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
    // Windows drops or refuses a name ending in a dot or space.
    expect(['Plan.', 'Klaar. . ', 'fase 2 .', '...'].map((name) => zipSegment(name, 'x'))).toEqual(['Plan', 'Klaar', 'fase 2', 'x']);
    expect(['CON.pdf', 'nul', 'Com1.docx', 'LPT9.txt', 'Console.pdf'].map((name) => zipSegment(name, 'x'))).toEqual(['_CON.pdf', '_nul', '_Com1.docx', '_LPT9.txt', 'Console.pdf']);
    expect(zipSegment('x'.repeat(300), 'x')).toHaveLength(80);
    expect(zipSegment(`${'x'.repeat(100)}.pdf`, 'x')).toBe(`${'x'.repeat(76)}.pdf`);
    expect(zipSegment(`${'x'.repeat(78)}😀.pdf`, 'x')).toBe(`${'x'.repeat(76)}.pdf`);
  });

  it('files each version in its own folder and numbers clashing names', () => {
    const { data } = withZipPaths(
      { submissions: [submission({ version: 1 }, ['verslag.pdf', 'Verslag.pdf', 'verslag']), submission({ version: 2 }, ['verslag.pdf', 'kwijt.pdf'])], discussionPosts: [], directoryProfile: null },
      new Set(['1-0', '1-1', '1-2', '2-0']),
    );
    expect(data.submissions.flatMap((s) => s.files.map((f) => f.pathInZip))).toEqual([
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-1/verslag.pdf',
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-1/Verslag (2).pdf',
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-1/verslag',
      'bestanden/HIS-I 2.0/Plan van aanpak/versie-2/verslag.pdf',
      null,
    ]);
  });

  it('files discussion attachments by thread and the photo by its type, each an entry with its moment', () => {
    const attachment = (id: string, fileName: string) => ({ id, fileName, contentType: 'application/pdf', sizeBytes: 1, pathInZip: null });
    const post = { editionName: 'HIS-I 2.0', discussionTitle: 'Wie gebruikt bedsensoren?', body: '', hiddenReason: null };
    const { data, entries } = withZipPaths(
      {
        submissions: [],
        discussionPosts: [
          { ...post, createdAt: '2027-03-01T10:00:00.000Z', attachments: [attachment('a', 'plan.pdf')] },
          { ...post, createdAt: '2027-03-02T10:00:00.000Z', attachments: [attachment('b', 'plan.pdf'), attachment('c', 'weg.pdf')] },
        ],
        directoryProfile: { introduction: null, hidden: false, alumni: false, updatedAt: '2027-01-05T09:00:00.000Z', photo: { contentType: 'image/webp', pathInZip: null } },
      },
      new Set(['a', 'b', 'photo']),
    );
    expect(data.discussionPosts.flatMap((p) => p.attachments.map((a) => a.pathInZip))).toEqual([
      'discussies/HIS-I 2.0/Wie gebruikt bedsensoren_/plan.pdf',
      'discussies/HIS-I 2.0/Wie gebruikt bedsensoren_/plan (2).pdf',
      null,
    ]);
    expect(data.directoryProfile?.photo).toEqual({ contentType: 'image/webp', pathInZip: 'wie-is-wie/foto.webp' });
    expect(entries).toEqual([
      { fileId: 'a', pathInZip: 'discussies/HIS-I 2.0/Wie gebruikt bedsensoren_/plan.pdf', mtime: '2027-03-01T10:00:00.000Z' },
      { fileId: 'b', pathInZip: 'discussies/HIS-I 2.0/Wie gebruikt bedsensoren_/plan (2).pdf', mtime: '2027-03-02T10:00:00.000Z' },
      { fileId: 'photo', pathInZip: 'wie-is-wie/foto.webp', mtime: '2027-01-05T09:00:00.000Z' },
    ]);
  });
});
