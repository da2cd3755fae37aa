import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { readOutbox } from '../../test/mail-outbox';
import { Client } from 'pg';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CompletionSweep } from '../completion/completion-sweep';
import { NotificationWorker } from '../notifications/notification-worker';
import { WebhookSender } from './webhook-sender';
import { WebhookWorker } from './webhook-worker';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on this machine: records every request and answers with the next of `answers` (then 200). */
class LocalReceiver {
  readonly received: Received[] = [];
  answers: { status: number; body?: string; headers?: Record<string, string> }[] = [];
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = this.answers.shift() ?? { status: 200, body: 'ok' };
      response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(path = '/koers'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What a receiver does (the README's check): recompute the HMAC over "<t>.<body>" and refuse old timestamps. */
function verifySignature(secret: string, header: string, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(nowSeconds - Number(parts.t)) <= 300;
}

describe('webhooks', () => {
  let t: TestApp;
  let admin: HttpClient;
  let receiver: LocalReceiver;
  let worker: WebhookWorker;
  const deliveriesOf = (endpointId: string) =>
    t.db.query(
      `SELECT event, data, status, attempts, response_status AS "responseStatus", extract(epoch FROM next_attempt_at - now())::int AS "waitSeconds"
         FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY created_at, id`,
      [endpointId],
    );
  const endpoint = async (events: string[], url = receiver.url()) => {
    const response = await admin.post('/api/webhooks', { url, description: 'CRM-koppeling', events });
    expect(response.status).toBe(201);
    return response.body as { endpoint: { id: string }; secret: string };
  };
  const enrol = (editionId: string, name: string) =>
    admin.post(`/api/editions/${editionId}/enrolments`, { role: 'participant', name, email: `${name}.${Date.now()}@zorg.example`, organisation: 'De Linde' });

  beforeAll(async () => {
    t = await createTestApp({ webhooksAllowPrivateTargets: true });
    receiver = new LocalReceiver();
    await receiver.start();
    worker = t.app.get(WebhookWorker);
    const office = await given(t.db).person({ isAdmin: true, name: 'Programmabureau' });
    admin = await t.loginAs(office.email);
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });
  beforeEach(async () => {
    // Each test sees only its own endpoint's deliveries.
    await t.db.query(`DELETE FROM webhook_endpoint`);
    receiver.received.length = 0;
    receiver.answers = [];
  });

  it('is for the programme office only, and takes https addresses (http only on this machine) and known events', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const trainer = await g.person();
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const client = await t.loginAs(trainer.email);
    expect((await client.get('/api/webhooks')).status).toBe(403);
    expect((await client.post('/api/webhooks', { url: 'https://crm.example.nl/koers', description: '', events: ['enrolment.created'] })).status).toBe(403);
    expect((await t.anonymous().get('/api/webhooks')).status).toBe(401);

    for (const url of ['http://crm.example.nl/koers', 'https://user:pass@crm.example.nl/', 'ftp://crm.example.nl', 'geen adres', 'https://crm.example.nl:0/koers']) {
      const refused = await admin.post('/api/webhooks', { url, description: '', events: ['enrolment.created'] });
      expect(refused.status).toBe(400);
      expect(refused.body.fields).toEqual([{ field: 'url', message: expect.stringContaining('https') }]);
    }
    expect((await admin.post('/api/webhooks', { url: 'https://crm.example.nl/koers', description: '', events: ['enrolment.deleted'] })).status).toBe(400);
    expect((await admin.post('/api/webhooks', { url: 'https://crm.example.nl/koers', description: '', events: [] })).status).toBe(400);

    const created = await admin.post('/api/webhooks', { url: 'https://crm.example.nl/koers', description: ' CRM ', events: ['enrolment.created'] });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created.body.endpoint).toMatchObject({ url: 'https://crm.example.nl/koers', description: 'CRM', events: ['enrolment.created'], enabled: true });
    // The secret is shown once: no list or answer carries it again.
    const list = await admin.get('/api/webhooks');
    expect(list.body).toEqual([created.body.endpoint]);
    expect(list.text).not.toContain(created.body.secret);
    expect((await admin.patch(`/api/webhooks/${created.body.endpoint.id}`, { description: 'HR' })).body.description).toBe('HR');
    // An address cannot be cleared: null is refused on its field, and the endpoint keeps its address.
    expect((await admin.patch(`/api/webhooks/${created.body.endpoint.id}`, { url: null })).body.fields).toEqual([{ field: 'url', message: expect.stringContaining('null') }]);
    expect((await admin.get('/api/webhooks')).body.find((hook: { id: string }) => hook.id === created.body.endpoint.id)).toMatchObject({ url: 'https://crm.example.nl/koers' });
    // An endpoint without deliveries has an empty list, read in one statement; an unknown one is 404.
    t.queries.reset();
    expect((await admin.get(`/api/webhooks/${created.body.endpoint.id}/deliveries`)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    expect(t.queries.statements.filter((sql) => sql.includes('webhook_'))).toHaveLength(1);
    expect((await admin.delete(`/api/webhooks/${created.body.endpoint.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/webhooks/${created.body.endpoint.id}`)).status).toBe(404);
    expect((await admin.get(`/api/webhooks/${created.body.endpoint.id}/deliveries`)).status).toBe(404);
  });

  it('keeps one endpoint per address, also when the programme office saves it twice at once', async () => {
    const first = await endpoint(['enrolment.created'], 'https://crm.example.nl/koers');
    for (const sameAddress of ['https://CRM.example.nl:443/koers', 'https://crm.example.nl./koers', 'https://crm.example.nl/koers#crm', 'https://crm.example.nl/koers?']) {
      expect((await admin.post('/api/webhooks', { url: sameAddress, description: '', events: ['completion.reached'] })).status).toBe(409);
    }
    const again = await admin.post('/api/webhooks', { url: 'https://CRM.example.nl:443/koers', description: '', events: ['completion.reached'] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'webhook_endpoint_exists', message: expect.stringContaining('al een webhook') });

    const parallel = await Promise.all(
      Array.from({ length: 12 }, () => admin.post('/api/webhooks', { url: 'https://hr.example.nl/koers', description: '', events: ['enrolment.created'] })),
    );
    expect(parallel.map((response) => response.status).sort()).toEqual([201, ...Array(11).fill(409)]);
    const second = parallel.find((response) => response.status === 201)!.body.endpoint;
    expect((await admin.patch(`/api/webhooks/${second.id}`, { url: 'https://crm.example.nl/koers' })).status).toBe(409);
    expect((await admin.patch(`/api/webhooks/${first.endpoint.id}`, { url: 'https://crm.example.nl/koers', description: 'CRM' })).status).toBe(200);
    expect((await admin.get('/api/webhooks')).body.map((hook: { url: string }) => hook.url)).toEqual(['https://crm.example.nl/koers', 'https://hr.example.nl/koers']);
  });

  it('keeps at most 50 endpoints, also when 60 are saved at once', async () => {
    const saved = await Promise.all(
      Array.from({ length: 60 }, (_, i) => admin.post('/api/webhooks', { url: receiver.url(`/koers-${i}`), description: '', events: ['enrolment.created'] })),
    );
    expect(saved.filter((response) => response.status === 201)).toHaveLength(50);
    const refused = saved.filter((response) => response.status === 409);
    expect(refused).toHaveLength(10);
    expect(refused[0].body).toMatchObject({ error: 'webhook_endpoint_limit', message: expect.stringContaining('al 50 webhooks') });
    expect((await admin.get('/api/webhooks')).body).toHaveLength(50);
  });

  it('delivers a signed enrolment.created, and tries again after a failed attempt with the same delivery id', async () => {
    const { endpoint: hook, secret } = await endpoint(['enrolment.created']);
    const edition = await given(t.db).edition();
    const enrolled = await enrol(edition.id, 'anna');
    expect(enrolled.status).toBe(201);

    receiver.answers = [{ status: 500, body: 'database down' }];
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(await deliveriesOf(hook.id)).toEqual([
      {
        event: 'enrolment.created',
        data: { enrolmentId: enrolled.body.enrolmentId, editionId: edition.id, personId: enrolled.body.personId, role: 'participant', status: 'active' },
        status: 'pending',
        attempts: 1,
        responseStatus: 500,
        waitSeconds: expect.any(Number),
      },
    ]);
    expect((await deliveriesOf(hook.id))[0].waitSeconds).toBeGreaterThanOrEqual(55);
    // Not due yet: the next tick leaves it alone.
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });

    await t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = $1`, [hook.id]);
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });

    expect(receiver.received).toHaveLength(2);
    const [first, retry] = receiver.received;
    for (const request of receiver.received) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['koers-event']).toBe('enrolment.created');
      expect(verifySignature(secret, String(request.headers['koers-signature']), request.body)).toBe(true);
      expect(verifySignature('whsec_another', String(request.headers['koers-signature']), request.body)).toBe(false);
    }
    // A replay ten minutes later fails the receiver's check.
    expect(verifySignature(secret, String(retry.headers['koers-signature']), retry.body, Math.floor(Date.now() / 1000) + 600)).toBe(false);
    const body = JSON.parse(retry.body);
    expect(JSON.parse(first.body).id).toBe(body.id);
    expect(retry.headers['koers-delivery']).toBe(body.id);
    expect(body).toEqual({ id: expect.any(String), event: 'enrolment.created', occurredAt: expect.any(String), data: expect.objectContaining({ role: 'participant' }) });

    const listed = await admin.get(`/api/webhooks/${hook.id}/deliveries`);
    expect(listed.body).toMatchObject({
      total: 1,
      items: [{ id: body.id, event: 'enrolment.created', status: 'delivered', attempts: 2, responseStatus: 200, responseSnippet: 'ok', nextAttemptAt: null }],
    });
    expect(listed.body.items[0].deliveredAt).not.toBeNull();
  });

  it('leases a delivery at most as often as it may be tried, also when its outcome could never be written', async () => {
    const { endpoint: hook } = await endpoint(['enrolment.created']);
    const edition = await given(t.db).edition();
    expect((await enrol(edition.id, 'anna')).status).toBe(201);
    // Twelve leases taken, none of them recorded (as when writing the outcome keeps failing): it is not sent again.
    await t.db.query(`UPDATE webhook_delivery SET attempts = 12, next_attempt_at = now() WHERE endpoint_id = $1`, [hook.id]);
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(receiver.received).toEqual([]);
    await t.db.query(`UPDATE webhook_delivery SET attempts = 11 WHERE endpoint_id = $1`, [hook.id]);
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(await deliveriesOf(hook.id)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 12 })]);
  });

  it('passes over an endpoint that failed for the rest of the tick, so a receiver that is down holds up no other', async () => {
    const down = new LocalReceiver();
    await down.start();
    const downUrl = down.url();
    await down.close();
    const { endpoint: broken } = await endpoint(['enrolment.created'], downUrl);
    const { endpoint: healthy } = await endpoint(['enrolment.created']);
    const edition = await given(t.db).edition();
    for (const name of ['anna', 'bram', 'cas']) expect((await enrol(edition.id, name)).status).toBe(201);

    expect(await worker.runOnce()).toEqual({ delivered: 3, failed: 1 });
    expect((await deliveriesOf(healthy.id)).map((delivery: { status: string }) => delivery.status)).toEqual(['delivered', 'delivered', 'delivered']);
    expect((await deliveriesOf(broken.id)).map((delivery: { attempts: number }) => delivery.attempts).sort()).toEqual([0, 0, 1]);
  });

  it('ends a tick at once while the database cannot be reached, sending nothing, and delivers on the next once it is back', async () => {
    const { endpoint: created } = await endpoint(['enrolment.created']);
    expect((await enrol((await given(t.db).edition()).id, 'anna')).status).toBe(201);
    const name = t.databaseUrl.slice(t.databaseUrl.lastIndexOf('/') + 1);
    const postgres = new Client({ connectionString: t.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
    await postgres.connect();
    await postgres.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await postgres.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
    try {
      const started = Date.now();
      expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(receiver.received).toEqual([]);
    } finally {
      await postgres.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
      await postgres.end();
    }
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect((await deliveriesOf(created.id)).map((delivery: { status: string }) => delivery.status)).toEqual(['delivered']);
  });

  it('keeps a receiver’s answer as text: a NUL, controls and direction overrides dropped, so an odd answer blocks no delivery', async () => {
    const { endpoint: odd } = await endpoint(['enrolment.created']);
    const edition = await given(t.db).edition();
    expect((await enrol(edition.id, 'anna')).status).toBe(201);
    expect((await enrol(edition.id, 'bram')).status).toBe(201);
    receiver.answers = [
      { status: 200, body: 'ok\u0000\u0007 gnirts\u202Edone' },
      { status: 500, body: 'fout\u0000' },
    ];
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 1 });
    const listed = await admin.get(`/api/webhooks/${odd.id}/deliveries`);
    expect(listed.body.items.map((item: { status: string; responseSnippet: string }) => [item.status, item.responseSnippet]).sort()).toEqual([
      ['delivered', 'ok gnirtsdone'],
      ['pending', 'fout'],
    ]);
  });

  it('serves endpoints side by side: receivers that hang for their whole timeout hold up none of the others', async () => {
    const held: import('node:http').ServerResponse[] = [];
    const hanging = createServer((_request, response) => void held.push(response));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const port = (hanging.address() as AddressInfo).port;
      for (const path of ['/a', '/b', '/c']) await endpoint(['enrolment.created'], `http://127.0.0.1:${port}${path}`);
      const { endpoint: healthy } = await endpoint(['enrolment.created']);
      const edition = await given(t.db).edition();
      expect((await enrol(edition.id, 'anna')).status).toBe(201);

      const started = Date.now();
      let reachedAfter: number | null = null;
      const tick = worker.runOnce();
      while (reachedAfter === null && Date.now() - started < 15_000) {
        if (receiver.received.length > 0) reachedAfter = Date.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(reachedAfter).not.toBeNull();
      expect(reachedAfter!).toBeLessThan(5_000);
      // What comes due while the others still hang reaches the healthy receiver in the same round, not after their timeout.
      const secondAt = Date.now();
      expect((await enrol(edition.id, 'bram')).status).toBe(201);
      let secondAfter: number | null = null;
      while (secondAfter === null && Date.now() - secondAt < 15_000) {
        if (receiver.received.length > 1) secondAfter = Date.now() - secondAt;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(secondAfter!).toBeLessThan(3_000);
      expect(await tick).toEqual({ delivered: 2, failed: 3 });
      expect((await deliveriesOf(healthy.id)).map((delivery: { status: string }) => delivery.status)).toEqual(['delivered', 'delivered']);
    } finally {
      for (const response of held) response.destroy();
      await new Promise((resolve) => hanging.close(resolve));
    }
  }, 30_000);

  it('queues nothing when the change rolls back, and nothing for events an endpoint did not subscribe to', async () => {
    const { endpoint: hook } = await endpoint(['enrolment.created']);
    const edition = await given(t.db).edition();
    // A statement after the delivery was queued fails: the whole enrolment rolls back, the delivery with it.
    await t.db.query(`CREATE FUNCTION refuse_challenge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_challenge BEFORE INSERT ON implementation_challenge FOR EACH ROW EXECUTE FUNCTION refuse_challenge()`);
    try {
      expect((await enrol(edition.id, 'bram')).status).toBe(500);
    } finally {
      await t.db.query(`DROP TRIGGER refuse_challenge ON implementation_challenge; DROP FUNCTION refuse_challenge()`);
    }
    expect(await t.db.query(`SELECT 1 FROM enrolment WHERE edition_id = $1`, [edition.id])).toEqual([]);
    expect(await deliveriesOf(hook.id)).toEqual([]);

    const enrolled = await enrol(edition.id, 'bram');
    expect((await admin.post(`/api/editions/${edition.id}/enrolments/${enrolled.body.enrolmentId}/withdraw`)).status).toBe(200);
    expect((await deliveriesOf(hook.id)).map((delivery: { event: string }) => delivery.event)).toEqual(['enrolment.created']);
  });

  it('reports withdrawals, attendance closed, completion reached, certificates issued and withdrawn', async () => {
    const { endpoint: hook, secret } = await endpoint(['enrolment.withdrawn', 'session.attendance_closed', 'completion.reached', 'certificate.issued', 'certificate.revoked']);
    const g = given(t.db);
    const edition = await g.edition();
    const [trainer, participant, leaver] = [await g.person(), await g.person(), await g.person()];
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const enrolment = await g.enrolment(edition.id, participant.id, 'participant');
    const leaving = await g.enrolment(edition.id, leaver.id, 'participant');
    // Enrolled before the programme day, so it counts for them.
    await t.db.query(`UPDATE enrolment SET enrolled_at = now() - interval '10 days' WHERE edition_id = $1`, [edition.id]);
    const day = await g.session(edition.id, { startsAt: new Date(Date.now() - 2 * 86_400_000) });
    await g.sessionStaff(day.id, trainer.id);
    await g.attendance(day.id, participant.id, 'present');

    // Withdrawn twice at once and once more after (a double click, a retry): reported once.
    const leavingTwice = await Promise.all([1, 2].map(() => admin.post(`/api/editions/${edition.id}/enrolments/${leaving.id}/withdraw`)));
    expect(leavingTwice.map((response) => response.status)).toEqual([200, 200]);
    expect((await admin.post(`/api/editions/${edition.id}/enrolments/${leaving.id}/withdraw`)).status).toBe(200);
    const recorder = await t.loginAs(trainer.email);
    expect((await recorder.post(`/api/sessions/${day.id}/attendance/absent`)).status).toBe(200);
    // Closing it again reports nothing new.
    expect((await recorder.post(`/api/sessions/${day.id}/attendance/absent`)).status).toBe(200);
    // Every programme day is held and attended, there are no assignments: the sweep sees the participant complete, once.
    expect(await t.app.get(CompletionSweep).runOnce()).toBe(1);
    expect(await t.app.get(CompletionSweep).runOnce()).toBe(0);
    expect((await (await t.loginAs(participant.email)).get(`/api/me/certificate/${edition.id}.pdf`)).status).toBe(200);
    // Withdrawn twice at once: reported once.
    const [issued] = (await admin.get(`/api/editions/${edition.id}/certificates`)).body.certificates;
    const withdrawals = await Promise.all([1, 2].map(() => admin.post(`/api/certificates/${issued.id}/revoke`, { reason: 'Aanwezigheid verkeerd geregistreerd.' })));
    expect(withdrawals.map((response) => response.status)).toEqual([200, 200]);

    const events = (await deliveriesOf(hook.id)).map(({ event, data }: { event: string; data: unknown }) => ({ event, data }));
    expect(events).toEqual([
      { event: 'enrolment.withdrawn', data: { enrolmentId: leaving.id, editionId: edition.id, personId: leaver.id, role: 'participant' } },
      { event: 'session.attendance_closed', data: { sessionId: day.id, editionId: edition.id } },
      { event: 'completion.reached', data: { enrolmentId: enrolment.id, editionId: edition.id, personId: participant.id } },
      { event: 'certificate.issued', data: { enrolmentId: enrolment.id, editionId: edition.id, personId: participant.id } },
      { event: 'certificate.revoked', data: { enrolmentId: enrolment.id, editionId: edition.id, personId: participant.id } },
    ]);
    expect(await worker.runOnce()).toEqual({ delivered: 5, failed: 0 });
    const revoked = receiver.received.find((request) => request.headers['koers-event'] === 'certificate.revoked')!;
    expect(verifySignature(secret, String(revoked.headers['koers-signature']), revoked.body)).toBe(true);
    expect(JSON.parse(revoked.body)).toMatchObject({ event: 'certificate.revoked', data: { enrolmentId: enrolment.id, personId: participant.id } });
  });

  it('reports an erasure, also of someone only in a completed edition, so receivers erase their copies too', async () => {
    const { endpoint: hook } = await endpoint(['person.erased']);
    const g = given(t.db);
    const completed = await g.edition({ status: 'completed' });
    const alumnus = await g.person();
    await g.enrolment(completed.id, alumnus.id, 'participant');
    expect((await admin.delete(`/api/admin/people/${alumnus.id}`)).status).toBe(200);
    expect((await deliveriesOf(hook.id)).map(({ event, data }: { event: string; data: unknown }) => ({ event, data }))).toEqual([
      { event: 'person.erased', data: { personId: alumnus.id } },
    ]);
  });

  it('reports an internal-team member joining by invitation and being removed by the participant', async () => {
    const { endpoint: hook } = await endpoint(['enrolment.created', 'enrolment.withdrawn']);
    const g = given(t.db);
    const edition = await g.edition();
    const [participant, colleague] = [await g.person(), await g.person()];
    await g.enrolment(edition.id, participant.id, 'participant');
    const asParticipant = await t.loginAs(participant.email);
    const invited = await asParticipant.post('/api/me/internal-team', { name: 'Collega', email: colleague.email, roleInOrganisation: 'Teamleider' });
    expect((await (await t.loginAs(colleague.email)).post(`/api/me/invitations/${invited.body.invitationId}/accept`)).status).toBe(204);
    expect((await asParticipant.delete(`/api/me/internal-team/${colleague.id}`)).status).toBe(204);

    const [membership] = await t.db.query(`SELECT id FROM enrolment WHERE person_id = $1 AND edition_id = $2`, [colleague.id, edition.id]);
    const member = { enrolmentId: membership.id, editionId: edition.id, personId: colleague.id, role: 'internal_team_member' };
    expect((await deliveriesOf(hook.id)).map(({ event, data }: { event: string; data: unknown }) => ({ event, data }))).toEqual([
      { event: 'enrolment.created', data: { ...member, status: 'active' } },
      { event: 'enrolment.withdrawn', data: member },
    ]);
  });

  it('reports a participant moving up from the waiting list to a place that came free', async () => {
    const { endpoint: hook } = await endpoint(['enrolment.withdrawn', 'enrolment.promoted']);
    const edition = await given(t.db).edition({ capacity: 1 });
    expect((await enrol(edition.id, 'eerste')).body.status).toBe('active');
    const waiting = await enrol(edition.id, 'wachtende');
    expect(waiting.body.status).toBe('waitlisted');
    const [first] = await t.db.query(`SELECT en.id, en.person_id AS "personId" FROM enrolment en WHERE en.edition_id = $1 AND en.status = 'active'`, [edition.id]);
    expect((await admin.post(`/api/editions/${edition.id}/enrolments/${first.id}/withdraw`)).status).toBe(200);

    // Both written in the withdrawal's transaction, at one moment: in no particular order.
    const reported = (await deliveriesOf(hook.id)).map(({ event, data }: { event: string; data: unknown }) => ({ event, data }));
    expect(reported.sort((a: { event: string }, b: { event: string }) => b.event.localeCompare(a.event))).toEqual([
      { event: 'enrolment.withdrawn', data: { enrolmentId: first.id, editionId: edition.id, personId: first.personId, role: 'participant' } },
      { event: 'enrolment.promoted', data: { enrolmentId: waiting.body.enrolmentId, editionId: edition.id, personId: waiting.body.personId, role: 'participant', status: 'active' } },
    ]);
  });

  it('signs with the new secret once it is rotated', async () => {
    const { endpoint: hook, secret: old } = await endpoint(['enrolment.created']);
    const rotated = await admin.post(`/api/webhooks/${hook.id}/secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(old);
    await enrol((await given(t.db).edition()).id, 'cas');
    await worker.runOnce();
    const [request] = receiver.received;
    expect(verifySignature(rotated.body.secret, String(request.headers['koers-signature']), request.body)).toBe(true);
    expect(verifySignature(old, String(request.headers['koers-signature']), request.body)).toBe(false);
  });

  it('switches an endpoint off after a day of failures, tells the programme office, and takes it back on', async () => {
    const { endpoint: hook } = await endpoint(['enrolment.created']);
    const edition = await given(t.db).edition();
    await enrol(edition.id, 'dirk');
    // Failing for 23 hours: one more failure is not yet enough.
    await t.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '23 hours' WHERE id = $1`, [hook.id]);
    receiver.answers = [{ status: 503 }];
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await admin.get('/api/webhooks')).body[0]).toMatchObject({ enabled: true, failingSince: expect.any(String) });

    // A day and an hour: the next failure switches it off.
    await t.db.query(`UPDATE webhook_endpoint SET failing_since = now() - interval '25 hours' WHERE id = $1`, [hook.id]);
    await t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = $1`, [hook.id]);
    receiver.answers = [{ status: 503 }];
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    const [off] = (await admin.get('/api/webhooks')).body;
    expect(off).toMatchObject({ enabled: false, disabledAt: expect.any(String) });

    // Switched off: it gets no new events, and what waits is not sent.
    await enrol(edition.id, 'eva');
    await t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = $1`, [hook.id]);
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);

    // The programme office, who manage webhooks, hear of it by mail, through the mail queue.
    await t.app.get(NotificationWorker).runOnce();
    const admins: { email: string }[] = await t.db.query(`SELECT email FROM person WHERE is_admin`);
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === 'Een Koers-webhook is uitgezet');
    expect(mails.map((mail) => mail.to).sort()).toEqual(admins.map((a) => a.email).sort());
    expect(mails[0].text).toContain(receiver.url());

    const back = await admin.patch(`/api/webhooks/${hook.id}`, { enabled: true });
    expect(back.body).toMatchObject({ enabled: true, disabledAt: null, failingSince: null });
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
  });

  it('refuses private targets unless allowed, and follows no redirect', async () => {
    const strict = new WebhookSender({ ...t.config, webhooksAllowPrivateTargets: false });
    for (const url of [receiver.url(), receiver.url().replace('127.0.0.1', 'localhost'), 'http://[::1]:9/', 'https://169.254.169.254/latest/meta-data']) {
      const attempt = await strict.post(url, '{}', {});
      expect(attempt).toMatchObject({ delivered: false, status: null, snippet: expect.stringMatching(/^refused: .*private address/) });
    }
    expect(receiver.received).toEqual([]);

    // The programme office hears it when entering such an address, not after a day of failed deliveries.
    const kept = await endpoint(['enrolment.created'], 'https://crm.example.nl/koers');
    t.config.webhooksAllowPrivateTargets = false;
    try {
      for (const url of [receiver.url(), 'https://localhost/koers', 'https://[::1]/', 'https://169.254.169.254/latest/meta-data', 'https://10.1.2.3/', 'https://[2002:7f00:1::]/', 'https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', 'https://[::7f00:1]/', 'https://[64:ff9b:1::a00:1]/', 'https://192.0.2.10/']) {
        const refused = await admin.post('/api/webhooks', { url, description: '', events: ['enrolment.created'] });
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({ error: 'webhook_target_private', fields: [{ field: 'url', message: expect.stringContaining('privénetwerk') }] });
      }
      expect((await admin.patch(`/api/webhooks/${kept.endpoint.id}`, { url: 'https://192.168.1.20/koers' })).body.error).toBe('webhook_target_private');
    } finally {
      t.config.webhooksAllowPrivateTargets = true;
    }
    expect((await admin.get('/api/webhooks')).body.map((hook: { url: string }) => hook.url)).toEqual(['https://crm.example.nl/koers']);

    const allowed = t.app.get(WebhookSender);
    receiver.answers = [{ status: 302, headers: { location: 'https://elsewhere.example.nl/' } }];
    expect(await allowed.post(receiver.url(), '{}', {})).toEqual({ delivered: false, status: 302, snippet: 'redirect to https://elsewhere.example.nl/ not followed;' });
    expect(receiver.received).toHaveLength(1);
  });

  it('counts a 2xx whose body trickles in as delivered, from the start of its body', async () => {
    const trickling = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('ontvangen');
      // One more byte every two seconds, for longer than the request may take.
      const drip = setInterval(() => response.write('.'), 2000);
      response.on('close', () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => trickling.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const answer = await t.app.get(WebhookSender).post(`http://127.0.0.1:${(trickling.address() as AddressInfo).port}/koers`, '{}', {});
      expect(answer).toMatchObject({ delivered: true, status: 200, snippet: 'ontvangen' });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      trickling.closeAllConnections();
      await new Promise((resolve) => trickling.close(resolve));
    }
  });
});
