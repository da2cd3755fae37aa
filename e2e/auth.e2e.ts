import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { currentLanguage, demoAccount, hasFocus, switchLanguage, visit } from './support/koers';

describe('login and password reset', () => {
  const session = useBrowser();

  it.each(['phone', 'desktop'] as const)('the login page speaks Dutch, switches to English, and is accessible in both (%s)', async (viewport) => {
    const page = await session.page(viewport);
    await visit(page, '/inloggen');
    expect(await currentLanguage(page)).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expectNoAxeViolations(page);

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('ties validation errors to their fields and announces a refused login, in both languages', async () => {
    const page = await session.page('phone');
    await visit(page, '/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul je e-mailadres in.').waitFor();
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await hasFocus(page.getByLabel('E-mailadres'))).toBe(true);
    await expectNoAxeViolations(page);

    await switchLanguage(page, 'en');
    await page.getByLabel('Email address').fill(demoAccount('participant').email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('requests a password reset link from the login page, in Dutch and English', async () => {
    const page = await session.page('phone');
    await visit(page, '/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await expectNoAxeViolations(page);

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Forgot password' }).waitFor();
    await page.getByLabel('Email address').fill(demoAccount('director').email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('status').filter({ hasText: demoAccount('director').email }).waitFor();
    await expectNoAxeViolations(page);

    await switchLanguage(page, 'nl');
    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });
});
