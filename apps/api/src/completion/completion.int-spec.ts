import pdfParse from 'pdf-parse';
import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';
import { CompletionSweep } from './completion-sweep';
import { CompletionService } from './completion.service';

/** The text of a PDF, as a reader would copy it. */
async function pdfText(pdf: Buffer): Promise<string> {
  // pdf.js reads the bytes through their ArrayBuffer, so hand it a copy that starts at offset 0
  // (a Node Buffer can be a slice of a larger shared pool).
  return (await pdfParse(new Uint8Array(pdf) as Buffer)).text;
}

describe('completion and certificate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** An edition whose 100 programme days are all held, with a participant who attended `attended` of them. */
  async function heldEdition(attended: number, name = 'HIS-I 2.0') {
    const g = given(t.db);
    const programme = await g.programme({ name: 'Health Innovation School – Implementation' });
    const edition = await g.edition({ programmeId: programme.id, name, startDate: '2026-01-06', endDate: '2026-09-01' });
    const [trainer, participant] = [await g.person(), await g.person({ name: 'Zoë Brouwer-Hoël' })];
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const enrolment = await g.enrolment(edition.id, participant.id, 'participant');
    await t.db.query(`UPDATE enrolment SET enrolled_at = '2025-12-01' WHERE id = $1`, [enrolment.id]);
    const days = [];
    for (let i = 0; i < 100; i++) days.push(await g.session(edition.id, { startsAt: new Date(Date.UTC(2026, 0, 6 + i, 8, 30)) }));
    for (const day of days.slice(0, attended)) await g.attendance(day.id, participant.id, 'present');
    const assignments = [await g.assignment(edition.id, { title: 'Plan van aanpak' }), await g.assignment(edition.id, { title: 'Eindreflectie' })];
    return { edition, trainer, participant, days, assignments };
  }

  async function approve(reviewer: Awaited<ReturnType<TestApp['loginAs']>>, submissionId: string) {
    expect((await reviewer.post(`/api/submissions/${submissionId}/feedback`, { comment: 'Prima.', outcome: 'approved' })).status).toBe(201);
  }

  it('completes exactly at the threshold: 79 of 100 programme days is not enough, 80 is', async () => {
    const { edition, participant, days, assignments } = await heldEdition(79, 'HIS-I 1.0');
    const g = given(t.db);
    for (const assignment of assignments) await g.feedback((await g.submission(assignment.id, participant.id)).id, 'approved');
    const client = await t.loginAs(participant.email);

    const below = await client.get(`/api/me/completion/${edition.id}`);
    expect(below.body).toMatchObject({
      completed: false,
      attendance: { counted: 100, attended: 79, thresholdPercent: 80, met: false },
      assignments: { total: 2, approved: 2, met: true },
      certificateUrl: null,
    });
    expect((await client.get(`/api/me/certificate/${edition.id}.pdf`)).status).toBe(404);

    await g.attendance(days[79].id, participant.id, 'late');
    const at = await client.get(`/api/me/completion/${edition.id}`);
    expect(at.body).toMatchObject({ completed: true, attendance: { attended: 80, met: true }, certificateUrl: `/api/me/certificate/${edition.id}.pdf` });
  });

  it('keeps a completed edition to the rule it was completed under when the programme’s rule changes; a running one follows', async () => {
    const completed = await heldEdition(80, 'HIS-I regel 1');
    const g = given(t.db);
    for (const assignment of completed.assignments) await g.feedback((await g.submission(assignment.id, completed.participant.id)).id, 'approved');
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    await t.db.query(`UPDATE edition SET status = 'running' WHERE id = $1`, [completed.edition.id]);
    expect((await admin.post(`/api/editions/${completed.edition.id}/status`, { status: 'completed' })).status).toBe(200);
    const [{ programmeId }] = await t.db.query(`SELECT programme_id AS "programmeId" FROM edition WHERE id = $1`, [completed.edition.id]);
    const running = await g.edition({ programmeId, name: 'HIS-I regel 2', status: 'running' });
    await g.session(running.id, { startsAt: '2099-03-09T08:30:00Z' });
    // Over, though not yet marked completed: its completion has been given, so it keeps its rule too.
    const over = await heldEdition(80, 'HIS-I regel 3');
    await t.db.query(`UPDATE edition SET status = 'running', programme_id = $2 WHERE id = $1`, [over.edition.id, programmeId]);
    const alumnus = await t.loginAs(completed.participant.email);

    expect((await admin.patch(`/api/programmes/${programmeId}`, { attendanceThresholdPercent: 100, requireAllAssignmentsApproved: false })).status).toBe(200);
    const after = await alumnus.get(`/api/me/completion/${completed.edition.id}`);
    expect(after.body).toMatchObject({ completed: true, attendance: { attended: 80, thresholdPercent: 80, met: true }, certificateUrl: `/api/me/certificate/${completed.edition.id}.pdf` });
    expect(after.body).toMatchObject({ editionCompleted: true, certificateIssuedAt: null });
    expect((await alumnus.get(`/api/me/certificate/${completed.edition.id}.pdf`)).status).toBe(200);
    expect((await alumnus.get(`/api/me/completion/${completed.edition.id}`)).body.certificateIssuedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    // Changed again: the rule the edition was completed under stays, not the one in between.
    expect((await admin.patch(`/api/programmes/${programmeId}`, { attendanceThresholdPercent: 50 })).status).toBe(200);
    expect((await alumnus.get(`/api/me/completion/${completed.edition.id}`)).body.attendance.thresholdPercent).toBe(80);
    expect(await t.db.query(`SELECT name, completion_threshold_percent AS kept, completion_requires_all_approved AS "allApproved" FROM edition WHERE id = ANY($1::uuid[]) ORDER BY name`, [[completed.edition.id, running.id, over.edition.id]])).toEqual([
      { name: 'HIS-I regel 1', kept: 80, allApproved: true },
      { name: 'HIS-I regel 2', kept: null, allApproved: null },
      { name: 'HIS-I regel 3', kept: 80, allApproved: true },
    ]);
  });

  it('neither counts nor waits for a programme day that does not expect participants', async () => {
    const { edition, participant, assignments } = await heldEdition(80, 'HIS-I 1.1');
    const g = given(t.db);
    for (const assignment of assignments) await g.feedback((await g.submission(assignment.id, participant.id)).id, 'approved');
    // A day held for the internal teams alone, and one still to come for the directors alone.
    await g.session(edition.id, { startsAt: '2026-06-02T07:30Z', audienceParticipants: false, audienceInternalTeams: true });
    await g.session(edition.id, { startsAt: '2099-06-02T07:30Z', audienceParticipants: false, audienceDirectors: true });
    const client = await t.loginAs(participant.email);

    expect((await client.get(`/api/me/completion/${edition.id}`)).body).toMatchObject({
      completed: true,
      attendance: { counted: 100, attended: 80, met: true },
    });
    const [enrolment] = await t.db.query(`SELECT id FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [edition.id, participant.id]);
    await t.app.get(CompletionService).recordCompletionsReached();
    expect(await recorded([enrolment.id])).toEqual([enrolment.id]);
  });

  it('lets the programme office withdraw a certificate issued in error, with a reason its holder and every verifier are told', async () => {
    const { edition, trainer, participant, assignments } = await heldEdition(90, 'HIS-I ingetrokken');
    const g = given(t.db);
    for (const assignment of assignments) await g.feedback((await g.submission(assignment.id, participant.id)).id, 'approved');
    const holder = await t.loginAs(participant.email);
    expect((await holder.get(`/api/me/certificate/${edition.id}.pdf`)).status).toBe(200);
    const office = await t.loginAs((await g.person({ isAdmin: true })).email);
    const list = (await office.get(`/api/editions/${edition.id}/certificates`)).body;
    expect(list.editionName).toBe('HIS-I ingetrokken');
    const [issued] = list.certificates;
    expect(issued).toMatchObject({ personId: participant.id, participantName: 'Zoë Brouwer-Hoël', revoked: null });

    for (const someone of [trainer, participant]) {
      const client = await t.loginAs(someone.email);
      expect((await client.get(`/api/editions/${edition.id}/certificates`)).status).toBe(403);
      expect((await client.post(`/api/certificates/${issued.id}/revoke`, { reason: 'Ten onrechte uitgereikt' })).status).toBe(403);
    }
    expect((await office.post(`/api/certificates/${issued.id}/revoke`, { reason: '  ' })).status).toBe(400);
    expect((await office.post('/api/certificates/00000000-0000-4000-8000-000000000000/revoke', { reason: 'Onbekend' })).status).toBe(404);

    // Twice at once (a double click): one revocation.
    const reason = 'Aanwezigheid van lesdag 3 en 4 stond ten onrechte op aanwezig';
    const [first, second] = await Promise.all([1, 2].map(() => office.post(`/api/certificates/${issued.id}/revoke`, { reason })));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.revoked).toEqual({ revokedAt: expect.stringMatching(/Z$/), reason });
    expect(second.body.revoked).toEqual(first.body.revoked);

    expect((await holder.get(`/api/me/completion/${edition.id}`)).body).toMatchObject({ certificateRevoked: { reason }, certificateUrl: null, badgeUrl: null });
    const pdf = await holder.get(`/api/me/certificate/${edition.id}.pdf`);
    expect([pdf.status, pdf.body.error, pdf.body.message]).toEqual([410, 'certificate_revoked', `Het programmabureau heeft je certificaat ingetrokken: ${reason}`]);
    expect((await holder.get(`/api/me/certificate/${edition.id}/badge.png`)).status).toBe(410);

    const page = await t.anonymous().get(`/verify/${issued.verificationCode}`, { accept: 'text/html' });
    expect(page.status).toBe(410);
    expect(page.text).toContain('Dit certificaat is ingetrokken.');
    expect(page.text).toContain(reason);
    expect(page.text).not.toContain('Dit certificaat is echt');
    const assertion = await t.anonymous().get(`/verify/${issued.verificationCode}`, { accept: 'application/ld+json' });
    expect([assertion.status, assertion.body.revoked, assertion.body.revocationReason]).toEqual([410, true, reason]);
  });

  it('flips when the last assignment is approved, then issues a PDF certificate that anyone can verify', async () => {
    const { edition, trainer, participant, assignments } = await heldEdition(90);
    const g = given(t.db);
    const [first, last] = [await g.submission(assignments[0].id, participant.id), await g.submission(assignments[1].id, participant.id)];
    const reviewer = await t.loginAs(trainer.email);
    const client = await t.loginAs(participant.email);
    await approve(reviewer, first.id);

    expect((await client.get(`/api/me/completion/${edition.id}`)).body).toMatchObject({ completed: false, assignments: { approved: 1, total: 2, met: false } });
    const notYet = await client.get(`/api/me/certificate/${edition.id}.pdf`);
    expect(notYet.status).toBe(404);
    expect(notYet.body.error).toBe('certificate_not_available');

    await approve(reviewer, last.id);
    expect((await client.get(`/api/me/completion/${edition.id}`)).body).toMatchObject({ completed: true, assignments: { approved: 2, met: true } });

    const pdf = await client.get(`/api/me/certificate/${edition.id}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/);
    const text = await pdfText(pdf.raw);
    expect(text).toContain('Zoë Brouwer-Hoël');
    expect(text).toContain('HIS-I 2.0');
    expect(text).toContain('Health Innovation School – Implementation');
    expect(text).toContain('Bijgewoonde lesdagen: 90 van 100');
    const code = /Verificatiecode: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain(`${t.config.publicUrl}/verify/${code}`);

    // The same certificate on every download: issued once, statement frozen.
    const again = await pdfText((await client.get(`/api/me/certificate/${edition.id}.pdf`)).raw);
    expect(again).toContain(`Verificatiecode: ${code}`);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id WHERE e.edition_id = $1`, [edition.id]))[0].n).toBe(1);

    // Programs get the certificate's Open Badges assertion (open-badges.int-spec.ts checks it in full).
    const verified = await t.anonymous().get(`/verify/${code!.toLowerCase()}`, { accept: 'application/json' });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ type: 'Assertion', id: `${t.config.publicUrl}/verify/${code}` });
    const page = await t.anonymous().get(`/verify/${code}`, { accept: 'text/html,application/xhtml+xml', 'accept-language': 'nl-NL,nl;q=0.9' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<html lang="nl">');
    expect(page.text).toContain('Dit certificaat is echt.');
    expect(page.text).toContain('Zoë Brouwer-Hoël');
    expect(page.text).toContain('6 januari 2026 – 1 september 2026');
    const english = await t.anonymous().get(`/verify/${code}`, { accept: 'text/html', 'accept-language': 'en' });
    expect(english.text).toContain('This certificate is genuine.');
  });

  it('gives the one certificate to a download made while another issued it', async () => {
    const { edition, participant, assignments } = await heldEdition(90, 'HIS-I 2.1');
    const g = given(t.db);
    for (const assignment of assignments) await g.feedback((await g.submission(assignment.id, participant.id)).id, 'approved');
    const client = await t.loginAs(participant.email);
    const [{ id: enrolmentId }] = await t.db.query(`SELECT id FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [edition.id, participant.id]);
    const code = `K7QM-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const statement = { participantName: 'Zoë Brouwer-Hoël', programmeName: 'Health Innovation School – Implementation', editionName: 'HIS-I 2.0' };

    // The other download inserts the certificate; this one's insert waits for it, then finds it issued.
    const download = await whileLocked(
      t.db,
      (transaction) =>
        transaction.query(`INSERT INTO certificate (enrolment_id, verification_code, statement, issued_at) VALUES ($1, $2, $3, now())`, [
          enrolmentId,
          code,
          { ...statement, editionStartDate: '2026-01-06', editionEndDate: '2026-09-01', programmeDaysAttended: 90, programmeDaysCounted: 100, issuedAt: new Date().toISOString() },
        ]),
      () => client.get(`/api/me/certificate/${edition.id}.pdf`),
    );
    expect(download.status).toBe(200);
    expect(await pdfText(download.raw)).toContain(code);
  });

  it('states the corrected name on a certificate issued while the correction commits', async () => {
    const { edition, participant, assignments } = await heldEdition(90, 'HIS-I 2.2');
    const g = given(t.db);
    for (const assignment of assignments) await g.feedback((await g.submission(assignment.id, participant.id)).id, 'approved');
    const client = await t.loginAs(participant.email);

    // The correction holds the person's row (as the programme office's does) while the download issues the certificate.
    const download = await whileLocked(
      t.db,
      (transaction) => transaction.query(`UPDATE person SET name = 'Zoë Brouwer' WHERE id = $1`, [participant.id]),
      () => client.get(`/api/me/certificate/${edition.id}.pdf`),
    );
    expect(download.status).toBe(200);
    const [{ name }] = await t.db.query(
      `SELECT c.statement->>'participantName' AS name FROM certificate c JOIN enrolment en ON en.id = c.enrolment_id WHERE en.edition_id = $1`,
      [edition.id],
    );
    expect(name).toBe('Zoë Brouwer');
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('Zoë Brouwer.pdf'));
  });

  it('says plainly when a code is not genuine, and keeps the page outside /api', async () => {
    const unknown = await t.anonymous().get('/verify/ABCD-EFGH-JKMN', { accept: 'application/json' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ genuine: false, code: 'ABCD-EFGH-JKMN' });
    const page = await t.anonymous().get(`/verify/${encodeURIComponent('<script>alert(1)</script>')}`, { accept: 'text/html' });
    expect(page.status).toBe(404);
    expect(page.text).toContain('Dit certificaat is niet gevonden.');
    expect(page.text).not.toContain('<script>');
    expect((await t.anonymous().get('/api/verify/ABCD-EFGH-JKMN', { accept: 'application/json' })).status).toBe(404);
  });

  it('keeps completion and certificates to the participant themselves', async () => {
    const { edition, trainer } = await heldEdition(0, 'HIS-I 3.0');
    const g = given(t.db);
    const [other, otherParticipant] = [await g.edition(), await g.person()];
    await g.enrolment(other.id, otherParticipant.id, 'participant');
    expect((await t.anonymous().get(`/api/me/certificate/${edition.id}.pdf`)).status).toBe(401);
    for (const email of [otherParticipant.email, trainer.email]) {
      const client = await t.loginAs(email);
      expect((await client.get(`/api/me/certificate/${edition.id}.pdf`)).status).toBe(403);
      expect((await client.get(`/api/me/completion/${edition.id}`)).status).toBe(403);
    }
  });

  /** Six editions that are over, each with a participant who completed and one who did not. */
  const editionsOver = async () => {
    const g = given(t.db);
    const inEveryEdition = await g.person();
    const completing: string[] = [];
    const notCompleting: string[] = [];
    for (let i = 0; i < 6; i++) {
      const edition = await g.edition();
      const day = await g.session(edition.id, { startsAt: new Date(Date.now() - 2 * 86_400_000) });
      const [present, absent] = [await g.person(), await g.person()];
      const enrolled = async (personId: string) => (await g.enrolment(edition.id, personId, 'participant')).id;
      completing.push(await enrolled(present.id));
      notCompleting.push(await enrolled(absent.id));
      // The same person was there in the first edition only: attendance is judged per edition.
      (i === 0 ? completing : notCompleting).push(await enrolled(inEveryEdition.id));
      await t.db.query(`UPDATE enrolment SET enrolled_at = now() - interval '10 days' WHERE edition_id = $1`, [edition.id]);
      await g.attendance(day.id, present.id, 'present');
      await g.attendance(day.id, absent.id, 'absent');
      await g.attendance(day.id, inEveryEdition.id, i === 0 ? 'present' : 'absent');
    }
    return { completing, notCompleting };
  };
  const recorded = async (enrolmentIds: string[]) =>
    (await t.db.query(`SELECT enrolment_id AS id FROM completion_reached WHERE enrolment_id = ANY($1::uuid[])`, [enrolmentIds])).map((row: { id: string }) => row.id).sort();

  it('records who completed in every edition that is over in the same few statements, however many editions wait', async () => {
    const { completing, notCompleting } = await editionsOver();

    t.queries.reset();
    await t.app.get(CompletionSweep).runOnce();
    // Which editions wait, three queries judging them all, and one transaction recording who completed.
    expect(t.queries.count).toBeLessThanOrEqual(8);
    expect(await recorded(completing)).toEqual([...completing].sort());
    expect(await recorded(notCompleting)).toEqual([]);
  });

  it('judges the editions that wait batch by batch, none left out at a batch’s edge', async () => {
    // Whoever the tests before left to record is recorded first, so the count below is this test's own.
    await t.app.get(CompletionService).recordCompletionsReached();
    const { completing, notCompleting } = await editionsOver();

    // Batches of two: the six editions (and any left waiting by the tests before) span at least three.
    expect(await t.app.get(CompletionService).recordCompletionsReached(2)).toBe(completing.length);
    expect(await recorded(completing)).toEqual([...completing].sort());
    expect(await recorded(notCompleting)).toEqual([]);
    // Recorded once: a second sweep finds no one new.
    expect(await t.app.get(CompletionService).recordCompletionsReached(2)).toBe(0);
    // A batch of none is refused rather than looping for ever.
    await expect(t.app.get(CompletionService).recordCompletionsReached(0)).rejects.toThrow(RangeError);
  });
});
