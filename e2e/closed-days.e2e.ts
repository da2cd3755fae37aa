import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { demoAccount, dutchDate, loginThroughUi, mainMenu, stickingOutSideways } from './support/koers';

const PROGRAMME = 'Health Innovation School – Implementation';
const CLOSED_DAY = 'Jaarbeurs gesloten (e2e)';

/**
 * Two years ahead, so no other journey plans on it: the first Tuesday from 5 January, and the Tuesday three weeks
 * later, where a three-weekly edition has its second programme day.
 */
function tuesdaysTwoYearsAhead(today = new Date()): { start: string; second: string } {
  const day = new Date(Date.UTC(today.getUTCFullYear() + 2, 0, 5));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  const start = day.toISOString().slice(0, 10);
  day.setUTCDate(day.getUTCDate() + 21);
  return { start, second: day.toISOString().slice(0, 10) };
}

async function openClosedDays(page: Page): Promise<void> {
  await (await mainMenu(page)).getByRole('link', { name: 'Vrije dagen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vrije dagen' }).waitFor();
}

describe('the programme office plans around its own closed day', () => {
  const session = useBrowser();

  it('adds a closed day on a tablet, sees the wizard move a session off it with a warning that names it, and removes it', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('admin').email);
    await openClosedDays(page);
    const { start, second } = tuesdaysTwoYearsAhead();
    const schoolYear = Number(second.slice(0, 4)) - 1;

    await page.getByRole('combobox', { name: 'Schooljaar' }).selectOption(String(schoolYear));
    await page.getByRole('heading', { level: 2, name: `Vrije dagen in ${schoolYear}-${schoolYear + 1}` }).waitFor();
    // A school year ahead has public holidays by law, and school holidays from the table or the labelled estimate.
    await page.getByRole('rowheader', { name: 'Koningsdag' }).waitFor();

    await page.getByLabel(/^Naam/).fill(CLOSED_DAY);
    await page.getByLabel('Eerste dag').fill(second);
    await page.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
    await page.getByText(`${CLOSED_DAY} is toegevoegd.`).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: CLOSED_DAY }) });
    await row.getByText(dutchDate(second)).waitFor();
    await row.getByText('Eigen vrije dag').waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    try {
      await (await mainMenu(page)).getByRole('link', { name: 'Edities' }).click();
      await page.getByRole('link', { name: 'Nieuwe editie openen' }).click();
      await page.getByLabel('Programma', { exact: true }).selectOption({ label: PROGRAMME });
      await page.getByLabel('Naam van de editie').fill('HIS-I vrije-dagtest');
      await page.getByLabel('Startdatum').fill(start);
      await page.getByLabel('Vaste dag').selectOption({ label: 'dinsdag' });
      await page.getByLabel('Om de hoeveel weken').fill('3');
      await page.getByLabel('Begintijd', { exact: true }).fill('09:30');
      await page.getByRole('button', { name: 'Planning maken' }).click();
      await page.getByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' }).waitFor();
      await page
        .getByRole('list', { name: /^Waarschuwingen bij / })
        .getByRole('listitem')
        .filter({ hasText: `Verplaatst van ${dutchDate(second, 'long')} (${CLOSED_DAY}) naar ` })
        .waitFor();
    } finally {
      await openClosedDays(page);
      await page.getByRole('combobox', { name: 'Schooljaar' }).selectOption(String(schoolYear));
      await page.getByRole('button', { name: `${CLOSED_DAY} verwijderen` }).click();
      await page.getByText(`${CLOSED_DAY} is verwijderd.`).waitFor();
    }
  });
});
