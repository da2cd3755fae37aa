import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReadMail {
  file: string;
  /** The recipient's address. */
  to: string;
  /** The recipient's name as the `To` header gives it, decoded ('' when it names none). */
  toName: string;
  subject: string;
  messageId: string;
  text: string;
  html: string;
  attachments: { fileName: string; contentType: string; content: string }[];
}

/**
 * The mails an app instance wrote to its outbox ($KOERS_DATA_DIR/outbox, and its private/ folder), decoded: enough MIME (multipart, base64,
 * RFC 2047 subjects) to read what Koers writes, independent of the code that writes it.
 */
export async function readOutbox(dataDir: string): Promise<ReadMail[]> {
  const files = await outboxFiles(dataDir);
  return Promise.all(files.map(async ({ file, raw }) => ({ file, ...parseMail(raw) })));
}

/** The raw text of every mail in the outbox, for specs that look for a header or a link as written. */
export async function readRawOutbox(dataDir: string): Promise<string[]> {
  return (await outboxFiles(dataDir)).map(({ raw }) => raw);
}

/** Mails with a password link sit in the outbox's private folder, out of the admin's sight; tests read both. */
async function outboxFiles(dataDir: string): Promise<{ file: string; raw: string }[]> {
  const directories = [path.join(dataDir, 'outbox'), path.join(dataDir, 'outbox', 'private')];
  const listed = await Promise.all(
    directories.map(async (directory) =>
      (await readdir(directory).catch(() => [] as string[])).filter((file) => file.endsWith('.eml')).map((file) => ({ directory, file })),
    ),
  );
  const files = listed.flat().sort((a, b) => a.file.localeCompare(b.file));
  return Promise.all(files.map(async ({ directory, file }) => ({ file, raw: await readFile(path.join(directory, file), 'utf8') })));
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

export function parseMail(raw: string): Omit<ReadMail, 'file'> {
  const mail: Omit<ReadMail, 'file'> = { to: '', toName: '', subject: '', messageId: '', text: '', html: '', attachments: [] };
  const root = parsePart(raw);
  const to = root.headers['to'] ?? '';
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(to);
  mail.to = named ? named[2] : to;
  mail.toName = named ? decodeWords(named[1].replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1')) : '';
  mail.subject = decodeWords(root.headers['subject'] ?? '');
  mail.messageId = root.headers['message-id'] ?? '';
  const visit = (part: Part) => {
    const type = part.headers['content-type'] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (boundary) {
      part.body
        .split(`--${boundary}`)
        .slice(1, -1)
        .forEach((child) => visit(parsePart(child.replace(/^\r\n/, ''))));
      return;
    }
    const content = decodeBody(part);
    const disposition = part.headers['content-disposition'] ?? '';
    if (disposition.startsWith('attachment')) {
      mail.attachments.push({ fileName: attachmentName(disposition), contentType: type, content });
    } else if (type.startsWith('text/html')) mail.html = content;
    else if (type.startsWith('text/plain')) mail.text = content;
  };
  visit(root);
  return mail;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = part.body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes);
  }
  return part.body.replace(/\r\n$/, '');
}

/** RFC 2047 encoded words, e.g. `=?UTF-8?B?SMOp?=`. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );
}

/**
 * An attachment's name from its Content-Disposition: `filename="…"` (perhaps in encoded words), or a name outside
 * ASCII in RFC 2231 pieces (`filename*0*=utf-8''Netwerksessie%201%20%E2%80%93; filename*1*=…`), as nodemailer writes it.
 */
function attachmentName(disposition: string): string {
  const pieces = [...disposition.matchAll(/filename\*(\d+)?(\*)?="?([^";]*)"?/gi)].sort((a, b) => Number(a[1] ?? 0) - Number(b[1] ?? 0));
  if (pieces.length > 0) {
    const joined = pieces.map(([, , encoded, value]) => (encoded ? value : encodeURIComponent(value))).join('');
    return decodeURIComponent(joined.replace(/^[^']*'[^']*'/, ''));
  }
  return decodeWords(/filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '');
}
