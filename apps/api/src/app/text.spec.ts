import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { fieldProblems } from '../errors/validation-messages';
import { RequiredLine, SingleLine, SingleLineOrNull, TidyText, TidyTextOrNull } from './text';

class Titled {
  @RequiredLine(12)
  title: string;
}

const check = (title: unknown) => {
  const dto = plainToInstance(Titled, { title });
  return { title: dto.title, problems: fieldProblems(validateSync(dto)).map((problem) => problem.message.nl) };
};

describe('RequiredLine', () => {
  it('tidies a line as a name is tidied', () => {
    expect(check('  Lesdag\r\n 1  ')).toEqual({ title: 'Lesdag 1', problems: [] });
    // A byte order mark pasted inside a word is dropped, not made a space.
    expect(check('Les\uFEFFdag\u200B 1')).toEqual({ title: 'Lesdag 1', problems: [] });
    // As are the direction marks pasted along from a web page.
    expect(check('\u200FLesdag\u200E 1\u061C')).toEqual({ title: 'Lesdag 1', problems: [] });
  });

  it.each([
    [42, 'Vul tekst in.'],
    [['Lesdag'], 'Vul tekst in.'],
    ['   ', 'Dit veld is verplicht.'],
    ['Lesdag 1 en 2 samen', 'Gebruik hoogstens 12 tekens.'],
    ['Les\u202Edag', 'Dit veld bevat een onzichtbaar stuurteken, zoals een tekstrichtingsteken of een regeleinde dat er niet hoort; haal het weg of typ de tekst opnieuw.'],
    ['Ze' + '\u0301'.repeat(7) + 'l', 'Dit veld stapelt meer accenten op één letter dan een schrift doet; laat er hoogstens vier op een letter staan.'],
    ['q' + '\u0301\u200D'.repeat(5), 'Dit veld stapelt meer accenten op één letter dan een schrift doet; laat er hoogstens vier op een letter staan.'],
  ])('answers %p with the plainest thing wrong: %s', (title, message) => {
    expect(check(title).problems).toEqual([message]);
  });

  it('takes the marks scripts put on a letter: Vietnamese, pointed Hebrew, Arabic, Devanagari', () => {
    for (const name of ['Nguyễn Thị', 'שָׁלוֹם', 'مُحَمَّد', 'क्षत्रिय', 'လျှော့', 'Ze\u0301\u0302\u0303\u0304lgo']) expect(check(name.normalize('NFD').slice(0, 12)).problems).toEqual([]);
  });
});

class Venue {
  @SingleLine()
  room: string;

  @IsOptional()
  @SingleLineOrNull()
  location: string | null;
}

describe('SingleLine and SingleLineOrNull', () => {
  it('make typed names of things one clean line, a cleared venue null', () => {
    const venue = plainToInstance(Venue, { room: ' Zaal\n3 ', location: '  ' });
    expect([venue.room, venue.location, validateSync(venue)]).toEqual(['Zaal 3', null, []]);
    const reversed = plainToInstance(Venue, { room: 'Zaal\u202E3', location: 'Jaarbeurs\u2066' });
    expect(fieldProblems(validateSync(reversed)).map((problem) => [problem.field, problem.message.en])).toEqual([
      ['room', 'This field holds an invisible control character, such as a text-direction mark or a stray line break; remove it or type the text again.'],
      ['location', 'This field holds an invisible control character, such as a text-direction mark or a stray line break; remove it or type the text again.'],
    ]);
  });
});

class Post {
  @TidyText()
  body: string;

  @TidyTextOrNull()
  remark: string | null;
}

describe('TidyText', () => {
  it('keeps a text’s lines, tabs and direction marks, and drops the controls and direction overrides that would make it read otherwise', () => {
    const post = plainToInstance(Post, { body: ' tekst \u001b[31mrood\u0007 \u202Egnirts\u202C\n\tregel 2 \u200F.\u2066x\u2069 ', remark: '\u001b\u202E ' });
    expect(post.body).toBe('tekst [31mrood gnirts\n\tregel 2 \u200F.x');
    expect(post.remark).toBeNull();
  });

  it('keeps line breaks as \\n, whether a browser’s form post sent them as \\r\\n or an old Mac as \\r', () => {
    expect(plainToInstance(Post, { body: 'regel 1\r\nregel 2\rregel 3\n\r\nregel 5', remark: null }).body).toBe('regel 1\nregel 2\nregel 3\n\nregel 5');
    // Word's line break within a paragraph (a vertical tab) and its page break (a form feed), pasted.
    expect(plainToInstance(Post, { body: 'Punt één\u000Bnog een regel\u000Cvolgende pagina', remark: null }).body).toBe('Punt één\nnog een regel\nvolgende pagina');
  });
});
