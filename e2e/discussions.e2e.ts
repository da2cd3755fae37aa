import { randomUUID } from 'node:crypto';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, mainMenu, stickingOutSideways } from './support/koers';


describe('learning from each other: who’s who and discussions', () => {
  const session = useBrowser();

  it('a participant on a phone finds her cohort and asks a question; a trainer on a tablet answers; she sees the reply marked new', async () => {
    const question = `Wie heeft een goed voorbeeld van een A4 voor de directeur? ${randomUUID().slice(0, 6)}`;
    const answer = 'Ik stuur je er een, @Lotte Bakker. Begin met het *doel* en sluit af met het besluit dat je vraagt.';

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

    // She asks the edition her question.
    await (await mainMenu(phone)).getByRole('link', { name: /^Gesprekken/ }).click();
    await phone.getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    await expectNoAxeViolations(phone);
    await phone.getByRole('textbox', { name: 'Onderwerp', exact: true }).fill(question);
    await phone.getByRole('textbox', { name: 'Je bericht' }).fill('Ik spreek mijn directeur over twee weken. Hoe zag jullie **voorstel** eruit?');
    await phone.getByRole('button', { name: 'Plaatsen' }).click();
    await phone.getByRole('heading', { level: 1, name: question }).waitFor();
    await phone.getByRole('list', { name: 'Berichten' }).getByText('voorstel', { exact: true }).waitFor();
    expect(await phone.getByRole('list', { name: 'Berichten' }).locator('strong', { hasText: 'voorstel' }).count()).toBe(1);
    expect(await stickingOutSideways(phone)).toEqual([]);

    // The trainer, on a tablet, answers and mentions her.
    const tablet = await session.page('tablet');
    await loginThroughUi(tablet, demoAccount('trainer').email);
    await (await mainMenu(tablet)).getByRole('link', { name: /^Gesprekken/ }).click();
    // The trainer may also run an edition another journey opened: choose HIS-I 2.0 when there is a choice.
    await tablet.getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    const edition = tablet.getByRole('combobox', { name: 'Editie' });
    if (await edition.isVisible()) await edition.selectOption({ label: 'HIS-I 2.0' });
    const threads = tablet.getByRole('list', { name: 'Gesprekken in deze editie' });
    const thread = threads.getByRole('listitem').filter({ has: tablet.getByRole('link', { name: question }) });
    await thread.getByText('1 nieuw').waitFor();
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
    await expectNoAxeViolations(tablet);

    // Back on her phone: the thread is marked new, in the list and in the menu, and the reply is there.
    await (await mainMenu(phone)).getByRole('link', { name: /^Gesprekken/ }).click();
    const mine = phone.getByRole('list', { name: 'Gesprekken in deze editie' }).getByRole('listitem').filter({ has: phone.getByRole('link', { name: question }) });
    await mine.getByText('1 nieuw').waitFor();
    await mine.getByText('je wordt genoemd').waitFor();
    await (await mainMenu(phone)).getByText(/met nieuwe berichten/).waitFor({ state: 'attached' });
    await mine.getByRole('link', { name: question }).click();
    const reply = phone.getByRole('list', { name: 'Berichten' }).getByRole('listitem').filter({ hasText: 'Begin met het' });
    await reply.getByText('Sanne de Vries').waitFor();
    await reply.getByText('nieuw', { exact: true }).waitFor();
    const file = await phone.request.get(new URL((await reply.getByRole('link', { name: 'a4-voorbeeld.pdf' }).getAttribute('href'))!, phone.url()).toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    await expectNoAxeViolations(phone);

    // Once read, the thread is no longer new.
    await phone.getByRole('link', { name: 'Alle gesprekken' }).click();
    await mine.getByRole('link', { name: question }).waitFor();
    await mine.getByText('1 nieuw').waitFor({ state: 'detached' });
  });
});
