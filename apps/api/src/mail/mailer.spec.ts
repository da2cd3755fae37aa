import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type KoersConfig, readConfig } from '../app/config';
import { Mailer } from './mailer';
import { Outbox } from './outbox';

/** Just enough of an SMTP server to accept mail and keep what it got (RFC 5321: greeting, EHLO, MAIL, RCPT, DATA, QUIT). */
function fakeSmtpServer(): Promise<{ server: Server; port: number; received: { from: string; to: string[]; data: string }[] }> {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let current = { from: '', to: [] as string[], data: '' };
    let inData = false;
    socket.write('220 fake.smtp ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = inData ? buffer.indexOf('\r\n.\r\n') : buffer.indexOf('\r\n')) !== -1) {
        if (inData) {
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          socket.write('250 OK queued\r\n');
          continue;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'MAIL') current.from = line;
        if (command === 'RCPT') current.to.push(line);
        if (command === 'DATA') inData = true;
        if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write(command === 'EHLO' ? '250-fake.smtp\r\n250 8BITMIME\r\n' : command === 'DATA' ? '354 go ahead\r\n' : '250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, received })));
}

describe('Mailer', () => {
  let dataDir: string;
  const config = (env: NodeJS.ProcessEnv): KoersConfig => ({ ...readConfig({ KOERS_PUBLIC_URL: 'https://koers.example.nl', ...env }), dataDir });
  const message = {
    to: 'lotte@zorg.example',
    subject: 'Herinnering: Lesdag 4',
    text: 'Beste Lotte,\n\nBinnenkort is Lesdag 4.\n',
    html: '<p>Beste Lotte,</p>',
    attachments: [{ fileName: 'Lesdag 4.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
    id: '0b8a2f0e-6f1d-4c55-9a57-3f7f0c1d2e3f',
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-mail-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('sends through SMTP when SMTP_URL is set, and writes nothing to the outbox', async () => {
    const smtp = await fakeSmtpServer();
    const mailer = new Mailer(config({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, KOERS_MAIL_FROM: 'Koers <koers@zorg.example>' }), new Outbox(config({})));
    try {
      expect(mailer.mode).toBe('smtp');
      await mailer.send(message);
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail.from).toContain('<koers@zorg.example>');
      expect(mail.to).toEqual([expect.stringContaining('<lotte@zorg.example>')]);
      expect(mail.data).toContain(`Message-ID: <${message.id}@zorg.example>`);
      expect(mail.data).toMatch(/Content-Type: multipart\/mixed/);
      expect(mail.data).toMatch(/Content-Type: text\/plain; charset=utf-8/);
      expect(mail.data).toMatch(/Content-Type: text\/html; charset=utf-8/);
      expect(mail.data).toMatch(/Content-Disposition: attachment; filename="Lesdag 4.ics"/);
      // Written by no person: automatic replies stay silent. No office address apart from the sender: no Reply-To.
      expect(mail.data).toContain('Auto-Submitted: auto-generated\r\n');
      expect(mail.data).toContain('X-Auto-Response-Suppress: OOF, AutoReply\r\n');
      expect(mail.data).not.toContain('Reply-To:');
      expect(mail.data).not.toContain('List-Unsubscribe');
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      mailer.onModuleDestroy();
      smtp.server.close();
    }
  });

  it("sends replies to the programme office's own address, when it has one beside the sender's", async () => {
    const mailer = new Mailer(config({ KOERS_PROGRAMME_OFFICE_EMAIL: 'programmabureau@zorg.example' }), new Outbox(config({})));
    await mailer.send(message);
    const raw = await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8');
    expect(raw).toContain('Reply-To: programmabureau@zorg.example\r\n');
    expect(raw).toContain('From: Koers <noreply@koers.local>\r\n');
  });

  it("names the sender's domain in the Message-ID, not the host of the public address", async () => {
    const mailer = new Mailer(config({ KOERS_MAIL_FROM: 'HIS-I <his@Zorgschool.NL>' }), new Outbox(config({})));
    await mailer.send(message);
    const raw = await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8');
    expect(raw).toContain(`Message-ID: <${message.id}@zorgschool.nl>\r\n`);
  });

  it('announces the one-click stop of a mail that has one (RFC 2369, RFC 8058)', async () => {
    const mailer = new Mailer(config({}), new Outbox(config({})));
    await mailer.send({ ...message, unsubscribeUrl: 'https://koers.example.nl/herinneringen-uit?token=abc' });
    const raw = (await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8')).replace(/\r\n(?=[ \t])/g, '');
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/koers\.example\.nl\/herinneringen-uit\?token=abc>\r$/m);
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
  });

  it('encodes a subject that holds an encoded-word look-alike, so mail programs show it as written', async () => {
    const mailer = new Mailer(config({}), new Outbox(config({})));
    const spoof = '=?utf-8?B?SmUgYWNjb3VudCB3b3JkdCBnZWJsb2trZWVyZA==?= nodigt je uit voor het intern team bij HIS-I 2.0';
    await mailer.send({ ...message, subject: spoof });
    const raw = await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8');
    const header = /^Subject: ((?:.*)(?:\r\n[ \t].*)*)\r\n/m.exec(raw)![1];
    // Every line of the header is short, and its encoded-words decode to the subject as it was written.
    expect(header.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    const decoded = [...header.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].map(([, base64]) => Buffer.from(base64, 'base64').toString('utf8')).join('');
    expect(decoded).toBe(spoof);
    await mailer.send(message);
    expect(await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8')).toContain('Subject: Herinnering: Lesdag 4\r\n');
  });

  it('names the recipient as mail programs show it, in any script, and a name that looks encoded as written', async () => {
    const mailer = new Mailer(config({}), new Outbox(config({})));
    const toOf = async (name: string) => {
      await mailer.send({ ...message, to: { name, address: 'lotte@zorg.example' } });
      const raw = (await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8')).replace(/\r\n(?=[ \t])/g, ' ');
      return /^To: (.*)\r$/m.exec(raw)![1];
    };
    expect(await toOf('Lotte Bakker')).toBe('Lotte Bakker <lotte@zorg.example>');
    expect(await toOf('Bakker, Lotte "L."')).toBe('"Bakker, Lotte \\"L.\\"" <lotte@zorg.example>');
    expect(await toOf('lotte@zorg.example')).toBe('lotte@zorg.example');
    const decode = (header: string) =>
      [...header.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)]
        .map(([, kind, text]) => (kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1'))))
        .join('');
    expect(decode(await toOf('Zoë Çelik-王'))).toBe('Zoë Çelik-王');
    const spoof = '=?utf-8?B?UHJvZ3JhbW1hYnVyZWF1?=';
    expect(decode(await toOf(spoof))).toBe(spoof);
  });

  it('writes an .eml file named by the mail id to the outbox otherwise; the same id replaces it', async () => {
    const mailer = new Mailer(config({}), new Outbox(config({})));
    expect(mailer.mode).toBe('outbox');
    await mailer.send(message);
    await mailer.send(message);
    expect(await readdir(path.join(dataDir, 'outbox'))).toEqual([`${message.id}.eml`]);
    const raw = await readFile(path.join(dataDir, 'outbox', `${message.id}.eml`), 'utf8');
    expect(raw).toContain('To: lotte@zorg.example');
    expect(raw).toContain('From: Koers <noreply@koers.local>');
  });
});
