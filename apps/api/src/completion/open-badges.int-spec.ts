import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CompletionRepository } from './completion.repository';
import { newVerificationCode } from './verification-code';

/** The published Open Badges 2.0 context and JSON schemas, vendored with their source (see the README beside them). */
const FIXTURES = path.join(__dirname, '../../test/fixtures/open-badges');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(fixture('required-properties.schema.json'), 'required');
ajv.addSchema(fixture('ob-v2p1-postassertion-requestpayload-schema.json'));
ajv.addSchema(fixture('ob-v2p1-postprofile-requestpayload-schema.json'));
const CONTEXT_TERMS = new Set(Object.keys(fixture('context-v2.json')['@context']));

function expectValid(schemaRef: string, document: unknown) {
  const validate = ajv.getSchema(schemaRef)!;
  expect({ valid: validate(document), errors: validate.errors }).toEqual({ valid: true, errors: null });
}

/** Each property, and each `type` value, must be a term of the Open Badges context: JSON-LD expansion drops what is not. */
function termsOutsideContext(document: unknown): string[] {
  if (Array.isArray(document)) return document.flatMap(termsOutsideContext);
  if (document === null || typeof document !== 'object') return [];
  return Object.entries(document).flatMap(([key, value]) => [
    ...(key === '@context' || CONTEXT_TERMS.has(key) ? [] : [key]),
    ...(key === 'type' && !CONTEXT_TERMS.has(value as string) ? [`type ${String(value)}`] : []),
    ...(key === '@context' ? [] : termsOutsideContext(value)),
  ]);
}

/** The chunks of a PNG, each checked against its CRC. */
function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    offset += 12 + length;
  }
  return chunks;
}

describe('Open Badges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      publicUrl: 'https://koers.example.nl',
      programmeOffice: { name: 'Programmabureau HIS', email: 'programmabureau@koers.example.nl', contactEmail: 'programmabureau@koers.example.nl', url: 'https://www.his.example.nl' },
    });
  });
  afterAll(() => t.close());

  async function certified() {
    const g = given(t.db);
    const programme = await g.programme({ name: 'Health Innovation School' });
    const edition = await g.edition({ programmeId: programme.id });
    const participant = await g.person({ name: 'Αλέξανδρος Παπαδόπουλος' });
    const enrolment = await g.enrolment(edition.id, participant.id, 'participant');
    const certificate = await t.app.get(CompletionRepository).issueCertificate(enrolment.id, newVerificationCode(), {
      participantName: participant.name,
      programmeName: 'Health Innovation School',
      editionName: edition.name,
      editionStartDate: '2027-01-12',
      editionEndDate: '2027-09-12',
      programmeDaysAttended: 9,
      programmeDaysCounted: 10,
      issuedAt: '2027-09-12T22:30:00.000Z',
    });
    return { programme, edition, participant, code: certificate.verificationCode };
  }

  it('serves the assertion at the verification address as JSON-LD and JSON, valid against the published schemas and context', async () => {
    const { programme, participant, code } = await certified();
    const linked = await t.anonymous().get(`/verify/${code}`, { accept: 'application/ld+json, application/json;q=0.9' });
    expect(linked.status).toBe(200);
    expect(linked.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const assertion = linked.body;
    const plain = await t.anonymous().get(`/verify/${code}`, { accept: 'application/json' });
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.body).toEqual(assertion);
    expect((await t.anonymous().get(`/verify/${code}`, { accept: 'text/html' })).headers['content-type']).toBe('text/html; charset=utf-8');
    // No preference (curl, a badge verifier): the assertion; a browser lists text/html first and gets the page.
    expect((await t.anonymous().get(`/verify/${code}`, { accept: '*/*' })).headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect((await t.anonymous().get(`/verify/${code}`, { accept: browser })).headers['content-type']).toBe('text/html; charset=utf-8');

    expect(assertion).toMatchObject({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: `https://koers.example.nl/verify/${code}`,
      badge: `https://koers.example.nl/api/badges/programmes/${programme.id}`,
      verification: { type: 'hosted' },
      issuedOn: '2027-09-12T22:30:00.000Z',
    });
    // The address only as a salted hash, which a backpack that knows the address can match.
    const { salt, identity } = assertion.recipient;
    expect(identity).toBe(`sha256$${createHash('sha256').update(participant.email + salt).digest('hex')}`);
    expect(JSON.stringify(assertion)).not.toContain(participant.email);
    expect(JSON.stringify(assertion)).not.toContain(participant.name);
    // Stable: the same salt and hash on every request.
    expect((await t.anonymous().get(`/verify/${code}`, { accept: 'application/ld+json' })).body).toEqual(assertion);

    expectValid('postAssertion-requestpayload-schema.json', { assertion });
    expectValid('required#/definitions/Assertion', assertion);
    expect(termsOutsideContext(assertion)).toEqual([]);
  });

  it('publishes the badge class with the completion rule as criteria, its image and the issuer profile, all public', async () => {
    const { programme, code } = await certified();
    const assertion = (await t.anonymous().get(`/verify/${code}`, { accept: 'application/ld+json' })).body;

    const badgeClass = await t.anonymous().get(new URL(assertion.badge).pathname, { accept: 'application/ld+json' });
    expect(badgeClass.status).toBe(200);
    expect(badgeClass.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expectValid('required#/definitions/BadgeClass', badgeClass.body);
    expect(termsOutsideContext(badgeClass.body)).toEqual([]);
    expect(badgeClass.body).toMatchObject({ id: assertion.badge, name: 'Health Innovation School', issuer: 'https://koers.example.nl/api/badges/issuer' });
    expect(badgeClass.body.criteria.narrative).toContain('ten minste 80% van de gehouden lesdagen');
    expect(badgeClass.body.criteria.narrative).toContain('Alle opdrachten van die editie goedgekeurd');

    const image = await t.anonymous().get(new URL(badgeClass.body.image).pathname);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    // Shown by badge displayers on other sites: helmet's same-origin resource policy would block the <img>.
    expect([image.headers['cross-origin-resource-policy'], badgeClass.headers['cross-origin-resource-policy']]).toEqual(['cross-origin', 'cross-origin']);
    expect(pngChunks(image.raw).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);

    const issuer = await t.anonymous().get(new URL(badgeClass.body.issuer).pathname, { accept: 'application/json' });
    expect(issuer.status).toBe(200);
    expect(issuer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(issuer.body).toEqual({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Issuer',
      id: 'https://koers.example.nl/api/badges/issuer',
      name: 'Programmabureau HIS',
      url: 'https://www.his.example.nl',
      email: 'programmabureau@koers.example.nl',
    });
    expectValid('postProfile-requestpayload-schema.json', issuer.body);
    expectValid('required#/definitions/Issuer', issuer.body);
    expect(termsOutsideContext(issuer.body)).toEqual([]);
    // Hosted verification: assertion, badge class and issuer on one origin.
    expect(new Set([assertion.id, badgeClass.body.id, issuer.body.id].map((id) => new URL(id).origin))).toEqual(new Set(['https://koers.example.nl']));

    expect((await t.anonymous().get('/api/badges/programmes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.anonymous().get('/api/badges/programmes/00000000-0000-4000-8000-000000000000/image.png')).status).toBe(404);
    expect((await t.anonymous().get('/api/badges/programmes/not-a-uuid')).status).toBe(404);
    expect((await t.anonymous().get(`/api/badges/programmes/${programme.id}`)).status).toBe(200);
  });

  it('lets the participant download the badge as a PNG with the assertion baked in, and forgets it when the person is erased', async () => {
    const { edition, participant, code } = await certified();
    const client = await t.loginAs(participant.email);
    const status = await client.get(`/api/me/completion/${edition.id}`);
    expect(status.body.badgeUrl).toBe(`/api/me/certificate/${edition.id}/badge.png`);

    const download = await client.get(status.body.badgeUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain('.png');
    const baked = pngChunks(download.raw).find((chunk) => chunk.type === 'iTXt')!;
    // keyword, NUL, compression flag and method, empty language tag and translated keyword, then the text.
    expect(baked.data.subarray(0, 15)).toEqual(Buffer.from('openbadges\0\0\0\0\0', 'latin1'));
    const assertion = (await t.anonymous().get(`/verify/${code}`, { accept: 'application/ld+json' })).body;
    expect(JSON.parse(baked.data.subarray(15).toString('utf8'))).toEqual(assertion);

    // Erasure deletes the certificate: its assertion is gone, so a verifier rejects the badge.
    const admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    expect((await admin.request('DELETE', `/api/admin/people/${participant.id}`)).status).toBeLessThan(300);
    const gone = await t.anonymous().get(`/verify/${code}`, { accept: 'application/ld+json' });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ genuine: false, code });
  });
});
