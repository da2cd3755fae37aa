import { euroCents } from './edition-settings-form';

describe('euroCents', () => {
  it.each([
    ['1.250', 125_000],
    ['1250', 125_000],
    ['1250,5', 125_050],
    ['1.250,50', 125_050],
    ['1,250.50', 125_050],
    ['1,250', 125_000],
    ['€ 95', 9_500],
    ['12,50', 1_250],
    ['0', 0],
    ['1.234.567,89', 123_456_789],
  ])('reads %s as %i cents', (typed, cents) => expect(euroCents(typed)).toBe(cents));

  it('reads nothing as no price', () => expect(euroCents('  ')).toBeNull());

  it.each(['12,345,67', 'twaalf', '1.25.0', '-5', '1,250,50', '1.250.50', '12,5x'])('refuses %s', (typed) => expect(euroCents(typed)).toBeNaN());
});
