import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';

/**
 * DejaVu Sans (from the pinned npm package dejavu-fonts-ttf, so the production image has it too) covers Latin
 * Extended, Greek, Cyrillic, Arabic and Hebrew: "Şükrü Yılmaz", "Łukasz Wałęsa" and "Αλέξανδρος" keep their letters,
 * where the built-in Helvetica knows only WinAnsi. pdfkit embeds only the glyphs used (a subset) with a ToUnicode
 * map, so the names can be copied and searched.
 */
export const REGULAR_FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const BOLD_FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/**
 * Fonts of the host for the letters DejaVu Sans lacks, from Debian packages the production image installs: Chinese,
 * Japanese and Korean from fonts-wqy-microhei (WenQuanYi Micro Hei, 1.6 MB), Devanagari from fonts-lohit-deva, Thai
 * from fonts-tlwg-loma (each under 100 kB). Fonts of several megabytes would make every `npm install` heavy for the
 * few names that need them, so Koers looks for them on the machine instead; where one is missing, its letters are
 * drawn as squares (MISSING_LETTER). `family` names the face in a collection.
 */
export const FALLBACK_FONT_FILES: { file: string; family?: string }[] = [
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { file: '/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf' },
  { file: '/usr/share/fonts/truetype/tlwg/Loma-Bold.ttf' },
];

export interface LoadedFont {
  /** The name the PDF document knows it by (`registerFont`). */
  name: string;
  data: Buffer;
  family?: string;
  font: Font;
}

const loaded = new Map<string, LoadedFont | null>();

/** The font read once per process, or null when the host does not have it. */
function loadFont(name: string, file: string, family?: string): LoadedFont | null {
  if (!loaded.has(file)) {
    let font: LoadedFont | null = null;
    try {
      const data = readFileSync(file);
      font = { name, data, family, font: create(data, family) };
    } catch {
      // Not installed on this host: its letters stay boxes.
    }
    loaded.set(file, font);
  }
  return loaded.get(file)!;
}

export const boldFont = () => loadFont('Bold', BOLD_FONT_FILE)!;

/** The fallback fonts this host has, in the order they are tried. */
export const fallbackFonts = () =>
  FALLBACK_FONT_FILES.map(({ file, family }, i) => loadFont(`Fallback${i}`, file, family)).filter((font) => font !== null);

/** A stretch of text that one font draws. */
export interface FontRun {
  text: string;
  font: LoadedFont;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * What stands for a letter no font has: a white square drawn as the letter it is. Left to the font's own "missing
 * glyph", pdfkit wrote no width for it, so a reader drew each box wider than the name was measured, off the page.
 */
const MISSING_LETTER = '\u25A1';

/**
 * The text cut into stretches by the font that draws it: `primary` wherever it has the letters, else the first of
 * `fallbacks` that does, and a letter nobody has as MISSING_LETTER in `primary`. A letter and its combining marks stay
 * together, and a space goes with the letters before it.
 */
export function fontRuns(text: string, primary: LoadedFont, fallbacks: readonly LoadedFont[]): FontRun[] {
  const runs: FontRun[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const codePoint = segment.codePointAt(0)!;
    const font =
      /\s/u.test(segment) && runs.length > 0
        ? runs[runs.length - 1].font
        : primary.font.hasGlyphForCodePoint(codePoint)
          ? primary
          : fallbacks.find((fallback) => fallback.font.hasGlyphForCodePoint(codePoint));
    const drawn = font ? segment : MISSING_LETTER;
    const last = runs.at(-1);
    if (last?.font === (font ?? primary)) last.text += drawn;
    else runs.push({ text: drawn, font: font ?? primary });
  }
  return runs;
}
