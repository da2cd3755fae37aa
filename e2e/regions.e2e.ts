import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, mainMenu, stickingOutSideways, switchLanguage, visit } from './support/koers';

/**
 * A regional programme manager sees their own region (the demo participant's organisation, who takes part, attendance
 * and completion) and nothing of another region, on a tablet, in Dutch and English, accessible.
 */
describe('the region page of a regional programme manager', () => {
  const session = useBrowser();

  it('regio@koers.demo sees their region and nothing of another region', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('regional_manager').email);
    await page.getByRole('region', { name: 'Je regio' }).getByRole('link', { name: 'Overzicht van regio Zuid-Kennemerland' }).click();
    const table = page.getByRole('table', { name: 'Organisaties in regio Zuid-Kennemerland' });
    await table.waitFor();
    await table.getByRole('rowheader', { name: 'Zorggroep De Linde' }).waitFor();
    expect(await table.getByText('Lotte Bakker').count()).toBe(1);
    // Only their own region: no choice of regions, no organisation of another region, no managers to manage.
    expect(await page.getByRole('combobox', { name: 'Regio' }).count()).toBe(0);
    expect(await page.getByText('Wijkteam Haaglanden').count()).toBe(0);
    expect(await page.getByRole('heading', { name: /Regionale programmamanagers/ }).count()).toBe(0);
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    // Another region, by its address: the API refuses, and the page shows nothing of it.
    const office = await session.page('desktop');
    await loginThroughUi(office, demoAccount('admin').email);
    const all: { id: string; name: string }[] = await office.evaluate(() => fetch('/api/regions').then((response) => response.json()));
    const denHaag = all.find((region) => region.name === 'Den Haag')!.id;
    const status = await page.evaluate((id) => fetch(`/api/regions/${id}/overview`).then((response) => response.status), denHaag);
    expect(status).toBe(403);
    await visit(page, `/regio?regio=${denHaag}`);
    await page.getByText('Deze regio hoort niet bij de regio’s die je kunt zien.').waitFor();
    expect(await page.getByText('Wijkteam Haaglanden').count()).toBe(0);
    await visit(page, '/regio');

    await switchLanguage(page, 'en');
    await page.getByRole('table', { name: 'Organisations in region Zuid-Kennemerland' }).waitFor();
    await expectNoAxeViolations(page);
    const menu = await mainMenu(page);
    expect(await menu.getByRole('link', { name: 'Region', exact: true }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: 'Editions' }).count()).toBe(0);
  });

  it('the programme office chooses any region and sees who manages it', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    await visit(page, '/regio');
    await page.getByRole('combobox', { name: 'Regio' }).selectOption({ label: 'Den Haag (2 organisaties)' });
    const table = page.getByRole('table', { name: 'Organisaties in regio Den Haag' });
    await table.getByRole('rowheader', { name: 'Wijkteam Haaglanden' }).waitFor();
    expect(await table.getByText('Zorggroep De Linde').count()).toBe(0);
    await page.getByRole('heading', { name: 'Regionale programmamanagers van Den Haag' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
