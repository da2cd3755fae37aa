import { checkInCode, checkInWindow, codeStep, judgeCheckInCode, stepEndsAt } from './check-in-code';

const SECRET = 'test-secret';
const SESSION = '7d1c1f0e-54a4-4c38-9d0f-2b1f4c9a3e11';
const OTHER_SESSION = '0b8f3a52-6a1e-4c4e-8f0c-1f7d9e2a6b22';

describe('check-in codes', () => {
  const now = new Date('2027-03-09T08:15:10Z');

  it('are six digits, the same for the same session and step, different per session, step and secret', () => {
    const code = checkInCode(SECRET, SESSION, codeStep(now));
    expect(code).toMatch(/^\d{6}$/);
    expect(checkInCode(SECRET, SESSION, codeStep(new Date(now.getTime() + 5_000)))).toBe(code);
    expect(checkInCode(SECRET, SESSION, codeStep(now) + 1)).not.toBe(code);
    expect(checkInCode(SECRET, OTHER_SESSION, codeStep(now))).not.toBe(code);
    expect(checkInCode('another-secret', SESSION, codeStep(now))).not.toBe(code);
  });

  it('rotate every 30 seconds', () => {
    expect(codeStep(new Date('2027-03-09T08:15:00Z'))).toBe(codeStep(new Date('2027-03-09T08:15:29.999Z')));
    expect(codeStep(new Date('2027-03-09T08:15:30Z'))).toBe(codeStep(new Date('2027-03-09T08:15:00Z')) + 1);
    expect(stepEndsAt(codeStep(now))).toEqual(new Date('2027-03-09T08:15:30Z'));
  });

  it('accept the current and the previous step, call older codes expired and anything else invalid', () => {
    const step = codeStep(now);
    expect(judgeCheckInCode(SECRET, SESSION, checkInCode(SECRET, SESSION, step), now)).toBe('valid');
    expect(judgeCheckInCode(SECRET, SESSION, checkInCode(SECRET, SESSION, step - 1), now)).toBe('valid');
    expect(judgeCheckInCode(SECRET, SESSION, checkInCode(SECRET, SESSION, step - 2), now)).toBe('expired');
    expect(judgeCheckInCode(SECRET, SESSION, checkInCode(SECRET, SESSION, step - 15), now)).toBe('expired');
    expect(judgeCheckInCode(SECRET, SESSION, checkInCode(SECRET, OTHER_SESSION, step), now)).toBe('invalid');
    expect(judgeCheckInCode(SECRET, SESSION, checkInCode(SECRET, SESSION, step + 1), now)).toBe('invalid');
    expect(judgeCheckInCode(SECRET, SESSION, '12345', now)).toBe('invalid');
  });

  it('open 30 minutes before the start and close at the end', () => {
    const window = checkInWindow({ startsAt: new Date('2027-03-09T08:30:00Z'), endsAt: new Date('2027-03-09T15:00:00Z') });
    expect(window).toEqual({ opensAt: new Date('2027-03-09T08:00:00Z'), closesAt: new Date('2027-03-09T15:00:00Z') });
  });
});
