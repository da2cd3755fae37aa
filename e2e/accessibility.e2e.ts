import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_PRELOADS_FILE, type PagePreloads } from '@koers/shared/web-app';
import { expectNoAxeViolations } from './support/axe';
import type { ViewportName } from './support/browser';
import { appUrl, useBrowser } from './support/browser';
import { REPO_ROOT } from './support/server';
import { type DemoAccount, demoAccount, loginThroughUi, moveSessionToNow, stickingOutSideways, switchLanguage, visit } from './support/koers';

type Role = DemoAccount['role'] | 'anonymous';

/** Each person on the device they would typically use (as in home.e2e.ts). */
const DEVICE: Record<Role, ViewportName> = { anonymous: 'phone', participant: 'phone', director: 'phone', trainer: 'tablet', admin: 'desktop', regional_manager: 'tablet' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const path = (pattern: string) => new RegExp(`^${pattern.replace(/:id/g, UUID)}$`);

/** Waits until the page has its heading and nothing in it is still loading. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('main [role="status"], main [aria-busy="true"]')).every(
      (element) => element.getAttribute('aria-busy') !== 'true' && !/^(Bezig met laden|Loading)…$/.test(element.textContent?.trim() ?? ''),
    ),
  );
}

/** Clicks the first link in the page's content that leads to a path like this, as a person would follow it. */
async function followLink(page: Page, target: RegExp): Promise<void> {
  const linksNow = () => page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const matching = (hrefs: string[]) => hrefs.find((candidate) => target.test(candidate.split('?')[0]));
  // A page may still be drawing its content after its heading (a slow machine): wait for the link, as a person would.
  await page
    .waitForFunction((source) => Array.from(document.querySelectorAll('main a[href]')).some((link) => new RegExp(source).test((link.getAttribute('href') ?? '').split('?')[0])), target.source, { timeout: 15_000 })
    .catch(() => undefined);
  const hrefs = await linksNow();
  const href = matching(hrefs);
  if (!href) throw new Error(`No link to ${target} on ${page.url()}; links: ${hrefs.join(' ')}`);
  await page.locator(`main a[href="${href}"]`).first().click();
  await page.waitForURL((url) => url.pathname === href.split('?')[0]);
  await settled(page);
}

interface MainPage {
  role: Role;
  name: string;
  /** Gets there (in Dutch) and into the state worth checking. */
  open: (page: Page) => Promise<void>;
}

const TRAINER_CHECK_IN = { edition: 'HIS-I 1.0', title: 'Bestuurlijke bijeenkomst 1 – Ruimte maken voor innovatie' };

const PAGES: MainPage[] = [
  { role: 'anonymous', name: 'login', open: (page) => visit(page, '/inloggen') },
  { role: 'anonymous', name: 'password reset request', open: (page) => visit(page, '/wachtwoord-vergeten') },
  { role: 'anonymous', name: 'password reset confirm (link from the mail)', open: (page) => visit(page, '/wachtwoord-herstellen?token=e2e-not-a-real-token') },
  { role: 'anonymous', name: 'first password (link from an invitation)', open: (page) => visit(page, '/wachtwoord-kiezen?token=e2e-not-a-real-token') },
  { role: 'anonymous', name: 'certificate verification', open: (page) => visit(page, '/certificaat-controleren') },

  { role: 'participant', name: 'home', open: (page) => visit(page, '/') },
  { role: 'participant', name: 'My programme, list', open: (page) => visit(page, '/programma') },
  {
    role: 'participant',
    name: 'My programme, month',
    open: async (page) => {
      await visit(page, '/programma');
      await page.getByRole('button', { name: 'Maand' }).click();
      await page.getByRole('button', { name: 'Maand', pressed: true }).waitFor();
    },
  },
  {
    role: 'participant',
    name: 'session page, the next session',
    open: async (page) => {
      await visit(page, '/programma');
      await page.getByRole('link', { name: 'Naar de bijeenkomst' }).click();
      await page.getByRole('heading', { level: 2, name: /^(Agenda|Programma van de dag)$/ }).waitFor();
    },
  },
  {
    role: 'participant',
    name: 'session page, the kick-off with its record',
    open: async (page) => {
      await visit(page, '/programma');
      await page.getByRole('region', { name: 'Alle bijeenkomsten' }).getByRole('link', { name: /^Lesdag 1 / }).click();
      await page.getByRole('heading', { level: 1, name: /^Lesdag 1 / }).waitFor();
    },
  },
  { role: 'participant', name: 'my challenge', open: (page) => visit(page, '/mijn-vraagstuk') },
  { role: 'participant', name: 'assignments', open: (page) => visit(page, '/opdrachten') },
  {
    role: 'participant',
    name: 'an assignment with the hand-in form',
    open: async (page) => {
      await visit(page, '/opdrachten');
      await followLink(page, path('/opdrachten/:id'));
    },
  },
  { role: 'participant', name: 'certificate', open: (page) => visit(page, '/certificaat') },
  { role: 'participant', name: 'check-in (typing a code)', open: (page) => visit(page, '/inchecken') },
  { role: 'participant', name: 'internal team', open: (page) => visit(page, '/intern-team') },
  { role: 'participant', name: 'invitations', open: (page) => visit(page, '/uitnodigingen') },
  { role: 'participant', name: 'my data', open: (page) => visit(page, '/mijn-gegevens') },
  { role: 'participant', name: 'measurement results', open: (page) => visit(page, '/metingen') },
  { role: 'participant', name: 'my settings', open: (page) => visit(page, '/mijn-instellingen') },

  { role: 'director', name: 'home', open: (page) => visit(page, '/') },
  { role: 'director', name: 'board meetings', open: (page) => visit(page, '/bestuurlijke-bijeenkomsten') },
  { role: 'director', name: 'participants’ progress', open: (page) => visit(page, '/voortgang-deelnemers') },
  { role: 'director', name: 'measurement results', open: (page) => visit(page, '/metingen') },

  { role: 'trainer', name: 'home', open: (page) => visit(page, '/') },
  { role: 'trainer', name: 'attendance (trainer home)', open: (page) => visit(page, '/aanwezigheid') },
  {
    role: 'trainer',
    name: 'roster',
    open: async (page) => {
      await visit(page, '/aanwezigheid');
      const next = page.getByRole('region', { name: 'Binnenkort' }).getByRole('listitem').filter({ hasText: 'HIS-I 2.0' }).first();
      await next.getByRole('link', { name: /^Presentielijst / }).click();
      await page.locator('li.roster-row').first().waitFor();
    },
  },
  {
    role: 'trainer',
    name: 'check-in display with its QR code',
    open: async (page) => {
      await moveSessionToNow(await pageOf('admin'), TRAINER_CHECK_IN.edition, TRAINER_CHECK_IN.title);
      await visit(page, '/aanwezigheid');
      await page.getByRole('link', { name: `Check-in tonen ${TRAINER_CHECK_IN.title}` }).click();
      await page.getByRole('img', { name: `QR-code om in te checken bij ${TRAINER_CHECK_IN.title}` }).waitFor();
    },
  },
  {
    role: 'trainer',
    name: 'attendance report',
    open: async (page) => {
      await visit(page, '/aanwezigheid');
      await page.getByRole('region', { name: 'Aanwezigheidsrapporten' }).getByRole('link', { name: 'HIS-I 2.0' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanwezigheid HIS-I 2.0' }).waitFor();
    },
  },
  {
    role: 'trainer',
    name: 'session page with the record editor',
    open: async (page) => {
      await visit(page, '/programma');
      const kickOff = page.getByRole('region', { name: 'Alle bijeenkomsten' }).getByRole('listitem').filter({ hasText: 'HIS-I 2.0' }).first();
      await kickOff.getByRole('link', { name: /^Lesdag 1 / }).click();
      await page.getByRole('heading', { level: 2, name: 'Verslag' }).waitFor();
    },
  },
  { role: 'trainer', name: 'review queue', open: (page) => visit(page, '/beoordelen') },
  {
    role: 'trainer',
    name: 'a submission to review',
    open: async (page) => {
      await visit(page, '/beoordelen');
      await followLink(page, path('/beoordelen/:id'));
    },
  },
  { role: 'trainer', name: 'RSVP overview', open: (page) => visit(page, '/aanmeldingen') },
  {
    role: 'trainer',
    name: 'RSVPs of one session',
    open: async (page) => {
      await visit(page, '/aanmeldingen');
      await followLink(page, path('/aanmeldingen/:id'));
    },
  },
  { role: 'trainer', name: 'assignments (trainer)', open: (page) => visit(page, '/opdrachten') },
  {
    role: 'trainer',
    name: 'assignments of an edition',
    open: async (page) => {
      await visit(page, '/opdrachten');
      await followLink(page, path('/edities/:id/opdrachten'));
    },
  },
  {
    role: 'trainer',
    name: 'assignment overview of an edition',
    open: async (page) => {
      await visit(page, '/opdrachten');
      await followLink(page, path('/edities/:id/opdrachten'));
      await followLink(page, path('/edities/:id/opdrachten/overzicht'));
    },
  },
  { role: 'trainer', name: 'implementation challenges', open: (page) => visit(page, '/vraagstukken') },
  { role: 'trainer', name: 'measurement results', open: (page) => visit(page, '/metingen') },
  {
    role: 'trainer',
    name: 'a participant’s challenge',
    open: async (page) => {
      await visit(page, '/vraagstukken');
      await followLink(page, path('/vraagstukken/:id'));
    },
  },

  { role: 'admin', name: 'home', open: (page) => visit(page, '/') },
  { role: 'admin', name: 'programmes', open: (page) => visit(page, '/beheer/programmas') },
  {
    role: 'admin',
    name: 'programme with its template editor',
    open: async (page) => {
      await visit(page, '/beheer/programmas');
      await followLink(page, path('/beheer/programmas/:id'));
    },
  },
  { role: 'admin', name: 'editions', open: (page) => visit(page, '/edities') },
  {
    role: 'admin',
    name: 'edition page, a session being moved',
    open: async (page) => {
      await visit(page, '/edities');
      await page.getByRole('link', { name: 'HIS-I 2.0', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'HIS-I 2.0' }).waitFor();
      await page.getByRole('button', { name: /verplaatsen of wijzigen$/ }).first().click();
      await page.getByRole('form', { name: /verplaatsen of wijzigen$/ }).waitFor();
    },
  },
  { role: 'admin', name: 'open-edition wizard, settings', open: (page) => visit(page, '/edities/nieuw') },
  {
    role: 'admin',
    name: 'open-edition wizard, preview with warnings',
    open: async (page) => {
      await visit(page, '/edities/nieuw');
      await page.getByLabel('Naam van de editie').fill('HIS-I toegankelijkheid');
      await page.getByLabel('Startdatum').fill(`${new Date().getUTCFullYear() + 1}-01-05`);
      await page.getByLabel('Schoolvakanties vermijden').selectOption({ label: 'Regio midden' });
      await page.getByRole('button', { name: 'Planning maken' }).click();
      await page.getByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' }).waitFor();
    },
  },
  {
    role: 'admin',
    name: 'enrolments',
    open: async (page) => {
      await visit(page, '/edities');
      await page.getByRole('link', { name: 'HIS-I 2.0', exact: true }).click();
      await page.getByRole('link', { name: 'Inschrijvingen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Inschrijvingen HIS-I 2.0' }).waitFor();
    },
  },
  {
    role: 'admin',
    name: 'certificates of an edition, one being withdrawn',
    open: async (page) => {
      await visit(page, '/edities');
      await page.getByRole('link', { name: 'HIS-I 1.0', exact: true }).click();
      await page.getByRole('link', { name: 'Certificaten', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Certificaten van HIS-I 1.0' }).waitFor();
      // The demo's completed edition may have no certificate downloaded yet: then the page says so, and that is checked.
      const withdraw = page.getByRole('button', { name: /^Certificaat van .* intrekken…$/ }).first();
      if (await withdraw.isVisible()) {
        await withdraw.click();
        await page.getByRole('textbox', { name: 'Reden' }).waitFor();
      }
    },
  },
  { role: 'admin', name: 'people', open: (page) => visit(page, '/beheer/personen') },
  { role: 'admin', name: 'mails', open: (page) => visit(page, '/beheer/e-mails') },
  { role: 'admin', name: 'webhooks', open: (page) => visit(page, '/beheer/webhooks') },
  { role: 'admin', name: 'instruments', open: (page) => visit(page, '/beheer/instrumenten') },
  {
    role: 'admin',
    name: 'measurement results of an edition (linked with ?editie=)',
    open: async (page) => {
      const editions: { id: string; name: string }[] = await (await page.request.get(appUrl('/api/editions'))).json();
      await visit(page, `/metingen?editie=${editions.find((edition) => edition.name === 'HIS-I 1.0')!.id}`);
    },
  },
  { role: 'admin', name: 'organisations and their regions', open: (page) => visit(page, '/beheer/organisaties') },
  { role: 'admin', name: 'region with its managers', open: (page) => visit(page, '/regio') },
  { role: 'regional_manager', name: 'region overview', open: (page) => visit(page, '/regio') },
  {
    role: 'admin',
    name: 'instruments, a draft being edited',
    open: async (page) => {
      await visit(page, '/beheer/instrumenten');
      const newVersion = page.getByRole('button', { name: 'Nieuwe versie maken van Samenwerkingsthermometer (voorbeeld)' });
      const draftStatement = page.getByRole('textbox', { name: 'Stelling 1 van Gezamenlijk doel' });
      // The page's heading shows before its instruments have arrived. Another run in the same database may have made
      // the draft already.
      await newVersion.or(draftStatement).first().waitFor();
      if (await newVersion.isVisible()) await newVersion.click();
      await draftStatement.waitFor();
    },
  },
  { role: 'admin', name: 'my settings', open: (page) => visit(page, '/mijn-instellingen') },
];

const session = useBrowser();
const pages = new Map<Role, Promise<Page>>();

/** One page per person for the whole file, logged in once (through the form, like everyone else). */
function pageOf(role: Role): Promise<Page> {
  let page = pages.get(role);
  if (!page) {
    page = session.filePage(DEVICE[role]).then(async (opened) => {
      if (role === 'anonymous') await visit(opened, '/inloggen');
      else await loginThroughUi(opened, demoAccount(role).email);
      return opened;
    });
    pages.set(role, page);
  }
  return page;
}

describe('every main page, in Dutch and in English: no serious or critical axe violations nor two landmarks of one name, nothing sticking out sideways', () => {
  it.each(PAGES.map((main) => [`${main.role} (${DEVICE[main.role]}): ${main.name}`, main] as const))('%s', async (_name, main) => {
    const page = await pageOf(main.role);
    await switchLanguage(page, 'nl');
    await main.open(page);
    for (const language of ['nl', 'en'] as const) {
      await switchLanguage(page, language);
      await settled(page);
      await expectNoAxeViolations(page);
      expect(await stickingOutSideways(page)).toEqual([]);
    }
  });
});

describe('the files each page names for its first screen', () => {
  it('are all there: no page asks for a script or stylesheet the build did not write', async () => {
    const { pages } = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/web/dist', PAGE_PRELOADS_FILE), 'utf8')) as PagePreloads;
    const files = [...new Set(pages.flatMap((page) => [...page.scripts, ...page.styles]))];
    expect(files.length).toBeGreaterThan(50);
    const missing = [];
    for (const file of files) if ((await fetch(appUrl(file), { method: 'HEAD' })).status !== 200) missing.push(file);
    expect(missing).toEqual([]);
  });
});

describe('the programme office on a phone', () => {
  it('reads an edition with long session titles and the closed days without sideways scrolling', async () => {
    const page = await session.page('phone');
    await loginThroughUi(page, demoAccount('admin').email);
    await visit(page, '/edities');
    await page.getByRole('link', { name: 'HIS-I 2.0' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'HIS-I 2.0' }).waitFor();
    await page.getByText(/samenwerkingsthermometer/).first().waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await visit(page, '/beheer/vrije-dagen');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled(page);
    expect(await stickingOutSideways(page)).toEqual([]);
  });
});

describe('the public programme page', () => {
  it('reads on a phone without JavaScript: the programme, HIS-I 3.0 with its dates, no axe violations, nothing sticking out', async () => {
    const page = await session.page('phone');
    await page.route('**/*.js', (route) => route.abort());
    await visit(page, '/programmas/his-i');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Health Innovation School – Implementation' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'HIS-I 3.0' }).waitFor();
    await page.getByText(/Lesdag: Lesdag 1/).first().waitFor();
    expect(await page.locator('script').count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(await stickingOutSideways(page)).toEqual([]);

    // Its link at the top leads to the same page in English.
    await page.getByRole('link', { name: 'This page in English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Editions you can apply for' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText(/Programme day: Lesdag 1/).first().waitFor();
    await expectNoAxeViolations(page);
    expect(await stickingOutSideways(page)).toEqual([]);
  });
});
