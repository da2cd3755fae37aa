import type { CertificateStatement } from '@koers/shared/completion';
import type { Readable } from 'node:stream';
import { calendarDayInWords, instantToAmsterdam } from '../calendar/amsterdam-time';
import { escapeHtml } from '../mail/escape-html';
import { bidiLines, hasRightToLeft } from './bidi-lines';
import { BOLD_FONT_FILE, boldFont, fallbackFonts, fontRuns, REGULAR_FONT_FILE } from './certificate-fonts';

/** '12 januari 2027'. */
const dutchDate = (date: string) => calendarDayInWords(date, 'nl', { weekday: false });

const INK = '#1b1f2a';
const MUTED = '#4a5263';
const ACCENT = '#0a58a8';

/**
 * The certificate as a PDF stream, drawn from the statement frozen at issue, so every download and the
 * verification page say the same. PDF/A-2b (fonts embedded, sRGB output intent, XMP metadata) and tagged, so an
 * archive keeps it readable; dates are Amsterdam calendar days. pdfkit (with its font and image libraries) loads with
 * the first certificate, not in every instance at start.
 */
export async function renderCertificatePdf(statement: CertificateStatement, verificationCode: string, verifyUrl: string): Promise<Readable> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 90, bottom: 60, left: 72, right: 72 },
    info: { Title: `Certificaat ${statement.programmeName} – ${statement.participantName}`, Author: 'Koers', Subject: statement.editionName },
    lang: 'nl-NL',
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    displayTitle: true,
  });
  escapeMetadataXml(doc);
  doc.registerFont('Regular', REGULAR_FONT_FILE);
  doc.registerFont('Bold', BOLD_FONT_FILE);
  const width = doc.page.width - 144;
  const centred = { align: 'center' as const, width };
  // Tagged: every text block is a structure element in reading order; the frame is an artifact.
  const document = doc.struct('Document');
  doc.addStructure(document);
  const block = (tag: 'H1' | 'P', draw: () => void) => document.add(doc.struct(tag, {}, draw));

  doc.markContent('Artifact', { type: 'Layout' });
  doc.rect(36, 36, doc.page.width - 72, doc.page.height - 72).lineWidth(2).stroke(ACCENT);
  doc.endMarkedContent();
  block('P', () => doc.fillColor(ACCENT).font('Bold').fontSize(12).text(statement.programmeName.toUpperCase(), 72, 90, { ...centred, characterSpacing: 1 }));
  doc.moveDown(3);
  block('H1', () => doc.fillColor(INK).font('Bold').fontSize(36).text('Certificaat', centred));
  block('P', () => doc.fillColor(MUTED).font('Regular').fontSize(12).text('Certificate of completion', centred));
  doc.moveDown(3);
  block('P', () => {
    doc.fillColor(INK).fontSize(14).text('Hierbij verklaren wij dat', centred);
    doc.moveDown(0.8);
    // The glyphs of a name in Devanagari or Thai stand in the order they are drawn, not read (a vowel sign before its
    // letter): copying, searching and screen readers take the name as written from its ActualText instead. Only such a
    // name has one: Poppler puts an ActualText's words after the paragraph ("… tot en met 1 september 2026. Noah
    // Meijer"), and turned one in right-to-left reading order around ("نمحرلا دبع دمحم").
    const name = statement.participantName;
    doc.markContent('Span', REORDERED_WHEN_DRAWN.test(name) && !hasRightToLeft(name) ? { actual: name } : {});
    drawName(doc, name, width);
    doc.endMarkedContent();
    doc.moveDown(0.8);
    doc.font('Regular').fontSize(14).text('het programma', centred);
    doc.moveDown(0.4);
    doc.font('Bold').fontSize(fittingSize(doc, { size: 18, lines: 2 }, () => linesOf(doc, statement.programmeName, width))).text(statement.programmeName, centred);
    doc.moveDown(0.4);
    doc.font('Regular').fontSize(14).text(`met goed gevolg heeft afgerond in de editie ${statement.editionName}`, centred);
    doc.text(`van ${dutchDate(statement.editionStartDate)} tot en met ${dutchDate(statement.editionEndDate)}.`, centred);
  });
  doc.moveDown(1.5);
  block('P', () => {
    doc.fontSize(12).fillColor(MUTED).text(`Bijgewoonde lesdagen: ${statement.programmeDaysAttended} van ${statement.programmeDaysCounted}`, centred);
    doc.text(`Uitgereikt op ${dutchDate(instantToAmsterdam(new Date(statement.issuedAt)).date)}`, centred);
  });
  block('P', () => {
    doc.fillColor(INK).font('Bold').fontSize(12).text(`Verificatiecode: ${verificationCode}`, 72, doc.page.height - 170, centred);
    doc.font('Regular').fontSize(10).fillColor(MUTED);
    doc.text('Controleer de echtheid van dit certificaat op / Verify this certificate at', centred);
    doc.fillColor(ACCENT).text(verifyUrl, { ...centred, link: verifyUrl });
  });
  document.end();
  doc.end();
  return doc;
}

/**
 * Scripts whose letters are shaped into glyphs that stand in another order than they are read, or into clusters a
 * reader cannot map back letter by letter: Devanagari and the other Brahmic scripts of South and South-East Asia.
 */
const REORDERED_WHEN_DRAWN =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}\p{Script=Myanmar}\p{Script=Khmer}]/u;

const SMALLEST_SIZE = 12;

/**
 * The largest font size up to `size` at which the text takes at most `lines` lines (`linesAt` counts them at the size
 * set), but not under 12 pt: a name may be 200 characters long, and at its full size it would run into the
 * verification block at the foot of the page (which is where it is, at any length of name, so the page layout stays
 * the same).
 */
function fittingSize(doc: PDFKit.PDFDocument, { size, lines }: { size: number; lines: number }, linesAt: () => number): number {
  for (let candidate = size; candidate > SMALLEST_SIZE; candidate--) {
    doc.fontSize(candidate);
    if (linesAt() <= lines) return candidate;
  }
  return SMALLEST_SIZE;
}

/** The lines pdfkit breaks the text into, centred in `width`, at the font and size set. */
const linesOf = (doc: PDFKit.PDFDocument, text: string, width: number) => Math.round(doc.heightOfString(text, { width, align: 'center' }) / doc.currentLineHeight(true));

/**
 * The participant's name, centred, in at most three lines where it fits. A name with right-to-left words (Arabic,
 * Hebrew) is placed word by word in the order the bidirectional algorithm gives (bidi-lines), which pdfkit does not
 * do, and so is a name with letters DejaVu Sans lacks (Chinese, Japanese, Korean, Devanagari, Thai), whose stretches
 * are drawn in a fallback font of the host where it has one (certificate-fonts), on the same baseline, or as a square;
 * any other name is pdfkit's own text, which also breaks a word too long for a line.
 */
function drawName(doc: PDFKit.PDFDocument, name: string, width: number): void {
  doc.font('Bold');
  const bold = boldFont();
  const runsOf = (text: string) => fontRuns(text, bold, fallbackFonts());
  const runs = runsOf(name);
  const inOtherFonts = runs.some((run) => run.font !== bold);
  if (!hasRightToLeft(name) && !inOtherFonts && runs[0]?.text === name) {
    doc.fontSize(fittingSize(doc, { size: 26, lines: 3 }, () => linesOf(doc, name, width))).text(name, { align: 'center', width });
    return;
  }
  if (inOtherFonts) for (const fallback of fallbackFonts()) doc.registerFont(fallback.name, fallback.data, fallback.family);
  const widthOf = (text: string) => runsOf(text).reduce((sum, run) => sum + doc.font(run.font.name).widthOfString(run.text), 0);
  const size = fittingSize(doc, { size: 26, lines: 3 }, () => bidiLines(name, width, widthOf).length);
  doc.font('Bold').fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  // pdfkit places a string by its own font's ascent; every font's letters stand on the bold face's baseline instead.
  const baseline = -(bold.font.ascent / bold.font.unitsPerEm) * size;
  const left = doc.page.margins.left;
  let y = doc.y;
  for (const line of bidiLines(name, width, widthOf)) {
    // In reading order, each at its place: a reader that copies the name gets its words in order.
    for (const piece of [...line.pieces].sort((a, b) => a.start - b.start)) {
      let x = left + (width - line.width) / 2 + piece.x;
      for (const run of runsOf(piece.text)) {
        doc.font(run.font.name).text(run.text, x, y, { lineBreak: false, baseline });
        x += doc.widthOfString(run.text);
      }
    }
    y += lineHeight;
  }
  doc.font('Bold');
  doc.x = left;
  doc.y = y;
}

/**
 * pdfkit writes the title, author and subject into the XMP metadata (XML, which PDF/A requires) as they are, so a
 * name or programme with `&` or `<` ("Zorg & Welzijn") made the metadata ill-formed. The document information
 * dictionary is written first, from the same fields and rightly unescaped; the metadata, at the very end, then gets
 * the escaped text (pdfkit 0.20's `endMetadata`, checked by the certificate's spec).
 */
function escapeMetadataXml(doc: PDFKit.PDFDocument): void {
  const withMetadata = doc as PDFKit.PDFDocument & { endMetadata(): void };
  const endMetadata = withMetadata.endMetadata.bind(doc);
  withMetadata.endMetadata = () => {
    for (const field of ['Title', 'Author', 'Subject'] as const) {
      const value = doc.info[field];
      // The HTML escape is XML's too.
      if (typeof value === 'string') doc.info[field] = escapeHtml(value);
    }
    endMetadata();
  };
}
