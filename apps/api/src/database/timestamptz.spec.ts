import { types } from 'pg';
import { PG_TIMESTAMPTZ_OID, timestamptzParser } from './timestamptz';

const pgParse = types.getTypeParser(PG_TIMESTAMPTZ_OID) as (text: string) => unknown;
const parse = timestamptzParser(pgParse);

/** What a parser answered, comparable: a Date by its instant. */
const answer = (value: unknown) => (value instanceof Date ? { instant: value.getTime() } : { other: value });

/** A timestamptz as PostgreSQL writes it (DateStyle ISO), seen from an offset in minutes, with 0-6 decimals. */
function pgText(instant: number, offsetMinutes: number, decimals: number): string {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString(); // 2027-03-09T08:30:00.123Z
  const fraction = decimals === 0 ? '' : `${local.slice(19, 23)}471`.slice(0, decimals + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [sign, abs] = [offsetMinutes < 0 ? '-' : '+', Math.abs(offsetMinutes)];
  return `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction}${sign}${pad(Math.floor(abs / 60))}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

describe('timestamptzParser', () => {
  it('reads what PostgreSQL writes to the same millisecond as pg does, over 20,000 instants, offsets and precisions', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const offsets = [0, 60, 120, -180, 330, 345, -570, 840, -720];
    for (let i = 0; i < 20_000; i++) {
      const instant = Math.round(Date.UTC(1900, 0, 1) + random() * (Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1)));
      const text = pgText(instant, offsets[i % offsets.length], i % 7);
      expect([text, answer(parse(text))]).toEqual([text, answer(pgParse(text))]);
    }
  });

  it('reads the forms pg reads, the unusual ones too', () => {
    for (const text of [
      '2027-03-09 08:30:00+00',
      '2027-03-09 09:30:00+01',
      '2027-10-31 02:30:00.5+02',
      '1880-01-01 00:00:00+00:19:32',
      '1969-12-31 23:59:59.999999-00:30',
      '0044-03-15 12:00:00+00',
      '0044-03-15 12:00:00+00 BC',
      '12345-01-01 00:00:00+00',
      'infinity',
      '-infinity',
    ]) {
      expect([text, answer(parse(text))]).toEqual([text, answer(pgParse(text))]);
    }
  });

  it("reads PostgreSQL's usual form itself and leaves only the unusual ones to pg", () => {
    const fallback = jest.fn(pgParse);
    const ownParse = timestamptzParser(fallback);
    expect(ownParse('2027-03-09 08:30:00+00')).toEqual(new Date('2027-03-09T08:30:00Z'));
    expect(ownParse('2027-03-09 09:30:00.123456+01')).toEqual(new Date('2027-03-09T08:30:00.123Z'));
    expect(ownParse('2027-03-09 03:00:00-05:30')).toEqual(new Date('2027-03-09T08:30:00Z'));
    expect(fallback).not.toHaveBeenCalled();
    for (const text of ['infinity', '0044-03-15 12:00:00+00 BC', '12345-01-01 00:00:00+00', '0099-01-01 00:00:00+00']) ownParse(text);
    expect(fallback).toHaveBeenCalledTimes(4);
  });

  it('reads every fraction of one to three decimals, and six, to the same millisecond as pg', () => {
    for (let decimals = 1; decimals <= 3; decimals++) {
      for (let value = 0; value < 10 ** decimals; value++) {
        const text = `2027-03-09 08:30:00.${String(value).padStart(decimals, '0')}+01`;
        expect([text, answer(parse(text))]).toEqual([text, answer(pgParse(text))]);
      }
    }
    for (let value = 0; value < 1_000_000; value += 997) {
      const text = `2027-03-09 08:30:00.${String(value).padStart(6, '0')}-05:30`;
      expect([text, answer(parse(text))]).toEqual([text, answer(pgParse(text))]);
    }
  });
});
