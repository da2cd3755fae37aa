import { completionVerdict, type CompletionFacts } from './completion-rule';

const facts = (overrides: Partial<CompletionFacts>): CompletionFacts => ({
  counted: 100,
  attended: 80,
  thresholdPercent: 80,
  approved: 5,
  total: 5,
  requireAllApproved: true,
  programmeDaysRemaining: 0,
  ...overrides,
});

describe('completion rule', () => {
  it('needs the attendance threshold exactly: 80 of 100 completes, 79 does not', () => {
    expect(completionVerdict(facts({ attended: 80 }))).toEqual({ attendanceMet: true, assignmentsMet: true, completed: true });
    expect(completionVerdict(facts({ attended: 79 }))).toMatchObject({ attendanceMet: false, completed: false });
    expect(completionVerdict(facts({ counted: 10, attended: 8 })).completed).toBe(true);
    expect(completionVerdict(facts({ counted: 3, attended: 2, thresholdPercent: 67 })).completed).toBe(false);
  });

  it('needs every assignment approved, unless the programme does not require it', () => {
    expect(completionVerdict(facts({ approved: 4 }))).toMatchObject({ assignmentsMet: false, completed: false });
    expect(completionVerdict(facts({ approved: 4, requireAllApproved: false })).completed).toBe(true);
    expect(completionVerdict(facts({ approved: 0, total: 0 })).completed).toBe(true);
  });

  it('waits for the last programme day and for at least one held day', () => {
    expect(completionVerdict(facts({ programmeDaysRemaining: 1 })).completed).toBe(false);
    expect(completionVerdict(facts({ counted: 0, attended: 0 })).attendanceMet).toBe(false);
  });
});
