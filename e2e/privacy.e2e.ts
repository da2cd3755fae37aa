import { readFile } from 'node:fs/promises';
import type { PersonalDataExport } from '@koers/shared/privacy';
import type { Page } from 'playwright-core';
import { fromBuffer, type ZipFile } from 'yauzl';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { demoAccount, DEMO_PASSWORD, hasFocus, loginThroughUi, mainMenu, switchLanguage, visit } from './support/koers';

/** Clicks a download link and returns the downloaded file's bytes and suggested name. */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

function zipEntryNames(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) =>
    fromBuffer(bytes, (error, zip: ZipFile) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry) => names.push(entry.fileName));
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
    }),
  );
}

describe('privacy pages', () => {
  const session = useBrowser();

  it('a participant finds "my data" in the menu on a phone and downloads everything, in Dutch and English', async () => {
    const participant = demoAccount('participant');
    const page = await session.page('phone', { acceptDownloads: true });
    await loginThroughUi(page, participant.email);
    await (await mainMenu(page)).getByRole('link', { name: 'Mijn gegevens' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    await expectNoAxeViolations(page);

    const zip = await download(page, 'Download alles (zip)');
    expect(zip.name).toMatch(/^koers-mijn-gegevens-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(await zipEntryNames(zip.bytes)).toContain('gegevens.json');

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await expectNoAxeViolations(page);
    const json = await download(page, 'Download data (JSON)');
    const data = JSON.parse(json.bytes.toString('utf8')) as PersonalDataExport;
    expect(data.person).toMatchObject({ name: participant.name, email: participant.email });
    expect(data.enrolments.length).toBeGreaterThan(0);
    expect(data.sessions.length).toBeGreaterThan(0);
  });

  it('the programme office erases a person after a confirmation that names the consequences; the person can no longer log in', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    await (await mainMenu(page)).getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    await page.getByText(/personen gevonden$/).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Zoek op naam of e-mailadres').fill('rebel1.');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=rebel1/);
    const card = page.getByRole('listitem').filter({ hasText: 'rebel1.' }).first();
    const name = (await card.locator('.card__title').textContent())!;
    const email = (await card.locator('.card__meta').first().textContent())!;

    const eraseButton = page.getByRole('button', { name: `Gegevens wissen van ${name}` });
    await eraseButton.click();
    const dialog = page.getByRole('dialog', { name: `Gegevens van ${name} wissen?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Dit kan niet ongedaan worden gemaakt.');
    expect(await hasFocus(dialog.getByRole('button', { name: 'Annuleren' }))).toBe(true);
    await expectNoAxeViolations(page);
    // Escape backs out, and focus returns to the button that opened the dialog.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await hasFocus(eraseButton)).toBe(true);

    await eraseButton.click();
    await dialog.getByRole('button', { name: `Ja, wis de gegevens van ${name}` }).click();
    const done = page.getByRole('status').filter({ hasText: `De gegevens van ${name} zijn gewist.` });
    await done.waitFor();
    await page.getByRole('button', { name: `Gegevens wissen van ${name}` }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page);
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await expectNoAxeViolations(page);

    const erased = await session.page('phone');
    await visit(erased, '/inloggen');
    await erased.getByLabel('E-mailadres').fill(email);
    await erased.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await erased.getByRole('button', { name: 'Inloggen' }).click();
    await erased.getByRole('alert').filter({ hasText: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.' }).waitFor();
    expect(new URL(erased.url()).pathname).toBe('/inloggen');
  });
  it('the programme office corrects a person’s name and email; they log in with the new address and change their own name', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    await visit(page, '/beheer/personen?zoek=rebel3.');
    const card = page.getByRole('listitem').filter({ hasText: 'rebel3.' }).first();
    const name = (await card.locator('.card__title').textContent())!;
    const editButton = page.getByRole('button', { name: `Gegevens wijzigen van ${name}` });
    await editButton.click();
    const dialog = page.getByRole('dialog', { name: `${name} wijzigen` });
    await dialog.getByText('Nog niets gewijzigd.').waitFor();
    await expectNoAxeViolations(page);

    await dialog.getByLabel('Naam').fill('José Müller');
    await dialog.getByLabel('E-mailadres').fill('jose.muller@e2e.koers.demo');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De gegevens van José Müller zijn opgeslagen.' }).waitFor();
    // Found by the new address now, with the correction in its history.
    await visit(page, '/beheer/personen?zoek=jose.muller%40e2e');
    await page.getByRole('button', { name: 'Gegevens wijzigen van José Müller' }).click();
    await page.getByRole('dialog').getByText(/E-mailadres: .*rebel3\..* → jose\.muller@e2e\.koers\.demo/).waitFor();
    await page.keyboard.press('Escape');

    const person = await session.page('phone');
    await loginThroughUi(person, 'jose.muller@e2e.koers.demo');
    await visit(person, '/mijn-instellingen');
    const field = person.getByRole('textbox', { name: 'Naam', exact: true });
    expect(await field.inputValue()).toBe('José Müller');
    await field.fill('José Müller-Öztürk');
    await person.getByRole('button', { name: 'Naam opslaan' }).click();
    await person.getByText('Je naam is opgeslagen.').waitFor();
    await expectNoAxeViolations(person);
  });
});
