import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { given } from '../../builders';
import { createTestApp } from '../../test-app';
import { multipartBody } from '../hostile-input';
import { send } from '../write-properties';

it('probes materials', async () => {
  const t = await createTestApp();
  const g = given(t.db);
  const edition = await g.edition();
  const trainer = await g.person();
  await g.enrolment(edition.id, trainer.id, 'trainer');
  const session = await g.session(edition.id, { startsAt: new Date(Date.now() - 3600_000) });
  const client = await t.loginAs(trainer.email);
  const count = async () => [
    ...(await readdir(path.join(t.config.dataDir, 'files')).catch(() => [])),
    ...(await readdir(path.join(t.config.dataDir, 'files', 'incoming')).catch(() => [])).map((f) => `incoming/${f}`),
  ].join(',');
  const out: unknown[] = [];
  const png = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  for (let i = 0; i < 10; i++) {
    const before = await count();
    const body = multipartBody(
      [
        { field: 'file', fileName: '\u{1020D0}\u0000', content: png },
        { field: 'file', fileName: 'ffffffff-ffff-ffff-ffff-ffffffffffff', content: Buffer.from([210, 0, 57, 197, 90, 88]) },
      ],
      'cut off',
    );
    const r = await send(client, 'POST', `/api/sessions/${session.id}/materials`, body);
    const immediately = await count();
    await new Promise((resolve) => setTimeout(resolve, 50));
    out.push([r.status, before, immediately, await count()]);
  }
  process.stdout.write(JSON.stringify(out) + '\n');
  await t.close();
});
