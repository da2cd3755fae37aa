import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';

/** A file name the outbox writes: letters, digits and dashes, then `.eml`; nothing that could leave the directory. */
export const OUTBOX_FILE_PATTERN = /^[A-Za-z0-9-]{1,100}\.eml$/;

export interface OutboxFile {
  name: string;
  sizeBytes: number;
  writtenAt: Date;
}

/**
 * $KOERS_DATA_DIR/outbox: where mail goes as RFC 5322 `.eml` files while no SMTP server is configured. Mails with a
 * password link go to its `private/` folder instead: on disk for whoever runs the server, never listed or served to
 * the admin's mail page (a live link there would let the programme office log in as anyone).
 */
@Injectable()
export class Outbox {
  private readonly logger = new Logger('Outbox');
  readonly directory: string;
  readonly privateDirectory: string;

  constructor(@Inject(KOERS_CONFIG) config: KoersConfig) {
    this.directory = path.join(config.dataDir, 'outbox');
    this.privateDirectory = path.join(this.directory, 'private');
  }

  /** Writing the same id again replaces the file, so a mail re-sent after a crash is still one file. */
  async write(id: string, raw: Buffer, options: { private: boolean } = { private: false }): Promise<string> {
    const name = `${id}.eml`;
    if (!OUTBOX_FILE_PATTERN.test(name)) throw new Error(`Not an outbox file name: ${name}`);
    const directory = options.private ? this.privateDirectory : this.directory;
    // Mails hold personal data, the private ones live password links: for Koers' own user alone.
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await writeFile(path.join(directory, name), raw, { mode: 0o600 });
    return name;
  }

  /** Newest first. */
  async list(offset: number, limit: number): Promise<{ items: OutboxFile[]; total: number }> {
    const names = await readdir(this.directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const files = await Promise.all(
      names
        .filter((name) => OUTBOX_FILE_PATTERN.test(name))
        .map(async (name) => {
          const info = await stat(path.join(this.directory, name));
          return { name, sizeBytes: info.size, writtenAt: info.mtime };
        }),
    );
    files.sort((a, b) => b.writtenAt.getTime() - a.writtenAt.getTime() || b.name.localeCompare(a.name));
    return { items: files.slice(offset, offset + limit), total: files.length };
  }

  /** The raw message, or null when there is no such file. */
  async read(name: string): Promise<Buffer | null> {
    if (!OUTBOX_FILE_PATTERN.test(name)) return null;
    return readFile(path.join(this.directory, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  }

  /** Which of these mails (by the id they were written under) have a copy to show: erasure removes some. */
  async shown(ids: string[]): Promise<Set<string>> {
    const present = await Promise.all(
      ids.map((id) => `${id}.eml`).filter((name) => OUTBOX_FILE_PATTERN.test(name)).map((name) => stat(path.join(this.directory, name)).then(() => name, () => null)),
    );
    return new Set(present.filter((name) => name !== null));
  }

  /**
   * After a commit that erased these mails' rows (a person, an application): their copies go too. One that fails to go
   * is logged, not thrown: the erasure stands, and no row refers to the copy any more.
   */
  async removeErased(ids: string[], erased: Record<string, string>): Promise<void> {
    await this.remove(ids).catch((error: unknown) =>
      this.logger.error({ msg: 'Copies of erased mails could not all be removed from the outbox', ...erased, error: String(error) }),
    );
  }

  /** Removes the copies of these mails (by the id they were written under); ids without a file are fine. */
  async remove(ids: string[]): Promise<void> {
    const names = ids.map((id) => `${id}.eml`).filter((name) => OUTBOX_FILE_PATTERN.test(name));
    await Promise.all(
      [this.directory, this.privateDirectory].flatMap((directory) => names.map((name) => rm(path.join(directory, name), { force: true }))),
    );
  }
}
