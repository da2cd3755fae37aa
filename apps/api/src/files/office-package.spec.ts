import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contentTypes, wordDocument, wordDocumentUnpackingTo, zipArchive } from '../../test/zip-archive';
import { toXlsx } from '../app/xlsx';
import { readOfficePackage } from './office-package';

describe('readOfficePackage', () => {
  const read = async (bytes: Buffer) => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'koers-office-')), 'upload');
    await writeFile(file, bytes);
    return readOfficePackage(file);
  };
  const kindOf = async (bytes: Buffer) => (await read(bytes)).kind;

  it('reads the kind of an Office document from its parts, whatever it is called', async () => {
    expect(await kindOf(wordDocument())).toBe('docx');
    const workbook = await toXlsx({ fileName: 'aanwezigheid', title: 'Aanwezigheid', columns: [{ header: 'Naam', type: 'text', value: (row: string) => row }], rows: ['Anna'] });
    expect(await kindOf(workbook)).toBe('xlsx');
    const presentation = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';
    expect(await kindOf(zipArchive({ '[Content_Types].xml': contentTypes('ppt/presentation.xml', presentation), 'ppt/presentation.xml': '<p/>' }))).toBe('pptx');
  });

  it('finds no Office document in another zip: programs, parts without their declared content type, macros, templates, a broken archive', async () => {
    expect(await kindOf(zipArchive({ 'setup.exe': Buffer.from('MZ\x90\x00') }))).toBeNull();
    expect(await kindOf(zipArchive({ 'word/document.xml': '<w/>' }))).toBeNull();
    // Names alone make no document: the content types must declare its main part.
    expect(await kindOf(zipArchive({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>', 'setup.exe': Buffer.from('MZ') }))).toBeNull();
    // Macro-enabled and template documents are no .docx: Word would refuse to open them under that name.
    expect(await kindOf(wordDocument('application/vnd.ms-word.document.macroEnabled.main+xml'))).toBeNull();
    expect(await kindOf(wordDocument('application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'))).toBeNull();
    expect(await kindOf(wordDocument().subarray(0, 60))).toBeNull();
    expect(await kindOf(Buffer.alloc(0))).toBeNull();
  });

  it('adds up the sizes the parts declare unpacked, as an Office program would trust them', async () => {
    const document = wordDocument();
    const { unpackedBytes } = await read(document);
    expect(unpackedBytes).toBeGreaterThan(0);
    expect(unpackedBytes).toBeLessThan(document.length);
    const bomb = await read(wordDocumentUnpackingTo(300));
    expect(bomb.kind).toBe('docx');
    expect(bomb.unpackedBytes).toBeGreaterThan(300 * 1024 * 1024);
  });
});
