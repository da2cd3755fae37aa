import { copySettings, freeEditionName, nextEditionName } from './copy-settings';

describe('nextEditionName', () => {
  it.each([
    ['HIS-I 2.0', 'HIS-I 3.0'],
    ['HIS-I 1.5', 'HIS-I 2.0'],
    ['Cohort 7', 'Cohort 8'],
    ['HIS-I', 'HIS-I 2'],
  ])('%s → %s', (name, next) => {
    expect(nextEditionName(name)).toBe(next);
  });
});

describe('freeEditionName', () => {
  it('passes the names editions already have', () => {
    expect(freeEditionName('HIS-I 1.0', new Set(['HIS-I 1.0', 'HIS-I 2.0', 'HIS-I 3.0']))).toBe('HIS-I 4.0');
    expect(freeEditionName('HIS-I 2.0', new Set(['HIS-I 2.0']))).toBe('HIS-I 3.0');
    expect(freeEditionName('HIS-I', new Set(['HIS-I', 'HIS-I 2']))).toBe('HIS-I 3');
  });
});

describe('copySettings', () => {
  const source = { programmeId: 'p', name: 'HIS-I 2.0', capacity: 36, defaultLocation: 'Amersfoort', defaultOnlineUrl: null, schoolHolidayRegion: 'midden' as const, takenNames: [] };

  it('takes weekday, Amsterdam start time and cadence from the first two programme days, across a clock change', () => {
    const settings = copySettings(
      {
        ...source,
        programmeDays: [
          { startsAt: '2027-03-09T08:30:00Z', dayNumber: 1 },
          { startsAt: '2027-03-30T07:30:00Z', dayNumber: 2 },
        ],
      },
      [],
    );
    expect(settings).toMatchObject({ suggestedName: 'HIS-I 3.0', weekday: 2, startTime: '09:30', cadenceWeeks: 3, capacity: 36, schoolHolidayRegion: 'midden' });
  });

  it('counts a moved programme day between the first two it reads: days 1 and 3, six weeks apart, are a three-week rhythm', () => {
    const settings = copySettings(
      {
        ...source,
        programmeDays: [
          { startsAt: '2026-11-17T08:30:00Z', dayNumber: 1 },
          { startsAt: '2026-12-29T08:30:00Z', dayNumber: 3 },
        ],
      },
      [],
    );
    expect(settings.cadenceWeeks).toBe(3);
  });

  it('falls back to the usual rhythm without programme days', () => {
    expect(copySettings({ ...source, programmeDays: [] }, [])).toMatchObject({ weekday: 2, startTime: '09:30', cadenceWeeks: 3 });
  });
});
