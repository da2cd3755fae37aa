import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { encodeWord, foldLines } from 'nodemailer/lib/mime-funcs';
import { KOERS_CONFIG, type KoersConfig, senderAddress } from '../app/config';
import { Outbox } from './outbox';

export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: string | Buffer;
}

/** What a mail says; every mail has a plain-text and an HTML part. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** The mail holds a secret (a password link): its outbox copy goes where the admin's mail page does not look. */
  carriesSecret?: boolean;
  /** An address other than the recipient's current one: their old address, after it was changed. */
  sendTo?: string;
  /**
   * Where the recipient stops mail like this one with one click, without logging in: announced in the headers
   * (RFC 2369 `List-Unsubscribe`, RFC 8058 one-click), so a mail program can offer it and a mailbox provider accepts
   * the mail as wanted.
   */
  unsubscribeUrl?: string;
}

/** Whom a mail goes to: mail programs show the name, and sort and search by it. */
export interface MailRecipient {
  name: string;
  address: string;
}

export interface MailMessage extends MailContent {
  to: string | MailRecipient;
  /**
   * Stable identity of this mail (letters, digits, dashes). Sending the same id twice yields the same Message-ID
   * and the same outbox file, so a mail re-sent after a crash replaces its copy and mail clients see one message.
   */
  id?: string;
}

export type MailMode = 'smtp' | 'outbox';

/** SMTP servers that stop answering must not hold a queue worker (and its row lock) for minutes. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Every mail Koers sends is written by no person: out-of-office and other automatic replies stay silent (RFC 3834;
 * Exchange reads its own header), while delivery reports still come back.
 */
const AUTOMATIC_MAIL_HEADERS = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'OOF, AutoReply' };

/**
 * The subject and headers as nodemailer should write them, the one-click stop among them. An all-ASCII subject goes out as it is, so a name such as
 * `=?utf-8?B?…?=` in it would be decoded by the reader's mail program into words Koers never wrote (RFC 2047 §7
 * forbids such look-alikes): a subject holding `=?` is sent encoded as a whole, which shows it as it is.
 */
function subjectAndHeaders({ subject, unsubscribeUrl }: MailContent): { subject?: string; headers: Record<string, string | { prepared: true; value: string }> } {
  const headers = {
    ...AUTOMATIC_MAIL_HEADERS,
    ...(unsubscribeUrl && { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }),
  };
  if (!subject.includes('=?')) return { subject, headers };
  const name = 'Subject: ';
  return { headers: { ...headers, Subject: { prepared: true, value: foldLines(name + encodeWord(subject, 'B', 52), 76).slice(name.length) } } };
}

/**
 * The `To` of a mail to someone by name. A name that is only the address adds nothing; one holding an encoded-word
 * look-alike is sent encoded, as a subject is, so mail programs show it as written.
 */
function toHeader(to: string | MailRecipient): string | MailRecipient {
  if (typeof to === 'string') return to;
  const name = to.name.trim();
  if (!name || name.toLowerCase() === to.address.toLowerCase()) return to.address;
  return { name: name.includes('=?') ? encodeWord(name, 'B', 52) : name, address: to.address };
}

/**
 * Sends mail through SMTP when SMTP_URL is set; otherwise writes each mail as an `.eml` file to the outbox.
 * Both ways build the message with nodemailer, so the outbox shows exactly what SMTP would have sent.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  readonly mode: MailMode;
  private readonly transport: Transporter;
  private readonly from: string;
  /** Replies go to the programme office, when it has an address of its own beside the sender's. */
  private readonly replyTo: string | undefined;
  private readonly messageIdDomain: string;

  constructor(
    @Inject(KOERS_CONFIG) config: KoersConfig,
    private readonly outbox: Outbox,
  ) {
    this.mode = config.smtpUrl ? 'smtp' : 'outbox';
    this.transport = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS })
      : createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    this.from = config.mailFrom;
    this.replyTo = senderAddress(config.mailFrom).toLowerCase() === config.programmeOffice.email ? undefined : config.programmeOffice.email;
    // The sender's domain, as receiving servers expect of a Message-ID (the public address may be a bare host).
    this.messageIdDomain = senderAddress(config.mailFrom).split('@').pop()!.toLowerCase();
  }

  async send(message: MailMessage): Promise<void> {
    const id = message.id ?? `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}`;
    const info = await this.transport.sendMail({
      from: this.from,
      replyTo: this.replyTo,
      to: toHeader(message.to),
      ...subjectAndHeaders(message),
      text: message.text,
      html: message.html,
      // Base64 keeps every line of a part short and 7-bit clean, whatever the language.
      textEncoding: 'base64',
      messageId: `<${id}@${this.messageIdDomain}>`,
      attachments: message.attachments?.map((attachment) => ({
        filename: attachment.fileName,
        contentType: attachment.contentType,
        content: attachment.content,
      })),
    });
    if (this.mode === 'outbox') await this.outbox.write(id, info.message as Buffer, { private: message.carriesSecret === true });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
