import type { CheckInCodeResponse, CheckInResponse } from '@koers/shared/attendance';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { latencies } from './load';
import { participantEmail } from './national-dataset';
import { type BenchSession, login } from './scenarios';

const PARTICIPANTS = 40;
const WINDOW_MS = 10_000;
/** The edition whose participants check in: not one the other scenarios' people are in. */
const EDITION = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A programme day starting now (the bench moves one of edition 2's to this morning): the trainer shows the code, and the edition's 40 participants scan it within ten
 * seconds, each opening the check-in page and sending the code. Arrivals are spread irregularly over the ten seconds
 * (a golden-ratio sequence: the same every run, never evenly spaced).
 */
export async function measureCheckInBurst(db: DataSource, koersUrl: string) {
  const [session] = await db.query(
    `UPDATE session SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '3 hours', status = 'scheduled'
      WHERE id = (SELECT s.id FROM session s JOIN edition e ON e.id = s.edition_id
                   WHERE e.name = $1 AND s.kind = 'programme_day' AND s.audience_participants ORDER BY s.starts_at LIMIT 1)
      RETURNING id`,
    [`Editie ${EDITION}`],
  ).then(([rows]: [{ id: string }[]]) => rows);
  // The generated marks of that day go: everyone arrives unmarked.
  await db.query(`DELETE FROM attendance WHERE session_id = $1`, [session.id]);
  const [trainer] = await db.query(`SELECT p.email FROM enrolment en JOIN person p ON p.id = en.person_id JOIN edition e ON e.id = en.edition_id WHERE e.name = $1 AND en.role = 'trainer'`, [
    `Editie ${EDITION}`,
  ]);
  const trainerSession = await login(koersUrl, trainer.email);
  const codeResponse = await fetch(`${koersUrl}/api/sessions/${session.id}/check-in-code`, { headers: { cookie: trainerSession.cookie } });
  if (!codeResponse.ok) throw new Error(`check-in code: ${codeResponse.status} ${await codeResponse.text()}`);
  const { code } = (await codeResponse.json()) as CheckInCodeResponse;

  const participants: BenchSession[] = [];
  for (let n = 1; n <= PARTICIPANTS; n++) participants.push(await login(koersUrl, participantEmail(EDITION, n)));

  const started = performance.now();
  const arrivals = await Promise.all(
    participants.map(async (participant, i) => {
      await sleep(WINDOW_MS * ((i * 0.6180339887) % 1));
      const arrived = performance.now();
      const page = await fetch(`${koersUrl}/api/sessions/${session.id}/check-in`, { headers: { cookie: participant.cookie } });
      await page.arrayBuffer();
      const sent = performance.now();
      const response = await fetch(`${koersUrl}/api/sessions/${session.id}/check-in`, {
        method: 'POST',
        headers: { cookie: participant.cookie, 'x-csrf-token': participant.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      const answer = response.ok ? ((await response.json()) as CheckInResponse) : undefined;
      return { checkedIn: page.ok && answer?.checkedIn === true, checkInMs: performance.now() - sent, pageAndCheckInMs: performance.now() - arrived };
    }),
  );
  const [{ present }] = await db.query(`SELECT count(*)::int AS present FROM attendance WHERE session_id = $1 AND status = 'present'`, [session.id]);
  return {
    participants: PARTICIPANTS,
    windowSeconds: WINDOW_MS / 1000,
    checkedIn: arrivals.filter((arrival) => arrival.checkedIn).length,
    markedPresent: present as number,
    wallMs: Math.round(performance.now() - started),
    checkIn: latencies(arrivals.map((arrival) => arrival.checkInMs)),
    pageAndCheckIn: latencies(arrivals.map((arrival) => arrival.pageAndCheckInMs)),
  };
}
