import type { DeliveriesPage, DeliverySummary } from '@koers/shared/notifications';
import { randomUUID } from 'node:crypto';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, mainMenu, stickingOutSideways } from './support/koers';

describe('learning from each other: who’s who and discussions', () => {
  const session = useBrowser();

  it('a participant on a phone finds her cohort and asks her network group a question; its facilitator answers on a tablet; she sees the reply marked new', async () => {
    const question = `Wie heeft een goed voorbeeld van een A4 voor de directeur? ${randomUUID().slice(0, 6)}`;
    // With a link as long as the ones SharePoint hands out, which must wrap inside the post on a tablet and a phone.
    const longLink = `https://zorggroep.sharepoint.com/sites/innovatie/Gedeelde%20documenten/${'voorbeeld-a4-directeur-'.repeat(12)}.docx`;
    const answer = `Ik stuur je er een, @Lotte Bakker. Begin met het *doel* en sluit af met het besluit dat je vraagt.\nVoorbeeld: ${longLink}`;

    // The participant, on her phone: who else is in HIS-I 2.0, and what are they working on?
    const phone = await session.page('phone');
    await loginThroughUi(phone, demoAccount('participant').email);
    await (await mainMenu(phone)).getByRole('link', { name: 'Wie is wie' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Wie is wie' }).waitFor();
    const people = phone.getByRole('list', { name: 'Mensen in deze editie' });
    const lotte = people.getByRole('listitem').filter({ hasText: 'Lotte Bakker' });
    await lotte.getByText('Verpleegkundige en innovatiecoach', { exact: false }).waitFor();
    await people.getByRole('listitem').filter({ hasText: 'Sanne de Vries' }).getByText('trainer', { exact: false }).waitFor();
    expect(await people.getByRole('listitem').count()).toBeGreaterThan(20);
    // And the Rebels of HIS-I 1.0 who stay findable (how many: another spec file may erase one of them).
    await phone.getByRole('list', { name: 'Deelnemers van eerdere edities' }).getByRole('listitem').filter({ hasText: 'HIS-I 1.0' }).first().waitFor();
    expect(await stickingOutSideways(phone)).toEqual([]);
    await expectNoAxeViolations(phone);

    // She asks her network group (not the whole edition) her question: only her own group is offered.
    await (await mainMenu(phone)).getByRole('link', { name: /^Gesprekken/ }).click();
    await phone.getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    const audience = phone.getByRole('combobox', { name: 'Voor wie' });
    // The choice appears once her groups have loaded; reading the options before that would find none.
    await audience.getByRole('option', { name: 'Netwerkgroep Avans' }).waitFor({ state: 'attached' });
    expect(await audience.getByRole('option').allTextContents()).toEqual(['De hele editie', 'Netwerkgroep Avans']);
    await expectNoAxeViolations(phone);
    await audience.selectOption({ label: 'Netwerkgroep Avans' });
    await phone.getByRole('textbox', { name: 'Onderwerp', exact: true }).fill(question);
    await phone.getByRole('textbox', { name: 'Je bericht' }).fill('Ik spreek mijn directeur over twee weken. Hoe zag jullie **voorstel** eruit?');
    await phone.getByRole('button', { name: 'Plaatsen' }).click();
    await phone.getByRole('heading', { level: 1, name: question }).waitFor();
    await phone.getByText('HIS-I 2.0 · Netwerkgroep Avans').waitFor();
    await phone.getByRole('list', { name: 'Berichten' }).getByText('voorstel', { exact: true }).waitFor();
    expect(await phone.getByRole('list', { name: 'Berichten' }).locator('strong', { hasText: 'voorstel' }).count()).toBe(1);
    expect(await stickingOutSideways(phone)).toEqual([]);

    // Another group's facilitator does not see the question.
    const stranger = await session.page('desktop');
    await loginThroughUi(stranger, 'begeleider2@koers.demo');
    await (await mainMenu(stranger)).getByRole('link', { name: /^Gesprekken/ }).click();
    await stranger.getByRole('list', { name: 'Gesprekken in deze editie' }).waitFor();
    expect(await stranger.getByRole('link', { name: question }).count()).toBe(0);

    // Her group's facilitator, on a tablet, finds it among the group's threads, answers and mentions her.
    const tablet = await session.page('tablet');
    await loginThroughUi(tablet, 'begeleider1@koers.demo');
    await (await mainMenu(tablet)).getByRole('link', { name: /^Gesprekken/ }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    const threads = tablet.getByRole('list', { name: 'Gesprekken in deze editie' });
    const editionWideThread = threads.getByRole('link', { name: 'Tips voor het eerste gesprek met je directeur?' });
    await editionWideThread.waitFor();
    await tablet.getByRole('combobox', { name: 'Welke gesprekken' }).selectOption({ label: 'Netwerkgroep Avans' });
    // Filtered to the group: the demo's edition-wide thread leaves the list. Waiting for that (not counting at once)
    // because the unfiltered list also shows her question until the filtered one arrives.
    await editionWideThread.waitFor({ state: 'detached' });
    const thread = threads.getByRole('listitem').filter({ has: tablet.getByRole('link', { name: question }) });
    await thread.getByText('1 nieuw').waitFor();
    await thread.getByText('Netwerkgroep Avans', { exact: true }).waitFor();
    await expectNoAxeViolations(tablet);
    await thread.getByRole('link', { name: question }).click();
    await tablet.getByRole('heading', { level: 1, name: question }).waitFor();
    await tablet.getByRole('textbox', { name: 'Je reactie' }).fill(answer);
    await tablet.getByLabel('Bestand toevoegen (niet verplicht)').setInputFiles({
      name: 'a4-voorbeeld.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    });
    await tablet.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await tablet.getByRole('list', { name: 'Berichten' }).getByText('Begin met het', { exact: false }).waitFor();
    await tablet.getByRole('link', { name: 'a4-voorbeeld.pdf' }).waitFor();
    expect(await stickingOutSideways(tablet)).toEqual([]);
    await expectNoAxeViolations(tablet);

    // Back on her phone: the thread is marked new, in the list and in the menu, and the reply is there.
    await (await mainMenu(phone)).getByRole('link', { name: /^Gesprekken/ }).click();
    const mine = phone.getByRole('list', { name: 'Gesprekken in deze editie' }).getByRole('listitem').filter({ has: phone.getByRole('link', { name: question }) });
    await mine.getByText('1 nieuw').waitFor();
    await mine.getByText('je wordt genoemd').waitFor();
    await (await mainMenu(phone)).getByText(/met nieuwe berichten/).waitFor({ state: 'attached' });
    await mine.getByRole('link', { name: question }).click();
    const reply = phone.getByRole('list', { name: 'Berichten' }).getByRole('listitem').filter({ hasText: 'Begin met het' });
    await reply.getByText('Karin Smeets (Avans Hogeschool)').waitFor();
    await reply.getByText('nieuw', { exact: true }).waitFor();
    const file = await phone.request.get(new URL((await reply.getByRole('link', { name: 'a4-voorbeeld.pdf' }).getAttribute('href'))!, phone.url()).toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    await reply.locator(`a[href="${longLink}"]`).waitFor();
    expect(await stickingOutSideways(phone)).toEqual([]);
    await expectNoAxeViolations(phone);

    // Once read, the thread is no longer new.
    await phone.getByRole('link', { name: 'Alle gesprekken' }).click();
    await mine.getByRole('link', { name: question }).waitFor();
    await mine.getByText('1 nieuw').waitFor({ state: 'detached' });
  });

  it('mails the participant one digest of yesterday’s posts she has not read, from 07:00 (Amsterdam) on', async () => {
    // The demo has posts from yesterday she has not read (a facilitator's reply to her question, a question in the
    // facilitator's thread). The server's notification worker queues the digest from 07:00 Amsterdam time.
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    const email = demoAccount('participant').email;
    const now = new Date();
    const amsterdamDay = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const amsterdamHour = Number(now.toLocaleTimeString('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }));
    const yesterday = amsterdamDay(new Date(now.getTime() - 86_400_000));
    const digestsToHer = async () => {
      const response = await page.request.get(appUrl('/api/notifications/deliveries?kind=discussion_digest&pageSize=100'));
      expect(response.status()).toBe(200);
      const { items } = (await response.json()) as DeliveriesPage;
      return items.filter((delivery) => delivery.recipient.email === email);
    };

    if (amsterdamHour < 7) {
      // Before seven nothing of yesterday goes out yet.
      expect(await digestsToHer()).toEqual([]);
      return;
    }
    // The worker ticks every 10 seconds: wait for the digest to be written to the outbox.
    let sent: DeliverySummary[] = [];
    for (let tries = 0; tries < 30 && !sent.some((delivery) => delivery.status === 'sent'); tries++) {
      sent = await digestsToHer();
      if (!sent.some((delivery) => delivery.status === 'sent')) await page.waitForTimeout(1_000);
    }
    expect(sent.map((delivery) => [delivery.eventKey, delivery.status])).toEqual([[`discussions:${yesterday}`, 'sent']]);

    // The mail in the outbox, as the programme office opens it under E-mails: to her, in Dutch.
    const mail = await page.request.get(appUrl(`/api/notifications/outbox/${encodeURIComponent(sent[0].outboxFile!)}`));
    expect(mail.status()).toBe(200);
    const eml = await mail.text();
    expect(eml).toMatch(/^To: .*deelnemer@koers\.demo/m);
    expect(eml).toContain('Nieuw in je gesprekken');

    // Another tick of the worker later it is still the one mail.
    await page.waitForTimeout(11_000);
    expect((await digestsToHer()).length).toBe(1);
  });
});
