import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { defineError, KoersError } from '../errors/koers-error';
import { isZip } from '../app/zip';
import { ACCEPTED_FILE_TYPES, detectFileType, extensionsOf, SNIFF_BYTES } from './file-type';
import { readOfficePackage } from './office-package';

export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export class StoredFileMissingError extends defineError(404, 'stored_file_missing', {
  nl: 'Dit bestand is er niet meer. Vraag wie het plaatste om het opnieuw toe te voegen.',
  en: 'This file is no longer there. Ask whoever added it to add it again.',
}) {}

/** Named, as the other refusals of a file are: of ten files handed in at once, the one to shrink. */
export class FileTooLargeError extends KoersError {
  constructor(fileName: string) {
    super(413, 'file_too_large', {
      nl: `${fileName} is te groot. Bestanden mogen hoogstens 25 MB zijn.`,
      en: `${fileName} is too large. Files can be at most 25 MB.`,
    });
  }
}

/**
 * An Office document that unpacks far beyond any real one (a few hundred KB of zeros packed to unfold into gigabytes):
 * the server never unpacks it, but the programs of everyone who opens it would.
 */
export class OfficeDocumentUnpacksTooLargeError extends KoersError {
  constructor(fileName: string) {
    super(413, 'office_document_unpacks_too_large', {
      nl: `${fileName} pakt uit tot meer dan ${MAX_OFFICE_UNPACKED_BYTES / 1024 / 1024} MB; zo groot is geen gewoon Office-document. Sla het opnieuw op of maak er een PDF van.`,
      en: `${fileName} unpacks to more than ${MAX_OFFICE_UNPACKED_BYTES / 1024 / 1024} MB; no ordinary Office document is that large. Save it again or make it a PDF.`,
    });
  }
}

/** Eight times the largest upload: a presentation full of photos unpacks to about its own size. */
const MAX_OFFICE_UNPACKED_BYTES = 8 * MAX_FILE_BYTES;

/** Named, so that of several files sent at once the one refused is known (nothing of the others is kept either). */
export class UnsupportedFileTypeError extends KoersError {
  constructor(fileName: string) {
    super(415, 'file_type_not_accepted', {
      nl: `${fileName}: dit soort bestand wordt niet geaccepteerd. Upload een PDF, een Office-document (Word, Excel, PowerPoint) of een afbeelding.`,
      en: `${fileName}: this type of file is not accepted. Upload a PDF, an Office document (Word, Excel, PowerPoint) or an image.`,
    });
  }
}

/** An empty file is no wrong type: it was saved or chosen while it had nothing in it yet. */
export class EmptyFileError extends KoersError {
  constructor(fileName: string) {
    super(400, 'file_empty', {
      nl: `${fileName} is leeg (0 bytes). Kies het bestand opnieuw; is het op je computer ook leeg, sla het dan eerst opnieuw op.`,
      en: `${fileName} is empty (0 bytes). Choose the file again; if it is empty on your computer too, save it again first.`,
    });
  }
}

/**
 * The multipart parser reads a file's name as UTF-8, with a replacement sign for bytes that are none (a script on a
 * Windows computer sending Windows-1252): refused, as such text is everywhere, rather than kept as "Zo� de Bru�ne.pdf".
 */
export class FileNameNotUtf8Error extends KoersError {
  constructor(fileName: string) {
    super(400, 'file_name_not_utf8', {
      nl: `De naam van ${fileName} kwam niet als UTF-8 aan, dus letters als é zouden als � bewaard worden. Upload het bestand via de browser, of verstuur de naam als UTF-8.`,
      en: `The name of ${fileName} did not arrive as UTF-8, so letters like é would be stored as �. Upload the file through the browser, or send its name as UTF-8.`,
    });
  }
}

export class MalformedUploadError extends defineError(400, 'malformed_upload', {
  nl: 'Het formulier kwam niet volledig of niet leesbaar aan. Probeer het opnieuw.',
  en: 'The form arrived incomplete or could not be read. Please try again.',
}) {}

/**
 * Whether an error of the multipart parser means the request itself was broken. Busboy reports a body cut off
 * halfway or a form without a boundary as a plain Error, which would become a 500; @fastify/multipart's own
 * errors (limits, a part named `__proto__`) carry their status, and system errors (a full disk) their code.
 */
export const isBrokenUpload = (error: unknown) =>
  error instanceof Error && !(error instanceof KoersError) && typeof (error as { statusCode?: unknown }).statusCode !== 'number' && !('code' in error);

/**
 * The file as it is now, at `target`: a hard link where the file system has them, else a copy (a volume without
 * links, another owner). False only when there is no such file; anything else is the backup's error.
 */
async function takeForBackup(source: string, target: string): Promise<boolean> {
  try {
    await link(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  try {
    await copyFile(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** How long a removed file stays in the trash: longer than any backup runs. */
export const TRASH_KEEP_HOURS = 24;

export interface StoredFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** The SHA-256 of its bytes (hex): how the same file sent again is known. */
  sha256: string;
}

/**
 * Files under $KOERS_DATA_DIR/files. Uploads stream to disk (never whole in memory), are checked by their
 * content and size as they arrive, and only then get their final name; a refused upload leaves nothing behind.
 */
@Injectable()
export class FileStorage {
  private readonly root: string;

  constructor(@Inject(KOERS_CONFIG) config: Pick<KoersConfig, 'dataDir'>) {
    this.root = path.join(config.dataDir, 'files');
  }

  async save(source: Readable, fileName: string, maxBytes = MAX_FILE_BYTES): Promise<StoredFile> {
    // Hand-ins and photos are personal data: for Koers' own user alone, as the secret and backups are.
    await mkdir(path.join(this.root, 'incoming'), { recursive: true, mode: 0o700 });
    const storageKey = randomUUID();
    const incoming = path.join(this.root, 'incoming', storageKey);
    let head = Buffer.alloc(0);
    let sizeBytes = 0;
    const hash = createHash('sha256');
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sizeBytes += chunk.length;
        if (sizeBytes > maxBytes) return callback(new FileTooLargeError(shownFileName(fileName)));
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const sink = createWriteStream(incoming, { mode: 0o600 });
    try {
      await pipeline(source, inspect, sink);
      if (fileName.includes('\uFFFD')) throw new FileNameNotUtf8Error(shownFileName(fileName));
      if (sizeBytes === 0) throw new EmptyFileError(shownFileName(fileName));
      const office = isZip(head) ? await readOfficePackage(incoming) : null;
      if (office && office.unpackedBytes > MAX_OFFICE_UNPACKED_BYTES) throw new OfficeDocumentUnpacksTooLargeError(shownFileName(fileName));
      const contentType = office?.kind ? ACCEPTED_FILE_TYPES[office.kind] : detectFileType(head, fileName);
      if (!contentType) throw new UnsupportedFileTypeError(shownFileName(fileName));
      await rename(incoming, this.pathOf(storageKey));
      return { storageKey, fileName: downloadName(fileName, contentType), contentType, sizeBytes, sha256: hash.digest('hex') };
    } catch (error) {
      // A failed pipeline destroys the sink while its file may still be opening; removing it before the sink has
      // closed would leave the file behind once the open completes.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(incoming, { force: true });
      // An upload cut off halfway fails the source stream (often before we read it) with the parser's error: the client's fault.
      throw source.errored === error && isBrokenUpload(error) ? new MalformedUploadError() : error;
    }
  }

  open(storageKey: string): Readable {
    return createReadStream(this.pathOf(storageKey));
  }

  /**
   * The file opened for a download, once it is open: one whose bytes are gone (lost outside Koers, or restored from a
   * backup without them) is a 404 saying so, not an error halfway through the answer.
   */
  async read(storageKey: string): Promise<Readable> {
    const stream = this.open(storageKey);
    await new Promise<void>((resolve, reject) => {
      stream.once('ready', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new StoredFileMissingError() : error));
    });
    return stream;
  }

  /** Files no row ever named (an upload refused, a copy sent twice, a photo before resizing): gone at once. */
  async discard(storageKeys: string[]): Promise<void> {
    await Promise.all(storageKeys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  /**
   * Files whose rows were just deleted go to the trash first (`files/trash`), where they stay TRASH_KEEP_HOURS: a
   * backup whose snapshot still names one (deleted while the backup ran) then finds it (`linkForBackup`).
   */
  async remove(storageKeys: string[]): Promise<void> {
    if (storageKeys.length === 0) return;
    await mkdir(this.trash, { recursive: true, mode: 0o700 });
    await Promise.all(
      storageKeys.map(async (key) => {
        const trashed = path.join(this.trash, this.keyOf(key));
        try {
          await rename(this.pathOf(key), trashed);
          // Dated by its removal (a rename keeps the file's own times).
          const now = new Date();
          await utimes(trashed, now, now);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }),
    );
  }

  /** Empties the trash of what was removed more than `keepHours` ago; answers how many files went. */
  async purgeTrash(keepHours = TRASH_KEEP_HOURS, now = Date.now()): Promise<number> {
    const names = await readdir(this.trash).catch(() => [] as string[]);
    let purged = 0;
    for (const name of names) {
      const file = path.join(this.trash, name);
      const removedAt = (await stat(file).catch(() => null))?.mtimeMs;
      if (removedAt !== undefined && now - removedAt > keepHours * 3600_000) {
        await rm(file, { force: true });
        purged += 1;
      }
    }
    return purged;
  }

  /**
   * The files of these storage keys linked into `folder` (in the same file system, so taken as they are now whatever
   * happens to the originals meanwhile), from the files or the trash; answers the keys found in neither.
   */
  async linkForBackup(storageKeys: readonly string[], folder: string): Promise<string[]> {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const missing: string[] = [];
    for (const key of storageKeys) {
      const target = path.join(folder, this.keyOf(key));
      // Live first, then the trash: a removal between the two tries is a rename, so one of them holds the file.
      const found = (await takeForBackup(this.pathOf(key), target)) || (await takeForBackup(path.join(this.trash, this.keyOf(key)), target));
      if (!found) missing.push(key);
    }
    return missing;
  }

  /** Where a backup links its files: beside them, so that a link never crosses a file system. */
  backupFolder(): string {
    return path.join(this.root, `.backup-${process.pid}-${Date.now()}`);
  }

  /** Where removed files wait (`remove`) until the purge. */
  private get trash(): string {
    return path.join(this.root, 'trash');
  }

  private pathOf(storageKey: string): string {
    return path.join(this.root, this.keyOf(storageKey));
  }

  private keyOf(storageKey: string): string {
    if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error(`Not a storage key: ${storageKey}`);
    return storageKey;
  }
}

/**
 * Characters that change how a name reads without being visible: C0 and C1 controls, and the direction and
 * zero-width marks with which `evil<U+202E>fdp.exe` shows as `evilexe.pdf`. The joiners (U+200C, U+200D) stay: emoji
 * such as 👩🏽‍⚕️ and Persian words are written with them.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff"]/g;

const MAX_FILE_NAME_LENGTH = 200;

/** A name's extension worth keeping when it is shortened: letters and digits after its last dot (`.pdf`, `.docx`). */
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;
const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * A file name of at most `maxLength` UTF-16 units: cut between whole characters (an emoji or an accented letter is
 * never split into half a character), before its extension, which it keeps so the file still opens by a double click.
 */
export function shortenedFileName(name: string, maxLength: number): string {
  if (name.length <= maxLength) return name;
  const found = EXTENSION.exec(name)?.[0] ?? '';
  const extension = found.length < maxLength / 2 ? found : '';
  let cut = '';
  for (const { segment } of graphemes.segment(name.slice(0, name.length - extension.length))) {
    if (cut.length + segment.length + extension.length > maxLength) break;
    cut += segment;
  }
  return `${cut.trimEnd()}${extension}`;
}

/**
 * The name as shown: no path, no control or direction characters, and a name before its extension (`  .pdf` would be
 * saved as `.pdf`, a hidden file on macOS and Linux: it is `bestand.pdf`).
 */
export function safeFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(INVISIBLE, '').trim();
  const afterDots = base.replace(/^[.\s]+/, '');
  const named = afterDots === base ? base : afterDots && `bestand.${afterDots}`;
  return shortenedFileName(named, MAX_FILE_NAME_LENGTH) || 'bestand';
}

/**
 * The escapes of a browser's multipart file name (the WHATWG form-data rule): `"`, CR and LF are sent as %22, %0D and
 * %0A, and every other character as itself, a `%` included. So these three, and no other sequence, are decoded: a
 * file really called `100%25.pdf` arrives as just that.
 */
const MULTIPART_NAME_ESCAPES = /%(22|0d|0a)/gi;

/** A multipart file name as the browser meant it and clean: how a message names the file, and its download's base. */
const shownFileName = (fileName: string) => safeFileName(fileName.replace(MULTIPART_NAME_ESCAPES, (_, code: string) => String.fromCharCode(parseInt(code, 16))));

/**
 * The name a stored file is offered under: as the browser meant it, clean, and ending in an extension of the type
 * its content was detected as, so a GIF sent as `evil.html` downloads as `evil.html.gif` and opens as an image.
 */
export function downloadName(fileName: string, contentType: string): string {
  const name = shownFileName(fileName);
  const extensions = extensionsOf(contentType);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return extensions.length === 0 || extensions.includes(extension) ? name : `${name}.${extensions[0]}`;
}

/**
 * The Content-Disposition header of every download (files, certificates, exports): the name in any script as
 * `filename*` (RFC 6266, RFC 5987), and for a client that reads only `filename` an ASCII copy, accents dropped
 * (`één` → `een`) and every other character `_`, quotes and backslashes included so it stays one quoted string.
 */
export function attachmentDisposition(fileName: string, inline = false): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[^\x20-\x7e]|["\\]/gu, '_');
  // encodeURIComponent leaves ' ( ) * as they are, which RFC 5987 does not allow unescaped.
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
