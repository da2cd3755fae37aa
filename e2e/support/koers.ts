import type { Locator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../apps/api/src/demo/demo-seed';
import { appUrl } from './browser';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };
export type DemoAccount = (typeof DEMO_ACCOUNTS)[number];
export type Language = 'nl' | 'en';

export const demoAccount = (role: DemoAccount['role']): DemoAccount => DEMO_ACCOUNTS.find((account) => account.role === role)!;

/** Opens a page of the app and waits for its heading, so the lazy route has rendered. */
export async function visit(page: Page, pathname: string): Promise<void> {
  await page.goto(appUrl(pathname));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** Logs in through the login form, as a person would, and waits for the page it leads to. */
export async function loginThroughUi(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await visit(page, '/inloggen');
  await page.getByLabel(/^(E-mailadres|Email address)$/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** Switches the interface language with the header's language button and waits until the page speaks it. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  if ((await currentLanguage(page)) === language) return;
  await page.getByRole('button', { name: language === 'en' ? 'English' : 'Nederlands' }).click();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

export function currentLanguage(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/**
 * The main navigation, as a person reaches it: on a phone it is behind the header's Menu button (a disclosure),
 * which is opened first; on wider screens it is always in view.
 */
export async function mainMenu(page: Page): Promise<Locator> {
  await openMenu(page);
  return page.getByRole('navigation', { name: /^(Hoofdmenu|Main navigation)$/ });
}

/**
 * Follows a link of the main menu. On a phone the menu opens first, and again when a navigation still under way (the
 * app moving on after a login) closed it before the click.
 */
export async function followMenuLink(page: Page, name: string | RegExp): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await mainMenu(page)).getByRole('link', { name }).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Opens the header's menu when it is behind the Menu button (phones); nothing to do on wider screens. */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  const navigation = page.getByRole('navigation', { name: /^(Hoofdmenu|Main navigation)$/ });
  // Right after a navigation the header may not be there yet: wait for the button or the menu itself to show.
  await button.or(navigation).filter({ visible: true }).first().waitFor();
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') await button.click();
}

export async function logoutThroughUi(page: Page): Promise<void> {
  await openMenu(page);
  await page.getByRole('button', { name: /^(Uitloggen|Log out)$/ }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/inloggen'));
}

/** Whether keyboard focus is on this element (playwright-core has no assertions of its own). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

const AMSTERDAM = 'Europe/Amsterdam';

/**
 * A day as the app writes it in Dutch: "di 8 december 2026", or with a long weekday "dinsdag 8 december 2026".
 * Worked out with Intl rather than the app's own date code, so a test checks that code instead of repeating it.
 */
export function dutchDate(value: Date | string, weekday: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday, day: 'numeric', month: 'long', year: 'numeric', timeZone: AMSTERDAM }).format(new Date(value));
}

/** The Amsterdam calendar day (`YYYY-MM-DD`) and wall-clock time (`HH:mm`) of an instant. */
export function amsterdamWallClock(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The programme office moves a session to run now (from half an hour ago until an hour and a half from now, kept
 * within today) on its edition page, in Dutch: self check-in only opens around a session's own time. On a weekend or
 * holiday it confirms the day, as the page asks.
 */
export async function moveSessionToNow(adminPage: Page, editionName: string, sessionTitle: string): Promise<void> {
  const now = Date.now();
  const today = amsterdamWallClock(new Date(now)).date;
  const timeToday = (offsetMinutes: number) => {
    const { date, time } = amsterdamWallClock(new Date(now + offsetMinutes * 60_000));
    return date < today ? '00:00' : date > today ? '23:59' : time;
  };
  await visit(adminPage, '/edities');
  await adminPage.getByRole('link', { name: editionName, exact: true }).click();
  await adminPage.getByRole('heading', { level: 1, name: editionName }).waitFor();
  await switchLanguage(adminPage, 'nl');
  const formName = `${sessionTitle} verplaatsen of wijzigen`;
  await adminPage.getByRole('button', { name: formName }).click();
  const form = adminPage.getByRole('form', { name: formName });
  await form.getByLabel('Datum', { exact: true }).fill(today);
  await form.getByLabel('Begintijd', { exact: true }).fill(timeToday(-30));
  await form.getByLabel('Eindtijd', { exact: true }).fill(timeToday(90));
  await form.getByLabel('Reden', { exact: true }).fill('Browsertest: inchecken kan nu');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  const saved = adminPage.getByRole('status').filter({ hasText: `${sessionTitle} is gewijzigd.` });
  // On a weekend or holiday the page asks to confirm the day first, as it would anyone.
  const confirmDay = form.getByRole('checkbox', { name: /^Ik bevestig .+ als datum voor deze bijeenkomst\.$/ });
  await saved.or(confirmDay).first().waitFor();
  if (await confirmDay.isVisible()) {
    await confirmDay.check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
  }
  await saved.waitFor();
}

/**
 * Nothing sticks out sideways: the page fits its viewport without horizontal scrolling. Measured against the layout
 * viewport (`clientWidth`): on an emulated phone `window.innerWidth` grows along with whatever sticks out.
 * Given a `box` (a bordered panel), nothing in it runs past the box's right edge either: a panel that ends short of
 * the viewport's edge hides that from the page's width.
 * Returns the elements that stick out (outside any scroll container), or an empty list when everything fits.
 */
export async function stickingOutSideways(page: Page, box?: Locator): Promise<string[]> {
  return page.evaluate(
    (container) => {
      const edge = container ? container.getBoundingClientRect().right : document.documentElement.clientWidth;
      if (!container && document.documentElement.scrollWidth <= edge) return [];
      const outermost = container ?? document.body;
      const scrolls = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
      const clipped = (element: Element) => {
        for (let parent = element.parentElement; parent && parent !== outermost; parent = parent.parentElement) if (scrolls(parent)) return true;
        return false;
      };
      return Array.from(outermost.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > edge + 1 && !clipped(element))
        .filter((element, _, all) => !all.includes(element.parentElement!))
        .slice(0, 5)
        .map((element) => `${element.outerHTML.slice(0, 120)} (right edge at ${Math.round(element.getBoundingClientRect().right)} px of ${Math.round(edge)})`);
    },
    box ? await box.elementHandle() : null,
  );
}
