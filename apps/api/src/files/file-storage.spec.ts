import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { KoersConfig } from '../app/config';
import { Outbox } from '../mail/outbox';
import { attachmentDisposition, downloadName, FileStorage, MalformedUploadError, safeFileName } from './file-storage';

describe('FileStorage.save', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-files-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps hand-ins and mails (password links among them) for Koers’ own user alone', async () => {
    const storage = new FileStorage({ dataDir } as KoersConfig);
    const { storageKey } = await storage.save(Readable.from([Buffer.from('%PDF-1.7\nplan\n%%EOF\n')]), 'plan.pdf');
    const outbox = new Outbox({ dataDir } as KoersConfig);
    const mail = await outbox.write('wachtwoord', Buffer.from('Subject: Kies je wachtwoord\r\n\r\nhttps://koers.example/link'), { private: true });
    const modes = await Promise.all(
      [path.join(dataDir, 'files'), path.join(dataDir, 'files', storageKey), outbox.directory, outbox.privateDirectory, path.join(outbox.privateDirectory, mail)].map(
        async (file) => (await stat(file)).mode & 0o777,
      ),
    );
    expect(modes).toEqual([0o700, 0o600, 0o700, 0o700, 0o600]);
  });

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

describe('removing stored files', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-files-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));
  const pdf = () => Readable.from([Buffer.from('%PDF-1.7\nplan\n%%EOF\n')]);

  it('keeps a removed file in the trash for a day, where a backup still finds it; one never kept goes at once', async () => {
    const storage = new FileStorage({ dataDir });
    const [kept, refused] = [await storage.save(pdf(), 'plan.pdf'), await storage.save(pdf(), 'dubbel.pdf')];
    await storage.remove([kept.storageKey]);
    await storage.discard([refused.storageKey]);
    expect((await readdir(path.join(dataDir, 'files'))).sort()).toEqual(['incoming', 'trash']);
    expect(await readdir(path.join(dataDir, 'files', 'trash'))).toEqual([kept.storageKey]);

    const linked = storage.backupFolder();
    expect(await storage.linkForBackup([kept.storageKey, refused.storageKey], linked)).toEqual([refused.storageKey]);
    expect(await readdir(linked)).toEqual([kept.storageKey]);

    expect(await storage.purgeTrash(24, Date.now() + 23 * 3600_000)).toBe(0);
    expect(await storage.purgeTrash(24, Date.now() + 25 * 3600_000)).toBe(1);
    expect(await readdir(path.join(dataDir, 'files', 'trash'))).toEqual([]);
    // The backup's link is its own: the trash emptied, the file it took is whole.
    expect((await stat(path.join(linked, kept.storageKey))).size).toBeGreaterThan(0);
  });
});

describe('names files are offered under', () => {
  it('drops paths, control characters and direction marks', () => {
    expect(safeFileName('C:\\Users\\anna\\plan.pdf')).toBe('plan.pdf');
    expect(safeFileName('foto\u202Egpj.exe')).toBe('fotogpj.exe');
    expect(safeFileName('a\u0000b\u0085c\u200Fd\u2066e"f.pdf')).toBe('abcdef.pdf');
    expect(safeFileName('\u202E')).toBe('bestand');
    // No name before the extension would be a hidden file once saved.
    expect(safeFileName('  .pdf')).toBe('bestand.pdf');
    expect(safeFileName('. .pdf')).toBe('bestand.pdf');
    expect(safeFileName('map/..')).toBe('bestand');
    expect(safeFileName('v1.2 .pdf')).toBe('v1.2 .pdf');
    expect(safeFileName(`${'a'.repeat(250)}.pdf`)).toBe(`${'a'.repeat(196)}.pdf`);
    expect(safeFileName(`${'a'.repeat(199)}😀${'b'.repeat(50)}.pdf`)).toBe(`${'a'.repeat(196)}.pdf`);
    // The joiners of an emoji and of Persian words (U+200D, U+200C) are part of the name, not hidden marks.
    expect(safeFileName(`${'a'.repeat(189)}👩🏽‍⚕️${'b'.repeat(50)}.pdf`)).toBe(`${'a'.repeat(189)}👩🏽‍⚕️.pdf`);
    expect(safeFileName('می‌خواهم.pdf')).toBe('می‌خواهم.pdf');
    expect(safeFileName(`${'é'.repeat(190)}😀😀😀.docx`)).toBe(`${'é'.repeat(190)}😀😀.docx`);
  });

  it('ends in an extension of the detected type, keeping a matching one', () => {
    expect(downloadName('evil.html', 'image/gif')).toBe('evil.html.gif');
    expect(downloadName('foto.JPEG', 'image/jpeg')).toBe('foto.JPEG');
    expect(downloadName('foto', 'image/jpeg')).toBe('foto.jpg');
    expect(downloadName('Verslag v1.2', 'application/pdf')).toBe('Verslag v1.2.pdf');
    expect(downloadName('rapport\u202Excod.exe', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('rapportxcod.exe.docx');
  });

  it("reads a browser's escapes for quote, CR and LF as those characters, and no other percent sequence", () => {
    // The quote and the line breaks are then dropped like any typed in.
    expect(downloadName('Rapport %22final%22.pdf', 'application/pdf')).toBe('Rapport final.pdf');
    expect(downloadName('regel%0D%0Aeen%0d%0a%0A.pdf', 'application/pdf')).toBe('regeleen.pdf');
    expect(downloadName('100%25 %20 %2522.pdf', 'application/pdf')).toBe('100%25 %20 %2522.pdf');
  });
});

describe('the Content-Disposition of a download', () => {
  it('names the file in any script, with an ASCII copy for clients that read only filename', () => {
    expect(attachmentDisposition('inschrijvingen-日本-研修-2027.csv')).toBe(
      `attachment; filename="inschrijvingen-__-__-2027.csv"; filename*=UTF-8''inschrijvingen-%E6%97%A5%E6%9C%AC-%E7%A0%94%E4%BF%AE-2027.csv`,
    );
    expect(attachmentDisposition('Presentatie fase één.pdf', true)).toBe(`inline; filename="Presentatie fase een.pdf"; filename*=UTF-8''Presentatie%20fase%20%C3%A9%C3%A9n.pdf`);
    // A quote or backslash would end the quoted copy early; RFC 5987 allows no ' ( ) * unescaped.
    expect(attachmentDisposition(`Certificaat "Anna" \\ O'Brien (2027)*.pdf`)).toBe(
      `attachment; filename="Certificaat _Anna_ _ O'Brien (2027)*.pdf"; filename*=UTF-8''Certificaat%20%22Anna%22%20%5C%20O%27Brien%20%282027%29%2A.pdf`,
    );
  });
});
