import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { demoAccount, loginThroughUi, visit } from './support/koers';

const withToken = (token: string, init: RequestInit = {}) => fetch(appUrl('/api/me'), { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });

describe('personal API tokens', () => {
  const session = useBrowser();

  it('a director makes a read-only token on a phone, a script reads with it and is refused a write, and revoking stops it', async () => {
    const director = demoAccount('director');
    const page = await session.page('phone');
    await loginThroughUi(page, director.email);
    await visit(page, '/mijn-instellingen');
    await page.getByRole('link', { name: 'API-sleutels beheren' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-sleutels' }).waitFor();

    await page.getByRole('textbox', { name: 'Naam' }).fill('Rapportage voor de raad van bestuur');
    // A double-click, as people do on a phone: one token.
    await page.getByRole('button', { name: 'Sleutel maken' }).dblclick();
    const shown = page.getByRole('textbox', { name: 'Je nieuwe API-sleutel' });
    await shown.waitFor();
    const token = await shown.inputValue();
    expect(token).toMatch(/^koers_pat_/);
    await page.getByRole('listitem', { name: 'Rapportage voor de raad van bestuur' }).first().waitFor();
    // Counted by the server, once any second request would have been answered too.
    await page.waitForLoadState('networkidle');
    const tokens = (await (await page.request.get(appUrl('/api/me/tokens'))).json()) as { name: string }[];
    expect(tokens.filter((one) => one.name === 'Rapportage voor de raad van bestuur')).toHaveLength(1);
    await expectNoAxeViolations(page);

    const me = await withToken(token);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(director.email);
    const write = await withToken(token, { method: 'PATCH', body: JSON.stringify({ name: 'Iemand anders' }) });
    expect(write.status).toBe(403);

    await page.getByRole('button', { name: 'Intrekken Rapportage voor de raad van bestuur' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Rapportage voor de raad van bestuur intrekken?' });
    await ask.waitFor();
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Intrekken', exact: true }).click();
    await page.getByText('Rapportage voor de raad van bestuur is ingetrokken.').waitFor();
    await page.getByRole('listitem', { name: 'Rapportage voor de raad van bestuur' }).waitFor({ state: 'detached' });
    expect((await withToken(token)).status).toBe(401);
  });
});
