import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { NextSessionAnswer, ScheduleEntry } from '@koers/shared/schedule';
import type { SessionDetail } from '@koers/shared/sessions';
import { resetCsrfToken } from '../../../lib/api-client';
import { sessionKey } from '../../../lib/session-detail';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

// Wednesday 25 November 2026, 11:00 in Amsterdam.
const NOW = new Date('2026-11-25T10:00:00Z');
jest.mock('../../../lib/now', () => ({ useNow: () => NOW }));

const lotte: MeResponse = {
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'deelnemer@koers.demo',
  isAdmin: false,
  locale: 'nl',
  enrolments: [
    { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' },
    { editionId: 'e-3', editionName: 'HIS-I 3.0', role: 'trainer' },
  ],
};

const entry = (overrides: Partial<ScheduleEntry> & Pick<ScheduleEntry, 'sessionId' | 'title' | 'startsAt' | 'endsAt'>): ScheduleEntry => ({
  editionId: 'e-2',
  networkGroup: null,
  workshop: null,
  myRsvp: null,
  editionName: 'HIS-I 2.0',
  kind: 'programme_day',
  theme: '',
  mode: 'on_site',
  location: 'Care Innovation Center, Utrechtseweg 10, 3811 NB Amersfoort',
  onlineUrl: null,
  status: 'scheduled',
  myAttendance: null,
  roles: ['participant'],
  movedFrom: null,
  ...overrides,
});

const schedule: ScheduleEntry[] = [
  entry({ sessionId: 's-1', title: 'Lesdag 1 – Kick-off', startsAt: '2026-11-17T08:30:00Z', endsAt: '2026-11-17T15:00:00Z', myAttendance: 'present' }),
  entry({ sessionId: 's-2', title: 'Lesdag 2 – Onderzoeken', startsAt: '2026-12-08T08:30:00Z', endsAt: '2026-12-08T12:30:00Z', mode: 'online', location: null }),
  entry({ sessionId: 's-3', kind: 'network_session', title: 'Netwerksessie 1', startsAt: '2026-12-15T12:00:00Z', endsAt: '2026-12-15T14:00:00Z', status: 'cancelled' }),
  entry({ sessionId: 's-4', title: 'Lesdag 3 – Intern team', startsAt: '2027-01-05T08:30:00Z', endsAt: '2027-01-05T15:00:00Z', status: 'moved', movedFrom: '2026-12-29T08:30:00.000Z' }),
  entry({ sessionId: 's-5', editionId: 'e-3', editionName: 'HIS-I 3.0', title: 'Lesdag 1 – Kick-off 3.0', startsAt: '2027-01-12T08:30:00Z', endsAt: '2027-01-12T15:00:00Z', roles: ['trainer'] }),
];

const nextDetail: Partial<SessionDetail> = {
  id: 's-2',
  materials: [{ id: 'm-1', fileName: 'Leeswijzer fase 1.pdf', contentType: 'application/pdf', sizeBytes: 120_000, uploadedAt: '2026-11-20T09:00:00Z', uploadedByName: 'Sanne de Vries' }],
  assignmentsDue: [{ id: 'a-1', title: 'Beschrijf je implementatievraagstuk', dueAt: '2026-12-05T22:59:00Z' }],
};

const FEED = 'https://koers.example.nl/api/calendar/abc123.ics';

function fakeApi(
  links = { feedUrl: FEED, webcalUrl: FEED.replace('https', 'webcal') },
  nextSession: NextSessionAnswer = { session: nextDetail as SessionDetail },
  entries = schedule,
) {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: lotte }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/me/schedule': () => ({ status: 200, body: entries }),
    'GET /api/me/next-session': () => ({ status: 200, body: nextSession }),
    'GET /api/sessions/s-2': () => ({ status: 200, body: nextDetail }),
    'GET /api/me/calendar': () => ({ status: 200, body: links }),
    'POST /api/me/calendar/reset': () => ({ status: 200, body: { feedUrl: `${FEED}?new`, webcalUrl: 'webcal://koers.example.nl/api/calendar/new.ics' } }),
  });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('My programme', () => {
  it('shows the next session first: when, where, and what to prepare', async () => {
    const { requests } = fakeApi();
    renderApp('/programma');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn programma' })).toBeInTheDocument();
    expect(document.title).toBe('Mijn programma – Koers');

    const next = await screen.findByRole('region', { name: 'Je volgende bijeenkomst' });
    expect(within(next).getByRole('link', { name: 'Lesdag 2 – Onderzoeken' })).toHaveAttribute('href', '/sessies/s-2');
    expect(next).toHaveTextContent('dinsdag 8 december 2026');
    expect(next).toHaveTextContent('09:30–13:30');
    expect(next).toHaveTextContent('Online: de link verschijnt hier om 09:00, 30 minuten voor de start.');
    expect(await within(next).findByText(/Opdracht “Beschrijf je implementatievraagstuk” inleveren vóór/)).toHaveTextContent('za 5 december 2026, 23:59');
    expect(within(next).getByRole('link', { name: 'Lees: Leeswijzer fase 1.pdf' })).toHaveAttribute('href', '/api/sessions/s-2/materials/m-1');
    expect(within(next).getByRole('link', { name: 'Zet in mijn agenda' })).toHaveAttribute('href', '/api/sessions/s-2/calendar.ics');
    // What to prepare came with /api/me/next-session, which the page's HTML asks for beside the app's code.
    expect(requests.map((request) => request.url)).not.toContain('/api/sessions/s-2');
  });

  it('marks what to prepare whose deadline has passed as late, the rest not', async () => {
    const assignmentsDue = [
      { id: 'a-0', title: 'Leerdoelen', dueAt: '2026-11-20T22:59:00Z' },
      { id: 'a-1', title: 'Beschrijf je implementatievraagstuk', dueAt: '2026-12-05T22:59:00Z' },
    ];
    fakeApi(undefined, { session: { ...(nextDetail as SessionDetail), assignmentsDue } });
    renderApp('/programma');
    const next = await screen.findByRole('region', { name: 'Je volgende bijeenkomst' });
    const late = (await within(next).findByText(/Opdracht “Leerdoelen” inleveren vóór/)).closest('li')!;
    expect(late).toHaveTextContent('vr 20 november 2026, 23:59 Te laat');
    expect(within(next).getByText(/Opdracht “Beschrijf je implementatievraagstuk”/).closest('li')).not.toHaveTextContent('Te laat');
  });

  it('shows what to prepare from the session’s own cache entry, so what refreshes the session page refreshes it too', async () => {
    const { requests } = fakeApi();
    const { queryClient } = renderApp('/programma');
    const next = await screen.findByRole('region', { name: 'Je volgende bijeenkomst' });
    await within(next).findByRole('link', { name: 'Lees: Leeswijzer fase 1.pdf' });
    expect(requests.map((request) => request.url)).not.toContain('/api/sessions/s-2');

    // As uploading a material on the session page does.
    await act(() => queryClient.invalidateQueries({ queryKey: sessionKey('s-2') }));
    await waitFor(() => expect(requests.map((request) => request.url)).toContain('/api/sessions/s-2'));
  });

  it('asks the session itself what to prepare when the server named another next session (the page stayed open)', async () => {
    const { requests } = fakeApi(undefined, { session: { ...(nextDetail as SessionDetail), id: 's-1', assignmentsDue: [], materials: [] } });
    renderApp('/programma');
    const next = await screen.findByRole('region', { name: 'Je volgende bijeenkomst' });
    expect(await within(next).findByText(/Opdracht “Beschrijf je implementatievraagstuk” inleveren vóór/)).toBeInTheDocument();
    expect(requests.map((request) => request.url)).toContain('/api/sessions/s-2');
  });

  it('passes over a session the person declined as the next one, and marks it in the list', async () => {
    const declined = schedule.map((one) => (one.sessionId === 's-2' ? { ...one, myRsvp: 'declined' as const } : one));
    const movedDay = { ...(nextDetail as SessionDetail), id: 's-4', title: 'Lesdag 3 – Intern team', assignmentsDue: [], materials: [] };
    fakeApi(undefined, { session: movedDay }, declined);
    renderApp('/programma');
    const next = await screen.findByRole('region', { name: 'Je volgende bijeenkomst' });
    expect(within(next).getByRole('link', { name: 'Lesdag 3 – Intern team' })).toBeInTheDocument();
    const all = screen.getByRole('region', { name: 'Alle bijeenkomsten' });
    expect(within(all).getAllByRole('listitem')[1]).toHaveTextContent('Lesdag 2 – OnderzoekenLesdagHIS-I 2.0Je hebt je afgemeld');
  });

  it('lists every session by month, with own attendance, cancelled and moved marked, and the edition of each', async () => {
    fakeApi();
    renderApp('/programma');
    const all = await screen.findByRole('region', { name: 'Alle bijeenkomsten' });
    expect(within(all).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['november 2026', 'december 2026', 'januari 2027']);

    const items = within(all).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Lesdag 1 – Kick-off');
    expect(items[0]).toHaveTextContent('Jouw aanwezigheid: aanwezig');
    expect(items[0]).toHaveTextContent('HIS-I 2.0');
    expect(items[2]).toHaveTextContent('Geannuleerd');
    expect(items[3]).toHaveTextContent('Verplaatst, was di 29 december 2026, 09:30');
    expect(items[4]).toHaveTextContent('HIS-I 3.0');
    expect(items[4]).toHaveTextContent('Jij bent trainer');
    // Attendance is only for sessions that have taken place.
    expect(items[1]).not.toHaveTextContent('Jouw aanwezigheid');
  });

  it('shows the same sessions as a month calendar, starting at the next session’s month', async () => {
    fakeApi();
    renderApp('/programma');
    fireEvent.click(await screen.findByRole('button', { name: 'Maand' }));
    expect(screen.getByRole('button', { name: 'Maand' })).toHaveAttribute('aria-pressed', 'true');

    const grid = screen.getByRole('table', { name: 'Bijeenkomsten in december 2026' });
    expect(within(grid).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    expect(within(grid).getByRole('link', { name: '09:30 Lesdag 2 – Onderzoeken' })).toHaveAttribute('href', '/sessies/s-2');
    expect(within(grid).getByRole('link', { name: '13:00 Netwerksessie 1 (Geannuleerd)' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    const january = screen.getByRole('table', { name: 'Bijeenkomsten in januari 2027' });
    expect(within(january).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Bijeenkomsten in januari 2027' })).toHaveTextContent('Lesdag 3 – Intern team');
  });

  it('keeps the month view and its month in the address, so Back from a session returns to them', async () => {
    fakeApi();
    const { router } = renderApp('/programma');
    fireEvent.click(await screen.findByRole('button', { name: 'Maand' }));
    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    expect(router.state.location.search).toBe('?weergave=maand&maand=2027-01');

    await act(() => router.navigate('/sessies/s-3'));
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('table', { name: 'Bijeenkomsten in januari 2027' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Maand' })).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(router.state.location.search).toBe('');
  });

  it('hands out the calendar feed to copy or subscribe to, and makes a new one on request', async () => {
    const api = fakeApi();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderApp('/programma');

    const card = await screen.findByRole('region', { name: 'Programma in je eigen agenda' });
    expect(await within(card).findByLabelText('Agenda-link (https)')).toHaveValue(FEED);
    expect(within(card).getByRole('link', { name: 'Abonneren in mijn agenda-app' })).toHaveAttribute('href', 'webcal://koers.example.nl/api/calendar/abc123.ics');
    fireEvent.click(within(card).getByRole('button', { name: 'Kopieer https-link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(FEED));
    expect(await within(card).findByText('De https-link staat op je klembord.')).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Nieuwe link maken' }));
    expect(within(card).getByText(/Je oude link werkt daarna niet meer/)).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Ja, maak een nieuwe link' }));
    await waitFor(() => expect(within(card).getByLabelText('Agenda-link (https)')).toHaveValue(`${FEED}?new`));
    expect(api.requests.find((r) => r.url === '/api/me/calendar/reset')?.headers['x-csrf-token']).toBe('token-1');
  });

  it('is in English when asked, and has no axe violations', async () => {
    window.localStorage.setItem('koers.language', 'en');
    fakeApi();
    const { container, idle } = renderApp('/programma');
    expect(await screen.findByRole('heading', { level: 1, name: 'My programme' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Your next session' })).toHaveTextContent('Tuesday 8 December 2026');
    await idle();
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Month' }));
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
});
