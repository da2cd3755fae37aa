import { effectiveDeadline, handInTiming, submissionStatus } from './submission-rules';

describe('hand-in timing', () => {
  const due = new Date('2027-03-06T22:59:00Z');
  const cutoff = new Date('2027-03-08T22:59:00Z');

  it('is on time up to the due instant, late until the cut-off and closed after it', () => {
    const deadline = { dueAt: due, cutoffAt: cutoff };
    expect(handInTiming(deadline, new Date('2027-03-06T22:59:00Z'))).toBe('on_time');
    expect(handInTiming(deadline, new Date('2027-03-06T22:59:00.001Z'))).toBe('late');
    expect(handInTiming(deadline, cutoff)).toBe('late');
    expect(handInTiming(deadline, new Date('2027-03-08T22:59:00.001Z'))).toBe('closed');
  });

  it('never closes without a cut-off', () => {
    expect(handInTiming({ dueAt: due, cutoffAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe('late');
  });

  it("uses the person's extension instead of the assignment's deadline", () => {
    const extension = { dueAt: new Date('2027-03-20T22:59:00Z'), cutoffAt: null };
    const deadline = effectiveDeadline({ dueAt: due, cutoffAt: cutoff }, extension);
    expect(handInTiming(deadline, new Date('2027-03-10T12:00:00Z'))).toBe('on_time');
    expect(effectiveDeadline({ dueAt: due, cutoffAt: cutoff }, null)).toEqual({ dueAt: due, cutoffAt: cutoff });
  });
});

describe('submission status', () => {
  it('follows the latest version and the verdict on it', () => {
    expect(submissionStatus({ submissionId: null, late: null, outcome: null })).toBe('not_submitted');
    expect(submissionStatus({ submissionId: 's', late: false, outcome: null })).toBe('submitted');
    expect(submissionStatus({ submissionId: 's', late: true, outcome: null })).toBe('late');
    expect(submissionStatus({ submissionId: 's', late: true, outcome: 'revise' })).toBe('revise');
    expect(submissionStatus({ submissionId: 's', late: false, outcome: 'approved' })).toBe('approved');
  });
});
