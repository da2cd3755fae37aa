import { screen, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { HomeResponse, HomeSession } from '@koers/shared/home';
import type { MeasurementTask } from '@koers/shared/measurements';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const person = (overrides: Partial<MeResponse>): MeResponse => ({
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@example.nl',
  isAdmin: false,
  locale: 'nl',
  enrolments: [],
  ...overrides,
});

const startLinks = async () => {
  const start = await screen.findByRole('navigation', { name: 'Direct naar' });
  return within(start)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
};

const nothing: HomeResponse = { sessions: { today: [], next: null }, office: null, review: null, participant: null, director: null };

const session = (overrides: Partial<HomeSession>): HomeSession => ({
  sessionId: 's-1',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  kind: 'programme_day',
  title: 'Lesdag 4',
  startsAt: '2026-12-08T08:30:00Z',
  endsAt: '2026-12-08T15:00:00Z',
  mode: 'on_site',
  location: 'Utrechtseweg 10, Amersfoort',
  status: 'scheduled',
  ...overrides,
});

const linksIn = (region: HTMLElement) => within(region).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('home page', () => {
  it('puts a participant one tap from their programme and assignments', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: person({ enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }] }) }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Lotte Bakker' })).toBeInTheDocument();
    expect(await startLinks()).toEqual([
      ['Mijn programma', '/programma'],
      ['Opdrachten', '/opdrachten'],
    ]);
  });

  it('leads the programme office to the editions and a trainer-director to their sessions and board meetings, each once', async () => {
    installFakeApi({
      'GET /api/me': () => ({
        status: 200,
        body: person({
          isAdmin: true,
          enrolments: [
            { editionId: 'e-1', editionName: 'HIS-I 1.0', role: 'trainer' },
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'facilitator' },
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' },
          ],
        }),
      }),
    });
    renderApp('/');
    expect(await startLinks()).toEqual([
      ['Edities', '/edities'],
      ['Nieuwe editie openen', '/edities/nieuw'],
      ['Aanwezigheid', '/aanwezigheid'],
      ['Beoordelen', '/beoordelen'],
      ['Bestuurlijke bijeenkomsten', '/bestuurlijke-bijeenkomsten'],
      ['Voortgang deelnemers', '/voortgang-deelnemers'],
    ]);
  });

  it('tells a trainer which of their editions is a draft they are preparing', async () => {
    installFakeApi({
      'GET /api/me': () => ({
        status: 200,
        body: person({
          enrolments: [
            { editionId: 'e-3', editionName: 'HIS-I 3.0', role: 'trainer', draft: true },
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer', draft: false },
          ],
        }),
      }),
    });
    renderApp('/');
    const editions = await screen.findByRole('region', { name: 'Je edities' });
    const [draft, running] = within(editions).getAllByRole('listitem');
    expect(draft).toHaveTextContent('HIS-I 3.0');
    expect(draft).toHaveTextContent('Concept, nog niet gepubliceerd');
    expect(running).not.toHaveTextContent('Concept');
  });

  it('shows no shortcuts to someone without a role yet', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: person({}) }) });
    renderApp('/');
    expect(await screen.findByText('Je bent nog niet ingeschreven voor een editie.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Direct naar' })).not.toBeInTheDocument();
  });

  it("shows the programme office what needs attention instead of the editions it is not enrolled in", async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: person({ isAdmin: true }) }),
      'GET /api/me/home': () => ({
        status: 200,
        body: {
          ...nothing,
          office: {
            editions: [{ editionId: 'e-2', name: 'HIS-I 2.0', status: 'running', sessionsThisWeek: 2, belowThreshold: 3, thresholdPercent: 80 }],
            sessionsThisWeek: 2,
            belowThreshold: 3,
            failedMails: 1,
          },
          review: { waiting: 4 },
        },
      }),
    });
    renderApp('/');
    const office = await screen.findByRole('region', { name: 'Wat aandacht vraagt' });
    expect(office).toHaveTextContent('2 bijeenkomsten deze week');
    expect(office).toHaveTextContent('3 deelnemers onder de aanwezigheidsdrempel');
    expect(linksIn(office)).toEqual([
      ['1 open of lopende editie', '/edities'],
      ['1 mislukte e-mail', '/beheer/e-mails?status=failed'],
      ['4 inleveringen wachten op beoordeling', '/beoordelen'],
      ['HIS-I 2.0', '/edities/e-2'],
      ['3 onder 80% aanwezigheid', '/edities/e-2/aanwezigheid'],
    ]);
    expect(screen.queryByRole('region', { name: 'Beoordelen' })).not.toBeInTheDocument();
    expect(screen.queryByText('Je bent nog niet ingeschreven voor een editie.')).not.toBeInTheDocument();
  });

  it("shows a participant their next session, deadlines and progress, with the edition's name", async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: person({ enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }] }) }),
      'GET /api/me/home': () => ({
        status: 200,
        body: {
          ...nothing,
          sessions: { today: [], next: session({}) },
          participant: {
            editions: [{ editionId: 'e-2', attendanceRate: 0.75, attendance: { attended: 3, counted: 4 }, assignments: { submitted: 2, approved: 1, total: 5 } }],
            deadlines: [
              { assignmentId: 'a-1', editionId: 'e-2', title: 'Plan van aanpak', dueAt: '2026-12-10T22:59:00Z', status: 'revise' },
              { assignmentId: 'a-0', editionId: 'e-2', title: 'Beschrijf je vraagstuk', dueAt: '2020-12-04T22:59:00Z', status: 'not_submitted' },
            ],
          },
        },
      }),
    });
    renderApp('/');
    const next = await screen.findByRole('region', { name: 'Je volgende bijeenkomst' });
    expect(linksIn(next)).toEqual([['Lesdag 4', '/sessies/s-1']]);
    expect(next).toHaveTextContent('di 8 december 2026, 09:30 – 16:00');
    expect(next).toHaveTextContent('Lesdag · HIS-I 2.0 · Utrechtseweg 10, Amersfoort');
    const deadlines = screen.getByRole('region', { name: 'Je deadlines' });
    expect(linksIn(deadlines)).toEqual([
      ['Plan van aanpak', '/opdrachten/a-1'],
      ['Beschrijf je vraagstuk', '/opdrachten/a-0'],
    ]);
    expect(deadlines).toHaveTextContent('Inleveren vóór do 10 december 2026, 23:59');
    // A deadline that has passed says so.
    expect(within(deadlines).getByRole('link', { name: 'Beschrijf je vraagstuk' }).closest('li')).toHaveTextContent('Te laat');
    const progress = screen.getByRole('region', { name: 'Je voortgang' });
    expect(progress).toHaveTextContent('HIS-I 2.0');
    expect(progress).toHaveTextContent('Aanwezig 75% (3 van 4 lesdagen)');
    expect(progress).toHaveTextContent('Opdrachten: 2 van 5 ingeleverd, 1 goedgekeurd');
  });

  it('names the edition of each questionnaire, so the same one in two editions reads apart', async () => {
    const task = (editionId: string, editionName: string, closesAt: string): MeasurementTask => ({
      roundId: `r-${editionId}`,
      editionId,
      editionName,
      instrumentName: 'Samenwerkingsthermometer',
      instrumentKind: 'collaboration_thermometer',
      moment: 'internal_team_days',
      occurrence: 1,
      subject: 'team',
      role: 'internal_team_member',
      participantEnrolmentId: `pe-${editionId}`,
      participantName: 'Lotte Bakker',
      organisationName: 'Zorggroep De Linde',
      opensAt: '2026-12-01T08:00:00Z',
      closesAt,
      answered: 0,
      items: 20,
    });
    installFakeApi({
      'GET /api/me': () => ({
        status: 200,
        body: person({
          enrolments: [
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'internal_team_member' },
            { editionId: 'e-4', editionName: 'HIS-I 4.0', role: 'internal_team_member' },
          ],
        }),
      }),
      'GET /api/me/home': () => ({ status: 200, body: nothing }),
      'GET /api/me/measurement-tasks': () => ({ status: 200, body: [task('e-2', 'HIS-I 2.0', '2026-12-11T22:59:00Z'), task('e-4', 'HIS-I 4.0', '2026-12-15T22:59:00Z')] }),
    });
    renderApp('/');
    const tasks = await screen.findByRole('region', { name: 'Vragenlijsten voor jou' });
    expect(within(tasks).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('HIS-I 2.0'),
      expect.stringContaining('HIS-I 4.0'),
    ]);
  });

  it("shows a trainer today's sessions and the review queue", async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: person({ enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }] }) }),
      'GET /api/me/home': () => ({
        status: 200,
        body: { ...nothing, sessions: { today: [session({ title: 'Netwerksessie', kind: 'network_session' })], next: session({}) }, review: { waiting: 1 } },
      }),
    });
    renderApp('/');
    const today = await screen.findByRole('region', { name: 'Vandaag' });
    expect(linksIn(today)).toEqual([['Netwerksessie', '/sessies/s-1']]);
    expect(screen.queryByRole('region', { name: 'Je volgende bijeenkomst' })).not.toBeInTheDocument();
    expect(linksIn(screen.getByRole('region', { name: 'Beoordelen' }))).toEqual([['1 inlevering wacht op beoordeling', '/beoordelen']]);
  });

  /** A director's home page: their next session, and the director's part of it. */
  const directorHome = (next: HomeSession, director: NonNullable<HomeResponse['director']>) =>
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: person({ enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' }] }) }),
      'GET /api/me/home': () => ({ status: 200, body: { ...nothing, sessions: { today: [], next }, director } }),
    });

  it('shows a director the next board meeting to answer and their participants in short, in English too', async () => {
    window.localStorage.setItem('koers.language', 'en');
    directorHome(session({ kind: 'board_meeting', title: 'Bestuurstafel', sessionId: 's-9' }), {
      nextBoardMeeting: { ...session({ kind: 'board_meeting', title: 'Bestuurstafel', sessionId: 's-9' }), answer: null },
      participants: [{ personId: 'p-3', name: 'Anouk de Boer', editionName: 'HIS-I 2.0', attendanceRate: 0.9, assignments: { submitted: 2, approved: 2, total: 3 } }],
    });
    renderApp('/');
    const board = await screen.findByRole('region', { name: 'Next board meeting' });
    // The same meeting is their next session: shown once.
    expect(screen.queryByRole('region', { name: 'Your next session' })).not.toBeInTheDocument();
    expect(linksIn(board)).toEqual([
      ['Bestuurstafel', '/sessies/s-9'],
      ['Let us know whether you are coming', '/bestuurlijke-bijeenkomsten'],
    ]);
    const participants = screen.getByRole('region', { name: 'Your participants' });
    expect(participants).toHaveTextContent('Anouk de Boer');
    expect(participants).toHaveTextContent('Attended 90%');
    expect(participants).toHaveTextContent('2 of 3 assignments approved');
  });

  it('tells a director who sends a delegate that the delegate goes, beside their own next session', async () => {
    // Their next session is the meeting after: the delegate goes to this one.
    directorHome(session({ kind: 'board_meeting', title: 'Bestuurstafel 2', sessionId: 's-10' }), {
      nextBoardMeeting: { ...session({ kind: 'board_meeting', title: 'Bestuurstafel 1', sessionId: 's-9' }), answer: 'delegate' },
      participants: [],
    });
    renderApp('/');
    const board = await screen.findByRole('region', { name: 'Volgende bestuurlijke bijeenkomst' });
    expect(board).toHaveTextContent('Je vervanger gaat in jouw plaats.');
    expect(linksIn(board).at(-1)).toEqual(['Je antwoord bekijken of wijzigen', '/bestuurlijke-bijeenkomsten']);
  });

  it('says so when the home page cannot be loaded, and still offers the start points', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: person({ enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }] }) }) });
    renderApp('/');
    expect(await screen.findByText('Wat er nu voor je klaarstaat kon niet worden geladen.')).toBeInTheDocument();
    expect(await startLinks()).toHaveLength(2);
  });
});
