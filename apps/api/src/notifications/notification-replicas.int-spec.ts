import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, createTestDatabase, dropTestDatabase, type TestApp } from '../../test/test-app';
import { AccountInvitations } from '../invitations/account-invitations.service';
import { Mailer } from '../mail/mailer';
import { NotificationWorker } from './notification-worker';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const statuses = async (t: TestApp) =>
  (await t.db.query(`SELECT status, count(*)::int AS n FROM notification_delivery GROUP BY status ORDER BY status`)) as { status: string; n: number }[];

// Several app instances and a few hundred mails take longer than jest's default five seconds on a busy machine.
jest.setTimeout(60_000);

describe('notifications across app instances', () => {
  it('two instances with their workers running at once send every reminder exactly once', async () => {
    const first = await createTestApp({ workerIntervalSeconds: 0.02 });
    const second = await createTestApp({ workerIntervalSeconds: 0.02, dataDir: first.config.dataDir }, { databaseUrl: first.databaseUrl });
    try {
      // A reminder window: 8 sessions in the next two days for 25 participants, an assignment due in three.
      const g = given(first.db);
      const edition = await g.edition({ status: 'running' });
      const people = await Promise.all(Array.from({ length: 25 }, () => g.person()));
      await Promise.all(people.map((person) => g.enrolment(edition.id, person.id, 'participant')));
      const sessions = await Promise.all(Array.from({ length: 8 }, (_, i) => g.session(edition.id, { title: `Sessie ${i}`, startsAt: hoursFromNow(2 + i * 5) })));
      await g.session(edition.id, { title: 'Later', startsAt: hoursFromNow(72) });
      await g.assignment(edition.id, { title: 'Plan', dueAt: hoursFromNow(60) });
      const expected = people.length * (sessions.length + 1);

      const sent = [first, second].map((instance) => jest.spyOn(instance.app.get(Mailer), 'send'));
      // Both workers are ticking; on top of that, both instances run extra ticks at the same moment.
      await Promise.all([1, 2, 3].flatMap(() => [first.app.get(NotificationWorker).runOnce(), second.app.get(NotificationWorker).runOnce()]));
      await until(async () => {
        const counts = await statuses(first);
        return counts.length === 1 && counts[0].status === 'sent' && counts[0].n === expected;
      });
      // A few more ticks on both: nothing new may come of them.
      await new Promise((resolve) => setTimeout(resolve, 200));

      // One outbox, as replicas share their data folder.
      const mails = await readOutbox(first.config.dataDir);
      expect(mails).toHaveLength(expected);
      expect(new Set(mails.map((mail) => `${mail.to} ${mail.subject}`)).size).toBe(expected);
      expect(await first.db.query(`SELECT DISTINCT attempts FROM notification_delivery`)).toEqual([{ attempts: 1 }]);
      // The work was really shared: both instances sent part of it.
      expect(sent.map((spy) => spy.mock.calls.length > 0)).toEqual([true, true]);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('mail that was pending when the app stopped goes out once after the restart', async () => {
    const databaseUrl = await createTestDatabase();
    // The instance's own folder, kept over its restart.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-restart-'));
    try {
      const before = await createTestApp({ dataDir }, { databaseUrl });
      const people = await Promise.all([1, 2, 3].map(() => given(before.db).person()));
      await before.app.get(AccountInvitations).invite(people, { nl: 'Welkom.', en: 'Welcome.' });
      await before.close();
      expect(await readOutbox(before.config.dataDir)).toEqual([]);

      const after = await createTestApp({ dataDir }, { databaseUrl });
      try {
        const worker = after.app.get(NotificationWorker);
        expect(await worker.runOnce()).toMatchObject({ sent: 3 });
        expect(await worker.runOnce()).toMatchObject({ sent: 0 });
        const mails = await readOutbox(after.config.dataDir);
        expect(mails.map((mail) => mail.to).sort()).toEqual(people.map((person) => person.email).sort());
      } finally {
        await after.close();
      }
    } finally {
      await dropTestDatabase(databaseUrl);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a crash in the middle of sending leaves the mail pending, and another instance sends it once', async () => {
    const crashing = await createTestApp();
    const survivor = await createTestApp({ dataDir: crashing.config.dataDir }, { databaseUrl: crashing.databaseUrl });
    try {
      const person = await given(crashing.db).person();
      await crashing.app.get(AccountInvitations).invite([person], { nl: 'Welkom.', en: 'Welcome.' });

      // The mail server hangs, and the process dies while the claim transaction is open.
      let sending!: () => void;
      let giveUp!: (error: Error) => void;
      const sendStarted = new Promise<void>((resolve) => (sending = resolve));
      jest.spyOn(crashing.app.get(Mailer), 'send').mockImplementation(() => {
        sending();
        return new Promise((_, reject) => (giveUp = reject));
      });
      const crashedRun = crashing.app.get(NotificationWorker).runOnce();
      await sendStarted;
      // While the row is locked, the other instance skips it.
      expect(await survivor.app.get(NotificationWorker).runOnce()).toMatchObject({ sent: 0 });

      const admin = new Client({ connectionString: crashing.databaseUrl });
      await admin.connect();
      try {
        const killed = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
        );
        expect(killed.rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      const [row] = await survivor.db.query(`SELECT status, attempts FROM notification_delivery WHERE person_id = $1`, [person.id]);
      expect(row).toEqual({ status: 'pending', attempts: 0 });

      expect(await survivor.app.get(NotificationWorker).runOnce()).toMatchObject({ sent: 1 });
      // Once, in the outbox the two share.
      expect((await readOutbox(survivor.config.dataDir)).map((mail) => mail.to)).toEqual([person.email]);

      // The crashed instance's send finally times out; what it then records must not touch the mail that went out.
      giveUp(new Error('Greeting never received'));
      await crashedRun;
      expect(await survivor.db.query(`SELECT status, attempts, last_error FROM notification_delivery WHERE person_id = $1`, [person.id])).toEqual([
        { status: 'sent', attempts: 1, last_error: null },
      ]);
    } finally {
      await survivor.close();
      await crashing.close();
    }
  });
});
