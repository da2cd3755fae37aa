import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { EditionAssignment } from '@koers/shared/assignments';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const sanne: MeResponse = {
  id: 't-1',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }],
};

const plan: EditionAssignment = {
  id: 'a-1',
  editionId: 'e-2',
  title: 'Plan van aanpak',
  instructions: 'Werk je plan uit.',
  sessionId: null,
  sessionTitle: null,
  dueAt: '2027-03-06T22:59:00Z',
  cutoffAt: null,
  acceptsText: true,
  acceptsFiles: true,
  fromTemplate: true,
  mine: null,
  extensions: [
    { personId: 'p-2', personName: 'Bram de Boer', dueAt: '2027-03-13T22:59:00Z', cutoffAt: null, reason: 'granted' },
    { personId: 'p-3', personName: 'Renée Laat', dueAt: '2027-03-20T22:59:00Z', cutoffAt: null, reason: 'late_enrolment' },
  ],
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

it('lets a trainer add an assignment (times in Amsterdam) and grant an extension', async () => {
  const sooner = 'Uitstel geeft meer tijd: kies een moment op of na dat van de opdracht zelf (za 13 maart 2027, 23:59).';
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: sanne }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/editions/e-2/assignments': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', canManage: true, canChange: true, assignments: [plan] } }),
    'GET /api/editions/e-2/assignment-overview': () => ({
      status: 200,
      body: {
        editionId: 'e-2',
        editionName: 'HIS-I 2.0',
        assignments: [],
        rows: [
          { personId: 'p-1', name: 'Lotte Bakker', organisationName: null, statuses: [], completed: false },
          { personId: 'p-2', name: 'Bram de Boer', organisationName: null, statuses: [], completed: false },
        ],
      },
    }),
    'POST /api/editions/e-2/assignments': (request) => ({ status: 201, body: { ...plan, id: 'a-2', ...(request.body as object) } }),
    'PUT /api/assignments/a-1/extensions/p-1': (request) =>
      (request.body as { dueAt: string }).dueAt < '2027-01-01'
        ? { status: 400, body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'dueAt', message: sooner }] } }
        : { status: 204 },
  });
  renderApp('/edities/e-2/opdrachten');

  const article = await screen.findByRole('article', { name: 'Plan van aanpak' }, { timeout: 5000 });
  expect(within(article).getByRole('button', { name: 'Uitstel intrekken voor Bram de Boer' }).closest('li')).toHaveTextContent(
    'Bram de Boer: za 13 maart 2027, 23:59',
  );
  expect(within(article).getByRole('button', { name: 'Uitstel intrekken voor Renée Laat' }).closest('li')).toHaveTextContent(
    'Renée Laat: za 20 maart 2027, 23:59 (later ingestroomd)',
  );

  const form = screen.getByRole('region', { name: 'Nieuwe opdracht' });
  fireEvent.click(within(form).getByRole('button', { name: 'Opdracht toevoegen' }));
  expect(within(form).getByLabelText('Titel')).toHaveAccessibleDescription('Vul een titel in.');
  fireEvent.change(within(form).getByLabelText('Titel'), { target: { value: 'Tussenreflectie' } });
  fireEvent.change(within(form).getByLabelText('Deadline'), { target: { value: '2027-04-10T23:59' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opdracht toevoegen' }));
  expect(await within(form).findByText('De opdracht "Tussenreflectie" is toegevoegd.')).toBeInTheDocument();
  expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
    title: 'Tussenreflectie',
    instructions: '',
    sessionId: null,
    dueAt: '2027-04-10T21:59:00.000Z',
    cutoffAt: null,
    acceptsText: true,
    acceptsFiles: true,
  });

  fireEvent.click(within(article).getByText('Uitstel geven voor Plan van aanpak…'));
  await within(article).findByRole('option', { name: 'Lotte Bakker' });
  // Each problem at its own field, the first one focused: the participant, then a cut-off at a time the clocks skip.
  fireEvent.click(within(article).getByRole('button', { name: 'Uitstel geven' }));
  expect(within(article).getByLabelText('Deelnemer')).toHaveFocus();
  expect(within(article).getByLabelText('Deelnemer')).toHaveAccessibleDescription('Kies een deelnemer');
  fireEvent.change(within(article).getByLabelText('Deelnemer'), { target: { value: 'p-1' } });
  fireEvent.change(within(article).getByLabelText('Nieuwe deadline'), { target: { value: '2027-03-27T23:59' } });
  fireEvent.change(within(article).getByLabelText('Uiterste inleverdatum (optioneel)'), { target: { value: '2027-03-28T02:30' } });
  fireEvent.click(within(article).getByRole('button', { name: 'Uitstel geven' }));
  expect(within(article).getByLabelText('Uiterste inleverdatum (optioneel)')).toHaveFocus();
  expect(within(article).getByLabelText('Uiterste inleverdatum (optioneel)')).toHaveAttribute('aria-invalid', 'true');
  expect(within(article).getByLabelText('Nieuwe deadline')).not.toHaveAttribute('aria-invalid', 'true');
  fireEvent.change(within(article).getByLabelText('Uiterste inleverdatum (optioneel)'), { target: { value: '' } });
  expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  // A deadline before the assignment's own is refused at its field.
  fireEvent.change(within(article).getByLabelText('Nieuwe deadline'), { target: { value: '2026-03-20T23:59' } });
  fireEvent.click(within(article).getByRole('button', { name: 'Uitstel geven' }));
  await waitFor(() => expect(within(article).getByLabelText('Nieuwe deadline')).toHaveAccessibleDescription(expect.stringContaining(sooner)));
  fireEvent.change(within(article).getByLabelText('Nieuwe deadline'), { target: { value: '2027-03-20T23:59' } });
  fireEvent.click(within(article).getByRole('button', { name: 'Uitstel geven' }));
  await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2));
  expect(requests.filter((r) => r.method === 'PUT').at(-1)).toMatchObject({
    url: '/api/assignments/a-1/extensions/p-1',
    body: { dueAt: '2027-03-20T22:59:00.000Z', cutoffAt: null },
  });
});

it('asks to confirm a deadline on a public holiday when the server does, and sends the confirmed date', async () => {
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: sanne }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/editions/e-2/assignments': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', canManage: true, canChange: true, assignments: [plan] } }),
    'GET /api/editions/e-2/assignment-overview': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', assignments: [], rows: [] } }),
    'POST /api/editions/e-2/assignments': (request) =>
      (request.body as { confirmedClosedDates?: string[] }).confirmedClosedDates
        ? { status: 201, body: { ...plan, id: 'a-2', ...(request.body as object) } }
        : {
            status: 409,
            body: { ...errorBody(409, 'closed_days_unconfirmed', 'Deze deadline valt op dinsdag 27 april 2027 (Koningsdag), een feestdag.'), details: { dates: ['2027-04-27'] } },
          },
  });
  renderApp('/edities/e-2/opdrachten');
  const form = await screen.findByRole('region', { name: 'Nieuwe opdracht' }, { timeout: 5000 });
  fireEvent.change(within(form).getByLabelText('Titel'), { target: { value: 'Reflectie' } });
  fireEvent.change(within(form).getByLabelText('Deadline'), { target: { value: '2027-04-27T23:59' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opdracht toevoegen' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Deze deadline valt op dinsdag 27 april 2027 (Koningsdag), een feestdag.');
  fireEvent.click(within(form).getByRole('checkbox', { name: /^Ik bevestig .*27 april 2027 als deadline\.$/ }));
  fireEvent.click(within(form).getByRole('button', { name: 'Opdracht toevoegen' }));
  expect(await within(form).findByText('De opdracht "Reflectie" is toegevoegd.')).toBeInTheDocument();
  expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toMatchObject({ dueAt: '2027-04-27T21:59:00.000Z', confirmedClosedDates: ['2027-04-27'] });
});

it('moves focus into the form “Bewerken” opens, and back to that button on Annuleren and after saving', async () => {
  let assignment = plan;
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: sanne }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/editions/e-2/assignments': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', canManage: true, canChange: true, assignments: [assignment] } }),
    'GET /api/editions/e-2/assignment-overview': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', assignments: [], rows: [] } }),
    'PUT /api/assignments/a-1': (request) => {
      assignment = { ...assignment, ...(request.body as object) };
      return { status: 200, body: assignment };
    },
  });
  renderApp('/edities/e-2/opdrachten');
  const press = (button: HTMLElement) => {
    button.focus();
    fireEvent.click(button);
  };
  const article = await screen.findByRole('article', { name: 'Plan van aanpak' });

  press(within(article).getByRole('button', { name: 'Bewerken: Plan van aanpak' }));
  await waitFor(() => expect(within(article).getByLabelText('Titel')).toHaveFocus());
  press(within(article).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(within(article).getByRole('button', { name: 'Bewerken: Plan van aanpak' })).toHaveFocus());

  press(within(article).getByRole('button', { name: 'Bewerken: Plan van aanpak' }));
  await waitFor(() => expect(within(article).getByLabelText('Titel')).toHaveFocus());
  fireEvent.change(within(article).getByLabelText('Titel'), { target: { value: 'Plan van aanpak, versie 2' } });
  press(within(article).getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(within(article).getByRole('button', { name: 'Bewerken: Plan van aanpak, versie 2' })).toHaveFocus());
});

it('asks before deleting an assignment, starting on Annuleren, and deletes only once confirmed', async () => {
  let assignments = [plan];
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: sanne }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/editions/e-2/assignments': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', canManage: true, canChange: true, assignments } }),
    'GET /api/editions/e-2/assignment-overview': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 2.0', assignments: [], rows: [] } }),
    'DELETE /api/assignments/a-1': () => {
      assignments = [];
      return { status: 204 };
    },
  });
  renderApp('/edities/e-2/opdrachten');
  const remove = await screen.findByRole('button', { name: 'Verwijderen: Plan van aanpak' });

  fireEvent.click(remove);
  const dialog = screen.getByRole('alertdialog', { name: 'De opdracht "Plan van aanpak" verwijderen?' });
  expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  expect(requests.some((request) => request.method === 'DELETE')).toBe(false);

  remove.focus();
  fireEvent.click(remove);
  fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Verwijderen' }));
  await waitFor(() => expect(screen.queryByRole('article', { name: 'Plan van aanpak' })).not.toBeInTheDocument());
  expect(requests.find((request) => request.method === 'DELETE')?.url).toBe('/api/assignments/a-1');
  // The article and its button are gone: focus goes to the page's heading, and the deletion is announced.
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  expect(screen.getByRole('status')).toHaveTextContent('De opdracht "Plan van aanpak" is verwijderd.');
});

it('shows a completed edition’s assignments as fixed: no adding, editing or removing, extensions still possible', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: sanne }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/editions/e-2/assignments': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 1.0', canManage: true, canChange: false, assignments: [plan] } }),
    'GET /api/editions/e-2/assignment-overview': () => ({ status: 200, body: { editionId: 'e-2', editionName: 'HIS-I 1.0', assignments: [], rows: [] } }),
  });
  renderApp('/edities/e-2/opdrachten');

  const article = await screen.findByRole('article', { name: 'Plan van aanpak' });
  expect(screen.getByText(/Deze editie is afgerond: haar opdrachten liggen vast/)).toBeInTheDocument();
  expect(within(article).queryByRole('button', { name: 'Bewerken: Plan van aanpak' })).not.toBeInTheDocument();
  expect(within(article).queryByRole('button', { name: 'Verwijderen: Plan van aanpak' })).not.toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Nieuwe opdracht' })).not.toBeInTheDocument();
  expect(within(article).getByText('Uitstel geven voor Plan van aanpak…')).toBeInTheDocument();
});
