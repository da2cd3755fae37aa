import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

/** A multipart/form-data body with one file in the field `photo`, as a browser sends it. */
function photoUpload(fileName: string, content: Buffer) {
  const boundary = '----koersphoto';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The smallest PNG: a 1×1 transparent pixel. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe("who's who", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const g = given(t.db);
    const [edition, otherEdition] = [await g.edition(), await g.edition()];
    const zorg = await g.organisation({ region: 'Zuid-Limburg' });
    const lotte = await g.person({ name: 'Lotte Bakker', organisationId: zorg.id });
    const [jan, trainer, director, otherParticipant, admin] = await Promise.all([
      g.person({ name: 'Jan Smit' }),
      g.person({ name: 'Sanne de Vries' }),
      g.person({ name: 'Hans Visser', organisationId: zorg.id }),
      g.person(),
      g.person({ isAdmin: true }),
    ]);
    const lotteEnrolment = await g.enrolment(edition.id, lotte.id, 'participant', { directorPersonId: director.id });
    await g.challenge(lotteEnrolment.id, { title: 'Slimme sensoren', phase: 'plan' });
    await g.enrolment(edition.id, jan.id, 'participant');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(otherEdition.id, otherParticipant.id, 'participant');
    return { edition, zorg, lotte, jan, trainer, director, otherParticipant, admin };
  }

  it("shows an edition's people with organisation, region, role, challenge and introduction to its members, in one statement", async () => {
    const w = await world();
    const lotte = await t.loginAs(w.lotte.email);
    expect((await lotte.put('/api/me/directory-profile', { introduction: '  Verpleegkundige, gek op techniek. ', hidden: false, alumni: false })).body).toEqual({
      introduction: 'Verpleegkundige, gek op techniek.',
      hidden: false,
      alumni: false,
      hasPhoto: false,
    });
    const jan = await t.loginAs(w.jan.email);
    t.queries.reset();
    const directory = await jan.get(`/api/editions/${w.edition.id}/directory`);
    expect(t.queries.count).toBe(3); // login session, edition standing, the directory
    expect(directory.status).toBe(200);
    expect(directory.body).toEqual([
      { personId: w.jan.id, name: 'Jan Smit', organisation: null, region: null, role: 'participant', challenge: null, introduction: null, hasPhoto: false },
      {
        personId: w.lotte.id,
        name: 'Lotte Bakker',
        organisation: w.zorg.name,
        region: 'Zuid-Limburg',
        role: 'participant',
        challenge: { title: 'Slimme sensoren', phase: 'plan' },
        introduction: 'Verpleegkundige, gek op techniek.',
        hasPhoto: false,
      },
      { personId: w.trainer.id, name: 'Sanne de Vries', organisation: null, region: null, role: 'trainer', challenge: null, introduction: null, hasPhoto: false },
      { personId: w.director.id, name: 'Hans Visser', organisation: w.zorg.name, region: 'Zuid-Limburg', role: 'director', challenge: null, introduction: null, hasPhoto: false },
    ]);
    expect(JSON.stringify(directory.body)).not.toContain(w.lotte.email);
  });

  it('is closed to other editions; people who hid themselves are seen by the programme office only', async () => {
    const w = await world();
    const url = `/api/editions/${w.edition.id}/directory`;
    expect((await (await t.loginAs(w.otherParticipant.email)).get(url)).status).toBe(403);
    expect((await t.anonymous().get(url)).status).toBe(401);

    const lotte = await t.loginAs(w.lotte.email);
    expect((await lotte.put('/api/me/directory-profile', { introduction: null, hidden: true, alumni: false })).status).toBe(200);
    expect((await lotte.get('/api/me/directory-profile')).body).toEqual({ introduction: null, hidden: true, alumni: false, hasPhoto: false });
    const names = async (email: string) => (await (await t.loginAs(email)).get(url)).body.map((entry: { name: string }) => entry.name);
    for (const member of [w.jan, w.trainer, w.director, w.lotte]) expect(await names(member.email)).not.toContain('Lotte Bakker');
    const asOffice = (await (await t.loginAs(w.admin.email)).get(url)).body;
    expect(asOffice.find((entry: { personId: string }) => entry.personId === w.lotte.id)).toMatchObject({ name: 'Lotte Bakker', hidden: true });
  });

  it('leaves out someone only in an internal team until they choose to be seen; anyone else is seen until they hide', async () => {
    const w = await world();
    const colleague = await given(t.db).person({ name: 'Karin Collega' });
    await given(t.db).enrolment(w.edition.id, colleague.id, 'internal_team_member');
    const url = `/api/editions/${w.edition.id}/directory`;
    const names = async () => (await (await t.loginAs(w.jan.email)).get(url)).body.map((entry: { name: string }) => entry.name);
    expect(await names()).not.toContain('Karin Collega');
    const karin = await t.loginAs(colleague.email);
    expect((await karin.get('/api/me/directory-profile')).body).toEqual({ introduction: null, hidden: true, alumni: false, hasPhoto: false });
    expect((await (await t.loginAs(w.admin.email)).get(url)).body.find((entry: { name: string }) => entry.name === 'Karin Collega')).toMatchObject({ hidden: true });
    // She chooses to be seen.
    expect((await karin.put('/api/me/directory-profile', { introduction: 'Teamleider nachtdienst.', hidden: false, alumni: false })).status).toBe(200);
    expect(await names()).toContain('Karin Collega');
    // A participant is seen without choosing anything.
    expect((await (await t.loginAs(w.lotte.email)).get('/api/me/directory-profile')).body.hidden).toBe(false);

    // A colleague who writes an introduction without touching the choice has made none: enrolled as a participant
    // later, she is seen.
    const piet = await given(t.db).person({ name: 'Piet Collega' });
    await given(t.db).enrolment(w.edition.id, piet.id, 'internal_team_member');
    const asPiet = await t.loginAs(piet.email);
    expect((await asPiet.put('/api/me/directory-profile', { introduction: 'Fysiotherapeut.', hidden: true, alumni: false })).status).toBe(200);
    expect(await names()).not.toContain('Piet Collega');
    await given(t.db).enrolment((await given(t.db).edition()).id, piet.id, 'participant');
    expect(await names()).toContain('Piet Collega');
  });

  it('validates the profile', async () => {
    const w = await world();
    const bad = await (await t.loginAs(w.jan.email)).put('/api/me/directory-profile', { introduction: 'x'.repeat(601), hidden: 'ja', alumni: false });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['hidden', 'introduction']);
  });

  it('takes a photo checked by its content and size, shows it to the edition only, and replaces or removes it', async () => {
    const w = await world();
    const lotte = await t.loginAs(w.lotte.email);
    const upload = (fileName: string, content: Buffer) => {
      const form = photoUpload(fileName, content);
      return lotte.put('/api/me/directory-profile/photo', form.body, form.headers);
    };
    expect((await upload('cv.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'))).status).toBe(415);
    expect((await upload('fake.png', Buffer.from('<html>not an image</html>'))).status).toBe(415);
    expect((await upload('huge.png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]))).status).toBe(413);
    const saved = await upload('ik.png', PNG);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ hasPhoto: true });
    const files = async () => (await t.db.query(`SELECT photo_storage_key AS key FROM directory_profile WHERE person_id = $1`, [w.lotte.id]))[0]?.key;
    const first = await files();

    const url = `/api/editions/${w.edition.id}/directory/${w.lotte.id}/photo`;
    const seen = await (await t.loginAs(w.jan.email)).get(url);
    expect(seen.status).toBe(200);
    expect(seen.headers['content-type']).toBe('image/webp');
    expect(seen.headers['x-content-type-options']).toBe('nosniff');
    expect((await (await t.loginAs(w.otherParticipant.email)).get(url)).status).toBe(403);
    expect((await (await t.loginAs(w.jan.email)).get(`/api/editions/${w.edition.id}/directory/${w.otherParticipant.id}/photo`)).status).toBe(404);
    expect((await (await t.loginAs(w.jan.email)).get(`/api/editions/${w.edition.id}/directory`)).body.find((e: { personId: string }) => e.personId === w.lotte.id)).toMatchObject({
      hasPhoto: true,
    });

    // Hidden from the who's who, Lotte still sees her own photo; Jan no longer does.
    await lotte.put('/api/me/directory-profile', { introduction: null, hidden: true, alumni: false });
    expect((await lotte.get(url)).status).toBe(200);
    expect((await (await t.loginAs(w.jan.email)).get(url)).status).toBe(404);
    await lotte.put('/api/me/directory-profile', { introduction: null, hidden: false, alumni: false });

    expect((await upload('nieuw.png', PNG)).status).toBe(200);
    expect(await files()).not.toBe(first);
    expect((await lotte.delete('/api/me/directory-profile/photo')).status).toBe(204);
    expect(await files()).toBeNull();
    expect((await (await t.loginAs(w.jan.email)).get(url)).status).toBe(404);
  });

  it('keeps a photo at most 400 × 400, aspect ratio kept, re-encoded without EXIF (no GPS position), and not the upload itself', async () => {
    const w = await world();
    const lotte = await t.loginAs(w.lotte.email);
    const place = 'Eikenhof, kamer 12';
    // A 3000 × 2000 camera photo with its orientation, a description and a GPS position in its EXIF.
    const camera = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 200, g: 120, b: 40 } } })
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { ImageDescription: place, Make: 'Telefoon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 5/1' } })
      .toBuffer();
    const before = await sharp(camera).metadata();
    expect([before.width, before.height, before.exif?.includes(place)]).toEqual([3000, 2000, true]);
    const filesDir = path.join(t.config.dataDir, 'files');
    const filesBefore = existsSync(filesDir) ? readdirSync(filesDir).filter((name) => name !== 'incoming') : [];

    const form = photoUpload('vakantie.jpg', camera);
    expect((await lotte.put('/api/me/directory-profile/photo', form.body, form.headers)).status).toBe(200);

    const seen = await (await t.loginAs(w.jan.email)).get(`/api/editions/${w.edition.id}/directory/${w.lotte.id}/photo`);
    expect(seen.headers['content-type']).toBe('image/webp');
    const [{ key }] = await t.db.query(`SELECT photo_storage_key AS key FROM directory_profile WHERE person_id = $1`, [w.lotte.id]);
    const kept = readFileSync(path.join(filesDir, key));
    const after = await sharp(kept).metadata();
    expect({ format: after.format, width: after.width, height: after.height, exif: after.exif, icc: after.icc, xmp: after.xmp }).toEqual({
      format: 'webp',
      width: 400,
      height: 267,
      exif: undefined,
      icc: undefined,
      xmp: undefined,
    });
    expect(kept.includes(Buffer.from(place))).toBe(false);
    // Only the resized photo stays in storage, not the upload it was made from.
    expect(readdirSync(filesDir).filter((name) => name !== 'incoming' && !filesBefore.includes(name))).toEqual([key]);

    // A small photo is not enlarged; content that claims to be a JPEG but does not decode is refused.
    const small = photoUpload('klein.png', await sharp({ create: { width: 120, height: 300, channels: 4, background: '#00000000' } }).png().toBuffer());
    expect((await lotte.put('/api/me/directory-profile/photo', small.body, small.headers)).status).toBe(200);
    const [{ key: smallKey }] = await t.db.query(`SELECT photo_storage_key AS key FROM directory_profile WHERE person_id = $1`, [w.lotte.id]);
    expect(await sharp(readFileSync(path.join(filesDir, smallKey))).metadata()).toMatchObject({ format: 'webp', width: 120, height: 300, hasAlpha: true });
    const broken = photoUpload('kapot.jpg', Buffer.concat([camera.subarray(0, 600), Buffer.alloc(2000)]));
    const refused = await lotte.put('/api/me/directory-profile/photo', broken.body, broken.headers);
    expect(refused.status).toBe(415);
    expect(refused.body.error).toBe('photo_type_not_accepted');
    // A real PNG of 48 megapixels (150 KB of one colour) is refused for its size in pixels, not as no photo at all.
    const huge = photoUpload('panorama.png', await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#336699' } }).png().toBuffer());
    const tooManyPixels = await lotte.put('/api/me/directory-profile/photo', huge.body, huge.headers);
    expect([tooManyPixels.status, tooManyPixels.body.error, tooManyPixels.body.message]).toEqual([
      413,
      'photo_too_many_pixels',
      'Deze foto heeft te veel pixels: hoogstens 40 megapixel. Verklein hem en probeer het opnieuw.',
    ]);
  });

  it('shows later cohorts the participants of earlier editions of the same programme who opted in (de Rebels)', async () => {
    const g = given(t.db);
    const programme = await g.programme();
    const [first, second, later] = [
      await g.edition({ programmeId: programme.id, startDate: '2025-01-14', endDate: '2025-09-14', status: 'completed' }),
      await g.edition({ programmeId: programme.id, startDate: '2026-01-13', endDate: '2026-09-13', status: 'completed' }),
      await g.edition({ programmeId: programme.id, startDate: '2026-11-17', endDate: '2027-07-13', status: 'running' }),
    ];
    const otherProgramme = await g.edition({ startDate: '2025-01-14', endDate: '2025-09-14', status: 'completed' });
    const [rebel, shy, hidden, elsewhere, newcomer] = await Promise.all(['Ria Rebel', 'Sam Stil', 'Vera Verborgen', 'Otto Ander', 'Nina Nieuw'].map((name) => g.person({ name })));
    const rebelEnrolment = await g.enrolment(first.id, rebel.id, 'participant');
    await g.challenge(rebelEnrolment.id, { title: 'Beeldbellen', phase: 'do' });
    await g.enrolment(second.id, shy.id, 'participant');
    await g.enrolment(second.id, hidden.id, 'participant');
    await g.enrolment(otherProgramme.id, elsewhere.id, 'participant');
    await g.enrolment(later.id, newcomer.id, 'participant');
    for (const [person, profile] of [
      [rebel, { introduction: 'Vraag me alles over beeldbellen.', hidden: false, alumni: true }],
      [shy, { introduction: null, hidden: false, alumni: false }],
      [hidden, { introduction: null, hidden: true, alumni: true }],
      [elsewhere, { introduction: null, hidden: false, alumni: true }],
    ] as const) {
      expect((await (await t.loginAs(person.email)).put('/api/me/directory-profile', profile)).status).toBe(200);
    }

    const alumni = await (await t.loginAs(newcomer.email)).get(`/api/editions/${later.id}/alumni`);
    expect(alumni.status).toBe(200);
    expect(alumni.body).toEqual([
      {
        personId: rebel.id,
        name: 'Ria Rebel',
        organisation: null,
        region: null,
        editionName: first.name,
        challenge: { title: 'Beeldbellen', phase: 'do' },
        introduction: 'Vraag me alles over beeldbellen.',
      },
    ]);
    // The first cohort has nobody before it; outsiders are refused.
    expect((await (await t.loginAs(rebel.email)).get(`/api/editions/${first.id}/alumni`)).body).toEqual([]);
    expect((await (await t.loginAs(elsewhere.email)).get(`/api/editions/${later.id}/alumni`)).status).toBe(403);
  });
});
