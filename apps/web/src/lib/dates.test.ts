import {
  amsterdamDay,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatMonth,
  formatTime,
  formatWeekday,
  fromDateTimeInputValue,
  isSkippedOnTheClock,
  toDateTimeInputValue,
} from './dates';

describe('dates', () => {
  // 9 March 2027 is a Tuesday (7 March 2027 is a Sunday). Amsterdam is UTC+1 until 28 March 2027.
  it('formats an instant in Dutch, in Amsterdam time, by default', () => {
    expect(formatDateTime('2027-03-09T08:30:00Z')).toBe('di 9 maart 2027, 09:30');
    expect(formatDate('2027-03-09T08:30:00Z')).toBe('di 9 maart 2027');
    expect(formatTime('2027-03-09T08:30:00Z')).toBe('09:30');
  });

  it('formats in English when asked', () => {
    expect(formatDateTime('2027-03-09T08:30:00Z', 'en')).toBe('Tue 9 March 2027, 09:30');
    expect(formatDate('2027-03-09T08:30:00Z', 'en')).toBe('Tue 9 March 2027');
    expect(formatTime('2027-03-09T08:30:00Z', 'en')).toBe('09:30');
  });

  it('checks the weekday: 7 March 2027 is a Sunday', () => {
    expect(formatDateTime('2027-03-07T08:30:00Z')).toBe('zo 7 maart 2027, 09:30');
    expect(formatDateTime('2027-03-07T08:30:00Z', 'en')).toBe('Sun 7 March 2027, 09:30');
  });

  describe('09:30 in Amsterdam on both sides of a daylight-saving change', () => {
    it.each([
      // Spring forward on Sunday 28 March 2027, 02:00 → 03:00.
      ['2027-03-26T08:30:00Z', 'vr 26 maart 2027, 09:30', 'Fri 26 March 2027, 09:30'], // CET, UTC+1
      ['2027-03-29T07:30:00Z', 'ma 29 maart 2027, 09:30', 'Mon 29 March 2027, 09:30'], // CEST, UTC+2
      // Fall back on Sunday 31 October 2027, 03:00 → 02:00.
      ['2027-10-29T07:30:00Z', 'vr 29 oktober 2027, 09:30', 'Fri 29 October 2027, 09:30'], // CEST, UTC+2
      ['2027-11-02T08:30:00Z', 'di 2 november 2027, 09:30', 'Tue 2 November 2027, 09:30'], // CET, UTC+1
    ])('%s', (iso, dutch, english) => {
      expect(formatDateTime(iso)).toBe(dutch);
      expect(formatDateTime(iso, 'en')).toBe(english);
      expect(formatTime(iso)).toBe('09:30');
    });

    it('shows the skipped and repeated hours on the change days themselves', () => {
      expect(formatTime('2027-03-28T00:59:00Z')).toBe('01:59'); // last minute of CET
      expect(formatTime('2027-03-28T01:00:00Z')).toBe('03:00'); // first minute of CEST
      expect(formatTime('2027-10-31T00:30:00Z')).toBe('02:30'); // first 02:30 (CEST)
      expect(formatTime('2027-10-31T01:30:00Z')).toBe('02:30'); // second 02:30 (CET)
    });
  });

  it('shows the Amsterdam date, not the UTC date, around midnight', () => {
    expect(formatDate('2027-11-01T23:30:00Z')).toBe('di 2 november 2027');
    expect(formatDate('2027-06-30T22:15:00Z', 'en')).toBe('Thu 1 July 2027');
  });

  it('shows a calendar date (no time) as that day', () => {
    expect(formatDate('2027-03-09')).toBe('di 9 maart 2027');
    expect(formatDate('2027-11-02', 'en')).toBe('Tue 2 November 2027');
  });

  it('accepts Date objects and instants with an offset', () => {
    expect(formatDateTime(new Date(Date.UTC(2027, 2, 9, 8, 30)))).toBe('di 9 maart 2027, 09:30');
    expect(formatDateTime('2027-03-09T09:30:00+01:00')).toBe('di 9 maart 2027, 09:30');
  });

  it('does not depend on the device time zone (the tests run on the Chatham Islands, see jest.config.js)', () => {
    expect(new Date('2027-03-29T07:30:00Z').getTimezoneOffset()).toBe(-825);
    expect(formatDateTime('2027-03-29T07:30:00Z')).toBe('ma 29 maart 2027, 09:30');
    expect(formatDateTime('2027-03-28T12:30:00Z')).toBe('zo 28 maart 2027, 14:30');
    expect(formatDate('2027-03-09')).toBe('di 9 maart 2027');
  });

  it('rejects invalid input instead of printing "Invalid Date"', () => {
    expect(() => formatDateTime('not a date')).toThrow(RangeError);
  });
});

describe('long dates, months and Amsterdam days', () => {
  it('writes the day out and names the month in the UI language', () => {
    expect(formatLongDate('2027-03-09T08:30:00Z')).toBe('dinsdag 9 maart 2027');
    expect(formatLongDate('2027-03-09T08:30:00Z', 'en')).toBe('Tuesday 9 March 2027');
    expect(formatMonth('2027-03-09')).toBe('maart 2027');
    expect(formatMonth('2027-03-09', 'en')).toBe('March 2027');
    expect(formatWeekday('2027-03-08')).toBe('ma');
    expect(formatWeekday('2027-03-08', 'en')).toBe('Mon');
  });

  it('gives the Amsterdam day of an instant, also just before midnight UTC', () => {
    expect(amsterdamDay('2027-03-31T22:30:00Z')).toBe('2027-04-01');
    expect(amsterdamDay('2027-03-09')).toBe('2027-03-09');
  });
});

describe('datetime-local values', () => {
  it('are Amsterdam wall-clock time on both sides of a clock change, whatever the device time zone', () => {
    expect(toDateTimeInputValue('2027-03-06T22:59:00Z')).toBe('2027-03-06T23:59');
    expect(toDateTimeInputValue('2027-04-10T21:59:00Z')).toBe('2027-04-10T23:59');
    expect(fromDateTimeInputValue('2027-03-06T23:59')).toBe('2027-03-06T22:59:00.000Z');
    expect(fromDateTimeInputValue('2027-04-10T23:59')).toBe('2027-04-10T21:59:00.000Z');
  });

  it('reads an empty or malformed value as no instant', () => {
    expect(fromDateTimeInputValue('')).toBeNull();
    expect(fromDateTimeInputValue('6 maart')).toBeNull();
  });

  it('keeps the first 02:30 of the night the clocks go back when the field is saved unchanged', () => {
    const first = '2027-10-31T00:30:00.000Z';
    expect(toDateTimeInputValue(first)).toBe('2027-10-31T02:30');
    expect(fromDateTimeInputValue('2027-10-31T02:30', first)).toBe(first);
    // Changed, it is read as typed.
    expect(fromDateTimeInputValue('2027-10-31T03:30', first)).toBe('2027-10-31T02:30:00.000Z');
  });

  it('knows the hour the clocks skip in March, which names no moment', () => {
    expect(isSkippedOnTheClock('2027-03-28T02:30')).toBe(true);
    expect(isSkippedOnTheClock('2027-03-28T03:00')).toBe(false);
    expect(isSkippedOnTheClock('2027-10-31T02:30')).toBe(false);
    expect(isSkippedOnTheClock('')).toBe(false);
  });
});
