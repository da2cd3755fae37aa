import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { KoersConfig } from '../app/config';
import { FileStorage, MalformedUploadError } from './file-storage';

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
