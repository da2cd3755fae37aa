import type { CertificateStatement } from '@koers/shared/completion';
import pdfParse from 'pdf-parse';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { temporaryFolders } from '../../test/temporary-folders';
import { FALLBACK_FONT_FILES } from './certificate-fonts';
import { renderCertificatePdf } from './certificate-pdf';

const statement = (overrides: Partial<CertificateStatement> = {}): CertificateStatement => ({
  participantName: 'Zoë Brouwer',
  programmeName: 'Health Innovation School',
  editionName: 'HIS-I 2.0',
  editionStartDate: '2026-01-06',
  editionEndDate: '2026-09-01',
  programmeDaysAttended: 80,
  programmeDaysCounted: 100,
  issuedAt: '2026-09-02T08:00:00.000Z',
  ...overrides,
});

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function render(overrides: Partial<CertificateStatement> = {}) {
  const pdf = await bytesOf(await renderCertificatePdf(statement(overrides), 'K7QM-4RTX', 'https://koers.example/verify/K7QM-4RTX'));
  // pdf.js reads the bytes through their ArrayBuffer: hand it a copy that starts at offset 0.
  const { text } = await pdfParse(new Uint8Array(pdf) as Buffer);
  return { pdf, text };
}

/** Each string (spaces left out) drawn on the page with where it starts: x from the left, y from the foot (as PDF counts). */
async function placedStrings(overrides: Partial<CertificateStatement>): Promise<{ text: string; x: number; y: number; width: number }[]> {
  const pdf = await bytesOf(await renderCertificatePdf(statement(overrides), 'K7QM-4RTX', 'https://koers.example/verify/K7QM-4RTX'));
  const strings: { text: string; x: number; y: number; width: number }[] = [];
  await pdfParse(new Uint8Array(pdf) as Buffer, {
    pagerender: async (page: { getTextContent(): Promise<{ items: { str: string; transform: number[]; width: number }[] }> }) => {
      for (const item of (await page.getTextContent()).items) {
        if (item.str.trim() !== '') strings.push({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width });
      }
      return '';
    },
  });
  return strings;
}

describe('certificate PDF', () => {
  const temporaryFolder = temporaryFolders();
  it.each([['Şükrü Yılmaz'], ['Łukasz Wałęsa'], ['Αλέξανδρος Παπαδόπουλος'], ['Анна Кузнецова'], ['İpek Doğan']])(
    'keeps the letters of %s when a reader extracts the text',
    async (name) => {
      const { text } = await render({ participantName: name });
      expect(text).toContain(name);
    },
  );

  it('is PDF/A-2b with its fonts embedded as subsets, and tagged', async () => {
    const { pdf } = await render({ participantName: 'Αλέξανδρος Παπαδόπουλος' });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toMatch(/\/OutputIntents/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    // Subset fonts carry a six-letter tag before their name; no font is referenced without being embedded.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    // Only the glyphs used: the whole DejaVu Sans is over 700 kB.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('writes well-formed metadata for names and programmes with & and <, and keeps the title itself as it is', async () => {
    const name = 'Jan & <Piet> "de" Bruijn';
    const { pdf } = await render({ participantName: name, programmeName: 'Zorg & Welzijn Academie' });
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(pdf.toString('utf8'))?.[0] ?? '';
    expect(xmp).toContain('Certificaat Zorg &amp; Welzijn Academie – Jan &amp; &lt;Piet&gt; &quot;de&quot; Bruijn</rdf:li>');
    // Every & in the metadata starts an entity: nothing is left raw.
    expect(xmp.match(/&(?!amp;|lt;|gt;|quot;)/g)).toBeNull();
    const { info } = await pdfParse(new Uint8Array(pdf) as Buffer);
    expect(info.Title).toBe(`Certificaat Zorg & Welzijn Academie – ${name}`);
  });

  it('fits the longest name a person may have above the verification block', async () => {
    const name = 'Maria Anna Johanna Wilhelmina Theodora van der Heijden-Vanderbilt de Montmorency tot Oostervoort en Wassenaar-Obdam Bentinck van Rechteren Limpurg Schimmelpenninck van der Oye-Van Lynden tot Sandenbur';
    expect(name).toHaveLength(200);
    const strings = await placedStrings({ participantName: name });
    const heightOf = (start: string) => strings.find((string) => string.text.startsWith(start))?.y ?? Number.NaN;
    expect(heightOf('Uitgereikt op')).toBeGreaterThan(heightOf('Verificatiecode') + 24);
    expect(await render({ participantName: name }).then(({ text }) => text.replace(/\s+/g, ' ').replace(/- /g, '-'))).toContain(name);
  });

  it.each([
    ['محمد عبد الرحمن العلي', ['العلي', 'الرحمن', 'عبد', 'محمد']],
    ['דוד בן גוריון', ['גוריון', 'בן', 'דוד']],
    ['Mohammed (محمد) El Amrani', ['Mohammed', '(', 'محمد', ')', 'El', 'Amrani']],
  ])('writes %s right to left where it is, its first word rightmost', async (name, leftToRight) => {
    const strings = await placedStrings({ participantName: name });
    const nameLine = strings.filter((string) => string.y === strings.find((candidate) => candidate.text === leftToRight[0])?.y);
    expect(nameLine.sort((a, b) => a.x - b.x).map((string) => string.text)).toEqual(leftToRight);
  });

  it('writes a right-to-left name in reading order, so a reader that copies it gets the first word first', async () => {
    const strings = await placedStrings({ participantName: 'محمد عبد الرحمن العلي' });
    const y = strings.find((string) => string.text === 'محمد')?.y;
    expect(strings.filter((string) => string.y === y).map((string) => string.text)).toEqual(['محمد', 'عبد', 'الرحمن', 'العلي']);
    // With its spaces: the words are placed one by one, and a reader does not guess the spaces from the gaps.
    expect((await render({ participantName: 'محمد عبد الرحمن العلي' })).text).toContain('محمد عبد الرحمن العلي');
  });

  // Poppler (Debian's poppler-utils, which CI installs) is what a PDF reader on Linux copies and searches with.
  const poppler = existsSync('/usr/bin/pdftotext') ? it : it.skip;
  const popplerText = async (name: string) => {
    const { pdf } = await render({ participantName: name });
    const file = path.join(await temporaryFolder('koers-certificate-'), 'certificaat.pdf');
    writeFileSync(file, pdf);
    return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  };

  poppler.each([['محمد عبد الرحمن'], ['דוד בן גוריון']])('gives the right-to-left name %s to Poppler in reading order', async (name) => {
    expect(await popplerText(name)).toContain(name);
  });

  poppler.each([['Noah Meijer'], ['Şükrü Yılmaz İnce'], ['Nguyễn Thị Minh Khai']])(
    'gives Poppler the name %s where it is read, in the sentence it belongs to',
    async (name) => {
      expect(await popplerText(name)).toMatch(new RegExp(`Hierbij verklaren wij dat\\s+${name}\\s+het programma`));
    },
  );

  it('draws a letter no font has as a square, measured as drawn, so the name stays within the page', async () => {
    const strings = await placedStrings({ participantName: 'தமிழ் செல்வி Kumar' });
    const name = strings.filter((string) => string.text.includes('\u25A1') || string.text === 'Kumar');
    expect(name.map((string) => string.text)).toEqual(['\u25A1\u25A1\u25A1', '\u25A1\u25A1\u25A1', 'Kumar']);
    // A4 is 595 points wide; the name stays within the 72-point margins, centred.
    const [left, right] = [name[0].x, name[2].x + name[2].width];
    expect(left).toBeGreaterThanOrEqual(71);
    expect(right).toBeLessThanOrEqual(524);
    expect(Math.abs(left - (595 - right))).toBeLessThan(2);
  });

  // CI installs Debian's fonts-wqy-microhei, fonts-lohit-deva and fonts-tlwg-loma, as the production image does; a host
  // without them draws squares.
  const withFallbackFonts = FALLBACK_FONT_FILES.every(({ file }) => existsSync(file)) ? describe : describe.skip;
  withFallbackFonts('with the host fonts for Chinese, Japanese, Korean, Devanagari and Thai', () => {
    it.each([
      ['王小明', 'WenQuanYiMicroHei'],
      ['山田 花子', 'WenQuanYiMicroHei'],
      ['김민준', 'WenQuanYiMicroHei'],
      ['Wang Xiaoming (王小明)', 'WenQuanYiMicroHei'],
      ['राम कमल', 'Lohit-Devanagari'],
      ['สมชาย ศรีสมร', 'Loma-Bold'],
    ])('keeps the letters of %s when a reader extracts the text', async (name, font) => {
      const { pdf, text } = await render({ participantName: name });
      expect(text).toContain(name);
      expect(pdf.toString('latin1')).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
    });

    // Poppler (Debian's poppler-utils, which CI installs) reads a name's ActualText, as copying and searching do.
    poppler.each([['किरण सिंह'], ['अर्जुन वर्मा'], ['กิตติ์ ศรีสุข']])('gives %s to a reader that copies it as written', async (name) => {
      expect(await popplerText(name)).toContain(name);
    });

    poppler.each([['王小明'], ['佐藤 花子']])('gives Poppler the name %s where it is read, in the sentence it belongs to', async (name) => {
      expect(await popplerText(name)).toMatch(new RegExp(`Hierbij verklaren wij dat\\s+${name}\\s+het programma`));
    });

    it('sets the letters of both fonts on one baseline, in reading order', async () => {
      const strings = await placedStrings({ participantName: 'Wang Xiaoming (王小明)' });
      const latin = strings.find((string) => string.text.startsWith('Wang'))!;
      const chinese = strings.find((string) => string.text.includes('王小明'))!;
      expect(chinese.y).toBe(latin.y);
      expect(chinese.x).toBeGreaterThan(latin.x);
    });

    it('breaks a long Thai name, which has no spaces, between its letters, within the page', async () => {
      const strings = (await placedStrings({ participantName: 'ศรีสมร'.repeat(12) })).filter((string) => /\p{Script=Thai}/u.test(string.text));
      expect(new Set(strings.map((string) => string.y)).size).toBeGreaterThan(1);
      for (const string of strings) expect([string.x >= 71, string.x + string.width <= 524]).toEqual([true, true]);
    });

    it('breaks a long name without spaces between its ideographs, within the page', async () => {
      const name = '欧阳'.repeat(50);
      const strings = (await placedStrings({ participantName: name })).filter((string) => /\p{Ideographic}/u.test(string.text));
      expect(strings.map((string) => string.text).join('')).toBe(name);
      expect(new Set(strings.map((string) => string.y)).size).toBeGreaterThan(1);
      // A4 is 595 points wide; the text stays within the 72-point margins.
      for (const string of strings) expect(string.x).toBeGreaterThanOrEqual(71);
    });
  });

  it('dates the certificate on the Amsterdam calendar day it was issued', async () => {
    // 00:30 in Amsterdam on 2 September (summer time) is still 1 September in UTC.
    const { text } = await render({ issuedAt: '2026-09-01T22:30:00.000Z' });
    expect(text).toContain('Uitgereikt op 2 september 2026');
  });
});
