import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { KoersConfig } from '../app/config';
import { downloadName, FileStorage, MalformedUploadError, safeFileName } from './file-storage';

describe('FileStorage.save', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-files-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('leaves nothing behind when the upload fails before its file was even opened', async () => {
    const storage = new FileStorage({ dataDir } as KoersConfig);
    // Many at once, so opening a file and removing it again compete for the thread pool as on a busy server.
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        // @fastify/multipart listens for errors on every part, as here.
        const source = new Readable({ read() {} }).on('error', () => undefined);
        const saving = storage.save(source, 'plan.pdf');
        // What busboy does to a part when the request is cut off.
        source.destroy(new Error('Part terminated early due to unexpected end of multipart data'));
        await expect(saving).rejects.toBeInstanceOf(MalformedUploadError);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readdir(path.join(dataDir, 'files', 'incoming'))).toEqual([]);
    expect(await readdir(path.join(dataDir, 'files'))).toEqual(['incoming']);
  });
});

describe('names files are offered under', () => {
  it('drops paths, control characters and direction marks', () => {
    expect(safeFileName('C:\\Users\\anna\\plan.pdf')).toBe('plan.pdf');
    expect(safeFileName('foto\u202Egpj.exe')).toBe('fotogpj.exe');
    expect(safeFileName('a\u0000b\u0085c\u200Fd\u2066e"f.pdf')).toBe('abcdef.pdf');
    expect(safeFileName('\u202E')).toBe('bestand');
  });

  it('ends in an extension of the detected type, keeping a matching one', () => {
    expect(downloadName('evil.html', 'image/gif')).toBe('evil.html.gif');
    expect(downloadName('foto.JPEG', 'image/jpeg')).toBe('foto.JPEG');
    expect(downloadName('foto', 'image/jpeg')).toBe('foto.jpg');
    expect(downloadName('Verslag v1.2', 'application/pdf')).toBe('Verslag v1.2.pdf');
    expect(downloadName('rapport\u202Excod.exe', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('rapportxcod.exe.docx');
  });
});
