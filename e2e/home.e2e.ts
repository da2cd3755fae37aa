import { expectNoAxeViolations } from './support/axe';
import { useBrowser, type ViewportName } from './support/browser';
import { DEMO_ACCOUNTS, type DemoAccount, loginThroughUi, logoutThroughUi, switchLanguage } from './support/koers';

/** Each demo person on the device they would typically use. */
const DEVICE: Record<DemoAccount['role'], ViewportName> = {
  admin: 'desktop',
  trainer: 'tablet',
  participant: 'phone',
  director: 'phone',
};

describe('home page of each demo account', () => {
  const session = useBrowser();

  it.each(DEMO_ACCOUNTS.map((account) => [account.email, account] as const))(
    '%s logs in and sees their home page in Dutch and English, accessible in both',
    async (_email, account) => {
      const page = await session.page(DEVICE[account.role]);
      await loginThroughUi(page, account.email);
      await page.getByRole('heading', { level: 1, name: `Welkom, ${account.name}` }).waitFor();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      await expectNoAxeViolations(page);

      await switchLanguage(page, 'en');
      await page.getByRole('heading', { level: 1, name: `Welcome, ${account.name}` }).waitFor();
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      await expectNoAxeViolations(page);

      await logoutThroughUi(page);
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    },
  );
});
