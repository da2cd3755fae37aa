import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { type ReadMail, readOutbox } from '../apps/api/test/mail-outbox';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { stickingOutSideways, visit } from './support/koers';

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

describe('applying for an edition', () => {
  const session = useBrowser();

  it('someone applies on a phone without JavaScript, confirms through the mail, and their director commits; a second application is refused kindly', async () => {
    const page = await session.page('phone');
    await page.route('**/*.js', (route) => route.abort());
    const email = `aanmelder-${randomUUID().slice(0, 8)}@example.nl`;
    const directorEmail = `directeur-${randomUUID().slice(0, 8)}@example.nl`;

    const apply = async () => {
      await visit(page, '/programmas/his-i');
      const loaded = Date.now();
      await page.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
      await page.getByLabel('E-mailadres', { exact: true }).fill(email);
      await page.getByLabel('Organisatie').fill('Zorggroep De Linde');
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
  }, 180_000);
});
