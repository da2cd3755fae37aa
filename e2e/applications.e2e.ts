import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { type ReadMail, readOutbox } from '../apps/api/test/mail-outbox';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { HIS_I_SLOTS } from '../apps/api/src/demo/his-i-curriculum';
import { demoAccount, followMenuLink, hasFocus, loginThroughUi, stickingOutSideways, visit } from './support/koers';

/** Waits for the server's notification worker (it ticks every 10 seconds) to write a mail to `to` with this subject. */
async function mailTo(page: Page, to: string, subject: string): Promise<ReadMail> {
  const dataDir = process.env.KOERS_E2E_DATA_DIR;
  if (!dataDir) throw new Error('KOERS_E2E_DATA_DIR is unset: e2e specs run through `npm run test:e2e`');
  for (let tries = 0; tries < 40; tries++) {
    const mail = (await readOutbox(dataDir)).find((one) => one.to === to && one.subject === subject);
    if (mail) return mail;
    await page.waitForTimeout(1_000);
  }
  throw new Error(`no mail "${subject}" to ${to}`);
}

const linkIn = (mail: ReadMail, path: string) => {
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[\\w-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
};


/** The programme office logs in and goes, as a person would, from the editions to HIS-I 3.0's applications. */
async function openApplicationsAsOffice(office: Page): Promise<void> {
  await loginThroughUi(office, demoAccount('admin').email);
  await visit(office, '/edities');
  await office.getByRole('link', { name: 'HIS-I 3.0', exact: true }).first().click();
  await office.getByRole('main').getByRole('link', { name: 'Aanmeldingen', exact: true }).click();
  await office.getByRole('heading', { level: 1, name: 'Aanmeldingen HIS-I 3.0' }).waitFor();
}
describe('applying for an edition', () => {
  const session = useBrowser();

  it('someone applies on a phone without JavaScript, confirms, their director commits, the programme office accepts, both are invited and the participant sees their schedule; a second application is refused kindly', async () => {
    const page = await session.page('phone');
    await page.route('**/*.js', (route) => route.abort());
    const key = randomUUID().slice(0, 8);
    const email = `aanmelder-${key}@example.nl`;
    const directorEmail = `directeur-${key}@example.nl`;
    // Its own organisation, so the programme office finds this run's application among whatever else applied.
    const organisation = `Zorggroep De Linde ${key}`;

    const apply = async () => {
      await visit(page, '/programmas/his-i');
      const loaded = Date.now();
      await page.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
      await page.getByLabel('E-mailadres', { exact: true }).fill(email);
      await page.getByLabel('Organisatie').fill(organisation);
      await page.getByLabel('Functie').fill('Teamleider wijkverpleging');
      await page.getByLabel('Regio').fill('Utrecht');
      await page.getByLabel('Je implementatievraagstuk, in een paar zinnen').fill('Nachtelijke valincidenten verminderen met sensoren.');
      await page.getByLabel('Naam van je directeur').fill('Dirk Directeur');
      await page.getByLabel('E-mailadres van je directeur').fill(directorEmail);
      // A person takes longer than the minimum fill time; a robot posting at once is dropped.
      await page.waitForTimeout(Math.max(0, 6_000 - (Date.now() - loaded)));
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' }).waitFor();
    };

    await apply();
    await expectNoAxeViolations(page);
    expect(await stickingOutSideways(page)).toEqual([]);

    // The link shows a button; only the button confirms.
    const confirmation = await mailTo(page, email, 'Bevestig je aanmelding voor HIS-I 3.0');
    await visit(page, linkIn(confirmation, '/aanmelding-bevestigen'));
    await page.getByRole('heading', { level: 1, name: 'Bevestig je aanmelding' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Aanmelding bevestigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding bevestigd' }).waitFor();

    // The director reads the board meetings and commits.
    const request = await mailTo(page, directorEmail, 'Fatima el Amrani heeft zich aangemeld voor HIS-I 3.0: zeg je toe?');
    expect(request.text).toContain('Bestuurlijke bijeenkomst 1:');
    expect(request.text).toContain('Bestuurlijke bijeenkomst 2:');
    await visit(page, linkIn(request, '/directeur-toezegging'));
    await page.getByRole('heading', { level: 1, name: 'Toezegging bestuurlijke bijeenkomsten' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ik zeg toe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dank je wel voor je antwoord' }).waitFor();
    await page.getByText('Je hebt toegezegd de bestuurlijke bijeenkomsten bij te wonen.').waitFor();

    // Applying again: the same page, and a mail saying they already applied.
    await apply();
    await mailTo(page, email, 'Je bent al aangemeld voor HIS-I 3.0');

    // The programme office, on a tablet, finds the application from the edition page and accepts it.
    const office = await session.page('tablet');
    await openApplicationsAsOffice(office);
    await office.getByLabel('Organisatie (deel van de naam)').fill(key);
    await office.getByText('1 aanmelding', { exact: true }).waitFor();
    await expectNoAxeViolations(office);
    await office.getByRole('button', { name: 'Aanmelding van Fatima el Amrani bekijken' }).click();
    const detail = office.getByRole('region', { name: 'Aanmelding van Fatima el Amrani' });
    await detail.getByText('Directeur: toegezegd').waitFor();
    await detail.getByText('Nachtelijke valincidenten verminderen met sensoren.').waitFor();
    await expectNoAxeViolations(office);
    await detail.getByRole('button', { name: 'Aannemen' }).click();
    await office.getByText('Fatima el Amrani is aangenomen en samen met de directeur ingeschreven; de uitnodigingen gaan per e-mail.').waitFor();
    await detail.getByText('Aangenomen', { exact: true }).waitFor();

    // Both are invited; the applicant is also told, with a link to withdraw.
    const accepted = await mailTo(page, email, 'Je bent aangenomen voor HIS-I 3.0');
    expect(accepted.text).toContain('/aanmelding-intrekken?token=');
    await mailTo(page, directorEmail, 'Je Koers-account staat klaar');
    const invitation = await mailTo(page, email, 'Je Koers-account staat klaar');

    // The participant chooses a password on their phone and finds HIS-I 3.0's programme days in their schedule.
    const participant = await session.page('phone');
    await visit(participant, linkIn(invitation, '/wachtwoord-kiezen'));
    await participant.getByLabel('Wachtwoord', { exact: true }).fill('Sensoren tegen vallen in de nacht!');
    await participant.getByLabel('Herhaal je wachtwoord').fill('Sensoren tegen vallen in de nacht!');
    await participant.getByRole('button', { name: 'Opslaan en inloggen' }).click();
    await participant.waitForURL((url) => !url.pathname.startsWith('/wachtwoord-kiezen'));
    await followMenuLink(participant, 'Mijn programma');
    await participant.getByRole('heading', { level: 1, name: 'Mijn programma' }).waitFor();
    const firstDay = HIS_I_SLOTS.find((slot) => slot.kind === 'programme_day')!;
    await participant.getByRole('region', { name: 'Alle bijeenkomsten' }).getByRole('link', { name: firstDay.title, exact: true }).first().waitFor();
    expect(await stickingOutSideways(participant)).toEqual([]);
  }, 300_000);

  it('on a portrait tablet the programme office reads an application beside the list, long e-mail addresses wrapping inside its panel', async () => {
    const office = await session.page('tabletPortrait');
    await openApplicationsAsOffice(office);
    await office.getByLabel('Organisatie (deel van de naam)').fill('Gelderse Vallei');
    await office.getByRole('button', { name: 'Aanmelding van Eva Smit bekijken' }).click();
    const detail = office.getByRole('region', { name: 'Aanmelding van Eva Smit' });
    await detail.getByRole('link', { name: 'directeur.3@aanmelding.koers.demo' }).waitFor();
    expect(await stickingOutSideways(office, detail)).toEqual([]);
    expect(await stickingOutSideways(office)).toEqual([]);
  });

  it('asks in a modal dialog before accepting into a full edition: Tab stays inside, Escape gives focus back to Aannemen', async () => {
    const office = await session.page('tablet');
    await loginThroughUi(office, demoAccount('admin').email);
    const editions = (await (await office.request.get(appUrl('/api/editions'))).json()) as { id: string; name: string; capacity: number }[];
    const edition = editions.find((one) => one.name === 'HIS-I 3.0')!;
    const { csrfToken } = (await (await office.request.get(appUrl('/api/auth/csrf'))).json()) as { csrfToken: string };
    const confirmed = async () =>
      (await (await office.request.get(appUrl(`/api/editions/${edition.id}/applications?status=confirmed`))).json()) as { items: { id: string }[]; places: { placesTaken: number } };
    // A full edition: one place taken (an application accepted, as the programme office does), and no more places.
    let { items, places } = await confirmed();
    if (places.placesTaken === 0) {
      expect((await office.request.post(appUrl(`/api/applications/${items[0].id}/accept`), { data: {}, headers: { 'x-csrf-token': csrfToken } })).status()).toBe(200);
      ({ items, places } = await confirmed());
    }
    const setCapacity = (capacity: number) => office.request.patch(appUrl(`/api/editions/${edition.id}`), { data: { capacity }, headers: { 'x-csrf-token': csrfToken } });
    expect((await setCapacity(places.placesTaken)).status()).toBe(200);
    try {
      await visit(office, `/edities/${edition.id}/aanmeldingen?status=confirmed`);
      await office.getByRole('heading', { level: 1, name: 'Aanmeldingen HIS-I 3.0' }).waitFor();
      await office.getByRole('button', { name: /^Aanmelding van .* bekijken$/ }).first().click();
      const accept = office.getByRole('region', { name: /^Aanmelding van / }).getByRole('button', { name: 'Aannemen' });
      await accept.click();
      const dialog = office.getByRole('alertdialog', { name: 'De editie is vol' });
      await dialog.waitFor();
      expect(await hasFocus(dialog.getByRole('button', { name: 'Toch aannemen' }))).toBe(true);
      await expectNoAxeViolations(office);
      // The page behind is inert: Tab reaches the dialog's buttons and otherwise only the browser's own controls (the
      // document itself has focus then), never Aannemen or Afwijzen behind it.
      for (let press = 0; press < 5; press++) {
        await office.keyboard.press('Tab');
        expect(await office.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('[role="alertdialog"]') !== null)).toBe(true);
      }
      await office.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await hasFocus(accept)).toBe(true);
    } finally {
      await setCapacity(edition.capacity);
    }
  });
});
