import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, mainMenu, stickingOutSideways, visit } from './support/koers';

/** A Rebel of HIS-I 1.0 whom this journey enrols in an edition of its own, so no other journey sees its scan. */
const RESPONDENT = 'rebel7.hisi10@koers.demo';
/** A director of an organisation in HIS-I 1.0, which holds start and end scans. */
const DIRECTOR = 'directeur1.hisi10@koers.demo';

/** The first Tuesday at least ten days ahead: its start scan is open now (it opens 21 days before the first day). */
function tuesdayAhead(today = new Date()): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 10));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The programme office, through the API with its browser session: a published HIS-I edition with the respondent in it. */
async function editionWithRespondent(admin: Page): Promise<void> {
  const { csrfToken } = await (await admin.request.get(appUrl('/api/auth/csrf'))).json();
  const headers = { 'x-csrf-token': csrfToken, 'content-type': 'application/json', origin: new URL(appUrl()).origin };
  const programmes: { id: string; code: string }[] = await (await admin.request.get(appUrl('/api/programmes'))).json();
  const programme = programmes.find((candidate) => candidate.code === 'HIS-I')!;
  const created = await admin.request.post(appUrl(`/api/programmes/${programme.id}/editions`), {
    headers,
    data: { name: 'HIS-I Metingen', startDate: tuesdayAhead(), cadenceWeeks: 3, weekday: 2, startTime: '09:30' },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await admin.request.post(appUrl(`/api/editions/${id}/status`), { headers, data: { status: 'open' } })).status()).toBe(200);
  // Enrolled with the organisation they already belong to, so HIS-I 1.0's results stay as they were.
  const people = await (await admin.request.get(appUrl(`/api/admin/people?search=${encodeURIComponent(RESPONDENT)}`))).json();
  const { name, organisationName } = people.items[0];
  const enrolled = await admin.request.post(appUrl(`/api/editions/${id}/enrolments`), { headers, data: { role: 'participant', name, email: RESPONDENT, organisation: organisationName } });
  expect(enrolled.status()).toBeLessThan(300);
}

async function openScan(page: Page) {
  await loginThroughUi(page, RESPONDENT);
  const tasks = page.getByRole('region', { name: 'Vragenlijsten voor jou' });
  await tasks.getByRole('link', { name: 'Innovatiescan (voorbeeld)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Innovatiescan (voorbeeld)' }).waitFor();
}

describe('measurements', () => {
  const session = useBrowser();

  it('a participant fills the scan on a phone across two visits without losing answers', async () => {
    const admin = await session.page('desktop');
    await loginThroughUi(admin, demoAccount('admin').email);
    await editionWithRespondent(admin);

    const firstVisit = await session.page('phone');
    await openScan(firstVisit);
    const statements = firstVisit.getByRole('group');
    const chosen: string[] = [];
    for (let index = 0; index < 3; index++) {
      const statement = statements.nth(index);
      chosen.push((await statement.locator('legend').textContent())!);
      await statement.getByRole('radio', { name: 'Deels aanwezig' }).check();
      await statement.getByText('Bewaard').waitFor();
    }
    await firstVisit.getByText('3 van ', { exact: false }).waitFor();
    await expectNoAxeViolations(firstVisit);
    await firstVisit.context().close();

    // Another day, another login: the three answers are there, and the next one adds to them.
    const secondVisit = await session.page('phone');
    await openScan(secondVisit);
    for (const statement of chosen) {
      expect(await secondVisit.getByRole('group', { name: statement }).getByRole('radio', { name: 'Deels aanwezig' }).isChecked()).toBe(true);
    }
    const fourth = secondVisit.getByRole('group').nth(3);
    await fourth.getByRole('radio', { name: 'Volledig aanwezig' }).check();
    await fourth.getByText('Bewaard').waitFor();
    await secondVisit.getByText('4 van ', { exact: false }).waitFor();
  });

  it('a director compares the start and end of their organisation, in a chart with a table, and axe passes', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, DIRECTOR);
    await (await mainMenu(page)).getByRole('link', { name: 'Metingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metingen' }).waitFor();
    const scan = page.getByRole('region', { name: 'Innovatiescan (voorbeeld)' });
    const own = scan.getByRole('region').first();
    const table = own.getByRole('table').first();
    await table.waitFor();
    const header = await table.getByRole('row').first().textContent();
    expect(header).toContain('Begin');
    expect(header).toContain('Eind');
    expect(header).toContain('Verschil');
    await own.getByRole('img', { name: /^Staafdiagram van / }).waitFor();
    await own.locator('.recharts-bar-rectangle').first().waitFor();
    await own.getByRole('table', { name: 'Per rol (Eind)' }).waitFor();
    await expectNoAxeViolations(page);

    // On a phone the charts shrink and wide tables scroll in their own box: nothing sticks out of the page.
    const phone = await session.page('phone');
    await loginThroughUi(phone, DIRECTOR);
    await visit(phone, '/metingen');
    await phone.getByRole('table').first().waitFor();
    expect(await stickingOutSideways(phone)).toEqual([]);
  });
});
