import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { EditionDetail } from '@koers/shared/editions';
import type { EnrolmentImportReport } from '@koers/shared/enrolments';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const edition: EditionDetail = {
  id: 'e-3',
  name: 'HIS-I 3.0',
  programmeId: 'prog-1',
  programmeName: 'HIS-I',
  status: 'open',
  startDate: '2027-01-05',
  endDate: '2027-07-27',
  enrolled: 0,
  capacity: 36,
  waitlisted: 0,
  nextSession: null,
  defaultLocation: null,
  defaultOnlineUrl: null,
  openForApplications: false,
  applicationDeadline: null,
  priceCents: null,
  schoolHolidayRegion: null,
  nextStatus: 'running',
  networkGroups: [],
  participantsWithoutGroup: 0,
};

const report = (dryRun: boolean): EnrolmentImportReport => ({
  dryRun,
  format: 'csv',
  encoding: 'windows-1252',
  ignoredColumns: ['Mailadres directeur'],
  rows: [
    { row: 2, name: 'Anna', email: 'anna@zorg.example', outcome: 'enrolled', problems: [] },
    { row: 8, name: 'Rebel 7', email: 'rebel7-zonder-domein', outcome: 'rejected', problems: [{ code: 'invalid_email', message: 'Het e-mailadres is ongeldig.' }] },
    { row: 21, name: 'Rebel 20', email: 'rebel4@zorg.example', outcome: 'rejected', problems: [{ code: 'duplicate_in_file', message: 'Dit e-mailadres staat al in rij 5.' }] },
  ],
  summary: { rows: 3, enrolled: 1, waitlisted: 0, already_enrolled: 0, rejected: 2 },
});

function enrolmentsApi() {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions': () => ({ status: 200, body: [] }),
    'GET /api/editions/e-3/enrolments?page=1': () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 25 } }),
    'POST /api/editions/e-3/enrolments/import?dryRun=true': () => ({ status: 200, body: report(true) }),
    'POST /api/editions/e-3/enrolments/import?dryRun=false': () => ({ status: 200, body: report(false) }),
    'POST /api/editions/e-3/enrolments': () => ({
      status: 201,
      body: { enrolmentId: 'en-1', personId: 'p-1', role: 'participant', status: 'waitlisted', waitlistPosition: 1, invited: true },
    }),
  });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('enrolments', () => {
  it('checks a CSV file first, naming each bad row by its number, then imports the good rows as text/csv', async () => {
    const { fetchMock } = enrolmentsApi();
    renderApp('/edities/e-3/inschrijvingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inschrijvingen HIS-I 3.0' })).toBeInTheDocument();

    const csv = '\uFEFFnaam;e-mail;organisatie\r\nAnna;anna@zorg.example;De Linde\r\n';
    const file = new File([csv], 'deelnemers.csv', { type: 'application/vnd.ms-excel' });
    fireEvent.change(screen.getByLabelText('Excel- of CSV-bestand'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }));

    const result = await screen.findByText(/Gecontroleerd: 3 rijen\./);
    expect(result).toHaveTextContent('1 kan worden ingeschreven, 0 komen op de wachtlijst, 0 staan er al in, 2 hebben een probleem.');
    // The API read the file as Excel on Windows saves it; the programme office is told so, to check the names.
    expect(screen.getByText(/gelezen als Windows-1252/)).toBeInTheDocument();
    // A column under a heading Koers does not know is said, not dropped without a word.
    expect(screen.getByText(/Deze kolommen leest Koers niet: “Mailadres directeur”\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Rijen met een opmerking' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      '8Rebel 7 <rebel7-zonder-domein>wordt niet geïmporteerdHet e-mailadres is ongeldig.',
      '21Rebel 20 <rebel4@zorg.example>wordt niet geïmporteerdDit e-mailadres staat al in rij 5.',
    ]);
    // Every row read can be looked over, the good ones too, before anything is written.
    const read = screen.getByText('Alle 3 gelezen rijen bekijken');
    fireEvent.click(read);
    // What importing would do: nothing is enrolled by the check.
    expect(within(screen.getByRole('table', { name: 'Alle gelezen rijen' })).getAllByRole('row')[1]).toHaveTextContent('2Anna <anna@zorg.example>wordt ingeschreven');
    const [url, init] = fetchMock.mock.calls.find(([input]) => String(input).includes('dryRun=true'))!;
    expect(url).toBe('/api/editions/e-3/enrolments/import?dryRun=true');
    expect((init as RequestInit).body).toBeInstanceOf(Blob);
    expect(((init as RequestInit).body as Blob).type).toBe('text/csv');

    // A double click imports once: the second click comes before the button shows it is busy.
    const importButton = screen.getByRole('button', { name: '1 deelnemer importeren' });
    fireEvent.click(importButton);
    fireEvent.click(importButton);
    expect(await screen.findByText(/Geïmporteerd: 3 rijen verwerkt\./)).toHaveTextContent('1 ingeschreven, 0 op de wachtlijst, 0 stonden er al in, 2 overgeslagen door een probleem.');
    expect(fetchMock.mock.calls.filter(([input]) => String(input).endsWith('dryRun=false'))).toHaveLength(1);
  });

  it('sends an Excel workbook typed as one, and offers everyone enrolled as a workbook or CSV', async () => {
    const { fetchMock } = enrolmentsApi();
    renderApp('/edities/e-3/inschrijvingen');
    const input = await screen.findByLabelText('Excel- of CSV-bestand');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.xlsx'));
    // Some systems give a workbook no type at all: its name says what it is.
    const workbook = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'deelnemers.xlsx', { type: '' });
    fireEvent.change(input, { target: { files: [workbook] } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }));
    await screen.findByText(/Gecontroleerd: 3 rijen\./);
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).includes('dryRun=true'))!;
    expect(((init as RequestInit).body as Blob).type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    expect(screen.getByRole('link', { name: 'Download als Excel-werkmap (.xlsx)' })).toHaveAttribute('href', '/api/editions/e-3/enrolments.xlsx?lang=nl');
    expect(screen.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute('href', '/api/editions/e-3/enrolments.csv?lang=nl');
  });

  it('enrols one participant with director and challenge, and says when they are on the waiting list', async () => {
    const { requests } = enrolmentsApi();
    renderApp('/edities/e-3/inschrijvingen');
    const form = (await screen.findByRole('heading', { name: 'Iemand inschrijven' })).parentElement!;
    fireEvent.click(within(form).getByRole('button', { name: 'Inschrijven' }));
    expect(within(form).getByLabelText('Organisatie')).toHaveAccessibleDescription('Vul de organisatie in.');
    await waitFor(() => expect(within(form).getByLabelText('Naam')).toHaveFocus());

    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: 'Fatima El Amrani' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres'), { target: { value: 'fatima@wijkteam.example' } });
    fireEvent.change(within(form).getByLabelText('Organisatie'), { target: { value: 'Wijkteam Haaglanden' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres van de directeur (niet verplicht)'), { target: { value: 'bestuurder@wijkteam.example' } });
    fireEvent.change(within(form).getByLabelText('Implementatievraagstuk (niet verplicht)'), { target: { value: 'Digitale sociale kaart' } });
    fireEvent.click(within(within(form).getByRole('group', { name: /^Taal van de uitnodiging/ })).getByRole('radio', { name: 'English' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Inschrijven' }));
    expect(await screen.findByText('De editie is vol: Fatima El Amrani staat op de wachtlijst (plaats 1).')).toBeInTheDocument();
    expect(requests.find((r) => r.url === '/api/editions/e-3/enrolments' && r.method === 'POST')?.body).toEqual({
      role: 'participant',
      name: 'Fatima El Amrani',
      email: 'fatima@wijkteam.example',
      organisation: 'Wijkteam Haaglanden',
      directorEmail: 'bestuurder@wijkteam.example',
      challengeTitle: 'Digitale sociale kaart',
      locale: 'en',
    });

    fireEvent.change(within(form).getByLabelText('Rol'), { target: { value: 'internal_team_member' } });
    expect(within(form).getByLabelText('E-mailadres van de deelnemer')).toBeRequired();
    expect(within(form).queryByLabelText('Implementatievraagstuk (niet verplicht)')).not.toBeInTheDocument();
  });
  it('replaces a participant’s director only once asked to, after the API named the current one', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
      'GET /api/editions/e-3/enrolments?page=1': () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 25 } }),
      'POST /api/editions/e-3/enrolments': (request) =>
        (request.body as { replaceDirector?: boolean }).replaceDirector
          ? { status: 201, body: { enrolmentId: 'en-2', personId: 'p-2', role: 'director', status: 'active', waitlistPosition: null, invited: false } }
          : { status: 409, body: errorBody(409, 'participant_has_director', 'Deze deelnemer heeft al een directeur: Bram de Groot. Wil je Bram de Groot vervangen, bevestig dat dan.') },
    });
    renderApp('/edities/e-3/inschrijvingen');
    const form = (await screen.findByRole('heading', { name: 'Iemand inschrijven' })).parentElement!;
    fireEvent.change(within(form).getByLabelText('Rol'), { target: { value: 'director' } });
    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: 'Kim Jansen' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres'), { target: { value: 'kim@twente.example' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres van de deelnemer (niet verplicht)'), { target: { value: 'olga@twente.example' } });
    expect(within(form).queryByRole('checkbox')).not.toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Inschrijven' }));
    expect(await within(form).findByText(/al een directeur: Bram de Groot/)).toBeInTheDocument();

    const confirm = within(form).getByRole('checkbox', { name: 'Ja, deze directeur komt in de plaats van de huidige' });
    fireEvent.click(confirm);
    // Another participant's address is not what was confirmed: the box is cleared again.
    fireEvent.change(within(form).getByLabelText('E-mailadres van de deelnemer (niet verplicht)'), { target: { value: 'bram@twente.example' } });
    expect(confirm).not.toBeChecked();
    fireEvent.change(within(form).getByLabelText('E-mailadres van de deelnemer (niet verplicht)'), { target: { value: 'olga@twente.example' } });
    fireEvent.click(confirm);
    fireEvent.click(within(form).getByRole('button', { name: 'Inschrijven' }));
    await waitFor(() => expect(requests.filter((r) => r.url === '/api/editions/e-3/enrolments' && r.method === 'POST')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'POST').map((r) => (r.body as { replaceDirector?: boolean }).replaceDirector)).toEqual([undefined, true]);
  });

  it('links each enrolled person to the people page, where their name and email are corrected', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
      'GET /api/editions/e-3/enrolments?page=1': () => ({
        status: 200,
        body: {
          items: [
            {
              id: 'en-1',
              personId: 'p-1',
              name: 'Jos\uFFFD M\uFFFDller',
              email: 'jose+1@zorg.example',
              organisation: null,
              role: 'participant',
              status: 'active',
              waitlistPosition: null,
              directorName: null,
              supportsName: null,
              roleInOrganisation: null,
              challengeTitle: null,
              enrolledAt: '2027-01-01T10:00:00.000Z',
            },
          ],
          total: 1,
          page: 1,
          pageSize: 25,
        },
      }),
    });
    renderApp('/edities/e-3/inschrijvingen');
    const link = await screen.findByRole('link', { name: 'Naam of e-mailadres corrigeren van Jos\uFFFD M\uFFFDller' });
    expect(link).toHaveAttribute('href', '/beheer/personen?zoek=jose%2B1%40zorg.example');
  });

  it('asks before withdrawing, saying what follows, with focus on Annuleren; Escape keeps the enrolment', async () => {
    const thijs = {
      id: 'en-7',
      personId: 'p-7',
      name: 'Thijs Mulder',
      email: 'thijs@zorg.example',
      organisation: 'De Linde',
      role: 'participant' as const,
      status: 'active' as const,
      waitlistPosition: null,
      directorName: null,
      directorEmail: null,
      supportsName: null,
      roleInOrganisation: null,
      challengeTitle: null,
      enrolledAt: '2027-01-01T10:00:00.000Z',
    };
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
      'GET /api/editions/e-3/enrolments?page=1': () => ({ status: 200, body: { items: [thijs], total: 1, page: 1, pageSize: 25 } }),
      'POST /api/editions/e-3/enrolments/en-7/withdraw': () => ({ status: 200, body: { promoted: [{ enrolmentId: 'en-9', name: 'Cas' }] } }),
    });
    renderApp('/edities/e-3/inschrijvingen');
    const opener = await screen.findByRole('button', { name: 'Thijs Mulder uitschrijven' });
    // As a browser does on a click or Enter: the button has focus when it opens the dialog.
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Thijs Mulder uitschrijven?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Wie in het intern team van Thijs Mulder zit, wordt ook uitgeschreven'));
    // Published: a mail goes (a draft mails nobody, and its dialog says nothing of one).
    expect(dialog).toHaveAccessibleDescription(expect.stringMatching(/^Thijs Mulder krijgt daarover een mail\./));
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    // Escape on a modal <dialog> is the browser's `cancel` event (jsdom does not map the key itself).
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.click(opener);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ja, Thijs Mulder uitschrijven' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.url)).toEqual(['/api/editions/e-3/enrolments/en-7/withdraw']);
    expect(await screen.findByText(/Thijs Mulder is uitgeschreven\./)).toBeInTheDocument();
  });

  it('searches and filters in the address, so a reload shows the same page of the same people', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
      'GET /api/editions/e-3/enrolments?page=1': () => ({ status: 200, body: { items: [], total: 60, page: 1, pageSize: 25 } }),
      'GET /api/editions/e-3/enrolments?page=1&search=cecile': () => ({ status: 200, body: { items: [], total: 60, page: 1, pageSize: 25 } }),
      'GET /api/editions/e-3/enrolments?page=1&status=withdrawn&search=cecile': () => ({ status: 200, body: { items: [], total: 60, page: 1, pageSize: 25 } }),
      'GET /api/editions/e-3/enrolments?page=2&status=withdrawn&search=cecile': () => ({ status: 200, body: { items: [], total: 60, page: 2, pageSize: 25 } }),
    });
    const { router } = renderApp('/edities/e-3/inschrijvingen');
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), { target: { value: ' cecile ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?zoek=cecile'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'withdrawn' } });
    await waitFor(() => expect(router.state.location.search).toBe('?zoek=cecile&status=withdrawn'));
    fireEvent.click(await screen.findByRole('button', { name: /Volgende/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?zoek=cecile&status=withdrawn&pagina=2'));
    expect(requests.map((request) => request.url)).toContain('/api/editions/e-3/enrolments?page=2&status=withdrawn&search=cecile');
  });
});
