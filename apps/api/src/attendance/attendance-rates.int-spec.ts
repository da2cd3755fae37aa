import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AttendanceRatesRepository } from './attendance-rates.repository';

describe('attendance rate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts held programme days that had not ended when the person was enrolled, present and late as attended', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const early = await g.person();
    const late = await g.person();
    await g.enrolment(edition.id, early.id, 'participant');
    await g.enrolment(edition.id, late.id, 'participant');
    await t.db.query(`UPDATE enrolment SET enrolled_at = '2026-01-01' WHERE person_id = $1`, [early.id]);
    await t.db.query(`UPDATE enrolment SET enrolled_at = '2026-03-01T12:00:00Z' WHERE person_id = $1`, [late.id]);
    const evening = await g.person();
    await g.enrolment(edition.id, evening.id, 'participant');
    await t.db.query(`UPDATE enrolment SET enrolled_at = '2026-03-24T18:00:00Z' WHERE person_id = $1`, [evening.id]);

    const days = [];
    for (const startsAt of ['2026-02-03T08:30Z', '2026-03-01T08:30Z', '2026-03-24T08:30Z', '2026-04-14T07:30Z']) {
      days.push(await g.session(edition.id, { startsAt }));
    }
    const cancelled = await g.session(edition.id, { startsAt: '2026-05-05T07:30Z', status: 'cancelled' });
    const network = await g.session(edition.id, { kind: 'network_session', startsAt: '2026-05-12T07:30Z' });
    await g.session(edition.id, { startsAt: '2099-01-05T08:30Z' });
    const teamsOnly = await g.session(edition.id, { startsAt: '2026-05-19T07:30Z', audienceParticipants: false, audienceInternalTeams: true });

    await g.attendance(days[0].id, early.id, 'present');
    await g.attendance(days[1].id, early.id, 'late');
    await g.attendance(days[2].id, early.id, 'excused');
    await g.attendance(cancelled.id, early.id, 'absent');
    await g.attendance(network.id, early.id, 'absent');
    await g.attendance(teamsOnly.id, early.id, 'absent');
    await g.attendance(days[1].id, late.id, 'present');
    await g.attendance(days[2].id, late.id, 'present');
    await g.attendance(days[3].id, late.id, 'absent');
    // Marked absent on the roster of the day that ended before their enrolment the same evening.
    await g.attendance(days[2].id, evening.id, 'absent');
    await g.attendance(days[3].id, evening.id, 'present');

    const rates = await t.app.get(AttendanceRatesRepository).participantRates([edition.id]);
    const byPerson = Object.fromEntries(rates.map((r) => [r.personId, r]));
    // Four held programme days; the cancelled one, the network session, the internal teams' own day and the future day
    // do not count.
    expect(byPerson[early.id]).toMatchObject({ counted: 4, attended: 2, rate: 0.5 });
    // Enrolled at noon on 1 March: that day counts, February's does not.
    expect(byPerson[late.id]).toMatchObject({ counted: 3, attended: 2 });
    expect(byPerson[late.id].rate).toBeCloseTo(2 / 3);
    // Enrolled on the evening of 24 March, after that day had ended: only April's counts.
    expect(byPerson[evening.id]).toMatchObject({ counted: 1, attended: 1, rate: 1 });
  });
});
