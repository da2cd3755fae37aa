import type { AttendanceStatus, InnovationPhase } from '@koers/shared/domain';
import { INNOVATION_PHASES } from '@koers/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { addMinutes } from 'date-fns/addMinutes';
import { addCalendarDays, instantToAmsterdam, isoWeekday } from '../calendar/amsterdam-time';
import { assignmentDueAt } from '../editions/schedule/assignment-deadline';
import { ClosedDayCalendar } from '../calendar/closed-day-calendar';
import { generateSchedule, type ScheduledSession } from '../editions/schedule/generate-schedule';
import { MeasurementRoundsRepository } from '../measurements/measurement-rounds.repository';
import { EditionPeriodRepository } from '../editions/edition-period.repository';
import { proposeGroups } from '../network-groups/group-proposal.rules';
import { CHALLENGE_INNOVATIONS, CHALLENGE_TITLES, DEMO_ORGANISATIONS, FIRST_NAMES, HIS_I_ASSIGNMENTS, HIS_I_SLOTS, LAST_NAMES } from './his-i-curriculum';

export const DEMO_PASSWORD = 'demo-koers';
export const DEMO_ACCOUNTS = [
  { email: 'admin@koers.demo', name: 'Merel Programmabureau', role: 'admin' },
  { email: 'trainer@koers.demo', name: 'Sanne de Vries', role: 'trainer' },
  { email: 'deelnemer@koers.demo', name: 'Lotte Bakker', role: 'participant' },
  { email: 'directeur@koers.demo', name: 'Hans Visser', role: 'director' },
  { email: 'regio@koers.demo', name: 'Femke Jansen', role: 'regional_manager' },
] as const;

const PROGRAMME_CODE = 'HIS-I';
const DEMO_LOCATION = 'Care Innovation Center, Utrechtseweg 10, 3811 NB Amersfoort';
const DEMO_ONLINE_URL = 'https://meet.koers.demo/his-i';
/** Amersfoort's school holidays (region midden), which the demo's editions follow as one opened in the wizard would. */
const DEMO_SCHOOL_HOLIDAY_REGION = 'midden';
const SEED_LOCK = 731_204;

/**
 * The HIS-I programme with a completed first edition (36 Rebels and their attendance history) and
 * HIS-I 2.0, planned from 15 November (its first programme day the Tuesday after) and running now. Idempotent: runs
 * once per database, also with several replicas starting at the same moment (advisory lock).
 */
export async function seedDemoData(db: DataSource, today: Date = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing = await manager.query('SELECT 1 FROM programme WHERE code = $1', [PROGRAMME_CODE]);
    if (existing.length > 0) return false;
    await new DemoSeeder(manager, passwordHash, today).run();
    return true;
  });
}

type Random = () => number;

/** A small deterministic generator, so every fresh install shows the same demo. */
function mulberry32(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PersonRow {
  name: string;
  email: string;
  isAdmin?: boolean;
  organisationId: string | null;
}

class DemoSeeder {
  private readonly random = mulberry32(2026);
  private nameIndex = 0;

  constructor(
    private readonly db: EntityManager,
    private readonly passwordHash: string,
    private readonly today: Date,
  ) {}

  async run() {
    const organisations = await this.insertOrganisations();
    const programme = await this.insertProgramme();
    await this.insertMeasurementTemplate(programme.id);
    const [admin, trainer, participant, director, regionalManager] = await this.insertPeople(
      DEMO_ACCOUNTS.map((account) => ({
        name: account.name,
        email: account.email,
        isAdmin: account.role === 'admin',
        organisationId: account.role === 'participant' || account.role === 'director' ? organisations[0] : null,
      })),
    );
    const facilitators = await this.insertPeople(
      ['Avans Hogeschool', 'Fontys Hogescholen', 'Zuyd Hogeschool'].map((school, i) => ({
        name: `${['Karin Smeets', 'Ahmed Bouzid', 'Ellen Wouters'][i]} (${school})`,
        email: `begeleider${i + 1}@koers.demo`,
        organisationId: null,
      })),
    );
    void admin;
    await this.db.query(
      `INSERT INTO regional_programme_manager (region_id, person_id) SELECT region_id, $1 FROM organisation WHERE id = $2`,
      [regionalManager, organisations[0]],
    );

    const year = this.currentEditionYear();
    const firstStart = firstWeekdayOnOrAfter(`${year}-01-10`, 2);
    await this.insertEdition(programme, {
      name: 'HIS-I 1.0',
      startDate: firstStart,
      status: 'completed',
      participants: 36,
      organisations,
      trainer,
      facilitators,
    });
    await this.insertEdition(programme, {
      name: 'HIS-I 2.0',
      startDate: `${year}-11-15`,
      status: 'running',
      participants: 24,
      organisations,
      trainer,
      facilitators,
      demoParticipant: participant,
      demoDirector: director,
    });
    await this.insertEditionOpenForApplications(programme, firstWeekdayOnOrAfter(`${year + 1}-09-07`, 2));
  }

  /**
   * HIS-I measures with the example instruments: the innovation scan before the first programme day and after the
   * last (the participant and their director, about the organisation), the collaboration thermometer on both
   * internal-team days (the internal team, about the team) and, as a baseline, before the first programme day: the
   * running edition's first internal-team day is still ahead, and its teams have filled the baseline.
   */
  private async insertMeasurementTemplate(programmeId: string) {
    await this.db.query(
      `INSERT INTO measurement_template_line (programme_id, position, instrument_version_id, moment, respondents, subject)
       SELECT $1, line.position, (SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
                                   WHERE i.kind = line.kind::instrument_kind AND i.is_example AND v.published_at IS NOT NULL ORDER BY v.number LIMIT 1),
              line.moment::measurement_moment, line.respondents::measurement_respondent_role[], line.subject::measurement_subject
         FROM (VALUES (1, 'innovation_scan', 'before_first_programme_day', '{participant,director}', 'organisation'),
                      (2, 'innovation_scan', 'after_last_programme_day', '{participant,director}', 'organisation'),
                      (3, 'collaboration_thermometer', 'before_first_programme_day', '{internal_team_member}', 'team'),
                      (4, 'collaboration_thermometer', 'internal_team_days', '{internal_team_member}', 'team'))
              AS line(position, kind, moment, respondents, subject)`,
      [programmeId],
    );
  }

  /**
   * The edition's rounds, as opening it makes them, and answers in every round that opened before today: most
   * organisations' participants and directors (the demo participant always), several internal teams. Answers are
   * spread by a hash of e-mail addresses, so every start of the demo shows the same figures (a hash of random ids
   * once left a region under the minimum group size), and the end scan and the second team day lie a step higher, so
   * every chart shows a change.
   */
  private async insertMeasurements(editionId: string, demoParticipant?: string) {
    await new MeasurementRoundsRepository(this.db.connection).createRounds(editionId, this.db);
    await this.db.query(
      `WITH respondent AS (
         SELECT r.id AS round_id, r.moment, r.instrument_version_id, r.opens_at, p.id AS participant_enrolment_id, participant.organisation_id, (SELECT region_id FROM organisation WHERE id = participant.organisation_id) AS region_id, x.person_id, x.role::measurement_respondent_role AS role
           FROM measurement_round r
           JOIN enrolment p ON p.edition_id = r.edition_id AND p.role = 'participant' AND p.status = 'active'
           JOIN person participant ON participant.id = p.person_id
           CROSS JOIN LATERAL (
             SELECT p.person_id, 'participant' WHERE 'participant' = ANY(r.respondents)
             UNION ALL SELECT p.director_person_id, 'director' WHERE 'director' = ANY(r.respondents) AND p.director_person_id IS NOT NULL
             UNION ALL SELECT m.person_id, 'internal_team_member' FROM enrolment m
                        WHERE m.supports_enrolment_id = p.id AND m.role = 'internal_team_member' AND 'internal_team_member' = ANY(r.respondents)) AS x(person_id, role)
          WHERE r.edition_id = $1 AND r.opens_at <= $2
            AND (p.person_id = $3 OR abs(hashtext(participant.email || r.moment::text)) % 10 < CASE WHEN r.moment = 'internal_team_days' THEN 6 ELSE 8 END)),
       response AS (
         INSERT INTO measurement_response (round_id, person_id, participant_enrolment_id, role, instrument_version_id, organisation_id, region_id, started_at)
         SELECT DISTINCT ON (round_id, person_id, participant_enrolment_id) round_id, person_id, participant_enrolment_id, role, instrument_version_id, organisation_id, region_id, opens_at + interval '2 days'
           FROM respondent
         RETURNING id, round_id, person_id, started_at)
       INSERT INTO measurement_answer (response_id, item_id, value, answered_at)
       SELECT response.id, it.id,
              LEAST(top.value, 1 + abs(hashtext(respondent.email || r.moment::text || r.occurrence || d.position || '.' || it.position)) % (top.value - 1)
                               + CASE WHEN r.moment = 'after_last_programme_day' OR (r.moment = 'internal_team_days' AND r.occurrence > 1) THEN 1 ELSE 0 END),
              response.started_at
         FROM response
         JOIN measurement_round r ON r.id = response.round_id
         JOIN person respondent ON respondent.id = response.person_id
         JOIN instrument_dimension d ON d.version_id = r.instrument_version_id
         JOIN instrument_item it ON it.dimension_id = d.id
         CROSS JOIN LATERAL (SELECT CASE it.scale WHEN 'agree_1_5' THEN 5 ELSE 3 END AS value) top`,
      [editionId, this.today, demoParticipant ?? null],
    );
  }

  /** HIS-I 2.0 starts on 15 November; before that date in a year, the running one is last year's. */
  private currentEditionYear(): number {
    const year = this.today.getUTCFullYear();
    return this.today >= new Date(Date.UTC(year, 10, 15)) ? year : year - 1;
  }

  private async insertOrganisations(): Promise<string[]> {
    const rows = await this.db.query(
      `INSERT INTO organisation (name, region, region_id)
       SELECT o.name, o.region, r.id FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS o(name, region, network_region, n)
         LEFT JOIN region r ON r.name = o.network_region
        ORDER BY o.n
       RETURNING id`,
      [DEMO_ORGANISATIONS.map((o) => o.name), DEMO_ORGANISATIONS.map((o) => o.region), DEMO_ORGANISATIONS.map((o) => o.networkRegion)],
    );
    return rows.map((row: { id: string }) => row.id);
  }

  private async insertPeople(people: PersonRow[]): Promise<string[]> {
    const rows = await this.db.query(
      `INSERT INTO person (name, email, password_hash, is_admin, organisation_id)
       SELECT name, email, $3, is_admin, organisation_id FROM unnest($1::text[], $2::text[], $4::boolean[], $5::uuid[])
         AS p(name, email, is_admin, organisation_id)
       RETURNING id`,
      [people.map((p) => p.name), people.map((p) => p.email), this.passwordHash, people.map((p) => p.isAdmin ?? false), people.map((p) => p.organisationId)],
    );
    return rows.map((row: { id: string }) => row.id);
  }

  private nextName(): string {
    const i = this.nameIndex++;
    return `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]}`;
  }

  private async insertProgramme(): Promise<{ id: string; slotIds: string[] }> {
    const [programme] = await this.db.query(
      `INSERT INTO programme (code, name, description, slug, audience) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        PROGRAMME_CODE,
        'Health Innovation School – Implementation',
        'Acht maanden, tien lesdagen, netwerksessies en twee bestuurlijke bijeenkomsten: deelnemers implementeren hun eigen innovatie in hun zorg- of welzijnsorganisatie.',
        'his-i',
        'Zorgprofessionals die in hun zorg- of welzijnsorganisatie verantwoordelijk zijn voor het invoeren van een innovatie, met steun van hun directeur of bestuurder.',
      ],
    );
    const slots = await this.db.query(
      `INSERT INTO curriculum_slot (programme_id, position, kind, title, theme, duration_minutes, mode, audience_participants, audience_internal_teams, audience_directors)
       SELECT $1, position, kind::curriculum_slot_kind, title, theme, duration, mode::curriculum_slot_mode, participants, teams, directors
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::boolean[], $9::boolean[], $10::boolean[])
           AS s(position, kind, title, theme, duration, mode, participants, teams, directors)
       ORDER BY position
       RETURNING id`,
      [
        programme.id,
        HIS_I_SLOTS.map((_, i) => i + 1),
        HIS_I_SLOTS.map((s) => s.kind),
        HIS_I_SLOTS.map((s) => s.title),
        HIS_I_SLOTS.map((s) => s.theme),
        HIS_I_SLOTS.map((s) => s.durationMinutes),
        HIS_I_SLOTS.map((s) => s.mode),
        HIS_I_SLOTS.map((s) => !s.directorsOnly),
        HIS_I_SLOTS.map((s) => s.internalTeams ?? false),
        HIS_I_SLOTS.map((s) => s.directorsOnly ?? false),
      ],
    );
    const slotIds: string[] = slots.map((row: { id: string }) => row.id);
    await this.db.query(
      `INSERT INTO assignment_template (programme_id, title, instructions, relative_to_slot_id, offset_days, due_time)
       SELECT $1, title, instructions, slot, offset_days, '23:59' FROM unnest($2::text[], $3::text[], $4::uuid[], $5::int[])
         AS a(title, instructions, slot, offset_days)`,
      [
        programme.id,
        HIS_I_ASSIGNMENTS.map((a) => a.title),
        HIS_I_ASSIGNMENTS.map((a) => a.instructions),
        HIS_I_ASSIGNMENTS.map((a) => slotIds[a.slotIndex]),
        HIS_I_ASSIGNMENTS.map((a) => a.offsetDays),
      ],
    );
    return { id: programme.id, slotIds };
  }

  private async insertEdition(
    programme: { id: string; slotIds: string[] },
    spec: {
      name: string;
      startDate: string;
      status: 'completed' | 'running';
      participants: number;
      organisations: string[];
      trainer: string;
      facilitators: string[];
      demoParticipant?: string;
      demoDirector?: string;
    },
  ) {
    const schedule = this.planSchedule(programme, spec.startDate);
    const [edition] = await this.db.query(
      `INSERT INTO edition (programme_id, name, start_date, end_date, capacity, status, default_location, default_online_url, school_holiday_region)
       VALUES ($1, $2, $3, $4, 36, $5, $6, $7, $8) RETURNING id`,
      // Its period is fitted to its sessions once they are in (fitPeriodToSessions).
      [programme.id, spec.name, spec.startDate, spec.startDate, spec.status, DEMO_LOCATION, DEMO_ONLINE_URL, DEMO_SCHOOL_HOLIDAY_REGION],
    );
    const sessionIds = await this.insertSessions(edition.id, schedule, DEMO_LOCATION, DEMO_ONLINE_URL);
    await this.fitPeriodToSessions(edition.id);
    await this.insertStaff(sessionIds, schedule, spec.trainer, spec.facilitators);

    const directorByOrganisation = new Map<string, string>();
    if (spec.demoDirector) directorByOrganisation.set(spec.organisations[0], spec.demoDirector);
    const participants: { personId: string; organisationId: string }[] = [];
    if (spec.demoParticipant) participants.push({ personId: spec.demoParticipant, organisationId: spec.organisations[0] });
    const newParticipants = Array.from({ length: spec.participants - participants.length }, (_, i) => ({
      name: this.nextName(),
      organisationId: spec.organisations[(i + 1) % spec.organisations.length],
    }));
    const slug = spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const newIds = await this.insertPeople(
      newParticipants.map((p, i) => ({ name: p.name, email: `rebel${i + 1}.${slug}@koers.demo`, organisationId: p.organisationId })),
    );
    newIds.forEach((personId, i) => participants.push({ personId, organisationId: newParticipants[i].organisationId }));

    const missingDirectors = spec.organisations.filter((o) => !directorByOrganisation.has(o) && participants.some((p) => p.organisationId === o));
    const directorIds = await this.insertPeople(
      missingDirectors.map((organisationId, i) => ({ name: this.nextName(), email: `directeur${i + 1}.${slug}@koers.demo`, organisationId })),
    );
    missingDirectors.forEach((organisationId, i) => directorByOrganisation.set(organisationId, directorIds[i]));

    const staffIds = [spec.trainer, ...spec.facilitators];
    await this.db.query(
      `INSERT INTO enrolment (edition_id, person_id, role)
       SELECT $1, person, role::edition_role FROM unnest($2::uuid[], $3::text[]) AS e(person, role)`,
      [
        edition.id,
        [...staffIds, ...directorByOrganisation.values()],
        [...staffIds.map((_, i) => (i === 0 ? 'trainer' : 'facilitator')), ...[...directorByOrganisation.values()].map(() => 'director')],
      ],
    );
    const enrolmentRows: { id: string; personId: string }[] = await this.db.query(
      `INSERT INTO enrolment (edition_id, person_id, role, director_person_id)
       SELECT $1, person, 'participant', director FROM unnest($2::uuid[], $3::uuid[]) AS e(person, director)
       RETURNING id, person_id AS "personId"`,
      [edition.id, participants.map((p) => p.personId), participants.map((p) => directorByOrganisation.get(p.organisationId))],
    );
    await this.insertChallenges(enrolmentRows, spec.status, spec.demoParticipant);
    const teamMembers = await this.insertInternalTeams(edition.id, enrolmentRows, participants, slug, spec.demoParticipant);
    // Everyone was enrolled well before the first programme day, so every day counts towards their rate.
    await this.db.query(`UPDATE enrolment SET enrolled_at = ($2::date - 30)::timestamptz WHERE edition_id = $1`, [edition.id, spec.startDate]);
    await this.insertAssignments(edition.id, programme, sessionIds, schedule);
    await this.insertAttendance(sessionIds, schedule, {
      participants: participants.map((p) => p.personId),
      internalTeam: teamMembers,
      directors: [...directorByOrganisation.values()],
    });
    await this.insertSubmissions(edition.id, participants.map((p) => p.personId), spec.trainer, spec.status);
    await this.insertMeasurements(edition.id, spec.demoParticipant);
    await this.recordKickOff(sessionIds[0], schedule[0]);
    if (spec.status === 'running') {
      await this.insertNetworkGroups(edition.id, spec.facilitators, spec.demoParticipant);
      if (spec.demoParticipant) await this.insertPeerFeedback(edition.id, spec.demoParticipant, spec.facilitators[0]);
      await this.insertWorkshops(edition.id);
    }
    if (spec.status === 'running') await this.insertDiscussions(edition.id, participants.map((p) => p.personId), spec.trainer, spec.facilitators);
    // A few Rebels of the completed edition stay findable for the cohorts after them.
    if (spec.status === 'completed') {
      await this.db.query(
        `INSERT INTO directory_profile (person_id, introduction, alumni) SELECT person, 'Rebel van het eerste uur: vraag me hoe wij het aanpakten.', true FROM unnest($1::uuid[]) AS r(person)`,
        [participants.slice(0, 5).map((p) => p.personId)],
      );
    }
  }

  /**
   * A few threads with replies in the running edition, over the past days, and an introduction of the demo
   * participant (the first participant) in the who's who. Each writer has read a thread up to their own last post,
   * so she finds the replies to her question and the facilitator's thread new.
   */
  private async insertDiscussions(editionId: string, participants: string[], trainer: string, facilitators: string[]) {
    const [lotte, rebel1, rebel2, rebel3] = participants;
    const at = (daysAgo: number, hour: number) => new Date(this.today.getTime() - daysAgo * 86_400_000 - (12 - hour) * 3_600_000);
    const threads: { title: string; author: string; posts: [author: string, body: string, at: Date][] }[] = [
      {
        title: 'Wie heeft ervaring met sensoren in de nachtdienst?',
        author: rebel1,
        posts: [
          [rebel1, 'Wij willen **akoestische sensoren** proberen op twee afdelingen. Wie heeft dit al ingevoerd, en wat viel tegen?', at(6, 9)],
          [trainer, 'Goede vraag om vroeg te stellen. Let op de *meldingsdrempel*: te gevoelig en het team zet ze uit. Neem het mee naar de volgende lesdag.', at(6, 14)],
          [lotte, 'Bij ons hangen ze al op drie afdelingen, maar niemand gebruikt de meldingen. Ik vertel graag wat we leerden:\n\n- begin met één team\n- spreek vooraf af wie reageert', at(5, 10)],
        ],
      },
      {
        title: 'Tips voor het eerste gesprek met je directeur?',
        author: lotte,
        posts: [
          [lotte, 'Over twee weken spreek ik mijn directeur over het intern team. Hoe hebben jullie dat aangepakt?', at(4, 11)],
          [rebel2, 'Kom met één concreet voorstel en vraag om een besluit. Bij ons werkte een **A4** met doel, team en tijd.', at(3, 16)],
          [facilitators[0], 'Sluit aan bij wat de directeur zelf belangrijk vindt; de bestuurlijke bijeenkomst is een goed moment om dat te toetsen.', at(1, 9)],
        ],
      },
      {
        title: 'Voorbereiding eerste netwerksessie',
        author: facilitators[1],
        posts: [
          [facilitators[1], 'Neem voor de eerste netwerksessie je vraagstuk in **één zin** mee, en één vraag waar je zelf niet uitkomt.', at(2, 10)],
          [rebel3, 'Mag dat ook een vraag over het intern team zijn?', at(1, 15)],
        ],
      },
    ];
    for (const thread of threads) {
      const [{ id }] = await this.db.query(
        `INSERT INTO discussion (edition_id, title, author_person_id, created_at, last_post_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [editionId, thread.title, thread.author, thread.posts[0][2], thread.posts.at(-1)![2]],
      );
      await this.db.query(
        `INSERT INTO discussion_post (discussion_id, author_person_id, body, created_at)
         SELECT $1, author, body, created_at FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS p(author, body, created_at)`,
        [id, thread.posts.map((post) => post[0]), thread.posts.map((post) => post[1]), thread.posts.map((post) => post[2])],
      );
      await this.db.query(
        `INSERT INTO discussion_read (discussion_id, person_id, last_read_at)
         SELECT $1, author_person_id, max(created_at) FROM discussion_post WHERE discussion_id = $1 GROUP BY author_person_id`,
        [id],
      );
    }
    await this.db.query(`INSERT INTO directory_profile (person_id, introduction) VALUES ($1, $2)`, [
      lotte,
      'Verpleegkundige en innovatiecoach bij de nachtdienst. Vraag me gerust naar sensoren en het intern team.',
    ]);
  }

  /**
   * Three network groups, proposed by region, each led by one facilitator. Every network session runs once per
   * group, on the same day: the first group at the generated time (09:30), the second at 13:00, the third at 15:30,
   * each with its own online room; marks already made move to the session of the person's group.
   */
  private async insertNetworkGroups(editionId: string, facilitators: string[], demoParticipant?: string) {
    const people: { personId: string; enrolmentId: string; name: string; organisation: string; region: string; enrolledAt: Date }[] = await this.db.query(
      `SELECT p.id AS "personId", en.id AS "enrolmentId", p.name, o.name AS organisation, o.region, en.enrolled_at AS "enrolledAt"
         FROM enrolment en JOIN person p ON p.id = en.person_id JOIN organisation o ON o.id = p.organisation_id
        WHERE en.edition_id = $1 AND en.role = 'participant'`,
      [editionId],
    );
    // The demo participant's group comes first, so their network sessions keep the generated times.
    const proposal = proposeGroups(people, 'region', facilitators.length).groups.sort(
      (a, b) => Number(b.members.some((m) => m.personId === demoParticipant)) - Number(a.members.some((m) => m.personId === demoParticipant)),
    );
    const names = ['Netwerkgroep Avans', 'Netwerkgroep Fontys', 'Netwerkgroep Zuyd'];
    const groups: { id: string }[] = await this.db.query(
      `INSERT INTO network_group (edition_id, name, position) SELECT $1, name, n FROM unnest($2::text[]) WITH ORDINALITY AS g(name, n) ORDER BY n RETURNING id`,
      [editionId, names.slice(0, facilitators.length)],
    );
    const enrolmentOf = new Map(people.map((p) => [p.personId, p]));
    const members = proposal.flatMap((group, i) => group.members.map((member) => ({ group: groups[i].id, ...enrolmentOf.get(member.personId)! })));
    await this.db.query(
      `INSERT INTO network_group_member (network_group_id, enrolment_id, joined_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[])`,
      [members.map((m) => m.group), members.map((m) => m.enrolmentId), members.map((m) => m.enrolledAt)],
    );
    await this.db.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      groups.map((g) => g.id),
      facilitators,
    ]);
    await this.db.query(`UPDATE session SET network_group_id = $2, online_url = online_url || '-1' WHERE edition_id = $1 AND kind = 'network_session'`, [
      editionId,
      groups[0].id,
    ]);
    const network: { id: string }[] = await this.db.query(`SELECT id FROM session WHERE network_group_id = $1`, [groups[0].id]);
    const offsets = [0, 210, 360];
    for (const [i, group] of groups.entries()) {
      if (i === 0) continue;
      await this.db.query(
        `INSERT INTO session (edition_id, network_group_id, curriculum_slot_id, kind, title, theme, starts_at, ends_at, mode, location,
                              online_url, audience_participants, audience_internal_teams, audience_directors, agenda)
         SELECT edition_id, $2, curriculum_slot_id, kind, title, theme, starts_at + $3 * interval '1 minute', ends_at + $3 * interval '1 minute',
                mode, location, regexp_replace(online_url, '-1$', '-' || $4), audience_participants, audience_internal_teams, audience_directors, agenda
           FROM session WHERE id = ANY($1::uuid[])`,
        [network.map((n) => n.id), group.id, offsets[i], i + 1],
      );
    }
    // The later groups meet later the same day: their agendas follow their own times.
    const copies: (Pick<ScheduledSession, 'kind' | 'startsAt' | 'endsAt'> & { id: string; mode: string })[] = await this.db.query(
      `SELECT id, kind, mode, starts_at AS "startsAt", ends_at AS "endsAt" FROM session WHERE network_group_id = ANY($1::uuid[])`,
      [groups.slice(1).map((group) => group.id)],
    );
    await this.db.query(`UPDATE session s SET agenda = a.agenda FROM unnest($1::uuid[], $2::text[]) AS a(id, agenda) WHERE s.id = a.id`, [
      copies.map((copy) => copy.id),
      copies.map((copy) => agendaFor(copy, copy.mode)),
    ]);
    await this.db.query(
      `DELETE FROM session_staff st USING session s WHERE s.id = st.session_id AND s.edition_id = $1 AND s.kind = 'network_session' AND st.role = 'facilitator'`,
      [editionId],
    );
    await this.db.query(
      `INSERT INTO session_staff (session_id, person_id, role)
       SELECT s.id, f.person_id, 'facilitator' FROM session s JOIN network_group_facilitator f ON f.network_group_id = s.network_group_id
        WHERE s.edition_id = $1`,
      [editionId],
    );
    await this.db.query(
      `UPDATE attendance a SET session_id = own.id
         FROM session s, network_group_member m, enrolment en, session own
        WHERE a.session_id = s.id AND s.edition_id = $1 AND s.network_group_id = $2
          AND en.person_id = a.person_id AND en.edition_id = $1 AND m.enrolment_id = en.id AND m.network_group_id <> $2
          AND own.network_group_id = m.network_group_id AND own.curriculum_slot_id = s.curriculum_slot_id`,
      [editionId, groups[0].id],
    );
  }

  /**
   * The first programme day more than three days ahead has two parallel workshops to choose from until the day
   * before; a third of the participants (not the demo participant) already chose.
   */
  /** Peer feedback on the demo participant's latest log entry: a member of her network group and its facilitator (the first). */
  private async insertPeerFeedback(editionId: string, demoParticipant: string, facilitator: string) {
    const at = (hoursAgo: number) => new Date(this.today.getTime() - hoursAgo * 3_600_000);
    await this.db.query(
      `WITH entry AS (
         SELECT l.id FROM challenge_log_entry l
           JOIN implementation_challenge c ON c.id = l.challenge_id
           JOIN enrolment en ON en.id = c.enrolment_id AND en.person_id = $1 AND en.edition_id = $2
          ORDER BY l.entry_date DESC LIMIT 1
       ), mate AS (
         SELECT other.person_id FROM network_group_member m
           JOIN enrolment own ON own.id = m.enrolment_id AND own.person_id = $1 AND own.edition_id = $2
           JOIN network_group_member om ON om.network_group_id = m.network_group_id AND om.enrolment_id <> m.enrolment_id AND om.left_at IS NULL
           JOIN enrolment other ON other.id = om.enrolment_id
          ORDER BY other.id LIMIT 1
       )
       INSERT INTO challenge_log_comment (log_entry_id, author_person_id, body, created_at)
       SELECT entry.id, mate.person_id, 'Herkenbaar! Bij ons werd het pas gebruikt toen de meldingen **op de telefoon** van de nachtdienst kwamen.', $4::timestamptz FROM entry, mate
       UNION ALL
       SELECT entry.id, $3, 'Goede inventarisatie. Neem deze vraag mee naar de volgende netwerksessie: wie heeft de meldingen wél werkend gekregen?', $5::timestamptz FROM entry`,
      [demoParticipant, editionId, facilitator, at(30), at(20)],
    );
  }

  private async insertWorkshops(editionId: string) {
    const [day] = await this.db.query(
      `SELECT id, starts_at AS "startsAt" FROM session WHERE edition_id = $1 AND kind = 'programme_day' AND starts_at > $2 ORDER BY starts_at LIMIT 1`,
      [editionId, new Date(this.today.getTime() + 3 * 24 * 3_600_000)],
    );
    if (!day) return;
    await this.db.query(`UPDATE session SET workshop_choice_closes_at = $2 WHERE id = $1`, [day.id, new Date(day.startsAt.getTime() - 24 * 3_600_000)]);
    const workshops: { id: string }[] = await this.db.query(
      `INSERT INTO workshop (session_id, title, speaker, room, capacity, position) VALUES
         ($1, 'Leefstijlcoaching in de wijk', 'Dr. Fatima El Amrani (Zuyd Hogeschool)', 'Zaal Eiken', 14, 1),
         ($1, 'Slimme sensoren in de nachtzorg', 'Ir. Joost Hermans (Fontys Hogescholen)', 'Zaal Beuken', 12, 2)
       RETURNING id`,
      [day.id],
    );
    await this.db.query(
      `INSERT INTO workshop_choice (session_id, person_id, workshop_id, status, chosen_at)
       SELECT $1, en.person_id, CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END, 'placed', $4::timestamptz - n * interval '1 hour'
         FROM (SELECT en.person_id, row_number() OVER (ORDER BY p.email) AS n
                 FROM enrolment en JOIN person p ON p.id = en.person_id
                WHERE en.edition_id = $5 AND en.role = 'participant' AND p.email LIKE 'rebel%') en
        WHERE n <= 8`,
      [day.id, workshops[0].id, workshops[1].id, this.today, editionId],
    );
  }

  /** What the trainer recorded after the kick-off, once it took place, so the session page shows a record. */
  private async recordKickOff(sessionId: string, kickOff: ScheduledSession) {
    if (kickOff.endsAt > this.today) return;
    await this.db.query(`UPDATE session SET covered = $2, notes = $3, notes_version = 1 WHERE id = $1`, [
      sessionId,
      'Kennismaking, de innovatieroute in vier fasen, en ieders **implementatievraagstuk** in één zin.',
      '## Opbrengst\n\n- Iedereen heeft een eerste versie van het vraagstuk.\n- Intern team: vóór lesdag 3 twee tot drie collega’s vragen.\n\nVolgende keer: *wat is het probleem echt?*',
    ]);
  }

  /** The HIS-I schedule from a start date: every third Tuesday at 09:30, around the Dutch calendar and the school holidays. */
  private planSchedule(programme: { id: string; slotIds: string[] }, startDate: string) {
    return generateSchedule({
      slots: HIS_I_SLOTS.map((slot, i) => ({
        slotId: programme.slotIds[i],
        kind: slot.kind,
        title: slot.title,
        theme: slot.theme,
        durationMinutes: slot.durationMinutes,
        mode: slot.mode,
        order: i + 1,
        audience: { participants: !slot.directorsOnly, internalTeams: slot.internalTeams ?? false, directors: slot.directorsOnly ?? false },
      })),
      startDate,
      cadenceWeeks: 3,
      weekday: 2,
      closedDays: new ClosedDayCalendar({ region: DEMO_SCHOOL_HOLIDAY_REGION }),
      startTime: '09:30',
    });
  }

  /**
   * The next edition, published with its schedule and assignments and open for applications until three weeks before it starts, so
   * the programme's public page (`/programmas/his-i`) has an edition to show. Nobody is enrolled yet; a few people
   * applied: one has not confirmed yet, and of those who did, one director has not answered, three committed and one
   * declined; the programme office declined one. Nobody waits on its waiting list: with every place free, the
   * applications sweep would accept them within five minutes of the first start.
   */
  private async insertEditionOpenForApplications(programme: { id: string; slotIds: string[] }, startDate: string) {
    const [edition] = await this.db.query(
      `INSERT INTO edition (programme_id, name, start_date, end_date, capacity, status, default_location, default_online_url,
                            open_for_applications, application_deadline, price_cents, school_holiday_region)
       VALUES ($1, 'HIS-I 3.0', $2, $3, 36, 'open', $4, $5, true, $6, 295000, $7) RETURNING id`,
      [programme.id, startDate, startDate, DEMO_LOCATION, DEMO_ONLINE_URL, addCalendarDays(startDate, -21), DEMO_SCHOOL_HOLIDAY_REGION],
    );
    const schedule = this.planSchedule(programme, startDate);
    const sessionIds = await this.insertSessions(edition.id, schedule, DEMO_LOCATION, DEMO_ONLINE_URL);
    // Its assignments, as opening it from the curriculum makes them: whoever is accepted has work to hand in.
    await this.insertAssignments(edition.id, programme, sessionIds, schedule);
    await this.fitPeriodToSessions(edition.id);
    // Its measurement rounds, as opening it makes them: whoever is accepted is asked for the start scan.
    await new MeasurementRoundsRepository(this.db.connection).createRounds(edition.id, this.db);
    // Their links were never mailed: random tokens, of which only the hashes are kept, as for real applications.
    const applications: [name: string, organisation: string, status: string, commitment: string, reason: string | null][] = [
      ['Noor Visser', 'Zorggroep Rivierenland', 'unconfirmed', 'pending', null],
      ['Ahmed Bakkali', 'Thuiszorg West-Brabant', 'confirmed', 'pending', null],
      ['Eva Smit', 'Ziekenhuis Gelderse Vallei', 'confirmed', 'committed', null],
      ['Lars de Boer', 'GGZ Noord-Holland-Noord', 'confirmed', 'committed', null],
      ['Mila Hendriks', 'Woonzorg Flevoland', 'confirmed', 'declined', 'Ik ben in maart met verlof; mijn plaatsvervanger komt graag.'],
      ['Sem Jansen', 'Cordaan', 'confirmed', 'committed', null],
      ['Julia Mulder', 'Zorgbalans', 'declined', 'committed', null],
    ];
    await this.db.query(
      `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status,
                                confirm_token_hash, director_token_hash, director_commitment, director_reason, confirmed_at, director_answered_at,
                                waitlist_position, status_changed_at, decline_message)
       SELECT $1, a.name, lower(replace(a.name, ' ', '.')) || '@aanmelding.koers.demo', a.organisation, 'Teamleider', 'Midden',
              'We willen de overdracht tussen wijkteam en huisarts digitaliseren.', 'Directeur ' || a.organisation,
              'directeur.' || n || '@aanmelding.koers.demo', a.status::application_status,
              encode(sha256(gen_random_uuid()::text::bytea), 'hex'),
              CASE WHEN a.status <> 'unconfirmed' THEN encode(sha256(gen_random_uuid()::text::bytea), 'hex') END,
              a.commitment::director_commitment, a.reason,
              CASE WHEN a.status <> 'unconfirmed' THEN now() END, CASE WHEN a.commitment <> 'pending' THEN now() END,
              CASE WHEN a.status = 'waitlisted' THEN 1 END, CASE WHEN a.status IN ('waitlisted', 'declined') THEN now() END,
              CASE WHEN a.status = 'declined' THEN 'Jullie organisatie doet al mee met twee deelnemers; meld je graag aan voor de volgende editie.' END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS a(name, organisation, status, commitment, reason, n)`,
      [edition.id, ...[0, 1, 2, 3, 4].map((column) => applications.map((row) => row[column]))],
    );
  }

  /** The edition runs from its first to its last session, as the opening wizard makes it. */
  private fitPeriodToSessions(editionId: string): Promise<void> {
    return new EditionPeriodRepository().fitToSessions(editionId, this.db);
  }

  private async insertSessions(editionId: string, schedule: ScheduledSession[], location: string, onlineUrl: string): Promise<string[]> {
    const slot = (s: ScheduledSession) => HIS_I_SLOTS.find((candidate) => candidate.title === s.title)!;
    const rows = await this.db.query(
      `INSERT INTO session (edition_id, curriculum_slot_id, kind, title, theme, starts_at, ends_at, mode, location, online_url,
                            audience_participants, audience_internal_teams, audience_directors, agenda)
       SELECT $1, slot, kind::session_kind, title, theme, starts_at, ends_at, mode::session_mode,
              CASE WHEN mode = 'online' THEN NULL ELSE $2 END, CASE WHEN mode = 'on_site' THEN NULL ELSE $3 END,
              participants, teams, directors, agenda
         FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[],
                     $11::boolean[], $12::boolean[], $13::boolean[], $14::text[])
           WITH ORDINALITY AS s(slot, kind, title, theme, starts_at, ends_at, mode, participants, teams, directors, agenda, n)
        ORDER BY n
       RETURNING id`,
      [
        editionId,
        location,
        onlineUrl,
        schedule.map((s) => s.slotId),
        schedule.map((s) => s.kind),
        schedule.map((s) => s.title),
        schedule.map((s) => slot(s).theme),
        schedule.map((s) => s.startsAt),
        schedule.map((s) => s.endsAt),
        schedule.map((s) => slot(s).mode),
        schedule.map((s) => !slot(s).directorsOnly),
        schedule.map((s) => slot(s).internalTeams ?? false),
        schedule.map((s) => slot(s).directorsOnly ?? false),
        schedule.map((s) => agendaFor(s, slot(s).mode)),
      ],
    );
    return rows.map((row: { id: string }) => row.id);
  }

  private async insertStaff(sessionIds: string[], schedule: ScheduledSession[], trainer: string, facilitators: string[]) {
    let networkIndex = 0;
    const staff = schedule.map((s) =>
      s.kind === 'network_session' ? { person: facilitators[networkIndex++ % facilitators.length], role: 'facilitator' } : { person: trainer, role: 'trainer' },
    );
    await this.db.query(
      `INSERT INTO session_staff (session_id, person_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::session_staff_role[])`,
      [sessionIds, staff.map((s) => s.person), staff.map((s) => s.role)],
    );
    await this.db.query(
      `INSERT INTO session_staff (session_id, guest_name, guest_organisation, role) VALUES ($1, 'Prof. dr. Anne Hoekstra', 'Zorg aan Zet', 'speaker')`,
      [sessionIds[0]],
    );
  }

  private async insertChallenges(enrolments: { id: string; personId: string }[], status: 'completed' | 'running', demoParticipant?: string) {
    const phases: InnovationPhase[] = enrolments.map((e, i) =>
      status === 'completed' ? 'do' : e.personId === demoParticipant ? 'explore' : INNOVATION_PHASES[i % 2],
    );
    const challenges: { id: string; enrolmentId: string }[] = await this.db.query(
      `INSERT INTO implementation_challenge (enrolment_id, title, description, innovation, goal, phase)
       SELECT enrolment, title, description, innovation, goal, phase::innovation_phase
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS c(enrolment, title, description, innovation, goal, phase)
       RETURNING id, enrolment_id AS "enrolmentId"`,
      [
        enrolments.map((e) => e.id),
        enrolments.map((_, i) => CHALLENGE_TITLES[challengeOf(i)]),
        enrolments.map(() => 'Medewerkers ervaren hoge werkdruk; we zoeken een oplossing die tijd teruggeeft aan de zorg.'),
        enrolments.map((_, i) => CHALLENGE_INNOVATIONS[challengeOf(i)]),
        enrolments.map(() => 'Binnen een jaar werkt minstens één team structureel met de innovatie.'),
        phases,
      ],
    );
    const demoEnrolment = enrolments.find((e) => e.personId === demoParticipant);
    const demoChallenge = challenges.find((c) => c.enrolmentId === demoEnrolment?.id);
    if (demoChallenge) {
      const day = this.today.toISOString().slice(0, 10);
      await this.db.query(
        // Written at noon on their day, so the comments on the latest (a day or so later) come after it.
        `INSERT INTO challenge_log_entry (challenge_id, entry_date, text, author_person_id, created_at)
         SELECT $1, day, text, $3, (day + time '12:00') AT TIME ZONE 'Europe/Amsterdam'
           FROM (VALUES ($2::date, 'Gesprek met de teamleider van de nachtdienst: zij wil meedoen in het intern team.'),
                        ($4::date, 'Eerste inventarisatie: drie afdelingen hebben al sensoren, niemand gebruikt de meldingen.')) AS e(day, text)`,
        [demoChallenge.id, addCalendarDays(day, -6), demoParticipant, addCalendarDays(day, -2)],
      );
    }
  }

  private async insertInternalTeams(
    editionId: string,
    enrolments: { id: string; personId: string }[],
    participants: { personId: string; organisationId: string }[],
    slug: string,
    demoParticipant?: string,
  ): Promise<string[]> {
    const supported = enrolments.filter((_, i) => i % 2 === 0 || enrolments[i].personId === demoParticipant);
    const members = supported.flatMap((enrolment, i) =>
      Array.from({ length: enrolment.personId === demoParticipant ? 3 : 2 }, (_, j) => ({
        enrolmentId: enrolment.id,
        name: this.nextName(),
        email: `${enrolment.personId === demoParticipant ? 'internteam' : `team${i + 1}`}-${j + 1}.${slug}@koers.demo`,
        organisationId: participants.find((p) => p.personId === enrolment.personId)!.organisationId,
      })),
    );
    const ids = await this.insertPeople(members);
    await this.db.query(
      `INSERT INTO enrolment (edition_id, person_id, role, supports_enrolment_id)
       SELECT $1, person, 'internal_team_member', supports FROM unnest($2::uuid[], $3::uuid[]) AS e(person, supports)`,
      [editionId, ids, members.map((m) => m.enrolmentId)],
    );
    if (demoParticipant) await this.insertPendingInvitation(editionId, enrolments, participants, slug, demoParticipant);
    return ids;
  }

  /** The demo participant invited one more colleague, who has an account but has not accepted yet (log in as them to see it). */
  private async insertPendingInvitation(
    editionId: string,
    enrolments: { id: string; personId: string }[],
    participants: { personId: string; organisationId: string }[],
    slug: string,
    demoParticipant: string,
  ): Promise<void> {
    const enrolment = enrolments.find((e) => e.personId === demoParticipant);
    if (!enrolment) return;
    const invitee = { name: this.nextName(), email: `uitgenodigd.${slug}@koers.demo`, organisationId: participants.find((p) => p.personId === demoParticipant)!.organisationId };
    const [inviteeId] = await this.insertPeople([invitee]);
    await this.db.query(
      `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, supports_enrolment_id, role_in_organisation)
       VALUES ('internal_team', $1, $2, $3, $4, $5, $6, 'Verpleegkundig specialist')`,
      [demoParticipant, inviteeId, invitee.name, invitee.email, editionId, enrolment.id],
    );
  }

  private async insertAssignments(editionId: string, programme: { id: string; slotIds: string[] }, sessionIds: string[], schedule: ScheduledSession[]) {
    // Deadlines as the wizard sets them: counted from the session, off weekends and holidays.
    const due = HIS_I_ASSIGNMENTS.map((a) => {
      const slotId = programme.slotIds[a.slotIndex];
      const index = schedule.findIndex((s) => s.slotId === slotId);
      return { sessionId: sessionIds[index], dueAt: assignmentDueAt({ relativeToSlotId: slotId, offsetDays: a.offsetDays, dueTime: '23:59' }, schedule) };
    });
    await this.db.query(
      `INSERT INTO assignment (edition_id, template_id, session_id, title, instructions, due_at)
       SELECT $1, t.id, a.session, t.title, t.instructions, a.due_at
         FROM unnest($2::text[], $3::uuid[], $4::timestamptz[]) AS a(title, session, due_at)
         JOIN assignment_template t ON t.programme_id = $5 AND t.title = a.title`,
      [editionId, HIS_I_ASSIGNMENTS.map((a) => a.title), due.map((d) => d.sessionId), due.map((d) => d.dueAt), programme.id],
    );
  }

  /**
   * Work handed in for every assignment already due. A completed edition has it all approved (so its participants
   * can download certificates); in a running one, work older than a week is reviewed and the rest waits in the
   * trainer's review queue, with a few participants late or still missing. Half of a running edition's participants
   * hand in the next assignment early, so the queue has work in it from the first week on.
   */
  private async insertSubmissions(editionId: string, participants: string[], trainer: string, status: 'completed' | 'running') {
    const assignments: { id: string; dueAt: Date }[] = await this.db.query(
      `SELECT id, due_at AS "dueAt" FROM assignment WHERE edition_id = $1 ORDER BY due_at, title`,
      [editionId],
    );
    const next = status === 'running' ? assignments.find((assignment) => assignment.dueAt >= this.today) : undefined;
    const hour = 3_600_000;
    const work: { assignmentId: string; personId: string; submittedAt: Date; late: boolean; outcome: 'approved' | 'revise' | null }[] = [];
    for (const assignment of assignments.filter((a) => a.dueAt < this.today || a === next)) {
      for (const personId of participants) {
        const roll = this.random();
        if (assignment === next ? roll > 0.5 : status === 'running' && roll > 0.93) continue;
        const late = assignment !== next && roll > 0.86;
        const offset = (1 + Math.floor(this.random() * 60)) * hour;
        const handedIn = assignment === next ? this.today.getTime() - offset : assignment.dueAt.getTime() + (late ? offset : -offset);
        const submittedAt = new Date(Math.min(handedIn, this.today.getTime() - hour));
        const reviewed = status === 'completed' || this.today.getTime() - submittedAt.getTime() > 7 * 24 * hour;
        work.push({ assignmentId: assignment.id, personId, submittedAt, late, outcome: reviewed ? (status === 'completed' || this.random() < 0.85 ? 'approved' : 'revise') : null });
      }
    }
    if (work.length === 0) return;
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO submission (assignment_id, person_id, version, text, submitted_at, late)
       SELECT assignment, person, 1, $4, submitted_at, late FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $5::boolean[])
         WITH ORDINALITY AS w(assignment, person, submitted_at, late, n)
        ORDER BY n
       RETURNING id`,
      [
        work.map((w) => w.assignmentId),
        work.map((w) => w.personId),
        work.map((w) => w.submittedAt),
        'In de bijlage en hieronder mijn uitwerking. Ik heb de opdracht besproken met mijn intern team en hun reacties verwerkt.',
        work.map((w) => w.late),
      ],
    );
    const reviewed = work.map((w, i) => ({ ...w, submissionId: rows[i].id })).filter((w) => w.outcome);
    await this.db.query(
      `INSERT INTO feedback (submission_id, reviewer_person_id, comment, outcome, created_at)
       SELECT submission, $2, CASE WHEN outcome = 'approved' THEN $3 ELSE $4 END, outcome::feedback_outcome, created_at
         FROM unnest($1::uuid[], $5::text[], $6::timestamptz[]) AS f(submission, outcome, created_at)`,
      [
        reviewed.map((w) => w.submissionId),
        trainer,
        'Helder uitgewerkt en goed onderbouwd. Goedgekeurd!',
        'Goede aanzet. Maak je doel meetbaar (wat is er over een jaar anders?) en lever opnieuw in.',
        reviewed.map((w) => w.outcome),
        reviewed.map((w) => new Date(Math.min(w.submittedAt.getTime() + 48 * hour, this.today.getTime() - hour))),
      ],
    );
  }

  /** Marks for every session that has already taken place: mostly present, as in a real cohort. */
  private async insertAttendance(
    sessionIds: string[],
    schedule: ScheduledSession[],
    people: { participants: string[]; internalTeam: string[]; directors: string[] },
  ) {
    const marks: { sessionId: string; personId: string; status: AttendanceStatus }[] = [];
    schedule.forEach((session, i) => {
      if (session.endsAt > this.today) return;
      const slot = HIS_I_SLOTS.find((candidate) => candidate.title === session.title)!;
      const expected = slot.directorsOnly ? people.directors : [...people.participants, ...(slot.internalTeams ? people.internalTeam : [])];
      for (const personId of expected) marks.push({ sessionId: sessionIds[i], personId, status: this.attendanceStatus() });
    });
    if (marks.length === 0) return;
    await this.db.query(
      `INSERT INTO attendance (session_id, person_id, status, recorded_at)
       SELECT session, person, status::attendance_status, now() FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS a(session, person, status)`,
      [marks.map((m) => m.sessionId), marks.map((m) => m.personId), marks.map((m) => m.status)],
    );
  }

  private attendanceStatus(): AttendanceStatus {
    const roll = this.random();
    return roll < 0.84 ? 'present' : roll < 0.9 ? 'late' : roll < 0.96 ? 'excused' : 'absent';
  }
}

function firstWeekdayOnOrAfter(date: string, weekday: number): string {
  let day = date;
  while (isoWeekday(day) !== weekday) day = addCalendarDays(day, 1);
  return day;
}

/** Agenda items as minutes after the start: every item falls inside the session, and only a full day on site breaks for lunch. */
const AGENDAS: Record<'board_meeting' | 'network_session' | 'full_day' | 'half_day', [number, string][]> = {
  board_meeting: [
    [0, 'Ontvangst'],
    [15, 'Stand van zaken van de Rebels'],
    [60, 'Gesprek: wat vraagt implementatie van bestuurders?'],
    [150, 'Afspraken en afsluiting'],
  ],
  network_session: [
    [0, 'Check-in'],
    [15, 'Casus van een deelnemer'],
    [45, 'Intervisie in kleine groepen'],
    [100, 'Opbrengst en afspraken'],
  ],
  full_day: [
    [0, 'Inloop en koffie'],
    [30, 'Opening en terugblik'],
    [60, 'Inhoudelijk programma'],
    [180, 'Lunch'],
    [240, 'Werken aan je implementatievraagstuk'],
    [360, 'Afsluiting'],
  ],
  half_day: [
    [0, 'Welkom en check-in'],
    [15, 'Opening en terugblik'],
    [45, 'Inhoudelijk programma'],
    [150, 'Werken aan je implementatievraagstuk'],
    [225, 'Afsluiting'],
  ],
};

/** The session's agenda in Amsterdam wall-clock times from its own start. */
function agendaFor(session: Pick<ScheduledSession, 'kind' | 'startsAt' | 'endsAt'>, mode: string): string {
  const minutes = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
  const kind = session.kind === 'programme_day' ? (minutes >= 360 && mode !== 'online' ? 'full_day' : 'half_day') : session.kind;
  return AGENDAS[kind]
    .filter(([offset]) => offset < minutes)
    .map(([offset, item]) => `${instantToAmsterdam(addMinutes(session.startsAt, offset)).time} ${item}`)
    .join('\n');
}

/**
 * Which of the example challenges the i-th participant works on: the list over and over, one further each round. The
 * demo has as many organisations as example challenges and deals its participants out over them in turn, so without
 * the step colleagues of one organisation, sponsored by one director, would all share one challenge.
 */
function challengeOf(i: number): number {
  return (i + Math.floor(i / CHALLENGE_TITLES.length)) % CHALLENGE_TITLES.length;
}
