import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Session, startTopology, type Topology, waitFor } from './topology';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PASSWORD = 'een lang wachtwoord voor het programmabureau';
/** A full HIS-I cohort: the edition's default capacity. */
const PARTICIPANTS = 36;

/** A multipart/form-data body with one file, as a browser sends it. */
function multipart(field: string, name: string, content: Buffer) {
  const boundary = `----koers${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * What a programme office going live relies on, driven through nginx like any user: two replicas on one PostgreSQL,
 * one files folder and a real SMTP server. Each step is one test, so the run prints what it checked and how long it took.
 */
describe('production topology: nginx with TLS, two Koers replicas, PostgreSQL, SMTP', () => {
  let topology: Topology;
  let office: Session;
  const world: { editionId?: string; sessionId?: string; materialId?: string; people?: string[] } = {};
  const query = async (sql: string, params: unknown[] = [], database = 'koers') => {
    const client = new Client({ connectionString: topology.databaseUrl(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    topology = await startTopology();
    office = new Session(topology.proxyUrl);
  }, 240_000);
  afterAll(() => topology?.close());

  it('starts both replicas on one empty database: they migrate it once, together', async () => {
    const [{ migrations }] = await query(`SELECT count(*)::int AS migrations FROM migrations`);
    const [{ distinct }] = await query(`SELECT count(DISTINCT name)::int AS distinct FROM migrations`);
    expect(migrations).toBeGreaterThan(0);
    expect(distinct).toBe(migrations);
  });

  it('creates the first administrator with the operator command; the link sets a password and logs in through the proxy', async () => {
    const output = topology.koers(['create-admin', 'kantoor@zorgschool.nl', 'Programmabureau Zorgschool']);
    const link = new URL(output.trim().split('\n').at(-1)!);
    expect(link.origin).toBe(topology.proxyUrl);
    const confirm = await new Session(topology.proxyUrl).request('POST', '/api/auth/password-reset/confirm', { token: link.searchParams.get('token'), password: PASSWORD });
    expect(confirm.status).toBeLessThan(300);
    const login = await office.login('kantoor@zorgschool.nl', PASSWORD);
    expect([login.status, login.body.isAdmin]).toEqual([200, true]);
  });

  it('keeps the login on both replicas: the proxy alternates, the session lives in PostgreSQL', async () => {
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const me = await office.request('GET', '/api/me');
      expect(me.status).toBe(200);
      served.add(me.upstream!);
    }
    expect(served.size).toBe(2);
  });

  it('opens an edition with 36 participants; each gets the account mail and the schedule mail exactly once', async () => {
    const programme = await office.request('POST', '/api/programmes', { code: 'HIS-C', name: 'Health Innovation School' });
    expect(programme.status).toBe(201);
    const slot = {
      kind: 'programme_day',
      title: 'Lesdag',
      durationMinutes: 390,
      mode: 'on_site',
      audience: { participants: true, internalTeams: false, directors: false },
    };
    for (let i = 0; i < 3; i++) expect((await office.request('POST', `/api/programmes/${programme.body.id}/slots`, slot)).status).toBe(201);
    const edition = await office.request('POST', `/api/programmes/${programme.body.id}/editions`, {
      name: 'HIS-C 1.0',
      startDate: '2027-09-07',
      cadenceWeeks: 3,
      weekday: 2,
      startTime: '09:30',
    });
    expect(edition.status).toBe(201);
    world.editionId = edition.body.id;
    const emails = Array.from({ length: PARTICIPANTS }, (_, i) => `deelnemer${i + 1}@zorgschool.nl`);
    const csv = ['naam;e-mail;organisatie', ...emails.map((email, i) => `Deelnemer ${i + 1};${email};Zorggroep ${i % 4}`)].join('\r\n');
    const imported = await office.request('POST', `/api/editions/${world.editionId}/enrolments/import?dryRun=false`, csv, { 'content-type': 'text/csv' });
    expect(imported.body.summary.enrolled).toBe(PARTICIPANTS);
    expect((await office.request('POST', `/api/editions/${world.editionId}/status`, { status: 'open' })).status).toBe(200);

    const mailsTo = (email: string) => topology.mails.filter((mail) => mail.to.includes(email));
    await waitFor('every participant’s two mails', async () => emails.every((email) => mailsTo(email).length >= 2), 90_000);
    // Both replicas' workers had time to send anything twice.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(emails.filter((email) => mailsTo(email).length !== 2)).toEqual([]);
    const [{ pending }] = await query(`SELECT count(*)::int AS pending FROM notification_delivery WHERE status <> 'sent'`);
    expect(pending).toBe(0);
  });

  it('stores an upload on one replica and serves it from the other (one files folder)', async () => {
    const sessions = await office.request('GET', `/api/editions/${world.editionId}/sessions`);
    world.sessionId = sessions.body[0].id;
    const form = multipart('file', 'hand-out.pdf', PDF);
    const upload = await office.request('POST', `/api/sessions/${world.sessionId}/materials`, form.body, form.headers);
    expect(upload.status).toBe(201);
    world.materialId = upload.body.id;
    const servedBy = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const download = await office.request('GET', `/api/sessions/${world.sessionId}/materials/${world.materialId}`);
      expect([download.status, download.bytes.equals(PDF)]).toEqual([200, true]);
      servedBy.add(download.upstream!);
    }
    expect(servedBy.size).toBe(2);
  });

  it('loses nothing halfway when a replica is killed during a bulk attendance save; the other serves on', async () => {
    // Attendance is marked from an hour before the start: the session is under way.
    await query(`UPDATE session SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '3 hours' WHERE id = $1`, [world.sessionId]);
    const roster = await office.request('GET', `/api/sessions/${world.sessionId}/roster`);
    const marks = roster.body.map((entry: { personId: string }) => ({ personId: entry.personId, status: 'present' }));
    expect(marks).toHaveLength(PARTICIPANTS);
    const [victim] = topology.replicas;
    const direct = office.at(`http://127.0.0.1:${victim.port}`);
    const save = direct.request('PUT', `/api/sessions/${world.sessionId}/attendance`, marks).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 15));
    topology.kill(victim);
    await save;
    const [{ saved }] = await query(`SELECT count(*)::int AS saved FROM attendance WHERE session_id = $1`, [world.sessionId]);
    expect([0, PARTICIPANTS]).toContain(saved);

    for (let i = 0; i < 4; i++) expect((await office.request('GET', '/api/me')).status).toBe(200);
    const again = await office.request('PUT', `/api/sessions/${world.sessionId}/attendance`, marks);
    expect(again.status).toBe(200);
    const [{ total }] = await query(`SELECT count(*)::int AS total FROM attendance WHERE session_id = $1 AND status = 'present'`, [world.sessionId]);
    expect(total).toBe(PARTICIPANTS);
  });

  it('answers 503 while PostgreSQL restarts, then recovers without restarting Koers', async () => {
    topology.stopPostgres();
    try {
      await waitFor('503 from /api/health', async () => (await office.request('GET', '/api/health')).status === 503, 20_000);
    } finally {
      topology.startPostgres();
    }
    await waitFor('200 from /api/health', async () => (await office.request('GET', '/api/health')).status === 200, 60_000);
    expect((await office.request('GET', `/api/editions/${world.editionId}`)).status).toBe(200);
  });

  it('backs up with the operator command and restores into a fresh installation that reads the same data', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'koers-cluster-restore-'));
    try {
      const archive = path.join(work, 'koers.tar.gz');
      topology.koers(['backup', archive]);
      await query('CREATE DATABASE koers_restored', [], 'postgres');
      const restoredDir = path.join(work, 'data');
      const output = topology.koers(['restore', archive], { DATABASE_URL: topology.databaseUrl('koers_restored'), KOERS_DATA_DIR: restoredDir });
      expect(output).toMatch(/^Restored \d+ tables/);

      const counts = `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM enrolment)::int AS enrolments,
                             (SELECT count(*) FROM attendance)::int AS attendance, (SELECT count(*) FROM session_material)::int AS materials`;
      expect(await query(counts, [], 'koers_restored')).toEqual(await query(counts));
      const [{ storageKey }] = await query(`SELECT storage_key AS "storageKey" FROM session_material WHERE id = $1`, [world.materialId], 'koers_restored');
      const file = path.join(restoredDir, 'files', storageKey);
      expect(existsSync(file) && readFileSync(file).equals(PDF)).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
