import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('review queue and feedback', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function editionWithTrainer() {
    const g = given(t.db);
    const edition = await g.edition();
    const trainer = await g.person();
    await g.enrolment(edition.id, trainer.id, 'trainer');
    return { edition, trainer };
  }

  async function participant(editionId: string, name?: string) {
    const person = await given(t.db).person({ name });
    await given(t.db).enrolment(editionId, person.id, 'participant');
    return person;
  }

  async function handIn(assignmentId: string, personId: string, version: number, submittedAt: string, late = false) {
    const submission = await given(t.db).submission(assignmentId, personId, version);
    await t.db.query(`UPDATE submission SET submitted_at = $2, late = $3 WHERE id = $1`, [submission.id, submittedAt, late]);
    return submission;
  }

  it("lists the latest unreviewed work across the trainer's editions, oldest first, filterable and paginated", async () => {
    const g = given(t.db);
    const first = await editionWithTrainer();
    const second = await g.edition();
    await g.enrolment(second.id, first.trainer.id, 'trainer');
    const elsewhere = await editionWithTrainer();

    const plan = await g.assignment(first.edition.id, { title: 'Plan van aanpak' });
    const reflection = await g.assignment(first.edition.id, { title: 'Tussenreflectie' });
    const scan = await g.assignment(second.id, { title: 'MET-scan' });
    const foreign = await g.assignment(elsewhere.edition.id, { title: 'Elders' });
    const [anna, bram, cem] = [
      await participant(first.edition.id, 'Anna'),
      await participant(first.edition.id, 'Bram'),
      await participant(second.id, 'Cem'),
    ];
    const outsider = await participant(elsewhere.edition.id, 'Dirk');

    await handIn(plan.id, anna.id, 1, '2027-03-01T10:00:00Z');
    const annaV2 = await handIn(plan.id, anna.id, 2, '2027-03-04T10:00:00Z', true);
    const bramPlan = await handIn(plan.id, bram.id, 1, '2027-03-02T10:00:00Z');
    const reviewed = await handIn(reflection.id, bram.id, 1, '2027-02-01T10:00:00Z');
    await g.feedback(reviewed.id, 'approved');
    const cemScan = await handIn(scan.id, cem.id, 1, '2027-03-03T10:00:00Z');
    await handIn(foreign.id, outsider.id, 1, '2027-01-01T10:00:00Z');

    const client = await t.loginAs(first.trainer.email);
    const queue = await client.get('/api/review-queue');
    expect(queue.status).toBe(200);
    expect(queue.body).toEqual({
      items: [
        expect.objectContaining({ submissionId: bramPlan.id, assignmentTitle: 'Plan van aanpak', participantName: 'Bram', late: false }),
        expect.objectContaining({ submissionId: cemScan.id, assignmentTitle: 'MET-scan', participantName: 'Cem', editionName: second.name }),
        expect.objectContaining({ submissionId: annaV2.id, participantName: 'Anna', version: 2, late: true, submittedAt: '2027-03-04T10:00:00.000Z' }),
      ],
      total: 3,
      page: 1,
      pageSize: 25,
    });

    const byEdition = await client.get(`/api/review-queue?editionId=${second.id}`);
    expect(byEdition.body.items.map((i: any) => i.submissionId)).toEqual([cemScan.id]);
    const byAssignment = await client.get(`/api/review-queue?editionId=${first.edition.id}&assignmentId=${plan.id}&pageSize=1&page=2`);
    expect(byAssignment.body).toMatchObject({ total: 2, page: 2, items: [expect.objectContaining({ submissionId: annaV2.id })] });
    // Past the last page (its last item reviewed, and the browser went back): no items, and still the real total.
    expect((await client.get(`/api/review-queue?pageSize=2&page=3`)).body).toEqual({ items: [], total: 3, page: 3, pageSize: 2 });

    expect((await client.get(`/api/review-queue?editionId=${elsewhere.edition.id}`)).status).toBe(403);
    expect((await (await t.loginAs(anna.email)).get(`/api/review-queue?editionId=${first.edition.id}`)).status).toBe(403);
    // Someone who reviews nowhere has no queue at all, so no menu offers them one.
    expect((await (await t.loginAs(anna.email)).get('/api/review-queue')).status).toBe(403);
    expect((await t.anonymous().get('/api/review-queue')).status).toBe(401);
    expect((await client.get('/api/review-queue?editionId=nope')).status).toBe(400);
  });

  it('runs the same number of SQL statements for a page of 20 waiting and of 500 waiting', async () => {
    const { edition, trainer } = await editionWithTrainer();
    const assignment = await given(t.db).assignment(edition.id);
    const client = await t.loginAs(trainer.email);

    const statementsFor = async () => {
      t.queries.reset();
      const page = await client.get(`/api/review-queue?editionId=${edition.id}&pageSize=20`);
      expect(page.status).toBe(200);
      return { statements: t.queries.count, items: page.body.items.length, total: page.body.total };
    };

    await given(t.db).submissionsFromNewParticipants(assignment.id, 20);
    const small = await statementsFor();
    await given(t.db).submissionsFromNewParticipants(assignment.id, 480);
    const started = performance.now();
    const large = await statementsFor();
    const elapsed = performance.now() - started;

    expect(small).toMatchObject({ items: 20, total: 20 });
    expect(large).toMatchObject({ items: 20, total: 500 });
    expect(large.statements).toBe(small.statements);
    // Session lookup, the access check and the page itself.
    expect(small.statements).toBeLessThanOrEqual(4);
    expect(elapsed).toBeLessThan(1000);
  });

  it('takes a comment with approved or revise on the latest version; the participant sees it at once', async () => {
    const { edition, trainer } = await editionWithTrainer();
    const anna = await participant(edition.id, 'Anna');
    const assignment = await given(t.db).assignment(edition.id, { dueAt: new Date(Date.now() + 86_400_000) });
    const v1 = await handIn(assignment.id, anna.id, 1, '2027-03-01T10:00:00Z');
    const reviewer = await t.loginAs(trainer.email);
    const annaClient = await t.loginAs(anna.email);

    const noComment = await reviewer.post(`/api/submissions/${v1.id}/feedback`, { comment: ' ', outcome: 'revise' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.fields).toEqual([{ field: 'comment', message: expect.stringContaining('Schrijf wat er beter moet') }]);
    expect((await reviewer.post(`/api/submissions/${v1.id}/feedback`, { comment: 'x', outcome: 'great' })).status).toBe(400);
    expect((await reviewer.post(`/api/submissions/${v1.id}/feedback`, { comment: 'x', outcome: 'approved', grade: 9 })).status).toBe(400);

    const revise = await reviewer.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Maak je doel meetbaar.', outcome: 'revise' });
    expect(revise.status).toBe(201);
    expect(revise.body).toMatchObject({ comment: 'Maak je doel meetbaar.', outcome: 'revise', reviewerName: expect.any(String) });
    const seen = await annaClient.get(`/api/assignments/${assignment.id}/my-submission`);
    expect(seen.body).toMatchObject({ status: 'revise', canSubmit: true });
    expect(seen.body.versions[0].feedback).toEqual([expect.objectContaining({ comment: 'Maak je doel meetbaar.', outcome: 'revise' })]);

    const v2 = await handIn(assignment.id, anna.id, 2, '2027-03-05T10:00:00Z');
    const stale = await reviewer.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Toch goed.', outcome: 'approved' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('not_latest_version');
    expect((await annaClient.post(`/api/submissions/${v2.id}/feedback`, { comment: 'Zelf goedgekeurd', outcome: 'approved' })).status).toBe(403);
    const otherTrainer = (await editionWithTrainer()).trainer;
    expect((await (await t.loginAs(otherTrainer.email)).post(`/api/submissions/${v2.id}/feedback`, { comment: 'x', outcome: 'approved' })).status).toBe(403);

    // Approving pressed twice, or by two trainers at once, is one approval and one mail.
    const approvals = await Promise.all(Array.from({ length: 6 }, () => reviewer.post(`/api/submissions/${v2.id}/feedback`, { comment: '', outcome: 'approved' })));
    expect(approvals.map((approval) => approval.status)).toEqual(Array(6).fill(201));
    expect(new Set(approvals.map((approval) => approval.body.id)).size).toBe(1);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM feedback WHERE submission_id = $1`, [v2.id])).toEqual([{ n: 1 }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE kind = 'feedback_given' AND person_id = $1`, [anna.id])).toEqual([{ n: 2 }]);
    expect((await annaClient.get(`/api/assignments/${assignment.id}/my-submission`)).body).toMatchObject({ status: 'approved', canSubmit: false });
    const detail = await reviewer.get(`/api/submissions/${v1.id}`);
    expect(detail.body).toMatchObject({ status: 'approved', latestSubmissionId: v2.id });
    expect(detail.body.versions.map((v: any) => v.version)).toEqual([2, 1]);
  });

  it('takes one verdict of two reviewers at once, telling the other whose came first; a verdict replaces another only knowingly', async () => {
    const { edition, trainer } = await editionWithTrainer();
    const colleague = await given(t.db).person({ name: 'Sanne Collega' });
    await given(t.db).enrolment(edition.id, colleague.id, 'trainer');
    const anna = await participant(edition.id, 'Anna');
    const assignment = await given(t.db).assignment(edition.id, { dueAt: new Date(Date.now() + 86_400_000) });
    const v1 = await handIn(assignment.id, anna.id, 1, '2027-03-01T10:00:00Z');
    const [joost, sanne] = [await t.loginAs(trainer.email), await t.loginAs(colleague.email)];
    const mails = async () =>
      (await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE kind = 'feedback_given' AND person_id = $1`, [anna.id]))[0].n;

    const [approve, revise] = await Promise.all([
      joost.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Akkoord', outcome: 'approved', replacesFeedbackId: null }),
      sanne.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Graag aanvullen met doelen.', outcome: 'revise', replacesFeedbackId: null }),
    ]);
    const [first, refused] = approve.status === 201 ? [approve, revise] : [revise, approve];
    expect([first.status, refused.status, refused.body.error]).toEqual([201, 409, 'feedback_given_meanwhile']);
    expect(refused.body.message).toContain(`${first.body.reviewerName} heeft deze versie al beoordeeld`);
    expect(refused.body.details).toEqual({ latestFeedbackId: first.body.id });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM feedback WHERE submission_id = $1`, [v1.id])).toEqual([{ n: 1 }]);
    expect(await mails()).toBe(1);

    const [firstReviewer, other] = first === approve ? [joost, sanne] : [sanne, joost];
    // Without saying which of a colleague's verdicts it replaces, a different verdict is refused too.
    expect((await other.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Toch niet', outcome: 'revise' })).status).toBe(409);
    // Having read it, a reviewer replaces it: the participant hears of the new verdict.
    const replaced = await other.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Na overleg: graag aanvullen.', outcome: 'revise', replacesFeedbackId: first.body.id });
    expect(replaced.status).toBe(201);
    expect(await mails()).toBe(2);
    // Naming a verdict that is no longer the latest is refused.
    const stale = await firstReviewer.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Akkoord, echt.', outcome: 'approved', replacesFeedbackId: first.body.id });
    expect([stale.status, stale.body.error]).toEqual([409, 'feedback_given_meanwhile']);
    // One's own verdict, the latest, one replaces knowingly.
    expect((await other.post(`/api/submissions/${v1.id}/feedback`, { comment: 'Nog één aanvulling: de doelen.', outcome: 'revise' })).status).toBe(201);
    expect((await (await t.loginAs(anna.email)).get(`/api/assignments/${assignment.id}/my-submission`)).body.status).toBe('revise');
  });

  it("takes an erased participant's emptied work out of the queue, and refuses feedback on it", async () => {
    const { edition, trainer } = await editionWithTrainer();
    const [anna, bram] = [await participant(edition.id, 'Anna'), await participant(edition.id, 'Bram')];
    const assignment = await given(t.db).assignment(edition.id);
    const annas = await handIn(assignment.id, anna.id, 1, '2027-03-01T10:00:00Z');
    const brams = await handIn(assignment.id, bram.id, 1, '2027-03-02T10:00:00Z');
    const reviewer = await t.loginAs(trainer.email);
    const waiting = async () => (await reviewer.get(`/api/review-queue?editionId=${edition.id}`)).body;
    expect((await waiting()).items.map((item: { submissionId: string }) => item.submissionId)).toEqual([annas.id, brams.id]);

    const admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    expect((await admin.delete(`/api/admin/people/${anna.id}`)).status).toBe(200);

    expect(await waiting()).toMatchObject({ total: 1, items: [expect.objectContaining({ submissionId: brams.id })] });
    expect((await reviewer.get(`/api/submissions/${annas.id}`)).body).toMatchObject({ canReview: false, versions: [expect.objectContaining({ text: '' })] });
    const feedback = await reviewer.post(`/api/submissions/${annas.id}/feedback`, { comment: 'Goed', outcome: 'approved' });
    expect([feedback.status, feedback.body.error]).toEqual([409, 'submission_of_erased_person']);
    expect((await reviewer.get(`/api/submissions/${brams.id}`)).body.canReview).toBe(true);
  });
});
