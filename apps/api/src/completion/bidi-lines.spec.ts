import { bidiLines, hasRightToLeft } from './bidi-lines';

/** Every character one unit wide: positions read as character counts. */
const measure = (text: string) => text.length;

describe('bidiLines', () => {
  it('puts the first word of an Arabic name rightmost, each word drawn in reading order', () => {
    expect(bidiLines('محمد عبد الرحمن', 100, measure)).toEqual([
      {
        pieces: [
          { text: 'الرحمن', x: 0, start: 9 },
          { text: 'عبد', x: 7, start: 5 },
          { text: 'محمد', x: 11, start: 0 },
        ],
        width: 15,
      },
    ]);
  });

  it('keeps a Latin name around a right-to-left word in its order', () => {
    expect(bidiLines('Mohammed (محمد) El Amrani', 100, measure)[0].pieces.map((piece) => piece.text)).toEqual(['Mohammed', '(', 'محمد', ')', 'El', 'Amrani']);
  });

  it('mirrors brackets in right-to-left text', () => {
    // "(בן)" in a Hebrew name: the bracket that opens (rightmost) shows as ")" and closes on the left as "(".
    expect(bidiLines('דוד (בן) גוריון', 100, measure)[0].pieces.map((piece) => piece.text)).toEqual(['גוריון', ')בן(', 'דוד']);
  });

  it('breaks lines in reading order, then orders each line on its own', () => {
    expect(bidiLines('محمد عبد الرحمن العلي', 12, measure).map((line) => line.pieces.map((piece) => piece.text))).toEqual([
      ['عبد', 'محمد'],
      ['العلي', 'الرحمن'],
    ]);
  });

  it('tells right-to-left text from text without it', () => {
    expect(hasRightToLeft('Şükrü Yılmaz')).toBe(false);
    expect(hasRightToLeft('Mohammed (محمد) El Amrani')).toBe(true);
    expect(hasRightToLeft('דוד')).toBe(true);
  });
});
