import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser. CHROMIUM_PATH overrides it (e.g. on a developer's Mac). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The sizes the app promises to work at: a small phone, a tablet both ways round, a laptop. */
export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  tablet: { width: 1024, height: 768 },
  tabletPortrait: { width: 768, height: 1024 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The address of a page of the app under test (the server the global setup started). */
export function appUrl(pathname = '/'): string {
  const base = process.env.KOERS_E2E_URL;
  if (!base) throw new Error('KOERS_E2E_URL is unset: e2e specs run through `npm run test:e2e`');
  return `${base}${pathname}`;
}

/** Pages registered here are screenshotted by the test environment when a test fails. */
function registerForScreenshots(page: Page): void {
  (globalThis as { __koersE2ePages?: Set<Page> }).__koersE2ePages?.add(page);
  page.once('close', () => (globalThis as { __koersE2ePages?: Set<Page> }).__koersE2ePages?.delete(page));
}

export interface BrowserSession {
  browser(): Browser;
  /**
   * A new page in a fresh browser context (own cookies and storage, so nobody is logged in) at a viewport;
   * touch and a mobile viewport for phone and tablets. Closed after the test.
   */
  page(viewport?: ViewportName, options?: PageOptions): Promise<Page>;
  /**
   * Like `page`, but kept open for every test of the spec file and closed after the last one: log in once and
   * visit many pages as that person. Failures are screenshotted the same way.
   */
  filePage(viewport?: ViewportName, options?: PageOptions): Promise<Page>;
}

export interface PageOptions {
  acceptDownloads?: boolean;
  /** The device's clock; Amsterdam's unless a test reads Koers as someone abroad does. */
  timezoneId?: string;
}

/**
 * One Chromium for a spec file, launched before its first test and closed after its last;
 * every page of a test is closed after that test (after any failure screenshot was taken).
 *
 *   const session = useBrowser();
 *   it('…', async () => { const page = await session.page('phone'); … });
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  const testContexts = new Set<BrowserContext>();
  const fileContexts = new Set<BrowserContext>();
  const closeAll = async (contexts: Set<BrowserContext>) => {
    await Promise.all([...contexts].map((context) => context.close()));
    contexts.clear();
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => closeAll(testContexts));
  afterAll(async () => {
    await closeAll(fileContexts);
    await browser?.close();
  });
  const newPage = async (contexts: Set<BrowserContext>, viewport: ViewportName, options: PageOptions) => {
    if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll');
    const context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      isMobile: viewport === 'phone',
      hasTouch: viewport !== 'desktop',
      locale: 'nl-NL',
      timezoneId: options.timezoneId ?? 'Europe/Amsterdam',
      acceptDownloads: options.acceptDownloads ?? false,
    });
    contexts.add(context);
    const page = await context.newPage();
    registerForScreenshots(page);
    return page;
  };
  return {
    browser: () => {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll');
      return browser;
    },
    page: (viewport = 'desktop', options = {}) => newPage(testContexts, viewport, options),
    filePage: (viewport = 'desktop', options = {}) => newPage(fileContexts, viewport, options),
  };
}
