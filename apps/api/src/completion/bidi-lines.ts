import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/**
 * A stretch of one line that the PDF draws as one string: `text` in reading order, `x` from the line's left edge,
 * `start` where it begins in the text (drawing the pieces in that order keeps the PDF's text in reading order).
 */
export interface LinePiece {
  text: string;
  x: number;
  start: number;
}

/** One line of text laid out for the page: its pieces left to right, and its width. */
export interface VisualLine {
  pieces: LinePiece[];
  width: number;
}

/** Whether any of the text stands right to left (a Hebrew or Arabic letter, or what the algorithm puts with one). */
export const hasRightToLeft = (text: string) => bidi.getEmbeddingLevels(text).levels.some((level) => level % 2 === 1);

/**
 * Lays out a paragraph of text that may hold right-to-left words (an Arabic or Hebrew name, or one in two scripts)
 * the way the Unicode bidirectional algorithm orders it: the first word of an Arabic name stands rightmost, and
 * brackets in right-to-left text are mirrored. pdfkit draws every string left to right (its font library only
 * shapes each right-to-left word and puts its letters in order), so the words of a line are placed here, one string
 * per word and space.
 *
 * Lines are broken in reading order at spaces, and between ideographs, to fit `maxWidth` (a word wider than that
 * gets a line of its own), then each line is reordered on its own, as the algorithm asks. `measure` is the width of a
 * string in the fonts and size it will be drawn in.
 */
export function bidiLines(text: string, maxWidth: number, measure: (text: string) => number): VisualLine[] {
  const embedding = bidi.getEmbeddingLevels(text);
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  return logicalLines(text, maxWidth, measure).map(([start, end]) => {
    const order = bidi.getReorderedIndices(text, embedding, start, end).slice(start, end + 1);
    const pieces: LinePiece[] = [];
    let x = 0;
    for (const run of runsOf(order, text, embedding.levels)) {
      // Each run goes to pdfkit in reading order: its font library reverses a right-to-left word's letters itself.
      const indices = [...run].sort((a, b) => a - b);
      const piece = indices.map((index) => mirrored.get(index) ?? text[index]).join('');
      pieces.push({ text: piece, x, start: indices[0] });
      x += measure(piece);
    }
    return { pieces, width: x };
  });
}

/** Chinese and Japanese write no spaces between words: a line may break after any ideograph or kana. */
const BREAKABLE_WORD = /[\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The [start, end] (inclusive) of each line, breaking at spaces and between ideographs in reading order, and a word
 * wider than a line between its letters (a long name in Thai, which writes no spaces); trailing spaces are dropped.
 */
function logicalLines(text: string, maxWidth: number, measure: (text: string) => number): [number, number][] {
  const lines: [number, number][] = [];
  const words = [...text.matchAll(BREAKABLE_WORD)].flatMap((match) => fittingParts(match[0], match.index, maxWidth, measure));
  for (const [start, end] of words) {
    const current = lines.at(-1);
    if (current && measure(text.slice(current[0], end + 1)) <= maxWidth) current[1] = end;
    else lines.push([start, end]);
  }
  return lines;
}

/** A word as [start, end] (inclusive) in the text, or cut between letters into parts that each fit `maxWidth`. */
function fittingParts(word: string, at: number, maxWidth: number, measure: (text: string) => number): [number, number][] {
  if (measure(word) <= maxWidth) return [[at, at + word.length - 1]];
  const parts: [number, number][] = [];
  let start = 0;
  for (const { index, segment } of graphemes.segment(word)) {
    if (index > start && measure(word.slice(start, index + segment.length)) > maxWidth) {
      parts.push([at + start, at + index - 1]);
      start = index;
    }
  }
  parts.push([at + start, at + word.length - 1]);
  return parts;
}

/**
 * The line, in the order it stands on the page, cut into runs that pdfkit can draw as one string each: a word of one
 * direction, or a space. A character and the low half of its surrogate pair stay together.
 */
function runsOf(order: number[], text: string, levels: Uint8Array): number[][] {
  const runs: number[][] = [];
  const kindOf = (index: number) => (/\s/.test(text[index]) ? 'space' : levels[index] % 2 === 1 ? 'rtl' : 'ltr');
  let previous: string | undefined;
  for (const index of order) {
    const kind = kindOf(index);
    if (kind === previous && kind !== 'space') runs[runs.length - 1].push(index);
    else runs.push([index]);
    previous = kind;
  }
  return runs;
}
