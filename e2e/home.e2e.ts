import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser, type ViewportName } from './support/browser';
import {
  DEMO_ACCOUNTS,
  type DemoAccount,
  demoAccount,
  hasFocus,
  loginThroughUi,
  logoutThroughUi,
  mainMenu,
  stickingOutSideways,
  switchLanguage,
} from './support/koers';

/** Each demo person on the device they would typically use. */
const DEVICE: Record<DemoAccount['role'], ViewportName> = {
  admin: 'desktop',
  trainer: 'tablet',
  participant: 'phone',
  director: 'phone',
  regional_manager: 'tablet',
};

/** A part of each person's home page that only they are given (from what they hold in the permission table), in both languages. */
const OWN_PART: Record<DemoAccount['role'], { nl: string; en: string }> = {
  admin: { nl: 'Wat aandacht vraagt', en: 'What needs attention' },
  trainer: { nl: 'Beoordelen', en: 'Review' },
  participant: { nl: 'Je voortgang', en: 'Your progress' },
  director: { nl: 'Je deelnemers', en: 'Your participants' },
  regional_manager: { nl: 'Je regio', en: 'Your region' },
};

/** The phone the issue was found on. */
const PHONE_390 = { width: 390, height: 844 };

/** Waits until the home page's parts have loaded. */
async function homeLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => !/^(Bezig met laden|Loading)…$/.test(document.querySelector('main [role="status"]')?.textContent?.trim() ?? ''));
}

describe('home page of each demo account', () => {
  const session = useBrowser();

  it.each(DEMO_ACCOUNTS.map((account) => [account.email, account] as const))(
    '%s logs in and sees what needs them, in Dutch and English, accessible in both',
    async (_email, account) => {
      const page = await session.page(DEVICE[account.role]);
      await loginThroughUi(page, account.email);
      await page.getByRole('heading', { level: 1, name: `Welkom, ${account.name}` }).waitFor();
      await page.getByRole('region', { name: OWN_PART[account.role].nl }).waitFor();
      await homeLoaded(page);
      expect(await page.getByText('Je bent nog niet ingeschreven voor een editie.').count()).toBe(0);
      expect(await stickingOutSideways(page)).toEqual([]);
      await expectNoAxeViolations(page);

      await switchLanguage(page, 'en');
      await page.getByRole('heading', { level: 1, name: `Welcome, ${account.name}` }).waitFor();
      await page.getByRole('region', { name: OWN_PART[account.role].en }).waitFor();
      await (await mainMenu(page)).waitFor();
      await expectNoAxeViolations(page);

      await logoutThroughUi(page);
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    },
  );

  it('the programme office sees this week, failed mail and attendance under the threshold, each leading to its page', async () => {
    const page = await session.page('desktop');
    await loginThroughUi(page, demoAccount('admin').email);
    const office = page.getByRole('region', { name: 'Wat aandacht vraagt' });
    await office.getByText(/(bijeenkomst|bijeenkomsten) deze week$/).first().waitFor();
    await office.getByRole('link', { name: /mislukte e-mails?$/ }).click();
    await page.waitForURL((url) => url.pathname === '/beheer/e-mails' && url.searchParams.get('status') === 'failed');
  });

  it('on a 390 × 844 phone the menu sits behind one button and the home page starts above the fold, without sideways scrolling', async () => {
    const page = await session.page('phone');
    await page.setViewportSize(PHONE_390);
    await loginThroughUi(page, demoAccount('participant').email);
    const heading = page.getByRole('heading', { level: 1, name: `Welkom, ${demoAccount('participant').name}` });
    await page.getByRole('region', { name: 'Je voortgang' }).waitFor();
    await homeLoaded(page);

    const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await navigation.isVisible()).toBe(false);
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThan(100);
    const firstPart = page.locator('main section').first();
    for (const content of [heading, firstPart]) {
      const box = (await content.boundingBox())!;
      expect(box.y + Math.min(box.height, 40)).toBeLessThan(PHONE_390.height);
    }
    expect(await stickingOutSideways(page)).toEqual([]);

    // By keyboard: Enter opens it, the links are reachable with Tab, Escape closes it and focus returns to the button.
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await navigation.waitFor();
    expect(await navigation.getByRole('listitem').count()).toBeGreaterThan(3);
    await page.keyboard.press('Tab');
    expect(await hasFocus(navigation.getByRole('link').first())).toBe(true);
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await navigation.isVisible()).toBe(false);
    expect(await hasFocus(menuButton)).toBe(true);

    // Following a link closes the menu and lands on the page.
    await page.keyboard.press('Enter');
    await navigation.getByRole('link', { name: 'Mijn programma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn programma' }).waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
  });

  it.each(['tabletPortrait', 'desktop'] as const)('on a %s the whole menu stays in view, without a menu button', async (viewport) => {
    const page = await session.page(viewport);
    await loginThroughUi(page, demoAccount('trainer').email);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Menu', exact: true }).isVisible()).toBe(false);
    expect(await stickingOutSideways(page)).toEqual([]);
  });
});
