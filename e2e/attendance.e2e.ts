import type { RosterEntry } from '@koers/shared/attendance';
import type { AttendanceStatus } from '@koers/shared/domain';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, mainMenu, moveSessionToNow } from './support/koers';

const STATUS_LABEL: Record<AttendanceStatus, string> = { present: 'Aanwezig', late: 'Te laat', excused: 'Afgemeld', absent: 'Afwezig' };

async function openAttendanceHome(page: Page): Promise<void> {
  await (await mainMenu(page)).getByRole('link', { name: 'Aanwezigheid' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aanwezigheid' }).waitFor();
}

async function mark(row: Locator, status: AttendanceStatus): Promise<void> {
  await row.getByRole('group').getByRole('button', { name: STATUS_LABEL[status], exact: true }).click();
}

const saveState = (row: Locator) => row.getAttribute('data-save-state');

/** Waits until the row shows this save state (rows expose it as `data-save-state`). */
function waitForSaveState(page: Page, personId: string, state: string): Promise<unknown> {
  return page.locator(`li.roster-row[data-person-id="${personId}"][data-save-state="${state}"]`).waitFor();
}

/**
 * Present, late and absent can be marked from an hour before the start, so the roster journey needs a session that is
 * on now: a programme day of the completed HIS-I 1.0, which no other browser test reads (HIS-I 2.0's dates are the
 * participant's programme, checked elsewhere).
 */
const ROSTER_DAY = { edition: 'HIS-I 1.0', title: 'Lesdag 9 – Verandering laten beklijven' };

describe('the trainer records attendance on a tablet', () => {
  const session = useBrowser();

  it('says from when an upcoming session can be marked, and keeps present, late and absent disabled until then', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('trainer').email);
    await openAttendanceHome(page);
    const upcoming = page.getByRole('region', { name: 'Binnenkort' }).getByRole('listitem').filter({ hasText: 'HIS-I 2.0' }).first();
    const title = (await upcoming.locator('.card__title').textContent())!;
    await upcoming.getByRole('link', { name: `Presentielijst ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/^Aanwezig, te laat en afwezig kun je vastleggen vanaf .* \(een uur voor het begin\)\. Afmelden kan nu al\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Markeer de rest als aanwezig' }).isDisabled()).toBe(true);

    // Present, late and absent wait until then, saying why; afgemeld is a notice beforehand and can be given now.
    const row = page.locator('li.roster-row').first();
    for (const status of ['present', 'late', 'absent'] as const) {
      const button = row.getByRole('group').getByRole('button', { name: STATUS_LABEL[status], exact: true });
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('aria-describedby')).toBe('roster-opens-hint');
    }
    expect(await row.getByRole('group').getByRole('button', { name: STATUS_LABEL.excused, exact: true }).isDisabled()).toBe(false);
    await page.getByRole('status').filter({ hasText: 'Alle markeringen zijn opgeslagen.' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('marks people on the roster, keeps marks made without a network, and stores them once it is back', async () => {
    const admin = await session.page('desktop');
    await loginThroughUi(admin, demoAccount('admin').email);
    await moveSessionToNow(admin, ROSTER_DAY.edition, ROSTER_DAY.title);

    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('trainer').email);
    await openAttendanceHome(page);
    const title = ROSTER_DAY.title;
    const today = page.getByRole('region', { name: 'Vandaag' }).getByRole('listitem').filter({ hasText: title });
    await today.getByRole('link', { name: `Presentielijst ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const sessionId = new URL(page.url()).pathname.split('/')[2];

    const rows = page.locator('li.roster-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const chosen = await Promise.all(
      [0, 1, 2, 3, 4].map(async (i) => ({ row: rows.nth(i), personId: (await rows.nth(i).getAttribute('data-person-id'))! })),
    );
    const online: AttendanceStatus[] = ['present', 'late', 'excused'];
    const offline: AttendanceStatus[] = ['present', 'absent'];
    const wanted = [...online, ...offline];

    for (const [i, status] of online.entries()) await mark(chosen[i].row, status);
    for (const { personId } of chosen.slice(0, 3)) await waitForSaveState(page, personId, 'saved');
    await page.getByRole('status').filter({ hasText: 'Alle markeringen zijn opgeslagen.' }).waitFor();

    // The wifi in the training room drops: the next taps stay on the tablet, visibly not yet saved.
    await page.context().setOffline(true);
    for (const [i, status] of offline.entries()) await mark(chosen[3 + i].row, status);
    for (const { personId } of chosen.slice(3)) await waitForSaveState(page, personId, 'pending');
    for (const { row } of chosen.slice(3)) expect(await row.getByText('Nog niet verstuurd').isVisible()).toBe(true);
    expect(await chosen[4].row.getByRole('button', { name: 'Afwezig', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('status').filter({ hasText: 'Nog te versturen: 2' }).waitFor();
    await page.getByText(/^Geen verbinding met de server\. Je markeringen blijven op dit apparaat bewaard/).waitFor();
    await page.getByRole('button', { name: 'Nu versturen' }).waitFor();
    for (const { row } of chosen.slice(0, 3)) expect(await saveState(row)).toBe('saved');
    await expectNoAxeViolations(page);

    // The network comes back: the browser says so and the waiting marks go out by themselves.
    await page.context().setOffline(false);
    for (const { personId } of chosen) await waitForSaveState(page, personId, 'saved');
    await page.getByRole('status').filter({ hasText: 'Alle markeringen zijn opgeslagen.' }).waitFor();

    // After a reload the roster shows what the server has.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    for (const [i, { row }] of chosen.entries()) {
      expect(await saveState(row)).toBe('saved');
      expect(await row.getByRole('button', { name: STATUS_LABEL[wanted[i]], exact: true }).getAttribute('aria-pressed')).toBe('true');
    }

    const response = await page.request.get(appUrl(`/api/sessions/${sessionId}/roster`));
    expect(response.status()).toBe(200);
    const roster = (await response.json()) as RosterEntry[];
    const stored = Object.fromEntries(roster.map((entry) => [entry.personId, entry.status]));
    expect(chosen.map(({ personId }) => stored[personId])).toEqual(wanted);
  });

  it('shows a QR code for self check-in while a session is on', async () => {
    // Check-in opens half an hour before a session: the programme office first moves one of the trainer's sessions to now.
    const meeting = { edition: 'HIS-I 1.0', title: 'Bestuurlijke bijeenkomst 1 – Ruimte maken voor innovatie' };
    const admin = await session.page('desktop');
    await loginThroughUi(admin, demoAccount('admin').email);
    await moveSessionToNow(admin, meeting.edition, meeting.title);

    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('trainer').email);
    await openAttendanceHome(page);
    const today = page.getByRole('region', { name: 'Vandaag' }).getByRole('listitem').filter({ hasText: meeting.title });
    await today.getByRole('link', { name: `Check-in tonen ${meeting.title}` }).click();
    await page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();

    const qr = page.getByRole('img', { name: `QR-code om in te checken bij ${meeting.title}` });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await page.getByText(/^\d{3} \d{3}$/).waitFor();
    await page.getByText('Scan de QR-code met je telefoon').waitFor();
    await expectNoAxeViolations(page);
  });
});
