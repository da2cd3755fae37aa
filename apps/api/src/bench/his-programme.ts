import type { DataSource } from 'typeorm';

/** 14 sessions: ten programme days (two with the internal teams), two network sessions, two board meetings. */
const CURRICULUM = 'PPNTBPPPNTPBPP';
const ASSIGNMENTS_AFTER_SLOTS = [1, 3, 6, 10, 13];

/** A programme like HIS-I with its curriculum template (14 sessions, 5 assignments), so editions of it can be opened. */
export async function seedHisProgramme(db: Pick<DataSource, 'query'>, code = 'HIS-I'): Promise<{ programmeId: string }> {
  const [programme] = await db.query(`INSERT INTO programme (code, name) VALUES ($1, 'Health Innovation School – Implementation') RETURNING id`, [code]);
  const kinds: Record<string, string> = { P: 'programme_day', T: 'programme_day', N: 'network_session', B: 'board_meeting' };
  const slots: { id: string }[] = await db.query(
    `INSERT INTO curriculum_slot (programme_id, position, kind, title, duration_minutes, mode, audience_participants, audience_internal_teams, audience_directors)
     SELECT $1, n, kind::curriculum_slot_kind, 'Bijeenkomst ' || n, 240, 'hybrid', letter <> 'B', letter = 'T', letter = 'B'
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS s(letter, kind, n) ORDER BY n
     RETURNING id`,
    [programme.id, [...CURRICULUM], [...CURRICULUM].map((letter) => kinds[letter])],
  );
  await db.query(
    `INSERT INTO assignment_template (programme_id, title, relative_to_slot_id, offset_days)
     SELECT $1, 'Opdracht ' || n, slot, -3 FROM unnest($2::uuid[]) WITH ORDINALITY AS a(slot, n)`,
    [programme.id, ASSIGNMENTS_AFTER_SLOTS.map((index) => slots[index].id)],
  );
  return { programmeId: programme.id };
}

/** An enrolment file as Excel saves it: `count` new participants, eight of them sharing a director; `tag` keeps each file's people new. */
export function participantsCsv(tag: string, count: number): string {
  const lines = Array.from(
    { length: count },
    (_, i) => `Rebel ${i + 1};rebel${i + 1}.${tag}@zorg.bench;Zorggroep ${i % 8};Utrecht;directeur${i % 8}.${tag}@zorg.bench;Vraagstuk ${i + 1}`,
  );
  return `\uFEFFnaam;e-mail;organisatie;regio;directeur e-mail;implementatievraagstuk\r\n${lines.join('\r\n')}\r\n`;
}
