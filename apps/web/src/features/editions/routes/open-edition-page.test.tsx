import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { OpenEditionPreview, OpenEditionRequest } from '@koers/shared/editions';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const session = (slot: number, date: string, overrides: Partial<OpenEditionPreview['sessions'][number]> = {}): OpenEditionPreview['sessions'][number] => ({
  slotId: `slot-${slot}`,
  kind: 'programme_day',
  title: `Lesdag ${slot}`,
  theme: '',
  date,
  startTime: '09:30',
  endTime: '16:00',
  startsAt: `${date}T09:30:00+01:00`,
  endsAt: `${date}T16:00:00+01:00`,
  mode: 'hybrid',
  location: 'Amersfoort',
  onlineUrl: 'https://meet.example.nl/his',
  audience: { participants: true, internalTeams: false, directors: false },
  warnings: [],
  ...overrides,
});

/** The preview answers with the sessions it was sent (edited), or the generated ones. */
function previewOf(request: OpenEditionRequest, language: string): OpenEditionPreview {
  const generated = [
    session(1, '2027-04-15'),
    session(2, '2027-05-07', {
      warnings: [
        {
          code: 'moved_off_holiday',
          originalDate: '2027-05-06',
          holidayName: 'Hemelvaartsdag',
          sameWeekdayNextWeek: false,
          message: language === 'en' ? 'Moved from Thursday 6 May 2027 (Hemelvaartsdag).' : 'Verplaatst van donderdag 6 mei 2027 (Hemelvaartsdag).',
        },
      ],
    }),
  ];
  // An edited date on Koningsdag gets a closed-day warning, as the API gives it.
  const closedDay = (date: string): OpenEditionPreview['sessions'][number]['warnings'] =>
    date === '2027-04-27' ? [{ code: 'closed_day', date, holidayName: 'Koningsdag', message: 'Deze datum valt op een vrije dag (Koningsdag).' }] : [];
  const sessions = request.sessions ? generated.map((s, i) => ({ ...s, ...request.sessions![i], warnings: closedDay(request.sessions![i].date) })) : generated;
  return {
    startDate: sessions[0].date,
    endDate: sessions[1].date,
    sessions,
    assignments: [{ templateId: 'tpl-1', title: 'Beschrijf je vraagstuk', slotId: 'slot-2', sessionTitle: 'Lesdag 2', dueAt: '2027-05-04T23:59:00+02:00' }],
  };
}

function wizardApi() {
  return installFakeApi(wizardApiHandlers());
}

function wizardApiHandlers() {
  return {
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/programmes': () => ({
      status: 200,
      body: [{ id: 'prog-1', code: 'HIS-I', name: 'Health Innovation School – Implementation', description: '', slotCount: 2, assignmentTemplateCount: 1, editionCount: 2 }],
    }),
    'GET /api/editions': () => ({ status: 200, body: [] }),
    'GET /api/staff?pageSize=100': () => ({
      status: 200,
      body: { items: [{ id: 'trainer-1', name: 'Sanne de Vries', email: 'trainer@koers.demo', organisation: null }], total: 1, page: 1, pageSize: 100 },
    }),
    'POST /api/programmes/prog-1/editions/preview': (request: RecordedRequest) => ({
      status: 200,
      body: previewOf(request.body as OpenEditionRequest, request.headers['accept-language']),
    }),
    'POST /api/programmes/prog-1/editions': () => ({ status: 201, body: { id: 'e-3' } }),
    'GET /api/editions/e-3': () => ({ status: 404, body: errorBody(404, 'not_found', 'Niet gevonden.') }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [] }),
  };
}

function fillIn(label: string | RegExp, value: string, container: HTMLElement = document.body) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('opening a new edition', () => {
  it('makes a schedule, lets the admin change a date, time, venue and link, checks it again and creates the edition with the edits', async () => {
    const { requests } = wizardApi();
    const { router, container, idle } = renderApp('/edities/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe editie openen' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 2: instellingen' })).toBeInTheDocument();
    // The only programme is chosen already.
    await waitFor(() => expect(screen.getByLabelText('Programma')).toHaveValue('prog-1'));
    // Estimated school holidays block more than needed: the way to the real ones is at hand.
    expect(screen.getByRole('link', { name: 'Schoolvakanties van de Rijksoverheid importeren bij Vrije dagen' })).toHaveAttribute('href', '/beheer/vrije-dagen');

    fillIn('Naam van de editie', 'HIS-I 3.0');
    fillIn(/^Startdatum/, '2027-04-15');
    fillIn('Vaste dag', '4');
    fillIn('Locatie', 'Amersfoort');
    fireEvent.click(within(screen.getByRole('group', { name: 'Trainers (lesdagen en bestuurlijke bijeenkomsten)' })).getByLabelText('Sanne de Vries'));
    fireEvent.click(screen.getByRole('button', { name: 'Planning maken' }));

    const step2 = await screen.findByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' });
    await waitFor(() => expect(step2).toHaveFocus());
    const preview = requests.find((r) => r.url.endsWith('/editions/preview'))!;
    expect(preview.body).toEqual({
      name: 'HIS-I 3.0',
      startDate: '2027-04-15',
      cadenceWeeks: 3,
      weekday: 4,
      startTime: '09:30',
      capacity: 36,
      defaultLocation: 'Amersfoort',
      defaultOnlineUrl: null,
      staff: [{ personId: 'trainer-1', role: 'trainer', kinds: ['programme_day', 'board_meeting'] }],
    });
    expect(screen.getByText('Verplaatst van donderdag 6 mei 2027 (Hemelvaartsdag).')).toBeInTheDocument();
    expect(screen.getByText(/inleveren uiterlijk/)).toHaveTextContent('Beschrijf je vraagstuk: inleveren uiterlijk di 4 mei 2027, 23:59 (Lesdag 2)');
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    fillIn('Datum van Lesdag 2', '2027-05-11');
    fillIn('Begintijd van Lesdag 2', '13:00');
    fillIn('Eindtijd van Lesdag 2', '17:00');
    fillIn('Locatie van Lesdag 2', 'Zorg aan Zet, Utrecht');
    fillIn('Online link van Lesdag 2', '');
    expect(screen.getByText('dinsdag 11 mei 2027')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen controleren' }));
    expect(await screen.findByText('De planning is gecontroleerd: 0 waarschuwingen.')).toBeInTheDocument();
    const edited = {
      slotId: 'slot-2',
      date: '2027-05-11',
      startTime: '13:00',
      endTime: '17:00',
      location: 'Zorg aan Zet, Utrecht',
      onlineUrl: '',
    };
    expect((requests.filter((r) => r.url.endsWith('/editions/preview'))[1].body as OpenEditionRequest).sessions?.[1]).toEqual(edited);

    fireEvent.click(screen.getByRole('button', { name: 'Editie aanmaken' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/edities/e-3'));
    const create = requests.find((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')!;
    expect(create.body).toMatchObject({ name: 'HIS-I 3.0', weekday: 4, sessions: [expect.objectContaining({ slotId: 'slot-1', date: '2027-04-15' }), edited] });
  });

  it('finds trainers by searching, and keeps someone ticked listed when the next search does not find them', async () => {
    installFakeApi({
      ...wizardApiHandlers(),
      'GET /api/staff?pageSize=100&search=jeroen': () => ({
        status: 200,
        body: { items: [{ id: 'trainer-2', name: 'Jeroen Bakker', email: 'jeroen@koers.demo', organisation: 'Avans' }], total: 1, page: 1, pageSize: 100 },
      }),
    });
    renderApp('/edities/nieuw');
    const trainers = () => within(screen.getByRole('group', { name: 'Trainers (lesdagen en bestuurlijke bijeenkomsten)' }));
    await screen.findByRole('group', { name: 'Trainers (lesdagen en bestuurlijke bijeenkomsten)' }, { timeout: 5000 });
    fireEvent.click(await trainers().findByLabelText('Sanne de Vries'));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek een trainer of begeleider' }), { target: { value: 'jeroen' } });
    expect(await trainers().findByLabelText('Jeroen Bakker (Avans)')).not.toBeChecked();
    expect(trainers().getByLabelText('Sanne de Vries')).toBeChecked();
  });

  it('lists, ticked, the trainer copied from an earlier edition, also when the first hundred found do not hold them', async () => {
    installFakeApi({
      ...wizardApiHandlers(),
      'GET /api/editions': () => ({
        status: 200,
        body: [{ id: 'e-1', name: 'HIS-I 2.0', programmeId: 'prog-1', programmeName: 'HIS-I', status: 'running', startDate: '2026-11-17', endDate: '2027-06-30', enrolled: 36, capacity: 36, waitlisted: 0, nextSession: null }],
      }),
      'GET /api/editions/e-1/copy-settings': () => ({
        status: 200,
        body: {
          programmeId: 'prog-1',
          suggestedName: 'HIS-I 3.0',
          capacity: 36,
          defaultLocation: 'Amersfoort',
          defaultOnlineUrl: null,
          cadenceWeeks: 3,
          weekday: 2,
          startTime: '09:30',
          schoolHolidayRegion: null,
          staff: [{ personId: 'trainer-130', role: 'trainer', kinds: ['programme_day'], name: 'Yvonne Zwart' }],
        },
      }),
    });
    renderApp('/edities/nieuw?kopie-van=e-1');
    const trainers = await screen.findByRole('group', { name: 'Trainers (lesdagen en bestuurlijke bijeenkomsten)' }, { timeout: 5000 });
    expect(await within(trainers).findByLabelText('Yvonne Zwart')).toBeChecked();
    expect(within(trainers).getByLabelText('Sanne de Vries')).not.toBeChecked();
  });

  it('creates an edition with a date on a holiday only after the admin confirmed that date', async () => {
    const { requests } = wizardApi();
    renderApp('/edities/nieuw');
    await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 2: instellingen' });
    fillIn('Naam van de editie', 'HIS-I 3.0');
    fillIn(/^Startdatum/, '2027-04-15');
    fireEvent.click(screen.getByRole('button', { name: 'Planning maken' }));
    await screen.findByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' });

    fillIn('Datum van Lesdag 2', '2027-04-27');
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen controleren' }));
    const confirm = await screen.findByRole('checkbox', { name: 'Ik bevestig dinsdag 27 april 2027 (Koningsdag) als datum voor deze bijeenkomst.' });
    expect(confirm).not.toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: 'Editie aanmaken' }));
    expect(await screen.findByText('Bevestig eerst elke datum op een weekend, feestdag, vrije dag of in een schoolvakantie, of kies een andere datum.')).toBeInTheDocument();
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(requests.some((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')).toBe(false);

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Editie aanmaken' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')).toBe(true));
    const create = requests.find((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')!;
    expect(create.body).toMatchObject({ confirmedClosedDates: ['2027-04-27'], sessions: [expect.anything(), expect.objectContaining({ date: '2027-04-27' })] });
  });

  it('checks an edited schedule again on Editie aanmaken, so a date edited onto a holiday asks to be confirmed right there', async () => {
    const { requests } = wizardApi();
    renderApp('/edities/nieuw');
    await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 2: instellingen' });
    fillIn('Naam van de editie', 'HIS-I 3.0');
    fillIn(/^Startdatum/, '2027-04-15');
    fireEvent.click(screen.getByRole('button', { name: 'Planning maken' }));
    await screen.findByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' });

    // Edited without Wijzigingen controleren: the stale warning of the generated date goes, the new one shows with its tick box.
    fillIn('Datum van Lesdag 2', '2027-04-27');
    fireEvent.click(screen.getByRole('button', { name: 'Editie aanmaken' }));
    const confirm = await screen.findByRole('checkbox', { name: 'Ik bevestig dinsdag 27 april 2027 (Koningsdag) als datum voor deze bijeenkomst.' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(screen.queryByText('Verplaatst van donderdag 6 mei 2027 (Hemelvaartsdag).')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.url.endsWith('/editions/preview'))).toHaveLength(2);
    expect(requests.some((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')).toBe(false);

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Editie aanmaken' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')).toBe(true));
    // Nothing changed since that check: no third one.
    expect(requests.filter((r) => r.url.endsWith('/editions/preview'))).toHaveLength(2);
  });

  it('checks the settings and the edits before sending them', async () => {
    const { requests } = wizardApi();
    renderApp('/edities/nieuw');
    await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 2: instellingen' });
    fillIn('Om de hoeveel weken', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Planning maken' }));
    expect(screen.getByLabelText('Naam van de editie')).toHaveAccessibleDescription('Bijvoorbeeld HIS-I 3.0. Vul een naam in.');
    expect(screen.getByLabelText(/^Om de hoeveel weken/)).toHaveAccessibleDescription('Weken tussen twee lesdagen. Vul een aantal weken in van 1 tot 8.');
    await waitFor(() => expect(screen.getByLabelText('Naam van de editie')).toHaveFocus());
    expect(requests.some((r) => r.url.endsWith('/preview'))).toBe(false);

    fillIn('Naam van de editie', 'HIS-I 3.0');
    fillIn(/^Startdatum/, '2027-04-15');
    fillIn(/^Om de hoeveel weken/, '3');
    fireEvent.click(screen.getByRole('button', { name: 'Planning maken' }));
    await screen.findByRole('heading', { level: 2, name: 'Stap 2 van 2: planning controleren' });
    fillIn('Eindtijd van Lesdag 1', '08:00');
    fireEvent.click(screen.getByRole('button', { name: 'Editie aanmaken' }));
    expect(screen.getByLabelText('Eindtijd van Lesdag 1')).toHaveAccessibleDescription('De eindtijd moet na de begintijd liggen.');
    expect(requests.some((r) => r.method === 'POST' && r.url === '/api/programmes/prog-1/editions')).toBe(false);
  });

  it('says on the first step, at the name, that another edition has it', async () => {
    const message = 'Er is al een editie met deze naam. Kies een andere naam.';
    installFakeApi({
      ...wizardApiHandlers(),
      'POST /api/programmes/prog-1/editions/preview': () => ({ status: 409, body: { ...errorBody(409, 'edition_name_taken', message), fields: [{ field: 'name', message }] } }),
    });
    renderApp('/edities/nieuw');
    await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 2: instellingen' });
    await waitFor(() => expect(screen.getByLabelText('Programma')).toHaveValue('prog-1'));
    fillIn('Naam van de editie', 'his-i 2.0');
    fillIn(/^Startdatum/, '2027-04-15');
    fireEvent.click(screen.getByRole('button', { name: 'Planning maken' }));
    await waitFor(() => expect(screen.getByLabelText('Naam van de editie')).toHaveAccessibleDescription(`Bijvoorbeeld HIS-I 3.0. ${message}`));
    await waitFor(() => expect(screen.getByLabelText('Naam van de editie')).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: 'Stap 1 van 2: instellingen' })).toBeInTheDocument();
  });

  it('works in English', async () => {
    window.localStorage.setItem('koers.language', 'en');
    const { requests } = wizardApi();
    renderApp('/edities/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open a new edition' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Step 1 of 2: settings' });
    fillIn('Name of the edition', 'HIS-I 3.0');
    fillIn(/^Start date/, '2027-04-15');
    expect(within(screen.getByLabelText('Fixed day')).getByRole('option', { name: 'Thursday' })).toBeInTheDocument();
    fillIn('Fixed day', '4');
    fireEvent.click(screen.getByRole('button', { name: 'Make the schedule' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 2 of 2: check the schedule' })).toBeInTheDocument();
    expect(screen.getByText('Moved from Thursday 6 May 2027 (Hemelvaartsdag).')).toBeInTheDocument();
    expect(screen.getByLabelText('Date of Lesdag 2')).toHaveValue('2027-05-07');
    expect(screen.getByText('Friday 7 May 2027')).toBeInTheDocument();
    expect(requests.find((r) => r.url.endsWith('/preview'))?.headers['accept-language']).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the settings' }));
    expect(await screen.findByLabelText('Name of the edition')).toHaveValue('HIS-I 3.0');
  });
});
