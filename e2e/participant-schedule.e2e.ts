import ICAL from 'ical.js';
import { HIS_I_SLOTS } from '../apps/api/src/demo/his-i-curriculum';
import { ClosedDayCalendar } from '../apps/api/src/calendar/closed-day-calendar';
import { generateSchedule, type ScheduledSession } from '../apps/api/src/editions/schedule/generate-schedule';
import { expectNoAxeViolations } from './support/axe';
import { appUrl, useBrowser } from './support/browser';
import { amsterdamWallClock, demoAccount, dutchDate, loginThroughUi, mainMenu, stickingOutSideways } from './support/koers';

/**
 * The demo participant's sessions, worked out as the demo seed plans them: HIS-I 2.0 starts on the first Tuesday from
 * 15 November (of last year until that date comes round), a programme day every three weeks at 09:30, on the Dutch
 * calendar; the participant is expected at everything but the board meetings.
 */
function demoParticipantSessions(today: Date): ScheduledSession[] {
  const year = today >= new Date(Date.UTC(today.getUTCFullYear(), 10, 15)) ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const schedule = generateSchedule({
    slots: HIS_I_SLOTS.map((slot, i) => ({
      slotId: `slot-${i + 1}`,
      kind: slot.kind,
      title: slot.title,
      theme: slot.theme,
      durationMinutes: slot.durationMinutes,
      mode: slot.mode,
      order: i + 1,
      audience: { participants: !slot.directorsOnly, internalTeams: slot.internalTeams ?? false, directors: slot.directorsOnly ?? false },
    })),
    startDate: `${year}-11-15`,
    cadenceWeeks: 3,
    weekday: 2,
    startTime: '09:30',
    closedDays: ClosedDayCalendar.workingDays,
  });
  return schedule.filter((session) => session.kind !== 'board_meeting');
}

describe('the participant’s programme on a phone', () => {
  const session = useBrowser();

  it('finds the next session on My programme, opens it, and copies the calendar link into a calendar app', async () => {
    const now = new Date();
    const sessions = demoParticipantSessions(now);
    // From the summer until HIS-I 2.0 starts again, everything has taken place: then the last session is the one to open.
    const next = sessions.find((candidate) => candidate.endsAt > now);
    const expected = next ?? sessions.at(-1)!;

    const page = await session.page('phone');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl('') });
    await loginThroughUi(page, demoAccount('participant').email);
    await (await mainMenu(page)).getByRole('link', { name: 'Mijn programma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn programma' }).waitFor();

    const list = page.getByRole('region', { name: 'Alle bijeenkomsten' });
    const entry = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: expected.title, exact: true }) });
    await entry.getByText(dutchDate(expected.startsAt)).waitFor();
    if (next) {
      const card = page.getByRole('region', { name: next.startsAt <= now ? 'Nu bezig' : 'Je volgende bijeenkomst' });
      await card.getByRole('link', { name: next.title, exact: true }).waitFor();
      const day = card.getByText(dutchDate(next.startsAt, 'long'), { exact: true });
      expect(await day.getAttribute('datetime')).toBe(next.startsAt.toISOString());
      await card.getByRole('link', { name: 'Naar de bijeenkomst' }).click();
    } else {
      await page.getByText('Al je bijeenkomsten hebben plaatsgevonden.').waitFor();
      await entry.getByRole('link', { name: expected.title, exact: true }).click();
    }
    expect(await stickingOutSideways(page)).toEqual([]);

    await page.getByRole('heading', { level: 1, name: expected.title }).waitFor();
    const when = page.getByRole('region', { name: 'Wanneer en waar' });
    await when.getByText(dutchDate(expected.startsAt, 'long'), { exact: true }).waitFor();
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);
    if (next) {
      // The session on its own, for the calendar on the phone.
      const href = await when.getByRole('link', { name: 'Zet in mijn agenda' }).getAttribute('href');
      const ics = await page.request.get(appUrl(href!));
      expect(ics.status()).toBe(200);
      expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    }

    await page.goBack();
    const feed = page.getByRole('region', { name: 'Programma in je eigen agenda' });
    const feedUrl = await feed.getByLabel('Agenda-link (https)').inputValue();
    await feed.getByRole('button', { name: 'Kopieer https-link' }).click();
    await feed.getByRole('status').filter({ hasText: 'De https-link staat op je klembord.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(feedUrl);
    // The feed's own address: the public URL of the server (https in production), the secret token as the file name.
    expect(copied).toMatch(new RegExp(`^${appUrl('/api/calendar/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^/]+\\.ics$`));
    expect(await feed.getByLabel('Agenda-link (webcal)').inputValue()).toBe(copied.replace(/^https?:/, 'webcal:'));
    expect(await stickingOutSideways(page)).toEqual([]);
    await expectNoAxeViolations(page);

    // A calendar app fetches the link without any login and finds every session in it.
    const response = await fetch(copied);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const inFeed = events.find((event) => event.summary.startsWith(expected.title));
    expect(inFeed?.startDate.toJSDate().toISOString()).toBe(expected.startsAt.toISOString());
    expect(events.length).toBe(sessions.length);
  });

  it('shows a participant abroad the sessions at Amsterdam’s time, and says that it is', async () => {
    const sessions = demoParticipantSessions(new Date());
    const next = sessions.find((candidate) => candidate.endsAt > new Date()) ?? sessions.at(-1)!;
    const page = await session.page('phone', { timezoneId: 'America/New_York' });
    await loginThroughUi(page, demoAccount('participant').email);
    await page.goto(appUrl('/programma'));
    await page.getByRole('heading', { level: 1, name: 'Mijn programma' }).waitFor();
    await page.getByText('Alle tijden in Koers zijn Nederlandse tijd (Amsterdam).').waitFor();
    // 09:30 in Amsterdam, not 03:30 as New York's clock would show it.
    const entry = page
      .getByRole('region', { name: 'Alle bijeenkomsten' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: next.title, exact: true }) });
    await entry.getByText(dutchDate(next.startsAt)).waitFor();
    await entry.getByText(amsterdamWallClock(next.startsAt).time).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('opens My programme from a bookmark with its code, its schedule and who is logged in fetched beside the app’s, and asks for each once', async () => {
    const page = await session.page('phone');
    await loginThroughUi(page, demoAccount('participant').email);
    const scheduleRequests: string[] = [];
    const meRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/api/me/schedule') scheduleRequests.push(request.url());
      if (pathname === '/api/me') meRequests.push(request.url());
    });
    // Who asked for each file (the HTML parser, from a link in the page the server sent for /programma, or a script),
    // and at which priority.
    const devtools = await page.context().newCDPSession(page);
    const initiators = new Map<string, string>();
    const priorities = new Map<string, string>();
    devtools.on('Network.requestWillBeSent', ({ request, initiator }) => {
      initiators.set(new URL(request.url).pathname, initiator.type);
      priorities.set(new URL(request.url).pathname, request.initialPriority);
    });
    await devtools.send('Network.enable');
    await page.goto(appUrl('/programma'));
    await page.getByRole('region', { name: /^(Je volgende bijeenkomst|Nu bezig)$/ }).or(page.getByText('Al je bijeenkomsten hebben plaatsgevonden.')).waitFor();

    const pageChunks = [...initiators].filter(([pathname]) => /^\/assets\/my-programme-page-[\w-]+\.js$/.test(pathname));
    expect(pageChunks.map(([, initiator]) => initiator)).toEqual(['parser']);
    // The app's own script first, the page's files after it: on a slow line they would otherwise hold back the first paint.
    const scripts = [...priorities].flatMap(([pathname, priority]) => {
      const script = /^\/assets\/(index|my-programme-page)-[\w-]+\.js$/.exec(pathname);
      return script ? [`${script[1]} ${priority}`] : [];
    });
    expect(scripts.sort()).toEqual(['index High', 'my-programme-page Low']);
    // The page itself asks who is logged in (index.html's preload) and for the schedule (the server's, for /programma),
    // and the app takes those answers rather than asking again.
    expect([initiators.get('/api/me'), initiators.get('/api/me/schedule')]).toEqual(['parser', 'parser']);
    // Asked for early (before the page rendered) and not again when it did.
    await page.waitForTimeout(500);
    expect(scheduleRequests).toHaveLength(1);
    expect(meRequests).toHaveLength(1);
  });
});
