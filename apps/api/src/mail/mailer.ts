import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const FROM = 'Koers <noreply@koers.local>';

/** Delivers mail by writing RFC 5322 `.eml` files to $KOERS_DATA_DIR/outbox, which any mail client opens. */
@Injectable()
export class Mailer {
  private readonly outbox: string;

  constructor(@Inject(KOERS_CONFIG) config: KoersConfig) {
    this.outbox = path.join(config.dataDir, 'outbox');
  }

  async send(message: MailMessage): Promise<string> {
    await mkdir(this.outbox, { recursive: true });
    const id = randomUUID();
    const file = path.join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    await writeFile(file, toEml(message, id));
    return file;
  }
}

function toEml(message: MailMessage, id: string): string {
  const boundary = `koers-${id}`;
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', wrapBase64(body)].join('\r\n');
  return [
    `From: ${FROM}`,
    `To: ${message.to}`,
    `Subject: =?utf-8?B?${Buffer.from(message.subject).toString('base64')}?=`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${id}@koers.local>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    part('text/plain', message.text),
    part('text/html', message.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

const wrapBase64 = (body: string) => Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\r\n');
