import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldProblems } from '../errors/validation-messages';
import { RequiredLine } from './text';

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
  });

  it.each([
    [42, 'Vul tekst in.'],
    [['Lesdag'], 'Vul tekst in.'],
    ['   ', 'Dit veld is verplicht.'],
    ['Lesdag 1 en 2 samen', 'Gebruik hoogstens 12 tekens.'],
    ['Les\u202Edag', 'Deze waarde heeft niet de juiste vorm.'],
  ])('answers %p with the plainest thing wrong: %s', (title, message) => {
    expect(check(title).problems).toEqual([message]);
  });
});
