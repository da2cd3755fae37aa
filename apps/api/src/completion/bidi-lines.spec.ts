import { bidiLines, hasRightToLeft } from './bidi-lines';

/** Every character one unit wide: positions read as character counts. */
const measure = (text: string) => text.length;

/** The words of each line as placed, left to right. */
const wordsOf = (text: string, maxWidth: number) => bidiLines(text, maxWidth, measure).map((line) => line.pieces.map((piece) => piece.text).filter((piece) => piece !== ' '));

describe('bidiLines', () => {
  it('puts the first word of an Arabic name rightmost, each word and space drawn in reading order', () => {
    expect(bidiLines('محمد عبد الرحمن', 100, measure)).toEqual([
      {
        pieces: [
          { text: 'الرحمن', x: 0, start: 9 },
          { text: ' ', x: 6, start: 8 },
          { text: 'عبد', x: 7, start: 5 },
          { text: ' ', x: 10, start: 4 },
          { text: 'محمد', x: 11, start: 0 },
        ],
        width: 15,
      },
    ]);
  });

  it('keeps a Latin name around a right-to-left word in its order', () => {
    expect(wordsOf('Mohammed (محمد) El Amrani', 100)[0]).toEqual(['Mohammed', '(', 'محمد', ')', 'El', 'Amrani']);
  });

  it('mirrors brackets in right-to-left text', () => {
    // "(בן)" in a Hebrew name: the bracket that opens (rightmost) shows as ")" and closes on the left as "(".
    expect(wordsOf('דוד (בן) גוריון', 100)[0]).toEqual(['גוריון', ')בן(', 'דוד']);
  });

  it('breaks lines in reading order, then orders each line on its own', () => {
    expect(wordsOf('محمد عبد الرحمن العلي', 12)).toEqual([
      ['عبد', 'محمد'],
      ['العلي', 'الرحمن'],
    ]);
  });

  it('breaks Chinese and Japanese between any two ideographs or kana, and other text at spaces only', () => {
    expect(wordsOf('欧阳娜娜', 2)).toEqual([['欧阳'], ['娜娜']]);
    expect(wordsOf('やまだ はなこ', 4)).toEqual([['やまだ'], ['はなこ']]);
    expect(wordsOf('Wang Xiaoming', 8)).toEqual([['Wang'], ['Xiaoming']]);
    // A word wider than a line (Thai writes no spaces) breaks between its letters, a vowel sign kept with its letter.
    expect(wordsOf('ศรีสมรสมชาย', 4)).toEqual([['ศรีส'], ['มรสม'], ['ชาย']]);
  });

  it('tells right-to-left text from text without it', () => {
    expect(hasRightToLeft('Şükrü Yılmaz')).toBe(false);
    expect(hasRightToLeft('Mohammed (محمد) El Amrani')).toBe(true);
    expect(hasRightToLeft('דוד')).toBe(true);
  });
});
