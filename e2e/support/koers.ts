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

export async function logoutThroughUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Uitloggen|Log out)$/ }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/inloggen'));
}

/** Whether keyboard focus is on this element (playwright-core has no assertions of its own). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
