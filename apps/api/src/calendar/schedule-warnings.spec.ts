import { describeWarning } from './schedule-warnings';

describe('describeWarning', () => {
  it('says how far a long holiday shifted the programme, from which day to which, in the reader’s language', () => {
    const shift = { code: 'shifted_past_holiday', originalDate: '2027-07-20', shiftedTo: '2027-09-07', holidayName: 'Zomervakantie', weeks: 7 } as const;
    expect(describeWarning(shift, 'nl').message).toBe(
      '7 weken later gezet, van dinsdag 20 juli 2027 (Zomervakantie) naar dinsdag 7 september 2027; de bijeenkomsten daarna schuiven mee en houden hun weekdag en ritme.',
    );
    expect(describeWarning(shift, 'en').message).toBe(
      'Moved 7 weeks on, from Tuesday 20 July 2027 (Summer holiday) to Tuesday 7 September 2027; the sessions after it move along, keeping their weekday and rhythm.',
    );
  });

  it('names a deadline that moved along with its session, and says when it has passed', () => {
    const moved = { code: 'deadline_moved', assignmentTitle: 'MET-scan', dueAt: '2026-12-04T16:00:00.000Z' } as const;
    expect(describeWarning({ ...moved, passed: false }, 'nl').message).toBe('De deadline van “MET-scan” schuift mee naar vrijdag 4 december 2026, 17:00.');
    expect(describeWarning({ ...moved, passed: true }, 'en').message).toBe(
      'The deadline of “MET-scan” moved along to Friday 4 December 2026, 17:00. That has passed: whoever has not handed it in is late now.',
    );
  });
});
