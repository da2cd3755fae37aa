import { holidayNameIn } from './holiday-names';

describe('holidayNameIn', () => {
  it('names the holidays Koers knows in English for an English reader, an estimate and two on one day included', () => {
    expect(holidayNameIn('Tweede Kerstdag', 'en')).toBe('Boxing Day');
    expect(holidayNameIn('Kerstvakantie (geschat)', 'en')).toBe('Christmas holiday (estimated)');
    expect(holidayNameIn('Hemelvaartsdag en Bevrijdingsdag', 'en')).toBe('Ascension Day and Liberation Day');
    expect(holidayNameIn('Kerstvakantie (geschat)', 'nl')).toBe('Kerstvakantie (geschat)');
  });

  it('leaves a name the programme office typed as it is, also one with "en" in it', () => {
    expect(holidayNameIn('Studiedag', 'en')).toBe('Studiedag');
    expect(holidayNameIn('Koningsdag en teamuitje', 'en')).toBe('Koningsdag en teamuitje');
  });
});
