import type { Page } from 'playwright-core';
import { appUrl, useBrowser } from './support/browser';
import { DEMO_ACCOUNTS, loginThroughUi } from './support/koers';

/**
 * The menu and the home page's start points are drawn from the shared permission table, and the API enforces the
 * same table: for each kind of person, every link they are offered opens a page whose requests the API answers,
 * never with 403. The network facilitator is here because their menu once offered a review queue they may not use.
 */
const PEOPLE = [...DEMO_ACCOUNTS.map((account) => account.email), 'begeleider1@koers.demo'];

async function offeredLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-label="Hoofdmenu"] a, nav[aria-labelledby="home-start-heading"] a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

describe('menus and start points agree with the API', () => {
  const session = useBrowser();

  it.each(PEOPLE)('%s is offered only pages the API lets them use', async (email) => {
    const page = await session.page('desktop');
    await loginThroughUi(page, email);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    const links = await offeredLinks(page);
    expect(links.length).toBeGreaterThan(2);

    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() === 403) refused.push(`${new URL(page.url()).pathname} → ${response.url()}`);
    });
    for (const link of links) {
      await page.goto(appUrl(link));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(refused).toEqual([]);
  });
});
