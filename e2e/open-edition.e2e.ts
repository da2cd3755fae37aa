import type { EditionDetail, EditionSession } from '@koers/shared/editions';
import type { EnrolmentListItem } from '@koers/shared/enrolments';
import type { DeliverySummary } from '@koers/shared/notifications';
import type { Page as ApiPage } from '@koers/shared/api';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { amsterdamWallClock, demoAccount, dutchDate, loginThroughUi, mainMenu, switchLanguage } from './support/koers';

const PROGRAMME = 'Health Innovation School – Implementation';
const EDITION = 'HIS-I 4.0';

/** The first Tuesday from 5 January next year: past the new-year holiday, as the programme office would choose. */
function januaryTuesdayNextYear(today = new Date()): string {
  const day = new Date(Date.UTC(today.getUTCFullYear() + 1, 0, 5));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

const PARTICIPANTS = [
  {
    name: 'Noor el Amrani',
    email: 'noor.elamrani@de-linde.e2e.nl',
    organisation: 'Zorggroep De Linde',
    directorEmail: 'bestuur@de-linde.e2e.nl',
    directorName: 'Wim de Linde',
    challenge: 'Slimme nachtzorg zonder extra rondes',
  },
  {
    name: 'Daan Verbeek',
    email: 'daan.verbeek@groene-hart.e2e.nl',
    organisation: 'Thuiszorg Het Groene Hart',
    directorEmail: 'directie@groene-hart.e2e.nl',
    directorName: 'Ria Groen',
    challenge: 'Beeldbellen in de wijkverpleging',
  },
];

async function openWizard(page: Page): Promise<void> {
  await (await mainMenu(page)).getByRole('link', { name: /^(Edities|Editions)$/ }).click();
  await page.getByRole('link', { name: /^(Nieuwe editie openen|Open a new edition)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Nieuwe editie openen|Open a new edition)$/ }).waitFor();
}

describe('the programme office opens a new edition', () => {
  const session = useBrowser();
  let createdEditionId = '';
  let closingDayDate = '';

  it('through the wizard: settings, a preview with warnings, one date moved, created, published, two participants enrolled', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    await openWizard(page);

    const startDate = januaryTuesdayNextYear();
    await page.getByLabel('Programma', { exact: true }).selectOption({ label: PROGRAMME });
    await page.getByLabel('Naam van de editie').fill(EDITION);
    await page.getByLabel('Startdatum').fill(startDate);
    await page.getByLabel('Vaste dag').selectOption({ label: 'dinsdag' });
    await page.getByLabel('Om de hoeveel weken').fill('3');
    await page.getByLabel('Begintijd', { exact: true }).fill('09:30');
    // Avoiding the school holidays moves sessions off them, each with a warning that says so.
    await page.getByLabel('Schoolvakanties vermijden').selectOption({ label: 'Regio midden' });
    await page.getByRole('group', { name: /^Trainers/ }).getByRole('checkbox', { name: demoAccount('trainer').name }).check();
    await page.getByRole('button', { name: 'Planning maken' }).click();

    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' }).waitFor();
    await page.getByText(/Let op: [1-9]\d* waarschuwing(en)?\./).waitFor();
    // Each warning is listed under its session and says where it went, e.g.
    // "Verplaatst van dinsdag 13 juli 2027 (Zomervakantie) naar dezelfde weekdag een week later."
    const warnings = page.getByRole('list', { name: /^Waarschuwingen bij / }).getByRole('listitem');
    await warnings.filter({ hasText: /^Verplaatst van .+\(.+\) naar .+\.$/ }).first().waitFor();
    const plans = page.locator('ol.plan-list > li');
    const planned = await plans.count();
    expect(planned).toBeGreaterThanOrEqual(10);
    // The first programme day is the start date itself, a Tuesday.
    expect(await page.getByLabel(/^Datum van Lesdag 1 /).inputValue()).toBe(startDate);

    // The admin moves the closing day a week later and has the schedule checked again.
    const closing = plans.last();
    const closingTitle = (await closing.getByRole('heading', { level: 3 }).textContent())!;
    const closingDate = closing.getByLabel(`Datum van ${closingTitle}`);
    const adjustedDate = addDays(await closingDate.inputValue(), 7);
    await closingDate.fill(adjustedDate);
    await page.getByRole('button', { name: 'Wijzigingen controleren' }).click();
    await page.getByRole('status').filter({ hasText: /^De planning is gecontroleerd: \d+ waarschuwing(en)?\.$/ }).waitFor();
    expect(await closingDate.inputValue()).toBe(adjustedDate);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Editie aanmaken' }).click();
    await page.waitForURL(/\/edities\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: EDITION }).waitFor();
    const editionId = new URL(page.url()).pathname.split('/').pop()!;
    const facts = page.locator('dl.term-list');
    await facts.getByText('Concept', { exact: true }).waitFor();
    const closingCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: closingTitle }) });
    expect(await closingCard.textContent()).toContain(dutchDate(adjustedDate));
    await expectNoAxeViolations(page);

    // Publishing: the edition opens for enrolment.
    await page.getByRole('button', { name: 'Openen voor inschrijving' }).click();
    const ask = page.getByRole('alertdialog', { name: `${EDITION} openen voor inschrijving?` });
    await ask.waitFor();
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Openen voor inschrijving' }).click();
    await page.getByRole('status').filter({ hasText: 'De status is nu: Open voor inschrijving.' }).waitFor();
    await facts.getByText('Open voor inschrijving', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Inschrijvingen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Inschrijvingen ${EDITION}` }).waitFor();
    const form = page.getByRole('region', { name: 'Iemand inschrijven' });
    for (const participant of PARTICIPANTS) {
      expect(await form.getByLabel('Rol', { exact: true }).inputValue()).toBe('participant');
      await form.getByLabel('Naam', { exact: true }).fill(participant.name);
      await form.getByLabel('E-mailadres', { exact: true }).fill(participant.email);
      await form.getByLabel('Organisatie', { exact: true }).fill(participant.organisation);
      await form.getByLabel('E-mailadres van de directeur (niet verplicht)').fill(participant.directorEmail);
      await form.getByLabel('Naam van de directeur (niet verplicht)').fill(participant.directorName);
      await form.getByLabel('Implementatievraagstuk (niet verplicht)').fill(participant.challenge);
      await form.getByRole('button', { name: 'Inschrijven' }).click();
      await page.getByRole('status').filter({ hasText: `${participant.name} is ingeschreven.` }).waitFor();
      // The form is empty again for the next person.
      expect(await form.getByLabel('Naam', { exact: true }).inputValue()).toBe('');
    }
    const enrolled = page.getByRole('region', { name: 'Ingeschreven' });
    for (const participant of PARTICIPANTS) {
      const card = enrolled.getByRole('listitem').filter({ hasText: participant.email });
      await card.getByText(`${participant.email} · ${participant.organisation}`).waitFor();
      await card.getByText(`Directeur: ${participant.directorName}`).waitFor();
      await card.getByText(`Vraagstuk: ${participant.challenge}`).waitFor();
    }
    await page.getByText('2 van 36 plaatsen bezet.').waitFor();
    await expectNoAxeViolations(page);

    // What the server stored, read with the admin's own login.
    const get = async <T>(path: string): Promise<T> => {
      const response = await page.request.get(appUrl(path));
      expect(response.status()).toBe(200);
      return (await response.json()) as T;
    };
    const edition = await get<EditionDetail>(`/api/editions/${editionId}`);
    expect(edition).toMatchObject({ name: EDITION, programmeName: PROGRAMME, status: 'open', enrolled: 2, startDate, endDate: adjustedDate });
    const sessions = await get<EditionSession[]>(`/api/editions/${editionId}/sessions`);
    expect(sessions.length).toBe(planned);
    expect(amsterdamWallClock(new Date(sessions[0].startsAt))).toEqual({ date: startDate, time: '09:30' });
    const stored = sessions.find((stored) => stored.title === closingTitle)!;
    expect(amsterdamWallClock(new Date(stored.startsAt))).toEqual({ date: adjustedDate, time: '09:30' });
    expect(stored.status).toBe('scheduled');
    expect(stored.staff.map((member) => member.name)).toContain(demoAccount('trainer').name);
    const participants = await get<ApiPage<EnrolmentListItem>>(`/api/editions/${editionId}/enrolments?role=participant`);
    expect(
      participants.items.map(({ name, email, organisation, directorName, challengeTitle, status }) => ({ name, email, organisation, directorName, challengeTitle, status })),
    ).toEqual(
      expect.arrayContaining(
        PARTICIPANTS.map((participant) => ({
          name: participant.name,
          email: participant.email,
          organisation: participant.organisation,
          directorName: participant.directorName,
          challengeTitle: participant.challenge,
          status: 'active',
        })),
      ),
    );
    expect(participants.total).toBe(2);
    createdEditionId = editionId;
    closingDayDate = adjustedDate;
  });

  it('on a tablet adds a return day after the closing day: the period grows and both participants get it in their calendar', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('admin').email);
    await page.goto(appUrl(`/edities/${createdEditionId}`));
    await page.getByRole('heading', { level: 1, name: EDITION }).waitFor();
    await page.locator('summary', { hasText: 'Bijeenkomst toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Bijeenkomst toevoegen' });
    const returnDay = addDays(closingDayDate, 28);
    await form.getByLabel('Titel', { exact: true }).fill('Terugkomdag');
    await form.getByLabel('Datum', { exact: true }).fill(returnDay);
    await form.getByLabel('Eindtijd', { exact: true }).fill('12:30');
    await form.getByLabel('Vorm').selectOption({ label: 'Hybride' });
    await form.getByLabel('Locatie').fill('Zorg aan Zet, Utrecht');
    await form.getByLabel('Online link').fill('https://meet.example.nl/terugkomdag');
    await form.getByRole('group', { name: 'Wie doet er mee?' }).getByRole('checkbox', { name: 'directeuren' }).check();
    await expectNoAxeViolations(page);
    const addedAt = new Date().toISOString();
    await form.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Terugkomdag is toegevoegd.' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Terugkomdag' }) });
    expect(await card.textContent()).toContain(dutchDate(returnDay));
    await page.locator('dl.term-list').getByText(dutchDate(returnDay), { exact: false }).waitFor();

    const get = async <T>(path: string): Promise<T> => {
      const response = await page.request.get(appUrl(path));
      expect(response.status()).toBe(200);
      return (await response.json()) as T;
    };
    expect((await get<EditionDetail>(`/api/editions/${createdEditionId}`)).endDate).toBe(returnDay);
    const added = (await get<EditionSession[]>(`/api/editions/${createdEditionId}/sessions`)).find((stored) => stored.title === 'Terugkomdag')!;
    expect(amsterdamWallClock(new Date(added.startsAt))).toEqual({ date: returnDay, time: '09:30' });
    expect(added).toMatchObject({ kind: 'programme_day', mode: 'hybrid', location: 'Zorg aan Zet, Utrecht', onlineUrl: 'https://meet.example.nl/terugkomdag', audience: { participants: true, internalTeams: false, directors: true } });
    // The participants and their directors, each in a calendar mail of their own, or in their schedule mail when that
    // still waits (it is written when it is sent, with the sessions as they are then).
    const calendarMails = await get<ApiPage<DeliverySummary>>('/api/notifications/deliveries?kind=calendar_updated&pageSize=100');
    const schedules = await get<ApiPage<DeliverySummary>>('/api/notifications/deliveries?kind=schedule_published&pageSize=100');
    const told = [
      ...calendarMails.items,
      ...schedules.items.filter((mail) => mail.status === 'pending' || (mail.sentAt !== null && mail.sentAt >= addedAt)),
    ].map((mail) => mail.recipient.email);
    for (const participant of PARTICIPANTS) expect(told).toEqual(expect.arrayContaining([participant.email, participant.directorEmail]));
  });

  it('the wizard’s settings and preview in English, accessible', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    await switchLanguage(page, 'en');
    await openWizard(page);
    await page.getByRole('heading', { level: 2, name: 'Step 1 of 2: settings' }).waitFor();
    await expectNoAxeViolations(page);

    // Nothing filled in: the errors are tied to their fields and focus goes to the first.
    await page.getByRole('button', { name: 'Make the schedule' }).click();
    const name = page.getByLabel('Name of the edition');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await page.getByLabel('Programme', { exact: true }).selectOption({ label: PROGRAMME });
    await name.fill('HIS-I English preview');
    await page.getByLabel('Start date').fill(januaryTuesdayNextYear());
    await page.getByLabel('Avoid school holidays').selectOption({ label: 'Region central' });
    await page.getByRole('button', { name: 'Make the schedule' }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 2 of 2: check the schedule' }).waitFor();
    await page.getByText(/Note: [1-9]\d* warnings\./).waitFor();
    await page.getByRole('list', { name: /^Warnings for / }).getByRole('listitem').filter({ hasText: /^Moved from .+\(.+\) to .+\.$/ }).first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Back to the settings' }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 1 of 2: settings' }).waitFor();
    expect(await name.inputValue()).toBe('HIS-I English preview');
  });
});
