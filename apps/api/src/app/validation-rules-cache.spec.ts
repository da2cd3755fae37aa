import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { cacheValidationRules } from './validation-rules-cache';

class Mark {
  @IsString()
  personId!: string;
}

class LateMark extends Mark {
  @IsInt()
  minutesLate!: number;
}

describe('cached validation rules', () => {
  beforeAll(() => cacheValidationRules());

  it('validates as before, inherited rules included, and looks each class up once', async () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(LateMark, '', false, false);
    expect(storage.getTargetValidationMetadatas(LateMark, '', false, false)).toBe(first);
    expect(first.map((rule) => rule.propertyName).sort()).toEqual(['minutesLate', 'personId']);

    const errors = await validate(Object.assign(new LateMark(), { personId: 7, minutesLate: 'x' }));
    expect(errors.map((error) => error.property).sort()).toEqual(['minutesLate', 'personId']);
  });

  it('sees a rule declared after the first lookup', async () => {
    expect(await validate(Object.assign(new Mark(), { personId: 'a-very-long-id' }))).toEqual([]);
    MaxLength(3)(Mark.prototype, 'personId');
    const errors = await validate(Object.assign(new Mark(), { personId: 'a-very-long-id' }));
    expect(errors.map((error) => Object.keys(error.constraints ?? {}))).toEqual([['maxLength']]);
  });
});
