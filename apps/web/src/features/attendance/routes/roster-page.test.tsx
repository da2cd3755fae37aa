import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { AttendanceMark, CheckInSession, RosterEntry } from '@koers/shared/attendance';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';
import { markQueueStorageKey } from '../model/mark-queue';

const trainer: MeResponse = {
  id: 't-1',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'trainer' }],
};

const session: CheckInSession = {
  sessionId: 's-1',
  editionId: 'e-1',
  editionName: 'HIS-I 2.0',
  title: 'Lesdag 3: Implementatieplan',
  kind: 'programme_day',
  status: 'scheduled',
  // Started, not ended: marking is open.
  startsAt: '2026-03-09T08:30:00Z',
  endsAt: '2099-03-09T15:00:00Z',
  opensAt: '2026-03-09T08:00:00Z',
  mark: null,
};

const person = (personId: string, name: string, role: RosterEntry['role'], extra: Partial<RosterEntry> = {}): RosterEntry => ({
  personId,
  name,
  role,
  workshop: null,
  organisation: 'Zorggroep Ëlst',
  status: null,
  note: '',
  groupedUnder: null,
  source: null,
  ...extra,
});

const roster: RosterEntry[] = [
  person('p-1', 'Lotte Bakker', 'participant'),
  person('p-2', 'Bram Jansen', 'participant', { status: 'present', source: 'self_check_in' }),
  person('p-3', 'Chloë Ünal', 'participant'),
  person('it-1', 'Iris Teamlid', 'internal_team_member', { groupedUnder: 'p-1' }),
  person('t-1', 'Sanne de Vries', 'trainer', { organisation: null }),
];

/** A server that stores marks unless `online` is false, when the request fails like a dropped connection. */
function fakeServer(checkInSession: CheckInSession = session) {
  const state = { online: true, stored: new Map<string, AttendanceMark>(), puts: [] as AttendanceMark[][] };
  const api = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: trainer }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/sessions/s-1/check-in': () => ({ status: 200, body: checkInSession }),
    'GET /api/sessions/s-1/roster': () => ({ status: 200, body: roster }),
    'PUT /api/sessions/s-1/attendance': (request: RecordedRequest) => {
      if (!state.online) throw new TypeError('Failed to fetch');
      const marks = request.body as AttendanceMark[];
      state.puts.push(marks);
      for (const mark of marks) state.stored.set(mark.personId, mark);
      return {
        status: 200,
        body: { marks: marks.map((mark) => ({ personId: mark.personId, status: mark.status, note: mark.note ?? '', recordedAt: '2027-03-09T09:00:00Z' })) },
      };
    },
  });
  return { ...api, state };
}

const rowOf = (name: string) => screen.getByRole('group', { name }).closest('li') as HTMLElement;
const tap = (name: string, status: string) => fireEvent.click(within(screen.getByRole('group', { name })).getByRole('button', { name: status }));

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('roster page', () => {
  it('lists participants with their internal team under them, staff apart, one group of status buttons each', async () => {
    fakeServer();
    renderApp('/sessies/s-1/aanwezigheid');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lesdag 3: Implementatieplan' })).toBeInTheDocument();
    const participants = screen.getByRole('list', { name: 'Deelnemers' });
    expect(within(participants).getByRole('list', { name: 'Bij Lotte Bakker' })).toHaveTextContent('Iris Teamlid');
    expect(within(screen.getByRole('list', { name: 'Begeleiding' })).getByRole('group', { name: 'Sanne de Vries' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Bram Jansen' })).getByRole('button', { name: 'Aanwezig' })).toHaveAttribute('aria-pressed', 'true');
    expect(rowOf('Bram Jansen')).toHaveTextContent('zelf ingecheckt');
    expect(screen.getByText(/1 van 4 gemarkeerd/)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Check-in tonen' })).toHaveAttribute('href', '/sessies/s-1/inchecken');
    expect(screen.getByRole('link', { name: 'Aanwezigheidsrapport' })).toHaveAttribute('href', '/edities/e-1/aanwezigheid');
    expect(screen.getByRole('button', { name: 'Lege markeringen op afwezig zetten' })).toBeDisabled();
  });

  it('says from when marking opens for a session that has not started, and offers no "rest present" before then', async () => {
    fakeServer({ ...session, startsAt: '2099-03-09T08:30:00Z', opensAt: '2099-03-09T08:00:00Z' });
    renderApp('/sessies/s-1/aanwezigheid');

    expect(await screen.findByText(/kun je vastleggen vanaf ma 9 maart 2099, 08:30 \(een uur voor het begin\)\. Afmelden kan nu al\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Markeer de rest als aanwezig' })).toBeDisabled();
    // Each person's present, late and absent wait too, saying why; excused is a notice beforehand, so it is open.
    const [first] = screen.getAllByRole('group');
    for (const status of ['Aanwezig', 'Te laat', 'Afwezig']) {
      expect(within(first).getByRole('button', { name: status })).toBeDisabled();
      expect(within(first).getByRole('button', { name: status })).toHaveAccessibleDescription(/kun je vastleggen vanaf/);
    }
    expect(within(first).getByRole('button', { name: 'Afgemeld' })).toBeEnabled();
  });

  it('sets the empty marks to absent once the session has ended', async () => {
    let marked = 0;
    const ended = { ...session, startsAt: '2020-03-09T08:30:00Z', endsAt: '2020-03-09T15:00:00Z' };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: trainer }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/sessions/s-1/check-in': () => ({ status: 200, body: ended }),
      'GET /api/sessions/s-1/roster': () => ({ status: 200, body: marked ? roster.map((entry) => ({ ...entry, status: entry.status ?? 'absent' })) : roster }),
      'POST /api/sessions/s-1/attendance/absent': () => ({ status: 200, body: { marked: (marked = 3) } }),
    });
    renderApp('/sessies/s-1/aanwezigheid');

    fireEvent.click(await screen.findByRole('button', { name: 'Lege markeringen op afwezig zetten' }));
    expect(await screen.findByText('Op afwezig gezet: 3.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Lotte Bakker' })).getByRole('button', { name: 'Afwezig' })).toHaveAttribute('aria-pressed', 'true'));
  });

  it('saves a tap at once and shows it saved', async () => {
    const server = fakeServer();
    renderApp('/sessies/s-1/aanwezigheid');
    await screen.findByRole('group', { name: 'Lotte Bakker' });

    tap('Lotte Bakker', 'Te laat');
    expect(within(screen.getByRole('group', { name: 'Lotte Bakker' })).getByRole('button', { name: 'Te laat' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(rowOf('Lotte Bakker')).toHaveAttribute('data-save-state', 'saved'));
    expect(server.state.puts).toEqual([[{ personId: 'p-1', status: 'late' }]]);
    expect(rowOf('Lotte Bakker')).toHaveTextContent('Opgeslagen');
    expect(window.localStorage.getItem(markQueueStorageKey('s-1'))).toBeNull();
  });

  it('keeps marks made without a connection and sends them when it returns', async () => {
    const server = fakeServer();
    renderApp('/sessies/s-1/aanwezigheid');
    await screen.findByRole('group', { name: 'Lotte Bakker' });

    server.state.online = false;
    tap('Lotte Bakker', 'Aanwezig');
    tap('Chloë Ünal', 'Afgemeld');
    await waitFor(() => expect(screen.getByText(/Geen verbinding met de server/)).toBeInTheDocument());
    expect(rowOf('Lotte Bakker')).toHaveAttribute('data-save-state', 'pending');
    expect(rowOf('Chloë Ünal')).toHaveTextContent('Nog niet verstuurd');
    expect(screen.getByText(/Nog te versturen: 2/)).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(markQueueStorageKey('s-1'))!).marks).toHaveLength(2);

    server.state.online = true;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(rowOf('Chloë Ünal')).toHaveAttribute('data-save-state', 'saved'));
    expect(rowOf('Lotte Bakker')).toHaveAttribute('data-save-state', 'saved');
    expect(server.state.stored.get('p-1')).toEqual({ personId: 'p-1', status: 'present' });
    expect(server.state.stored.get('p-3')).toEqual({ personId: 'p-3', status: 'excused' });
    expect(screen.getByText(/Alle markeringen zijn opgeslagen/)).toBeInTheDocument();
    expect(window.localStorage.getItem(markQueueStorageKey('s-1'))).toBeNull();
  });

  it('sends marks left from an earlier visit as soon as the page opens', async () => {
    window.localStorage.setItem(markQueueStorageKey('s-1'), JSON.stringify({ marks: [{ personId: 'p-3', status: 'absent', seq: 4 }], failed: {} }));
    const server = fakeServer();
    renderApp('/sessies/s-1/aanwezigheid');
    await waitFor(() => expect(server.state.stored.get('p-3')).toEqual({ personId: 'p-3', status: 'absent' }));
  });

  it('marks the rest present once confirmed, leaving marked people and staff alone', async () => {
    const server = fakeServer();
    renderApp('/sessies/s-1/aanwezigheid');
    await screen.findByRole('group', { name: 'Lotte Bakker' });

    // A mis-tap asks first, and cancelling marks nobody.
    fireEvent.click(screen.getByRole('button', { name: 'Markeer de rest als aanwezig' }));
    const dialog = screen.getByRole('alertdialog', { name: 'De rest als aanwezig markeren?' });
    // Undoing it goes person by person: a second tap or Enter does not go ahead.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(server.state.puts).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Markeer de rest als aanwezig' }));
    fireEvent.click(screen.getByRole('button', { name: '3 mensen als aanwezig markeren' }));
    await waitFor(() => expect(server.state.puts).toHaveLength(1));
    expect(server.state.puts[0].map((mark) => mark.personId).sort()).toEqual(['it-1', 'p-1', 'p-3']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Markeer de rest als aanwezig' })).toBeDisabled());
  });

  it('adds a note to a mark', async () => {
    const server = fakeServer();
    renderApp('/sessies/s-1/aanwezigheid');
    await screen.findByRole('group', { name: 'Bram Jansen' });

    fireEvent.click(within(rowOf('Bram Jansen')).getByRole('button', { name: 'Notitie Bram Jansen' }));
    fireEvent.change(screen.getByLabelText('Notitie bij Bram Jansen'), { target: { value: 'Vertrok om 14:00' } });
    expect(screen.getByLabelText('Notitie bij Bram Jansen')).toHaveAccessibleDescription('Bram Jansen ziet deze notitie bij de eigen aanwezigheid.');
    fireEvent.click(screen.getByRole('button', { name: 'Notitie opslaan' }));
    await waitFor(() => expect(server.state.puts).toEqual([[{ personId: 'p-2', status: 'present', note: 'Vertrok om 14:00' }]]));
  });

  it('shows which person the server refused, and saves the rest', async () => {
    const server = fakeServer();
    server.fetchMock.mockImplementationOnce(async () => ({ ok: true, status: 200, text: async () => JSON.stringify(trainer) }) as Response);
    renderApp('/sessies/s-1/aanwezigheid');
    await screen.findByRole('group', { name: 'Lotte Bakker' });
    const put = server.fetchMock.getMockImplementation()!;
    server.fetchMock.mockImplementation(async (input, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as AttendanceMark[]) : [];
      const index = body.findIndex((mark) => mark.personId === 'p-3');
      if (init?.method === 'PUT' && index >= 0) {
        const error = errorBody(400, 'people_not_expected', 'Niet iedereen in de lijst wordt bij deze bijeenkomst verwacht.');
        const text = JSON.stringify({ ...error, fields: [{ field: `[${index}].personId`, message: 'Chloë Ünal wordt niet verwacht bij deze bijeenkomst.' }] });
        return { ok: false, status: 400, statusText: '', text: async () => text } as Response;
      }
      return put(input, init);
    });

    tap('Chloë Ünal', 'Aanwezig');
    tap('Lotte Bakker', 'Aanwezig');
    await waitFor(() => expect(rowOf('Chloë Ünal')).toHaveAttribute('data-save-state', 'failed'));
    expect(rowOf('Chloë Ünal')).toHaveTextContent('Niet opgeslagen: Chloë Ünal wordt niet verwacht bij deze bijeenkomst.');
    await waitFor(() => expect(rowOf('Lotte Bakker')).toHaveAttribute('data-save-state', 'saved'));
  });

  it('shows who changed which mark, and the value before, when the history is opened', async () => {
    const history = {
      items: [
        { personId: 'p-2', personName: 'Bram Jansen', previousStatus: 'present', status: 'late', note: '', source: 'trainer', changedBy: 'Sanne de Vries', changedAt: '2027-03-09T09:10:00Z' },
        { personId: 'p-2', personName: 'Bram Jansen', previousStatus: null, status: 'present', note: '', source: 'self_check_in', changedBy: 'Bram Jansen', changedAt: '2027-03-09T08:20:00Z' },
      ],
      total: 2,
      page: 1,
      pageSize: 25,
    };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: trainer }),
      'GET /api/sessions/s-1/check-in': () => ({ status: 200, body: session }),
      'GET /api/sessions/s-1/roster': () => ({ status: 200, body: roster }),
      'GET /api/sessions/s-1/attendance/changes?page=1&pageSize=25': () => ({ status: 200, body: history }),
    });
    const { container } = renderApp('/sessies/s-1/aanwezigheid');
    const summary = await screen.findByText('Geschiedenis van de markeringen');
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const items = await within(summary.closest('details')!).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Bram Jansen: Aanwezig → Te laat · door Sanne de Vries');
    expect(items[1]).toHaveTextContent('Bram Jansen: leeg → Aanwezig · zelf ingecheckt');
  });

  it('has no axe violations', async () => {
    fakeServer();
    const { container, idle } = renderApp('/sessies/s-1/aanwezigheid');
    await screen.findByRole('group', { name: 'Lotte Bakker' });
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
