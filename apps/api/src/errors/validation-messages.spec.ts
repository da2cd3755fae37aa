import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsEmail, IsInt, IsObject, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { validateSync } from 'class-validator';
import { IsCalendarDate } from '../app/text';
import { fieldProblems } from './validation-messages';

class Flags {
  @IsBoolean()
  shown: boolean;
}

class Settings {
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @IsCalendarDate()
  firstDay: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  events?: string[];

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @MaxLength(100)
  note?: string;

  @IsOptional()
  @MaxLength(10_000)
  body?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => Flags)
  flags?: Flags;
}

const messages = (body: object) => fieldProblems(validateSync(plainToInstance(Settings, { capacity: 20, firstDay: '2027-03-01', ...body }))).map((problem) => problem.message.nl);

describe('fieldProblems', () => {
  it.each([
    [{ capacity: '50' }, 'Vul een heel getal in.'],
    [{ capacity: 2.5 }, 'Vul een heel getal in.'],
    [{ capacity: 1001 }, 'Mag hoogstens 1000 zijn.'],
    [{ capacity: undefined }, 'Dit veld is verplicht.'],
    [{ capacity: null }, 'Dit veld kan niet leeg (null) zijn.'],
    [{ firstDay: '2027-02-30' }, 'Vul een geldige datum in.'],
    [{ firstDay: 20270301 }, 'Vul een datum in als jjjj-mm-dd, zoals 2027-03-09.'],
    [{ firstDay: '09-03-2027' }, 'Vul een datum in als jjjj-mm-dd, zoals 2027-03-09.'],
    [{ events: [] }, 'Kies er minstens één.'],
    // A value that is no text at all is not told about its length.
    [{ email: 123 }, 'Vul een geldig e-mailadres in.'],
    [{ email: ['a@b.nl'] }, 'Vul een geldig e-mailadres in.'],
    [{ email: `${'a'.repeat(250)}@b.nl` }, 'Gebruik hoogstens 254 tekens.'],
    [{ note: true }, 'Vul tekst in.'],
    [{ note: 'x'.repeat(101) }, 'Gebruik hoogstens 100 tekens.'],
    // A count as Dutch writes it.
    [{ body: 'x'.repeat(10_001) }, 'Gebruik hoogstens 10.000 tekens.'],
    // A list where fields are expected says so once, not what each item lacks.
    [{ flags: [{ shown: true }, {}] }, 'Verwacht velden met hun waarden, geen lijst of losse waarde.'],
    [{ flags: ['shown'] }, 'Verwacht velden met hun waarden, geen lijst of losse waarde.'],
    [{ flags: { shown: 'yes' } }, 'Kies ja of nee.'],
  ])('answers %p with what is wrong: %s', (body, message) => {
    expect(messages(body)).toEqual([message]);
  });
});
