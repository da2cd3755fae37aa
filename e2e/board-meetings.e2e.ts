import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, mainMenu, stickingOutSideways, switchLanguage, visit } from './support/koers';

async function openFromMenu(page: Page, link: string, heading: string): Promise<void> {
  await (await mainMenu(page)).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('board meetings, the director’s progress view and the internal team', () => {
  const session = useBrowser();

  it('a director sends a delegate to a board meeting and follows their participants, on a phone in Dutch and English', async () => {
    const page = await session.page('phone');
    await loginThroughUi(page, demoAccount('director').email);
    await openFromMenu(page, 'Bestuurlijke bijeenkomsten', 'Bestuurlijke bijeenkomsten');
    const commitment = page.getByRole('region', { name: 'Je commitment' });
    await commitment.getByText(/van 2 bestuurlijke bijeenkomsten/).waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    const meeting = page.getByRole('article').filter({ has: page.getByRole('radio') }).first();
    await meeting.getByRole('radio', { name: 'Ik stuur een vervanger' }).check();
    await meeting.getByLabel('Naam van je vervanger').fill('Vera Vervanger');
    await meeting.getByLabel('E-mailadres van je vervanger').fill('vera.vervanger@koers.demo');
    await meeting.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await meeting.getByRole('status').getByText('Je antwoord is opgeslagen.').waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Board meetings' }).waitFor();
    await page.getByRole('region', { name: 'Your commitment' }).getByText(/of 2 board meetings/).waitFor();
    expect(await meeting.getByRole('radio', { name: 'I will send a delegate' }).isChecked()).toBe(true);

    await openFromMenu(page, 'Participants’ progress', 'Your participants’ progress');
    const lotte = page.getByRole('article', { name: demoAccount('participant').name });
    await lotte.getByText('Attendance on programme days').waitFor();
    expect(await lotte.getByRole('listitem').filter({ hasText: 'Explore' }).getAttribute('aria-current')).toBe('step');
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    await switchLanguage(page, 'nl');
    await page.getByRole('heading', { level: 1, name: 'Voortgang van je deelnemers' }).waitFor();
    await lotte.getByText('Aanwezigheid op lesdagen').waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
  });

  it('on a portrait tablet each session’s table of who answered what fits the page: nothing to scroll sideways, not even in its box', async () => {
    const page = await session.page('tabletPortrait');
    await loginThroughUi(page, demoAccount('trainer').email);
    await openFromMenu(page, 'Wie komt er', 'Wie komt er');
    const sessions = page.getByRole('main').locator('a[href^="/aanmeldingen/"]');
    await sessions.first().waitFor();
    const hrefs = [...new Set(await sessions.evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))];
    let tables = 0;
    for (const href of hrefs) {
      await visit(page, href);
      const table = page.getByRole('region', { name: 'Wie is uitgenodigd en wat zij hebben geantwoord' });
      await table.or(page.getByText('Niemand is uitgenodigd om te antwoorden.')).first().waitFor();
      if (!(await table.isVisible())) continue;
      tables++;
      expect({ href, stickingOut: await stickingOutSideways(page, table) }).toEqual({ href, stickingOut: [] });
    }
    expect(tables).toBeGreaterThan(0);
  });

  it('the trainer sees the delegate in the RSVP overview; a participant invites a colleague to the internal team', async () => {
    const trainerPage = await session.page('tablet');
    await loginThroughUi(trainerPage, demoAccount('trainer').email);
    await openFromMenu(trainerPage, 'Wie komt er', 'Wie komt er');
    await trainerPage.getByText(/^Sturen een vervanger: [1-9]/).first().waitFor();
    await expectNoAxeViolations(trainerPage);

    const page = await session.page('phone');
    await loginThroughUi(page, demoAccount('participant').email);
    await openFromMenu(page, 'Intern team', 'Intern team');
    const form = page.getByRole('form', { name: 'Collega uitnodigen' });
    await form.getByLabel('Naam').fill('Carla Jansen');
    await form.getByLabel('E-mailadres').fill('carla.jansen@koers.demo');
    await form.getByLabel('Rol in de organisatie').fill('Fysiotherapeut');
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    // A pending invitation until Carla accepts it: listed apart, with a way to withdraw it.
    await form.getByRole('status').getByText(/Carla Jansen is uitgenodigd/).waitFor();
    await page.getByRole('button', { name: 'Uitnodiging intrekken Carla Jansen' }).waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
