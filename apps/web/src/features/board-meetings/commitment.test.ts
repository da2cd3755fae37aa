import type { MyBoardMeeting } from '@koers/shared/board-meetings';
import { commitmentsByEdition, isAnswerOpen } from './commitment';

const now = new Date('2027-03-01T12:00:00Z');

const meeting = (overrides: Partial<MyBoardMeeting>): MyBoardMeeting => ({
  sessionId: 's',
  editionId: 'e-1',
  editionName: 'HIS-I 2.0',
  title: 'Bestuurlijke bijeenkomst',
  startsAt: '2027-04-01T12:00:00Z',
  endsAt: '2027-04-01T15:00:00Z',
  mode: 'on_site',
  location: 'Amersfoort',
  onlineUrl: null,
  status: 'scheduled',
  agenda: '',
  attendingAs: 'director',
  rsvp: null,
  delegateFor: null,
  attended: null,
  minutes: null,
  ...overrides,
});

const held = { startsAt: '2027-02-01T12:00:00Z', endsAt: '2027-02-01T15:00:00Z' };

describe('commitmentsByEdition', () => {
  it('counts held meetings attended (also by a delegate) and coming ones said yes to', () => {
    const lines = commitmentsByEdition(
      [
        meeting({ ...held, sessionId: 'a', attended: true }),
        meeting({ sessionId: 'b', rsvp: { response: 'delegate', delegateName: 'Vera', delegateEmail: 'vera@zorg.example', delegateStatus: 'accepted' } }),
      ],
      now,
    );
    expect(lines).toEqual([{ editionId: 'e-1', editionName: 'HIS-I 2.0', total: 2, attended: 1, committed: 1, declined: 0, unanswered: 0, awaitingDelegate: 0 }]);
  });

  it('counts a delegate who has not accepted yet as the director’s answer, and says nobody is sure to come yet', () => {
    const lines = commitmentsByEdition(
      [meeting({ sessionId: 'b', rsvp: { response: 'delegate', delegateName: 'Vera', delegateEmail: 'vera@zorg.example', delegateStatus: 'pending' } })],
      now,
    );
    expect(lines).toEqual([{ editionId: 'e-1', editionName: 'HIS-I 2.0', total: 1, attended: 0, committed: 1, declined: 0, unanswered: 0, awaitingDelegate: 1 }]);
  });

  it('leaves cancelled meetings out and keeps editions apart', () => {
    const lines = commitmentsByEdition(
      [
        meeting({ ...held, sessionId: 'a', attended: false }),
        meeting({ sessionId: 'b', status: 'cancelled' }),
        meeting({ sessionId: 'c', rsvp: { response: 'declined', delegateName: null, delegateEmail: null, delegateStatus: null } }),
        meeting({ sessionId: 'd', editionId: 'e-2', editionName: 'HIS-I 3.0' }),
      ],
      now,
    );
    expect(lines).toEqual([
      { editionId: 'e-1', editionName: 'HIS-I 2.0', total: 2, attended: 0, committed: 0, declined: 1, unanswered: 0, awaitingDelegate: 0 },
      { editionId: 'e-2', editionName: 'HIS-I 3.0', total: 1, attended: 0, committed: 0, declined: 0, unanswered: 1, awaitingDelegate: 0 },
    ]);
  });

  it('counts a meeting whose delegate declined as not answered: nobody goes until the director answers again', () => {
    const declinedDelegate = { response: 'delegate' as const, delegateName: 'Vera', delegateEmail: 'vera@zorg.example', delegateStatus: 'declined' as const };
    expect(commitmentsByEdition([meeting({ rsvp: declinedDelegate })], now)).toEqual([
      { editionId: 'e-1', editionName: 'HIS-I 2.0', total: 1, attended: 0, committed: 0, declined: 0, unanswered: 1, awaitingDelegate: 0 },
    ]);
  });

  it('counts only the meetings one is director of, not those one goes to as someone else’s delegate', () => {
    const lines = commitmentsByEdition(
      [meeting({ sessionId: 'a' }), meeting({ sessionId: 'b', editionId: 'e-2', editionName: 'HIS-I 3.0', attendingAs: 'delegate', delegateFor: 'Hans Visser' })],
      now,
    );
    expect(lines).toEqual([{ editionId: 'e-1', editionName: 'HIS-I 2.0', total: 1, attended: 0, committed: 0, declined: 0, unanswered: 1, awaitingDelegate: 0 }]);
  });
});

describe('isAnswerOpen', () => {
  it('is open until the start, never for a cancelled meeting', () => {
    expect(isAnswerOpen(meeting({}), now)).toBe(true);
    expect(isAnswerOpen(meeting({ startsAt: '2027-03-01T12:00:00Z' }), now)).toBe(false);
    expect(isAnswerOpen(meeting({ status: 'cancelled' }), now)).toBe(false);
  });
});
