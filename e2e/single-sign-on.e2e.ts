import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { demoAccount, logoutThroughUi, visit } from './support/koers';

/**
 * Logging in through an organisation's OpenID Provider: the global setup runs a real one (oidc-provider, its
 * development login form takes any name as the account's address) and tells Koers about it as "Testprovider".
 */
describe('single sign-on', () => {
  const session = useBrowser();

  /** From Koers' login page to the provider's login form, where `email` logs in; back at Koers afterwards. */
  async function logInAtProvider(page: Page, email: string): Promise<void> {
    await visit(page, '/inloggen');
    await page.getByRole('link', { name: 'Inloggen met Testprovider' }).click();
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('any password will do');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL((url) => url.origin === new URL(process.env.KOERS_E2E_URL!).origin);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  it('a known address logs in through the provider and lands in Koers; logging out offers the provider\'s logout', async () => {
    const director = demoAccount('director');
    const page = await session.page('phone');
    await logInAtProvider(page, director.email);
    await page.getByRole('heading', { level: 1, name: `Welkom, ${director.name}` }).waitFor();

    await logoutThroughUi(page);
    await page.getByText('Je bent uitgelogd uit Koers.').waitFor();
    const providerLogout = page.getByRole('link', { name: 'Ook uitloggen bij Testprovider' });
    expect(new URL((await providerLogout.getAttribute('href'))!).pathname).toBe('/session/end');
    await expectNoAxeViolations(page);
  });

  it('an address without a Koers account is refused with a message on the login page', async () => {
    const page = await session.page('desktop');
    await logInAtProvider(page, 'onbekend@elders.example');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await page.getByRole('alert').filter({ hasText: 'Er is geen Koers-account met het e-mailadres' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
