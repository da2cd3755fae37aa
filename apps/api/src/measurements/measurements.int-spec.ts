import type { EditionMeasurements, InstrumentView, MeasurementForm, MeasurementTask, MeasurementTemplateLine, RegionMeasurements } from '@koers/shared/measurements';
import { given } from '../../test/builders';
import { addCalendarDays, instantToAmsterdam, isoWeekday } from '../calendar/amsterdam-time';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { readOutbox } from '../../test/mail-outbox';
import { NotificationWorker } from '../notifications/notification-worker';
import { MeasurementReminderSweep } from './measurement-reminder-sweep';

/** Ten programme days (two with the internal teams, `T`), network sessions and board meetings, as HIS-I. */
const HIS_I = 'PPNTBPNPPNTNPBPP';
const DAY = 24 * 3_600_000;

/** The first Tuesday from 13 April of a year whose April is still ahead, so an edition starting then has no scan open yet. */
function firstTuesdayOfAprilAhead(): string {
  const today = new Date();
  let day = `${today.getUTCMonth() < 2 ? today.getUTCFullYear() : today.getUTCFullYear() + 1}-04-13`;
  while (isoWeekday(day) !== 2) day = addCalendarDays(day, 1);
  return day;
}

/** The moment `days` later at the same time on Amsterdam's clock. */
function laterInAmsterdam(date: Date, days: number): Date {
  const offsetMinutes = (moment: Date) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' }).formatToParts(moment).find((part) => part.type === 'timeZoneName')!.value;
    return Number(/GMT([+-]\d+)/.exec(name)![1]) * 60;
  };
  const shifted = new Date(date.getTime() + days * DAY);
  return new Date(shifted.getTime() + (offsetMinutes(date) - offsetMinutes(shifted)) * 60_000);
}

describe('measurement rounds and results', () => {
  let t: TestApp;
  let admin: HttpClient;
  let scanVersionId: string;
  let thermometerVersionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    const instruments: InstrumentView[] = (await admin.get('/api/instruments')).body;
    scanVersionId = instruments.find((instrument) => instrument.kind === 'innovation_scan')!.versions[0].id;
    thermometerVersionId = instruments.find((instrument) => instrument.kind === 'collaboration_thermometer')!.versions[0].id;
  });
  afterAll(() => t?.close());

  const itemsOf = async (versionId: string): Promise<{ id: string; scale: string; freeTextAllowed: boolean }[]> =>
    t.db.query(
      `SELECT it.id, it.scale, it.free_text_allowed AS "freeTextAllowed" FROM instrument_item it JOIN instrument_dimension d ON d.id = it.dimension_id
        WHERE d.version_id = $1 ORDER BY d.position, it.position`,
      [versionId],
    );

  /** An organisation's participant with director and one internal-team member in the edition. */
  const organisationIn = async (editionId: string, name?: string) => {
    const organisation = await given(t.db).organisation(name ? { name } : {});
    const participant = await given(t.db).person({ organisationId: organisation.id });
    const director = await given(t.db).person({ organisationId: organisation.id });
    const member = await given(t.db).person({ organisationId: organisation.id });
    const enrolment = await given(t.db).enrolment(editionId, participant.id, 'participant', { directorPersonId: director.id });
    await given(t.db).enrolment(editionId, director.id, 'director');
    await given(t.db).enrolment(editionId, member.id, 'internal_team_member', { supportsEnrolmentId: enrolment.id });
    return { organisation, participant, director, member, enrolment };
  };

  describe('the programme’s template and opening an edition', () => {
    it('creates the rounds from the template in the transaction that opens the edition, with windows from its schedule', async () => {
      const programmeId = (await given(t.db).programme()).id;
      await given(t.db).curriculum(programmeId, HIS_I);
      const template = {
        lines: [
          { instrumentVersionId: scanVersionId, moment: 'before_first_programme_day', respondents: ['participant', 'director'], subject: 'organisation' },
          { instrumentVersionId: scanVersionId, moment: 'after_last_programme_day', respondents: ['participant', 'director'], subject: 'organisation' },
          { instrumentVersionId: thermometerVersionId, moment: 'internal_team_days', respondents: ['internal_team_member'], subject: 'team' },
        ],
      };
      const saved = await admin.put<MeasurementTemplateLine[]>(`/api/programmes/${programmeId}/measurement-template`, template);
      expect(saved.status).toBe(200);
      expect(saved.body.map(({ moment, instrumentKind, respondents }) => ({ moment, instrumentKind, respondents }))).toEqual([
        { moment: 'before_first_programme_day', instrumentKind: 'innovation_scan', respondents: ['participant', 'director'] },
        { moment: 'after_last_programme_day', instrumentKind: 'innovation_scan', respondents: ['participant', 'director'] },
        { moment: 'internal_team_days', instrumentKind: 'collaboration_thermometer', respondents: ['internal_team_member'] },
      ]);
      expect((await admin.get(`/api/programmes/${programmeId}/measurement-template`)).body).toEqual(saved.body);

      const created = await admin.post<{ id: string }>(`/api/programmes/${programmeId}/editions`, {
        name: 'HIS-I met metingen',
        // Both scan windows cross a change of clock (summer time starts on the last Sunday of March, ends on the last of October).
        startDate: firstTuesdayOfAprilAhead(),
        cadenceWeeks: 3,
        weekday: 2,
        startTime: '09:30',
      });
      expect(created.status).toBe(201);
      const rounds: { moment: string; occurrence: number; opensAt: Date; closesAt: Date; versionId: string }[] = await t.db.query(
        `SELECT moment, occurrence, opens_at AS "opensAt", closes_at AS "closesAt", instrument_version_id AS "versionId" FROM measurement_round WHERE edition_id = $1 ORDER BY opens_at`,
        [created.body.id],
      );
      const days: { startsAt: Date; endsAt: Date; team: boolean }[] = await t.db.query(
        `SELECT starts_at AS "startsAt", ends_at AS "endsAt", audience_internal_teams AS team FROM session WHERE edition_id = $1 AND kind = 'programme_day' ORDER BY starts_at`,
        [created.body.id],
      );
      const teamDays = days.filter((day) => day.team);
      expect(rounds.map(({ moment, occurrence, opensAt, closesAt }) => ({ moment, occurrence, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }))).toEqual([
        { moment: 'before_first_programme_day', occurrence: 1, opensAt: laterInAmsterdam(days[0].startsAt, -21).toISOString(), closesAt: days[0].startsAt.toISOString() },
        ...teamDays.map((day, index) => ({
          moment: 'internal_team_days',
          occurrence: index + 1,
          opensAt: day.startsAt.toISOString(),
          closesAt: laterInAmsterdam(day.endsAt, 7).toISOString(),
        })),
        { moment: 'after_last_programme_day', occurrence: 1, opensAt: days[9].endsAt.toISOString(), closesAt: laterInAmsterdam(days[9].endsAt, 21).toISOString() },
      ]);
      expect(teamDays).toHaveLength(2);

      // The start and end scans follow the first and last programme day as the schedule changes, and a team day's round
      // its own day.
      const editionId = created.body.id;
      const sessions: { id: string; kind: string; startsAt: string }[] = (await admin.get(`/api/editions/${editionId}/sessions`)).body;
      const programmeDays = sessions.filter((session) => session.kind === 'programme_day');
      expect((await admin.post(`/api/editions/${editionId}/sessions/${programmeDays[0].id}/cancel`, {})).status).toBe(200);
      const addDay = (title: string, date: string, audience: { participants: boolean; internalTeams: boolean }) =>
        admin.post<{ id: string }>(`/api/editions/${editionId}/sessions`, {
          kind: 'programme_day',
          title,
          date,
          confirmedClosedDates: [date],
          startTime: '09:30',
          endTime: '12:30',
          mode: 'on_site',
          audience: { ...audience, directors: false },
        });
      const nextYear = Number(days[0].startsAt.toISOString().slice(0, 4)) + 1;
      const added = await addDay('Terugkomdag', `${nextYear}-01-11`, { participants: true, internalTeams: false });
      expect(added.status).toBe(201);
      const [firstTeamDay, secondTeamDay] = teamDays.map((team) => programmeDays.find((day) => new Date(day.startsAt).getTime() === team.startsAt.getTime())!);
      const weekLater = addCalendarDays(instantToAmsterdam(teamDays[0].startsAt).date, 7);
      const moved = await admin.patch(`/api/editions/${editionId}/sessions/${firstTeamDay.id}`, { date: weekLater, confirmedClosedDates: [weekLater] });
      expect(moved.status).toBe(200);
      const movedTeamDay = { startsAt: laterInAmsterdam(teamDays[0].startsAt, 7), endsAt: laterInAmsterdam(teamDays[0].endsAt, 7) };
      const [returnDay] = await t.db.query(`SELECT ends_at AS "endsAt" FROM session WHERE id = $1`, [added.body.id]);
      const windowsOf = async (moment: string) =>
        (
          await t.db.query(`SELECT opens_at AS "opensAt", closes_at AS "closesAt" FROM measurement_round WHERE edition_id = $1 AND moment = $2 ORDER BY opens_at`, [
            editionId,
            moment,
          ])
        ).map(({ opensAt, closesAt }: { opensAt: Date; closesAt: Date }) => [opensAt.toISOString(), closesAt.toISOString()]);
      const teamWindows = [movedTeamDay, teamDays[1]].map((day) => [day.startsAt.toISOString(), laterInAmsterdam(day.endsAt, 7).toISOString()]);
      const endScan = [[returnDay.endsAt.toISOString(), laterInAmsterdam(returnDay.endsAt, 21).toISOString()]];
      expect(await windowsOf('before_first_programme_day')).toEqual([[laterInAmsterdam(days[1].startsAt, -21).toISOString(), days[1].startsAt.toISOString()]]);
      expect(await windowsOf('after_last_programme_day')).toEqual(endScan);
      expect(await windowsOf('internal_team_days')).toEqual(teamWindows);

      // Cancelling the first team day leaves its round where it was, rather than handing it the next team day, and
      // numbers it after the days held; a day for the internal teams alone, after the last, is no day the
      // participants' end scan waits for, but gets a round of its own, numbered after the day still held.
      expect((await admin.post(`/api/editions/${editionId}/sessions/${firstTeamDay.id}/cancel`, {})).status).toBe(200);
      const extraTeamDay = await addDay('Teamdag extra', `${nextYear}-02-08`, { participants: false, internalTeams: true });
      expect(extraTeamDay.status).toBe(201);
      const [extra] = await t.db.query(`SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM session WHERE id = $1`, [extraTeamDay.body.id]);
      const extraWindow = [extra.startsAt.toISOString(), laterInAmsterdam(extra.endsAt, 7).toISOString()];
      expect(await windowsOf('internal_team_days')).toEqual([...teamWindows, extraWindow]);
      const occurrenceOf = async (sessionId: string) => (await t.db.query(`SELECT occurrence FROM measurement_round WHERE session_id = $1`, [sessionId]))[0].occurrence;
      expect([await occurrenceOf(secondTeamDay.id), await occurrenceOf(extraTeamDay.body.id), await occurrenceOf(firstTeamDay.id)]).toEqual([1, 2, 3]);
      expect(await windowsOf('after_last_programme_day')).toEqual(endScan);
      expect(await t.db.query(`SELECT 1 FROM measurement_round r JOIN session s ON s.id = r.session_id WHERE s.id = $1`, [added.body.id])).toEqual([]);

      // Taking place again on a new date after its round's window began (nobody answered a cancelled day's round),
      // the day takes its round along again.
      await t.db.query(
        `UPDATE measurement_round SET opens_at = now() - interval '2 days', closes_at = now() + interval '5 days' WHERE session_id = $1`,
        [firstTeamDay.id],
      );
      const twoWeeksLater = addCalendarDays(weekLater, 7);
      expect((await admin.patch(`/api/editions/${editionId}/sessions/${firstTeamDay.id}`, { date: twoWeeksLater, confirmedClosedDates: [twoWeeksLater], reinstate: true })).status).toBe(200);
      const reinstated = { startsAt: laterInAmsterdam(teamDays[0].startsAt, 14), endsAt: laterInAmsterdam(teamDays[0].endsAt, 14) };
      expect((await windowsOf('internal_team_days'))[0]).toEqual([reinstated.startsAt.toISOString(), laterInAmsterdam(reinstated.endsAt, 7).toISOString()]);

      // A team day added before the others is the first: the rounds are numbered by date, as results and exports name them.
      const dayBefore = addCalendarDays(instantToAmsterdam(teamDays[0].startsAt).date, -1);
      const earlyTeamDay = await addDay('Teamdag vooraf', dayBefore, { participants: false, internalTeams: true });
      expect(earlyTeamDay.status).toBe(201);
      const numbered = await t.db.query(`SELECT session_id AS "sessionId", occurrence FROM measurement_round WHERE edition_id = $1 AND moment = 'internal_team_days' ORDER BY opens_at`, [editionId]);
      expect(numbered.map((round: { occurrence: number }) => round.occurrence)).toEqual([1, 2, 3, 4]);
      expect(numbered[0].sessionId).toBe(earlyTeamDay.body.id);
    });

    it('takes only published versions and is for the programme office', async () => {
      const programmeId = (await given(t.db).programme()).id;
      const scan = (await admin.get<InstrumentView[]>('/api/instruments')).body.find((instrument) => instrument.kind === 'innovation_scan')!;
      const draft = scan.versions.find((version) => version.publishedAt === null) ?? (await admin.post(`/api/instruments/${scan.id}/versions`)).body;
      const line = { instrumentVersionId: draft.id, moment: 'before_first_programme_day', respondents: ['participant'], subject: 'organisation' };
      const refused = await admin.put(`/api/programmes/${programmeId}/measurement-template`, { lines: [line] }, { 'accept-language': 'en' });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: 'measurement_version_not_published', message: 'Choose a published version of the instrument.' });
      expect((await admin.put(`/api/programmes/${programmeId}/measurement-template`, { lines: [{ ...line, respondents: [] }] })).status).toBe(400);
      // The same questionnaire at the same moment about the same subject twice would be asked twice.
      const published = { ...line, instrumentVersionId: scanVersionId };
      const twice = await admin.put(`/api/programmes/${programmeId}/measurement-template`, { lines: [published, { ...published, respondents: ['director'] }] });
      expect([twice.status, twice.body.fields]).toEqual([400, [{ field: 'lines', message: 'Elk item mag maar één keer in de lijst staan.' }]]);
      expect((await admin.put(`/api/programmes/${programmeId}/measurement-template`, { lines: [published, { ...published, moment: 'after_last_programme_day' }] })).status).toBe(200);
      // The same save sent five times at once is one template, not five.
      const saves = await Promise.all(Array.from({ length: 5 }, () => admin.put(`/api/programmes/${programmeId}/measurement-template`, { lines: [published] })));
      expect(saves.map((save) => save.status)).toEqual(Array(5).fill(200));
      expect((await admin.get(`/api/programmes/${programmeId}/measurement-template`)).body).toHaveLength(1);
      const someone = await t.loginAs((await given(t.db).person()).email);
      expect((await someone.get(`/api/programmes/${programmeId}/measurement-template`)).status).toBe(403);
    });
  });

  describe('filling a round', () => {
    it('saves answers item by item across visits, lists the task until every item is answered, and keeps the version the answers were given on', async () => {
      const edition = await given(t.db).edition();
      const { participant, director } = await organisationIn(edition.id);
      const round = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId });
      const items = await itemsOf(scanVersionId);
      const lotte = await t.loginAs(participant.email);

      const tasks = async (client: HttpClient) => (await client.get<MeasurementTask[]>('/api/me/measurement-tasks')).body;
      expect((await tasks(lotte)).map(({ roundId, role, answered, items: total }) => ({ roundId, role, answered, total }))).toEqual([
        { roundId: round.id, role: 'participant', answered: 0, total: items.length },
      ]);
      expect((await tasks(await t.loginAs(director.email))).map((task) => task.role)).toEqual(['director']);

      // First visit: two answers; second visit (a new login): the next one, the first two still there.
      const first = await lotte.put<MeasurementForm>(`/api/measurement-rounds/${round.id}/answers`, {
        answers: [
          { itemId: items[0].id, value: 3, remark: null },
          { itemId: items[1].id, value: 2, remark: null },
        ],
      });
      expect(first.status).toBe(200);
      expect(first.body.task.answered).toBe(2);
      const again = await t.loginAs(participant.email);
      const form = (await again.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body;
      expect(form.version.id).toBe(scanVersionId);
      expect(form.answers).toEqual(expect.arrayContaining([{ itemId: items[0].id, value: 3, remark: null }, { itemId: items[1].id, value: 2, remark: null }]));
      await again.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: items[1].id, value: 1, remark: null }, { itemId: items[2].id, value: 3, remark: null }] });
      const saved = (await again.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body.answers;
      expect(saved).toHaveLength(3);
      expect(saved.find((answer) => answer.itemId === items[1].id)!.value).toBe(1);

      // A newer version of the instrument changes nothing for this round or its answers.
      const scanId = (await t.db.query(`SELECT instrument_id AS id FROM instrument_version WHERE id = $1`, [scanVersionId]))[0].id;
      const draft = (await admin.post(`/api/instruments/${scanId}/versions`)).body ?? {};
      const draftId = draft.id ?? (await t.db.query(`SELECT id FROM instrument_version WHERE instrument_id = $1 AND published_at IS NULL`, [scanId]))[0].id;
      await admin.post(`/api/instrument-versions/${draftId}/publish`);
      const afterNewVersion = (await again.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body;
      expect(afterNewVersion.version.id).toBe(scanVersionId);
      expect((await t.db.query(`SELECT DISTINCT instrument_version_id AS id FROM measurement_response WHERE round_id = $1`, [round.id])).map((row: { id: string }) => row.id)).toEqual([scanVersionId]);

      // A remark left out keeps the one given before; null clears it. A statement without remarks needs none sent.
      const remarked = items.find((item) => item.freeTextAllowed)!;
      const remarkOf = async () => (await again.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body.answers.find((answer) => answer.itemId === remarked.id);
      await again.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: remarked.id, value: 3, remark: 'Alleen op de nachtdienst' }] });
      expect((await again.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: remarked.id, value: 2 }] })).status).toBe(200);
      expect(await remarkOf()).toEqual({ itemId: remarked.id, value: 2, remark: 'Alleen op de nachtdienst' });
      await again.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: remarked.id, value: 2, remark: null }] });
      expect(await remarkOf()).toEqual({ itemId: remarked.id, value: 2, remark: null });
      const remarkless = items.find((item) => !item.freeTextAllowed)!;
      expect(remarkless).toBeDefined();
      expect((await again.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: remarkless.id, value: 1 }] })).status).toBe(200);

      // Everything answered: no longer a task.
      await again.put(`/api/measurement-rounds/${round.id}/answers`, { answers: items.map((item) => ({ itemId: item.id, value: 2, remark: null })) });
      expect(await tasks(again)).toEqual([]);
    });

    it('counts answers for the organisation they were given for, when the participant’s organisation is corrected later', async () => {
      const edition = await given(t.db).edition();
      const moved = await organisationIn(edition.id);
      const destination = await organisationIn(edition.id);
      const round = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId });
      const items = await itemsOf(scanVersionId);
      const region = await given(t.db).region();
      await t.db.query(`UPDATE organisation SET region_id = $1 WHERE id = $2`, [region.id, moved.organisation.id]);
      for (const person of [moved.participant, moved.director, destination.participant]) {
        const put = await (await t.loginAs(person.email)).put(`/api/measurement-rounds/${round.id}/answers`, { answers: items.map((item) => ({ itemId: item.id, value: 2, remark: null })) });
        expect(put.status).toBe(200);
      }
      const [{ name: destinationName }] = await t.db.query(`SELECT name FROM organisation WHERE id = $1`, [destination.organisation.id]);
      expect((await admin.patch(`/api/admin/people/${moved.participant.id}`, { organisation: destinationName })).status).toBe(200);

      // Its organisation leaving the region later moves nothing either.
      await t.db.query(`UPDATE organisation SET region_id = NULL WHERE id = $1`, [moved.organisation.id]);
      expect(await t.db.query(`SELECT DISTINCT organisation_id AS id, region_id AS "regionId" FROM measurement_response WHERE round_id = $1 AND organisation_id <> $2`, [round.id, destination.organisation.id])).toEqual([
        { id: moved.organisation.id, regionId: region.id },
      ]);
      // The destination's participant sees no individual answers of the one who moved in, nor of their director.
      const seen = JSON.stringify((await (await t.loginAs(destination.participant.email)).get(`/api/editions/${edition.id}/measurements`)).body);
      expect(seen).not.toContain(`"respondentName":"${moved.participant.name}"`);
      expect(seen).not.toContain(moved.director.name);
      // Nor does the director, still of the first organisation, see the destination's people as their own.
      const directorSees = (await (await t.loginAs(moved.director.email)).get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      const own = directorSees.rounds.flatMap((r) => r.organisations.filter((organisation) => organisation.own).map((organisation) => organisation.organisationId));
      expect(new Set(own)).toEqual(new Set([moved.organisation.id]));
      expect(JSON.stringify(directorSees)).not.toContain(destination.participant.name);
    });

    it('refuses answers outside the scale, to other versions’ items, remarks where none is asked, and people who are not asked', async () => {
      const edition = await given(t.db).edition();
      const { participant, member } = await organisationIn(edition.id);
      const round = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId });
      const [scanItem] = await itemsOf(scanVersionId);
      const [thermometerItem] = await itemsOf(thermometerVersionId);
      const lotte = await t.loginAs(participant.email);
      const put = (client: HttpClient, answer: object) => client.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [answer] });
      expect((await put(lotte, { itemId: scanItem.id, value: 4, remark: null })).body.error).toBe('measurement_value_out_of_scale');
      expect((await put(lotte, { itemId: scanItem.id, value: 0, remark: null })).status).toBe(400);
      const twice = await lotte.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: scanItem.id, value: 2, remark: null }, { itemId: scanItem.id, value: 3, remark: null }] });
      expect([twice.status, twice.body.fields?.[0]?.message]).toEqual([400, 'Elk item mag maar één keer in de lijst staan.']);
      // Said alone when the answers leave their remarks out.
      const twiceBare = await lotte.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: scanItem.id, value: 2 }, { itemId: scanItem.id, value: 3 }] });
      expect(twiceBare.body.fields).toEqual([{ field: 'answers', message: 'Elk item mag maar één keer in de lijst staan.' }]);
      expect((await put(lotte, { itemId: thermometerItem.id, value: 2, remark: null })).body.error).toBe('measurement_item_unknown');
      const remarkless = (await itemsOf(scanVersionId)).find((item) => !item.freeTextAllowed);
      if (remarkless) expect((await put(lotte, { itemId: remarkless.id, value: 2, remark: 'Toelichting' })).body.error).toBe('measurement_remark_not_allowed');
      // The internal team is not asked in this round.
      expect((await put(await t.loginAs(member.email), { itemId: scanItem.id, value: 2, remark: null })).status).toBe(403);
      // An unknown round answers as another edition's does.
      expect((await lotte.get(`/api/measurement-rounds/00000000-0000-4000-8000-000000000000`)).status).toBe(403);
    });

    it('refuses answers from the round’s deadline on, in Dutch or English, and keeps showing what was saved', async () => {
      const edition = await given(t.db).edition();
      const { participant } = await organisationIn(edition.id);
      const round = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId });
      const [item] = await itemsOf(scanVersionId);
      const lotte = await t.loginAs(participant.email);
      await lotte.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: item.id, value: 2, remark: null }] });
      await t.db.query(`UPDATE measurement_round SET opens_at = now() - interval '30 days', closes_at = now() - interval '1 minute' WHERE id = $1`, [round.id]);

      const dutch = await lotte.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: item.id, value: 3, remark: null }] });
      expect(dutch.status).toBe(409);
      expect(dutch.body).toMatchObject({ error: 'measurement_round_closed', message: expect.stringMatching(/deadline .* voorbij/) });
      const english = await lotte.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: item.id, value: 3, remark: null }] }, { 'accept-language': 'en' });
      expect(english.body.message).toMatch(/deadline .* has passed/);
      const form = (await lotte.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body;
      expect(form.open).toBe(false);
      expect(form.answers).toEqual([{ itemId: item.id, value: 2, remark: null }]);
      expect((await lotte.get<MeasurementTask[]>('/api/me/measurement-tasks')).body).toEqual([]);

      // A round that has not opened yet is no more open to answers than one that has closed.
      await t.db.query(`UPDATE measurement_round SET opens_at = now() + interval '1 day', closes_at = now() + interval '30 days' WHERE id = $1`, [round.id]);
      expect((await lotte.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body.open).toBe(false);
    });
    it('asks nobody to fill the round of a cancelled internal-team day, and asks again once the day has a new date', async () => {
      const edition = await given(t.db).edition({ status: 'open' });
      const { member } = await organisationIn(edition.id);
      const teamDay = await given(t.db).session(edition.id, { startsAt: new Date(Date.now() - 3_600_000), audienceInternalTeams: true });
      const round = await given(t.db).measurementRound(edition.id, {
        versionId: thermometerVersionId,
        moment: 'internal_team_days',
        respondents: ['internal_team_member'],
        closesAt: new Date(Date.now() + 3 * DAY),
      });
      await t.db.query(`UPDATE measurement_round SET session_id = $2 WHERE id = $1`, [round.id, teamDay.id]);
      const [item] = await itemsOf(thermometerVersionId);
      const colleague = await t.loginAs(member.email);
      const tasks = async () => (await colleague.get<MeasurementTask[]>('/api/me/measurement-tasks')).body.map((task) => task.roundId);
      expect(await tasks()).toEqual([round.id]);

      await t.db.query(`UPDATE session SET status = 'cancelled' WHERE id = $1`, [teamDay.id]);
      expect(await tasks()).toEqual([]);
      const refused = await colleague.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: item.id, value: 2, remark: null }] });
      expect([refused.status, refused.body.error, refused.body.message]).toEqual([409, 'measurement_round_day_cancelled', 'De teamdag van deze vragenlijst gaat niet door: je antwoorden worden niet opgeslagen.']);
      expect((await colleague.get<MeasurementForm>(`/api/measurement-rounds/${round.id}`)).body.open).toBe(false);
      await t.app.get(MeasurementReminderSweep).runOnce();
      expect(await t.db.query(`SELECT 1 FROM measurement_reminder WHERE round_id = $1`, [round.id])).toEqual([]);

      await t.db.query(`UPDATE session SET status = 'moved' WHERE id = $1`, [teamDay.id]);
      expect(await tasks()).toEqual([round.id]);
      expect((await colleague.put(`/api/measurement-rounds/${round.id}/answers`, { answers: [{ itemId: item.id, value: 2, remark: null }] })).status).toBe(200);

      // Answered, the round keeps the window its answers were given in, wherever its day goes.
      const [before] = await t.db.query(`SELECT opens_at AS "opensAt", closes_at AS "closesAt" FROM measurement_round WHERE id = $1`, [round.id]);
      const nextWeek = addCalendarDays(instantToAmsterdam(new Date()).date, 7);
      const moved = await admin.patch(`/api/editions/${edition.id}/sessions/${teamDay.id}`, { date: nextWeek, confirmedClosedDates: [nextWeek] });
      expect(moved.status).toBe(200);
      expect(await t.db.query(`SELECT opens_at AS "opensAt", closes_at AS "closesAt" FROM measurement_round WHERE id = $1`, [round.id])).toEqual([before]);
    });
  });

  describe('reminders', () => {
    it('reminds everyone who has not finished once per round, however often and however many instances sweep', async () => {
      const edition = await given(t.db).edition();
      const first = await organisationIn(edition.id);
      const second = await organisationIn(edition.id);
      // Closes within the reminder window; a round far from its deadline reminds nobody yet.
      const round = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId, closesAt: new Date(Date.now() + 3 * DAY) });
      const later = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId, closesAt: new Date(Date.now() + 20 * DAY) });
      const items = await itemsOf(scanVersionId);
      // The second organisation's participant has finished.
      await (await t.loginAs(second.participant.email)).put(`/api/measurement-rounds/${round.id}/answers`, {
        answers: items.map((item) => ({ itemId: item.id, value: 2, remark: null })),
      });

      const sweep = t.app.get(MeasurementReminderSweep);
      const queued = await Promise.all([sweep.runOnce(), sweep.runOnce(), t.app.get(MeasurementReminderSweep).runOnce()]);
      await sweep.runOnce();
      const mails: { personId: string; eventKey: string }[] = await t.db.query(
        `SELECT person_id AS "personId", event_key AS "eventKey" FROM notification_delivery WHERE kind = 'measurement_reminder'`,
      );
      const forRound = mails.filter((mail) => mail.eventKey === `measurement-round:${round.id}`);
      expect(forRound.map((mail) => mail.personId).sort()).toEqual([first.participant.id, first.director.id, second.director.id].sort());
      expect(mails.filter((mail) => mail.eventKey === `measurement-round:${later.id}`)).toEqual([]);
      expect(queued.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(3);
      const markers = await t.db.query(`SELECT person_id FROM measurement_reminder WHERE round_id = $1`, [round.id]);
      expect(markers).toHaveLength(3);

      // The mail names the questionnaire and its deadline and links to the page that fills it.
      await t.app.get(NotificationWorker).runOnce();
      const [mail] = (await readOutbox(t.config.dataDir)).filter((candidate) => candidate.to === first.participant.email);
      expect(mail.subject).toBe('Vul in: Innovatiescan (voorbeeld)');
      expect(mail.text).toContain(`/metingen/invullen/${round.id}`);
      expect(mail.text).toContain(edition.name);
    });
  });

  describe('results', () => {
    /** An edition of `organisations` organisations; each organisation's participant and director answered start and end. */
    const answeredEdition = async (organisations: number) => {
      const edition = await given(t.db).edition();
      const trainer = await given(t.db).person();
      await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
      // Both closed: figures of other people's groups show only then.
      const start = await given(t.db).measurementRound(edition.id, { versionId: scanVersionId, opensAt: new Date(Date.now() - 60 * DAY), closesAt: new Date(Date.now() - 30 * DAY) });
      const end = await given(t.db).measurementRound(edition.id, {
        versionId: scanVersionId,
        moment: 'after_last_programme_day',
        opensAt: new Date(Date.now() - 10 * DAY),
        closesAt: new Date(Date.now() - DAY),
      });
      const items = await itemsOf(scanVersionId);
      const people = [];
      for (let index = 0; index < organisations; index++) people.push(await organisationIn(edition.id, `Organisatie ${String(index).padStart(2, '0')} ${edition.id.slice(0, 6)}`));
      // Answers written directly: the API is tested above, here the volume counts.
      await t.db.query(
        `WITH respondent AS (
           SELECT r.id AS round_id, p.id AS participant_enrolment_id, x.person_id, x.role::measurement_respondent_role AS role, r.instrument_version_id
             FROM measurement_round r
             JOIN enrolment p ON p.edition_id = r.edition_id AND p.role = 'participant'
             CROSS JOIN LATERAL (VALUES (p.person_id, 'participant'), (p.director_person_id, 'director')) AS x(person_id, role)
            WHERE r.edition_id = $1),
         response AS (
           INSERT INTO measurement_response (round_id, person_id, participant_enrolment_id, role, instrument_version_id)
           SELECT round_id, person_id, participant_enrolment_id, role, instrument_version_id FROM respondent RETURNING id, round_id, role)
         INSERT INTO measurement_answer (response_id, item_id, value)
         SELECT response.id, item.id, CASE WHEN response.round_id = $2 THEN 1 ELSE CASE WHEN response.role = 'director' THEN 3 ELSE 2 END END
           FROM response CROSS JOIN unnest($3::uuid[]) AS item(id)`,
        [edition.id, start.id, items.map((item) => item.id)],
      );
      return { edition, trainer, start, end, people };
    };

    /**
     * The edition's participants answer every statement of the round "partly" (50) and their directors "fully" (100),
     * for each participant `which` lets through: an SQL condition on `p` (the participant's enrolment), `x.role` (the
     * respondent's role) and `o` (the participant's organisation). Written directly, as answeredEdition's are.
     */
    const answerPartlyAndFully = async (roundId: string, editionId: string, which: string) => {
      const items = await itemsOf(scanVersionId);
      await t.db.query(
        `WITH response AS (
           INSERT INTO measurement_response (round_id, person_id, participant_enrolment_id, role, instrument_version_id)
           SELECT $1, x.person_id, p.id, x.role::measurement_respondent_role, $2
             FROM enrolment p JOIN person pp ON pp.id = p.person_id LEFT JOIN organisation o ON o.id = pp.organisation_id
             CROSS JOIN LATERAL (VALUES (p.person_id, 'participant'), (p.director_person_id, 'director')) AS x(person_id, role)
            WHERE p.edition_id = $3 AND p.role = 'participant' AND ${which}
           RETURNING id, role)
         INSERT INTO measurement_answer (response_id, item_id, value)
         SELECT response.id, item.id, CASE WHEN response.role = 'director' THEN 3 ELSE 2 END FROM response CROSS JOIN unnest($4::uuid[]) AS item(id)`,
        [roundId, scanVersionId, editionId, items.map((item) => item.id)],
      );
    };

    /**
     * Puts the organisations in the region as if they were in it when their answers were given (the answers written
     * directly above carry no region): an answer counts for its organisation's region then.
     */
    const placeInRegion = async (regionId: string, organisationIds: string[]) => {
      await t.db.query(`UPDATE organisation SET region_id = $1 WHERE id = ANY($2::uuid[])`, [regionId, organisationIds]);
      await t.db.query(
        `UPDATE measurement_response resp SET region_id = $1 FROM enrolment pe JOIN person pp ON pp.id = pe.person_id
          WHERE pe.id = resp.participant_enrolment_id AND coalesce(resp.organisation_id, pp.organisation_id) = ANY($2::uuid[])`,
        [regionId, organisationIds],
      );
    };

    it('shows the programme office and trainers aggregates only, and no figures for groups under five respondents', async () => {
      const { edition, trainer, start, end } = await answeredEdition(3);
      for (const client of [admin, await t.loginAs(trainer.email)]) {
        const results = await client.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`);
        expect(results.status).toBe(200);
        const [startRound, endRound] = [start, end].map((round) => results.body.rounds.find((candidate) => candidate.roundId === round.id)!);
        expect(startRound.respondents).toBe(6);
        expect(startRound.dimensions.every((dimension) => dimension.mean === 0 && dimension.respondents === 6)).toBe(true);
        // End: participants answered "partly" (50), directors "fully" (100).
        expect(endRound.dimensions[0]).toMatchObject({ mean: 75, spread: 25, min: 50, max: 100, respondents: 6 });
        // Each organisation has two respondents: counted, but without figures, and nobody's answers.
        expect(endRound.organisations).toHaveLength(3);
        for (const organisation of endRound.organisations) {
          expect(organisation).toMatchObject({ own: false, respondents: 2, responses: [] });
          expect(organisation.dimensions.every((dimension) => dimension.mean === null && dimension.spread === null)).toBe(true);
          expect(organisation.items.every((item) => item.mean === null)).toBe(true);
        }
      }
    });

    it('shows a participant and their director their own organisation in full, individual answers included, and nothing individual of another', async () => {
      const { edition, end, people } = await answeredEdition(3);
      const [own, other] = people;
      for (const person of [own.participant, own.director]) {
        const results = (await (await t.loginAs(person.email)).get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
        const endRound = results.rounds.find((round) => round.roundId === end.id)!;
        expect(endRound.organisations.map((organisation) => organisation.organisationId)).toEqual([own.organisation.id]);
        const mine = endRound.organisations[0];
        expect(mine).toMatchObject({ own: true, respondents: 2 });
        expect(mine.dimensions[0]).toMatchObject({ mean: 75, spread: 25 });
        expect(mine.roles.map((role) => [role.role, role.dimensions[0].mean])).toEqual([
          ['participant', 50],
          ['director', 100],
        ]);
        expect(mine.responses.map((response) => [response.respondentName, response.role, response.aboutName, response.dimensions[0].score]).sort()).toEqual(
          [
            [own.participant.name, 'participant', null, 50],
            [own.director.name, 'director', own.participant.name, 100],
          ].sort(),
        );
        expect(JSON.stringify(results)).not.toContain(other.participant.name);
        expect(JSON.stringify(results)).not.toContain(other.organisation.id);
        // The whole edition: six respondents, but only four outside their own organisation, whose figure would be
        // the difference between the edition's and their own: not shown.
        expect(endRound.dimensions[0]).toMatchObject({ respondents: 6, mean: null });
      }
      expect((await (await t.loginAs(own.member.email)).get(`/api/editions/${edition.id}/measurements`)).status).toBe(403);
      expect((await (await t.loginAs((await given(t.db).person()).email)).get(`/api/editions/${edition.id}/measurements`)).status).toBe(403);
    });

    it('counts people, not answer forms: a director who answered for four participants is one respondent with one voice', async () => {
      const { edition, end, people } = await answeredEdition(1);
      const [{ organisation, director }] = people;
      for (let index = 0; index < 3; index++) {
        const colleague = await given(t.db).person({ organisationId: organisation.id });
        await given(t.db).enrolment(edition.id, colleague.id, 'participant', { directorPersonId: director.id });
      }
      // The three colleagues and their director (again, for each of them) answer the end scan as the first pair did.
      await answerPartlyAndFully(end.id, edition.id, `NOT EXISTS (SELECT 1 FROM measurement_response done WHERE done.round_id = $1 AND done.participant_enrolment_id = p.id)`);
      const results = (await admin.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      const endRound = results.rounds.find((round) => round.roundId === end.id)!;
      // Eight forms by five people: four participants at 50 and their director at 100.
      expect(endRound.respondents).toBe(5);
      expect(endRound.organisations[0]).toMatchObject({ respondents: 5 });
      expect(endRound.organisations[0].dimensions[0]).toMatchObject({ respondents: 5, mean: 60, min: 50, max: 100 });
      expect(endRound.organisations[0].items[0]).toMatchObject({ respondents: 5, mean: 60 });
      // The director's own organisation lists their four forms, each saying which participant it is about.
      const seenByDirector = (await (await t.loginAs(director.email)).get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      const forms = seenByDirector.rounds.find((round) => round.roundId === end.id)!.organisations[0].responses.filter((response) => response.role === 'director');
      const participantNames = await t.db.query(
        `SELECT p.name FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.edition_id = $1 AND e.role = 'participant' ORDER BY p.name`,
        [edition.id],
      );
      expect(forms.map((form) => form.aboutName).sort()).toEqual(participantNames.map((row: { name: string }) => row.name).sort());
      expect(new Set(forms.map((form) => form.respondentName))).toEqual(new Set([director.name]));
    });

    it('gives a director of participants in two organisations one voice in the whole edition, as they count once', async () => {
      const edition = await given(t.db).edition();
      const end = await given(t.db).measurementRound(edition.id, {
        versionId: scanVersionId,
        moment: 'after_last_programme_day',
        opensAt: new Date(Date.now() - 10 * DAY),
        closesAt: new Date(Date.now() - DAY),
      });
      const director = await given(t.db).person();
      // Noord and Zuid, four participants each with the one director; three small organisations of two participants
      // and their own director, each under five: nine people outside the two shown, so the edition's figure shows.
      const organisations = [...['Noord', 'Zuid'].map((name) => ({ name, participants: 4, director })), ...['Oost', 'West', 'Midden'].map((name) => ({ name, participants: 2, director: null }))];
      for (const { name, participants, director: theirs } of organisations) {
        const organisation = await given(t.db).organisation({ name: `${name} ${edition.id.slice(0, 6)}` });
        const directorPersonId = theirs?.id ?? (await given(t.db).person({ organisationId: organisation.id })).id;
        for (let index = 0; index < participants; index++) {
          const participant = await given(t.db).person({ organisationId: organisation.id });
          await given(t.db).enrolment(edition.id, participant.id, 'participant', { directorPersonId });
        }
      }
      // The fourteen participants answer "partly" (50); the directors "fully" (100), the one of Noord and Zuid for each of their eight.
      await answerPartlyAndFully(end.id, edition.id, 'true');
      const endRound = (await admin.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!;
      expect(endRound.organisations.map((organisation) => organisation.dimensions[0])).toMatchObject([
        { respondents: 3, mean: null },
        { respondents: 5, mean: 60 },
        { respondents: 3, mean: null },
        { respondents: 3, mean: null },
        { respondents: 5, mean: 60 },
      ]);
      // Eighteen people: fourteen at 50 and four directors at 100, the one of two organisations once (not twice, which would make it 1,200 / 19).
      expect(endRound.dimensions[0].respondents).toBe(18);
      expect(endRound.dimensions[0].mean).toBeCloseTo(1_100 / 18);
    });

    it('shows a participant the whole edition once five respondents answered outside their own organisation', async () => {
      const { edition, end, people } = await answeredEdition(4);
      const results = (await (await t.loginAs(people[0].participant.email)).get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      // Without the lowest and highest score: each is one person's, of another organisation.
      expect(results.rounds.find((round) => round.roundId === end.id)!.dimensions[0]).toMatchObject({ respondents: 8, mean: 75, min: null, max: null });
    });

    it('downloads the results as the caller may see them, as CSV and Excel', async () => {
      const { edition, people } = await answeredEdition(3);
      const csv = await admin.get(`/api/editions/${edition.id}/measurements.csv?lang=en`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="measurements-[a-z0-9-]+\.csv"; filename\*=UTF-8''measurements-[a-z0-9-]+\.csv$/);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Round;Instrument;Organisation;Dimension;Respondents;Mean (0-100);Spread (sd)');
      expect(lines).toContain('End;Innovatiescan (voorbeeld);Whole edition;Strategie en visie;6;75;25');
      // An organisation of two respondents: counted, no figures.
      expect(lines).toContain(`End;Innovatiescan (voorbeeld);${people[0].organisation.name};Strategie en visie;2;;`);
      const xlsx = await admin.get(`/api/editions/${edition.id}/measurements.xlsx`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
      expect((await (await t.loginAs(people[0].member.email)).get(`/api/editions/${edition.id}/measurements.csv`)).status).toBe(403);
    });

    it('shows a region its organisations together, with figures only from five respondents on, and nothing to another region', async () => {
      const { edition, end, people } = await answeredEdition(3);
      const region = await given(t.db).region();
      const manager = await given(t.db).person();
      await given(t.db).regionalManager(region.id, manager.id);
      const managerClient = await t.loginAs(manager.email);
      const inRegion = (count: number) => placeInRegion(region.id, people.slice(0, count).map((one) => one.organisation.id));
      const endOf = async () => {
        const results = await managerClient.get<RegionMeasurements>(`/api/regions/${region.id}/measurements`);
        expect(results.status).toBe(200);
        expect(results.body).toMatchObject({ regionId: region.id, regionName: region.name, minGroupSize: 5 });
        return results.body.rounds.find((round) => round.roundId === end.id);
      };

      expect(await endOf()).toBeUndefined();
      // Two organisations: four respondents, counted but without figures.
      await inRegion(2);
      expect(await endOf()).toMatchObject({ editionId: edition.id, respondents: 4 });
      expect((await endOf())!.dimensions.every((dimension) => dimension.respondents === 4 && dimension.mean === null && dimension.spread === null)).toBe(true);
      // An organisation that joins the region after answering brings none of those answers: the change in the region's
      // figure would be that organisation's.
      await t.db.query(`UPDATE organisation SET region_id = $1 WHERE id = $2`, [region.id, people[2].organisation.id]);
      expect(await endOf()).toMatchObject({ editionId: edition.id, respondents: 4 });
      // Three: six respondents, and the figures of the three together; never an organisation's name or anyone's.
      await inRegion(3);
      t.queries.reset();
      expect((await endOf())!.dimensions[0]).toMatchObject({ respondents: 6, mean: 75, spread: 25 });
      // A fixed number of statements, one of them for the caller's own organisations (a manager may be a director too).
      expect(t.queries.count).toBeLessThanOrEqual(7);
      const body = JSON.stringify((await managerClient.get(`/api/regions/${region.id}/measurements`)).body);
      for (const one of people) for (const text of [one.organisation.name, one.participant.name, one.director.name]) expect(body).not.toContain(text);

      const otherRegion = await given(t.db).region();
      const otherManager = await given(t.db).person();
      await given(t.db).regionalManager(otherRegion.id, otherManager.id);
      expect((await (await t.loginAs(otherManager.email)).get(`/api/regions/${region.id}/measurements`)).status).toBe(403);
      expect((await (await t.loginAs(people[0].participant.email)).get(`/api/regions/${region.id}/measurements`)).status).toBe(403);
      expect((await admin.get(`/api/regions/${region.id}/measurements`)).status).toBe(200);
      // The same for Excel: one row per round and dimension, named by the edition.
      const csv = await managerClient.get(`/api/regions/${region.id}/measurements.csv?lang=en`);
      expect(csv.status).toBe(200);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Round;Instrument;Edition;Dimension;Respondents;Mean (0-100);Spread (sd)');
      expect(lines).toContain(`End;Innovatiescan (voorbeeld);${edition.name};Strategie en visie;6;75;25`);
      expect((await managerClient.get(`/api/regions/${region.id}/measurements.xlsx`)).headers['content-type']).toMatch(/spreadsheetml/);
      expect((await (await t.loginAs(otherManager.email)).get(`/api/regions/${region.id}/measurements.csv`)).status).toBe(403);

      // A manager who is also the director of one of them sees that organisation in full; beside it, the other two (four
      // respondents) would be a small group, so the region's figures are withheld from them, not from anyone else.
      await t.db.query(`UPDATE enrolment SET director_person_id = $1 WHERE edition_id = $2 AND person_id = $3`, [manager.id, edition.id, people[0].participant.id]);
      expect((await endOf())!.dimensions[0]).toMatchObject({ respondents: 6, mean: null, spread: null });
      expect((await admin.get<RegionMeasurements>(`/api/regions/${region.id}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!.dimensions[0]).toMatchObject({
        respondents: 6,
        mean: 75,
      });
    });

    it('leaves out figures that, beside others shown, would give a small group away, and others’ figures while a round is open', async () => {
      const { edition, end, people } = await answeredEdition(4);
      // Three organisations' people join the first: it has six respondents and shows figures; the last has two.
      const big = people[0].organisation.id;
      await t.db.query(`UPDATE person SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [big, people.slice(1, 3).flatMap((one) => [one.participant.id, one.director.id])]);
      const endFor = async (client: HttpClient) =>
        (await client.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!;
      const office = await endFor(admin);
      const bigOnceClosed = office.organisations.find((organisation) => organisation.organisationId === big)!;
      expect(bigOnceClosed.dimensions[0]).toMatchObject({ respondents: 6, mean: 75 });
      expect(bigOnceClosed.items.length).toBeGreaterThan(0);
      expect(bigOnceClosed.items.every((item) => item.respondents === 6 && item.mean !== null)).toBe(true);
      // The edition's eight minus the shown six would be the other organisation's two.
      expect(office.dimensions[0]).toMatchObject({ respondents: 8, mean: null });

      // A region of that one organisation shows counts only: its figure would be the organisation's.
      const region = await given(t.db).region();
      await placeInRegion(region.id, [big]);
      const regionRound = (await admin.get<RegionMeasurements>(`/api/regions/${region.id}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!;
      expect(regionRound.dimensions[0]).toMatchObject({ respondents: 6, mean: null });

      // While a round is open, no figures of anyone else's group: each new answer would show in the change.
      await t.db.query(`UPDATE measurement_round SET closes_at = now() + interval '1 day' WHERE id = $1`, [end.id]);
      const open = await endFor(admin);
      expect(open.dimensions[0].mean).toBeNull();
      expect(open.organisations.every((organisation) => organisation.dimensions.every((dimension) => dimension.mean === null))).toBe(true);
      expect(open.organisations.every((organisation) => organisation.items.every((item) => item.mean === null))).toBe(true);
      // Its counts stay.
      const bigWhileOpen = open.organisations.find((organisation) => organisation.organisationId === big)!;
      expect(bigWhileOpen.dimensions.map((dimension) => dimension.respondents)).toEqual(bigOnceClosed.dimensions.map((dimension) => dimension.respondents));
      expect(bigWhileOpen.items).toEqual(bigOnceClosed.items.map((item) => ({ ...item, mean: null })));
      // One's own organisation stays in full.
      const own = (await endFor(await t.loginAs(people[0].participant.email))).organisations.find((organisation) => organisation.organisationId === big)!;
      expect(own.dimensions[0]).toMatchObject({ respondents: 6, mean: 75 });
      expect(own.items).toEqual(bigOnceClosed.items);
    });

    it('leaves out the edition’s figures where someone counts in two organisations shown, unless at least five people certainly lie outside them', async () => {
      const { edition, end, people } = await answeredEdition(10);
      const into = async (organisationId: string, from: typeof people) =>
        t.db.query(`UPDATE person SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [organisationId, from.flatMap((one) => [one.participant.id, one.director.id])]);
      const [a, b] = [people[0].organisation.id, people[3].organisation.id];
      await into(a, people.slice(1, 3));
      await into(b, people.slice(4, 6));
      // The first organisation's director answers for a participant of the second too: both show, six respondents each.
      await t.db.query(`UPDATE measurement_response SET person_id = $1 WHERE person_id = $2`, [people[0].director.id, people[3].director.id]);
      const endOf = async () => (await admin.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!;
      const withoutAnswersAbout = (from: typeof people) =>
        t.db.query(`DELETE FROM measurement_response WHERE participant_enrolment_id = ANY($1::uuid[])`, [from.map((one) => one.enrolment.id)]);

      // Four small organisations outside them, eight people: the edition's nineteen show (ten participants at 50, nine directors at 100).
      let round = await endOf();
      expect(round.organisations.filter((organisation) => organisation.dimensions[0].mean !== null).map((organisation) => organisation.respondents)).toEqual([6, 6]);
      expect(round.dimensions[0].respondents).toBe(19);
      expect(round.dimensions[0].mean).toBeCloseTo(1_400 / 19);
      // Two people outside: the edition minus the two shown would be theirs, less the director's.
      await withoutAnswersAbout(people.slice(7));
      round = await endOf();
      expect(round.dimensions[0]).toMatchObject({ respondents: 13, mean: null, spread: null });
      // Nobody outside: the edition minus the two shown would be minus the director's own score.
      await withoutAnswersAbout(people.slice(6, 7));
      round = await endOf();
      expect(round.dimensions[0]).toMatchObject({ respondents: 11, mean: null, spread: null });
    });

    it('shows no region’s figures where, beside the edition’s and the other regions’, the people outside them all would be a small group', async () => {
      // Eight organisations of two respondents each: sixteen in the edition, no organisation shown on its own.
      const { end, people } = await answeredEdition(8);
      const [north, south] = [await given(t.db).region(), await given(t.db).region()];
      const figureOf = async (regionId: string) =>
        (await admin.get<RegionMeasurements>(`/api/regions/${regionId}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!.dimensions[0];
      const organisations = people.map((one) => one.organisation.id);
      await placeInRegion(north.id, organisations.slice(0, 3));
      await placeInRegion(south.id, organisations.slice(3, 6));
      // Each region passes on its own (six, and ten outside it), but 16 − 6 − 6 would be the last two organisations' four.
      for (const region of [north, south]) expect(await figureOf(region.id)).toMatchObject({ respondents: 6, mean: null, spread: null });
      await placeInRegion(south.id, organisations.slice(6, 7));
      expect(await figureOf(south.id)).toMatchObject({ respondents: 8, mean: null });
      // Nobody left outside them: both show.
      await placeInRegion(north.id, organisations.slice(7));
      expect(await figureOf(north.id)).toMatchObject({ respondents: 8, mean: 75 });
      expect(await figureOf(south.id)).toMatchObject({ respondents: 8, mean: 75 });
    });

    it('shows no region’s figures where the groups do not nest: someone counted in two regions, an organisation shown that lies partly outside', async () => {
      const { end, people } = await answeredEdition(8);
      const [north, south] = [await given(t.db).region(), await given(t.db).region()];
      const figureOf = async (regionId: string) =>
        (await admin.get<RegionMeasurements>(`/api/regions/${regionId}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!.dimensions[0];
      const organisations = people.map((one) => one.organisation.id);
      await placeInRegion(north.id, organisations.slice(0, 4));
      await placeInRegion(south.id, organisations.slice(4));
      expect(await figureOf(north.id)).toMatchObject({ respondents: 8, mean: 75 });
      // One director answers for participants in both regions: the edition minus both regions would be part of them.
      await t.db.query(`UPDATE measurement_response SET person_id = $1 WHERE person_id = $2`, [people[0].director.id, people[4].director.id]);
      for (const region of [north, south]) expect(await figureOf(region.id)).toMatchObject({ mean: null });
    });

    it('shows no region beside an organisation shown that lies partly in it', async () => {
      const { end, people } = await answeredEdition(10);
      const into = async (organisationId: string, from: typeof people) =>
        t.db.query(`UPDATE person SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [organisationId, from.flatMap((one) => [one.participant.id, one.director.id])]);
      // Three organisations of six, six and eight respondents, each shown.
      const [c, d, f] = [people[0].organisation.id, people[3].organisation.id, people[6].organisation.id];
      await into(c, people.slice(1, 3));
      await into(d, people.slice(4, 6));
      await into(f, people.slice(7));
      const [north, south] = [await given(t.db).region(), await given(t.db).region()];
      await placeInRegion(north.id, [c, d]);
      await placeInRegion(south.id, [f]);
      const regionOfAnswersAbout = (regionId: string, participants: typeof people) =>
        t.db.query(`UPDATE measurement_response SET region_id = $1 WHERE participant_enrolment_id = ANY($2::uuid[])`, [regionId, participants.map((one) => one.enrolment.id)]);
      // The first organisation's answers about two of its participants count in the south (it moved between regions):
      // the north minus the second organisation would be the other two people's.
      await regionOfAnswersAbout(south.id, people.slice(1, 3));
      const figureOf = async (regionId: string) =>
        (await admin.get<RegionMeasurements>(`/api/regions/${regionId}/measurements`)).body.rounds.find((round) => round.roundId === end.id)!.dimensions[0];
      expect(await figureOf(north.id)).toMatchObject({ respondents: 8, mean: null });
      expect(await figureOf(south.id)).toMatchObject({ respondents: 12, mean: null });
      // Once all its answers count in the north, the groups nest again and the north shows (the south, now one
      // organisation, would be that organisation's figure).
      await regionOfAnswersAbout(north.id, people.slice(1, 3));
      expect(await figureOf(north.id)).toMatchObject({ respondents: 12, mean: 75 });
      expect(await figureOf(south.id)).toMatchObject({ respondents: 8, mean: null });
    });

    it('answers for an edition of 40 organisations in as many statements as for one of 2', async () => {
      const statements = async (organisations: number, who: 'admin' | 'participant') => {
        const { edition, people } = await answeredEdition(organisations);
        const client = who === 'admin' ? admin : await t.loginAs(people[0].participant.email);
        t.queries.reset();
        const response = await client.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`);
        expect(response.status).toBe(200);
        return t.queries.count;
      };
      for (const who of ['admin', 'participant'] as const) {
        const small = await statements(2, who);
        expect(await statements(40, who)).toBe(small);
        expect(small).toBeLessThanOrEqual(who === 'admin' ? 6 : 9);
      }
    }, 60_000);

    it('puts one’s answers in one’s data export; erasing a person takes them out of the individual views, the aggregates keep them', async () => {
      const { edition, end, people } = await answeredEdition(1);
      const [own] = people;
      const director = await t.loginAs(own.director.email);
      const exported = (await director.get('/api/me/export')).body;
      expect(exported.measurementAnswers).toHaveLength(2);
      expect(exported.measurementAnswers[1]).toMatchObject({ editionName: edition.name, role: 'director', aboutParticipant: own.participant.name, versionNumber: 1 });
      expect(exported.measurementAnswers[1].answers[0]).toMatchObject({ dimension: 'Strategie en visie', value: 3 });

      expect((await admin.delete(`/api/admin/people/${own.director.id}`)).status).toBe(200);
      const results = (await (await t.loginAs(own.participant.email)).get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      const mine = results.rounds.find((round) => round.roundId === end.id)!.organisations[0];
      expect(mine.responses.map((response) => response.role)).toEqual(['participant']);
      expect(mine.respondents).toBe(2);
      expect(JSON.stringify(results)).not.toContain(own.director.name);

      // Erasing the participant themselves: the answers about them (theirs and their director's) still count for their
      // organisation, so figures do not shift, and comparing them before and after gives no one away.
      const before = (await admin.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      expect((await admin.delete(`/api/admin/people/${own.participant.id}`)).status).toBe(200);
      const after = (await admin.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      expect(after.rounds.map((round) => round.organisations.map((organisation) => [organisation.organisationName, organisation.respondents]))).toEqual(
        before.rounds.map((round) => round.organisations.map((organisation) => [organisation.organisationName, organisation.respondents])),
      );
      expect(after.rounds.find((round) => round.roundId === end.id)!.organisations).toEqual([expect.objectContaining({ organisationName: own.organisation.name, respondents: 2 })]);
    });

    it('lets a participant turn results into actions on their challenge, in an innovation-route phase', async () => {
      const { edition, people } = await answeredEdition(1);
      const [own] = people;
      const challenge = await given(t.db).challenge(own.enrolment.id, { title: '' });
      const dimensionId = (await t.db.query(`SELECT id FROM instrument_dimension WHERE version_id = $1 ORDER BY position LIMIT 1`, [scanVersionId]))[0].id;
      const lotte = await t.loginAs(own.participant.email);
      // A challenge nobody described yet has nothing to take a step on.
      // A phase by its Dutch name is told the names the API takes.
      const dutchPhase = await lotte.post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Eerst dit', phase: 'richt' }, { 'accept-language': 'en' });
      expect(dutchPhase.body.fields).toEqual([{ field: 'phase', message: 'Choose one of: explore, direct, plan, do.' }]);
      const undescribed = await lotte.post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Eerst dit', phase: 'plan' });
      expect([undescribed.status, undescribed.body.error]).toEqual([409, 'measurement_no_challenge']);
      expect((await lotte.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body).toMatchObject({ canAddActions: false, actionsAwaitChallenge: true });
      await t.db.query(`UPDATE implementation_challenge SET title = 'Zorg op afstand' WHERE id = $1`, [challenge.id]);
      const added = await lotte.post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Leiderschap betrekken bij de pilot', phase: 'plan', dimensionId });
      expect(added.status).toBe(201);
      expect(added.body).toEqual([expect.objectContaining({ text: 'Leiderschap betrekken bij de pilot', phase: 'plan', dimensionId, dimensionName: 'Strategie en visie' })]);
      const results = (await lotte.get<EditionMeasurements>(`/api/editions/${edition.id}/measurements`)).body;
      expect(results.canAddActions).toBe(true);
      expect(results.actions).toHaveLength(1);
      // The same action sent again at once is the one action.
      const again = await Promise.all(Array.from({ length: 8 }, () => lotte.post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Leiderschap betrekken bij de pilot', phase: 'plan', dimensionId })));
      expect(again.map((response) => [response.status, response.body.length])).toEqual(Array(8).fill([201, 1]));
      expect((await (await t.loginAs(own.director.email)).post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Nee', phase: 'do' })).status).toBe(403);
      expect((await lotte.delete(`/api/editions/${edition.id}/measurement-actions/${added.body[0].id}`)).status).toBe(204);
      expect((await lotte.delete(`/api/editions/${edition.id}/measurement-actions/${added.body[0].id}`)).status).toBe(404);
    });
  });
});
