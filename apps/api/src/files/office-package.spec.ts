import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { wordDocument, zipArchive } from '../../test/zip-archive';
import { toXlsx } from '../app/xlsx';
import { officePackageKind } from './office-package';

describe('officePackageKind', () => {
  const kindOf = async (bytes: Buffer) => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'koers-office-')), 'upload');
    await writeFile(file, bytes);
    return officePackageKind(file);
  };

  it('reads the kind of an Office document from its parts, whatever it is called', async () => {
    expect(await kindOf(wordDocument())).toBe('docx');
    const workbook = await toXlsx({ fileName: 'aanwezigheid', title: 'Aanwezigheid', columns: [{ header: 'Naam', type: 'text', value: (row: string) => row }], rows: ['Anna'] });
    expect(await kindOf(workbook)).toBe('xlsx');
    expect(await kindOf(zipArchive({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }))).toBe('pptx');
  });

  it('finds no Office document in another zip: programs, a package without content types, a broken archive', async () => {
    expect(await kindOf(zipArchive({ 'setup.exe': Buffer.from('MZ\x90\x00') }))).toBeNull();
    expect(await kindOf(zipArchive({ 'word/document.xml': '<w/>' }))).toBeNull();
    expect(await kindOf(wordDocument().subarray(0, 60))).toBeNull();
    expect(await kindOf(Buffer.alloc(0))).toBeNull();
  });
});
