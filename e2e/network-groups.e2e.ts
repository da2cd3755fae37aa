import type { MyGroup } from '@koers/shared/network-groups';
import type { ScheduleEntry } from '@koers/shared/schedule';
import type { SessionWorkshopsResponse } from '@koers/shared/workshops';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { demoAccount, dutchDate, loginThroughUi, mainMenu, stickingOutSideways } from './support/koers';

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(appUrl(`/api${path}`));
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/**
 * Network groups and workshops in the demo: HIS-I 2.0 in three groups (Avans, Fontys, Zuyd), each network session
 * once per group; the next programme day far enough ahead has two workshops. The demo participant is in the first
 * group; begeleider2 leads the second.
 */
describe('network groups and workshops', () => {
  const session = useBrowser();
  let participantsGroupSession = '';
  let workshopDayId = '';

  it('a participant on a phone finds their own group’s next meeting (not the other groups’) and chooses a workshop', async () => {
    const page = await session.page('phone');
    await loginThroughUi(page, demoAccount('participant').email);
    await (await mainMenu(page)).getByRole('link', { name: 'Mijn netwerkgroep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn netwerkgroep' }).waitFor();
    const group = page.getByRole('region', { name: 'Netwerkgroep Avans · HIS-I 2.0' });
    await group.waitFor();
    expect(await page.getByText('Netwerkgroep Fontys').count()).toBe(0);

    const [mine] = await apiGet<MyGroup[]>(page, '/me/groups');
    const next = mine.sessions.find((s) => new Date(s.endsAt) > new Date() && s.status !== 'cancelled')!;
    participantsGroupSession = next.sessionId;
    const nextBlock = group.locator('.my-group__next');
    await nextBlock.getByRole('link', { name: next.title, exact: true }).waitFor();
    await nextBlock.getByText(dutchDate(next.startsAt), { exact: false }).waitFor();
    await nextBlock.getByText('09:30', { exact: false }).waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    // My programme lists that meeting once, for her group: the other groups' (13:00, 15:30) are not hers.
    const schedule = await apiGet<ScheduleEntry[]>(page, '/me/schedule');
    const sameTitle = schedule.filter((s) => s.title === next.title);
    expect(sameTitle.map((s) => [s.sessionId, s.networkGroup])).toEqual([[next.sessionId, 'Netwerkgroep Avans']]);
    await nextBlock.getByRole('link', { name: next.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: next.title }).waitFor();

    // The programme day with workshops: choose one, and the page says where she is placed.
    let workshopDay: ScheduleEntry | undefined;
    for (const entry of schedule.filter((s) => s.kind === 'programme_day' && new Date(s.startsAt) > new Date())) {
      const workshops = await apiGet<SessionWorkshopsResponse>(page, `/sessions/${entry.sessionId}/workshops`);
      if (workshops.workshops.length > 0) {
        workshopDay = entry;
        break;
      }
    }
    expect(workshopDay).toBeDefined();
    workshopDayId = workshopDay!.sessionId;
    await page.goto(appUrl(`/sessies/${workshopDay!.sessionId}`));
    const workshops = page.getByRole('region', { name: 'Workshops' });
    await workshops.getByRole('group', { name: 'Kies je workshop' }).waitFor();
    await workshops.getByRole('radio', { name: /Slimme sensoren in de nachtzorg/ }).check();
    await workshops.getByRole('button', { name: 'Deze workshop kiezen' }).click();
    await workshops.getByText('Je bent ingedeeld bij Slimme sensoren in de nachtzorg (Zaal Beuken).').waitFor();
    // The button, now with nothing left to do, keeps the focus of whoever chose (a disabled one drops it on <body>).
    expect(await workshops.getByRole('button', { name: 'Deze workshop kiezen' }).evaluate((button) => button === document.activeElement && button.getAttribute('aria-disabled'))).toBe('true');
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);
    const chosen = (await apiGet<ScheduleEntry[]>(page, '/me/schedule')).find((s) => s.sessionId === workshopDay!.sessionId)!;
    expect(chosen.workshop).toEqual({ title: 'Slimme sensoren in de nachtzorg', room: 'Zaal Beuken', status: 'placed' });
  });

  it('the programme office on a tablet sees who chose which workshop, adds a workshop and places everyone who has not chosen', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, demoAccount('admin').email);
    await page.goto(appUrl(`/sessies/${workshopDayId}`));
    const workshops = page.getByRole('region', { name: 'Workshops' });
    const overview = workshops.getByRole('region', { name: 'Keuzes en wachtlijsten' });
    // Lotte's choice from the first journey, and the participants who have not chosen yet (she is not among them).
    const sensors = overview.getByRole('region', { name: 'Slimme sensoren in de nachtzorg' });
    await sensors.getByRole('list', { name: 'Ingedeeld bij Slimme sensoren in de nachtzorg' }).getByText('Lotte Bakker').waitFor();
    const notChosen = overview.getByRole('list', { name: 'Deelnemers die nog niet kozen' });
    await notChosen.waitFor();
    expect(await notChosen.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await notChosen.getByText('Lotte Bakker').count()).toBe(0);
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    // A third workshop, set up with the keyboard-friendly form: the new row's title has the focus.
    const setup = workshops.getByRole('form', { name: 'Workshops instellen' });
    await setup.getByRole('button', { name: 'Workshop toevoegen' }).click();
    const third = setup.getByRole('group', { name: 'Workshop 3' });
    await page.keyboard.type('Samen beslissen met de cliënt');
    expect(await third.getByLabel('Titel').inputValue()).toBe('Samen beslissen met de cliënt');
    await third.getByLabel('Spreker (niet verplicht)').fill('Drs. Mo Haddou (Avans Hogeschool)');
    await third.getByLabel('Zaal (niet verplicht)').fill('Zaal Linden');
    await third.getByLabel('Aantal plaatsen').fill('10');
    await setup.getByRole('button', { name: 'Workshops opslaan' }).click();
    await setup.getByText('De workshops zijn opgeslagen.').waitFor();
    await overview.getByRole('region', { name: 'Samen beslissen met de cliënt' }).getByText('Nog niemand ingedeeld.').waitFor();

    // Everyone who has not chosen gets a place: 14 + 12 + 10 places for the cohort.
    await overview.getByRole('button', { name: 'De rest indelen' }).click();
    await overview.getByText(/deelnemers ingedeeld; voor 0 was geen plaats meer\./).waitFor();
    await overview.getByText('Alle deelnemers hebben gekozen.').waitFor();
    await overview.getByText('ingedeeld door het programmabureau').first().waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);
    const saved = await apiGet<SessionWorkshopsResponse>(page, `/sessions/${workshopDayId}/workshops`);
    expect(saved.workshops.map((w) => [w.title, w.room, w.capacity])).toEqual([
      ['Leefstijlcoaching in de wijk', 'Zaal Eiken', 14],
      ['Slimme sensoren in de nachtzorg', 'Zaal Beuken', 12],
      ['Samen beslissen met de cliënt', 'Zaal Linden', 10],
    ]);
  });

  it('the programme office opens the groups page, asks for a proposal by region and sees it to edit, unsaved', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    const editions = await apiGet<{ id: string; name: string }[]>(page, '/editions');
    const edition = editions.find((candidate) => candidate.name === 'HIS-I 2.0')!;
    await page.goto(appUrl(`/edities/${edition.id}`));
    await page.getByRole('link', { name: 'Netwerkgroepen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netwerkgroepen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Netwerkgroep Avans/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nog zonder groep' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Aantal groepen').fill('2');
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    await page.getByText('Het voorstel staat hieronder. Pas het aan en sla het op; er is nog niets bewaard.').waitFor();
    // Two groups of twelve: the third group's heading is gone from the draft.
    expect(await page.getByRole('heading', { level: 2, name: /\(12 deelnemers\)$/ }).count()).toBe(2);
    await expectNoAxeViolations(page);
  });

  it('a facilitator on a tablet sees their own group’s roster, and not another group’s', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, 'begeleider2@koers.demo');
    const [mine] = await apiGet<MyGroup[]>(page, '/me/groups');
    expect(mine).toMatchObject({ name: 'Netwerkgroep Fontys', as: 'facilitator' });
    const next = mine.sessions.find((s) => new Date(s.endsAt) > new Date() && s.status !== 'cancelled')!;

    await (await mainMenu(page)).getByRole('link', { name: 'Aanwezigheid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanwezigheid' }).waitFor();
    await page.goto(appUrl(`/sessies/${next.sessionId}/aanwezigheid`));
    await page.getByRole('heading', { level: 1, name: next.title }).waitFor();
    await page.locator('li.roster-row').first().waitFor();
    const names = await page.locator('li.roster-row .roster-row__name').allTextContents();
    expect(names.map((name) => name.trim()).filter((name) => !name.includes('(Fontys')).sort()).toEqual(mine.members.map((m) => m.name).sort());
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    // The demo participant's group meets at the same time of day elsewhere: not begeleider2's roster.
    await page.goto(appUrl(`/sessies/${participantsGroupSession}/aanwezigheid`));
    await page.getByText('Je hebt geen toegang tot dit onderdeel.').waitFor();
  });

  it('a facilitator on a tablet opens a member’s challenge from their group page and comments on its log', async () => {
    const page = await session.page('tablet');
    await loginThroughUi(page, 'begeleider1@koers.demo');
    await (await mainMenu(page)).getByRole('link', { name: 'Mijn netwerkgroep' }).click();
    const group = page.getByRole('region', { name: 'Netwerkgroep Avans · HIS-I 2.0' });
    await group.getByRole('link', { name: demoAccount('participant').name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Implementatievraagstuk van ${demoAccount('participant').name}` }).waitFor();

    // The demo's peer feedback on the latest entry (a groupmate's and this facilitator's), then one more.
    const latest = page.getByRole('region', { name: 'Logboek' }).getByRole('listitem').first();
    await latest.getByRole('list', { name: '2 reacties' }).waitFor();
    const form = latest.getByRole('form', { name: 'Reageren op de aantekening' });
    await form.getByLabel('Jouw reactie').fill('Zet het op de agenda van de **volgende** sessie.');
    await form.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const comments = latest.getByRole('list', { name: '3 reacties' });
    await comments.getByText('Zet het op de agenda van de').waitFor();
    expect(await comments.locator('strong', { hasText: 'volgende' }).count()).toBe(1);
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
