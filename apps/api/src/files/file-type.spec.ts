import { isZip } from '../app/zip';
import { ACCEPTED_FILE_TYPES, detectFileType } from './file-type';

describe('detectFileType', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);

  it('recognises accepted types by their content', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n'), 'plan.pdf')).toBe(ACCEPTED_FILE_TYPES.pdf);
    expect(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'foto.png')).toBe('image/png');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'foto.jpg')).toBe('image/jpeg');
    expect(detectFileType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'oud.xls')).toBe('application/vnd.ms-excel');
  });

  it('refuses a file whose name claims a type its content does not have', () => {
    expect(detectFileType(Buffer.from('<html><script>alert(1)</script>'), 'plan.pdf')).toBeNull();
    expect(detectFileType(Buffer.from('MZ\x90\x00'), 'foto.png')).toBeNull();
    // A zip archive is no type by its name: what it holds decides (office-package.ts).
    expect(detectFileType(zip, 'archief.zip')).toBeNull();
    expect(detectFileType(zip, 'Plan van aanpak.DOCX')).toBeNull();
    expect(isZip(zip)).toBe(true);
    expect(detectFileType(Buffer.alloc(0), 'leeg.pdf')).toBeNull();
  });
});
