import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse, Page } from '@koers/shared/api';
import type { PersonSummary } from '@koers/shared/privacy';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const person = (i: number): PersonSummary => ({
  id: `p-${i}`,
  name: `Deelnemer ${i}`,
  email: `deelnemer${i}@zorg.example`,
  isAdmin: false,
  organisationName: 'Zorggroep Oost',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }],
  lastLogin: i === 1 ? { at: '2027-03-09T08:30:00Z', provider: 'entra' } : i === 2 ? { at: '2027-03-08T12:00:00Z', provider: null } : null,
});

const page = (items: PersonSummary[], total = items.length, pageNumber = 1): Page<PersonSummary> => ({ items, total, page: pageNumber, pageSize: 25 });

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

function peopleApi(erase: (request: RecordedRequest) => { status: number; body?: unknown }) {
  let erased = false;
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/auth/providers': () => ({ status: 200, body: [{ name: 'entra', label: 'Microsoft' }] }),
    'GET /api/admin/people?page=1': () => ({ status: 200, body: page(erased ? [person(2)] : [person(1), person(2)]) }),
    'GET /api/admin/people?page=2&search=deelnemer': () => ({ status: 200, body: page([person(26)], 26, 2) }),
    'GET /api/admin/people?page=1&search=deelnemer': () => ({ status: 200, body: page([person(1)], 26) }),
    'DELETE /api/admin/people/p-1': (request) => {
      const response = erase(request);
      erased = response.status === 200;
      return response;
    },
  });
}

const erasedResponse = { status: 200, body: { id: 'p-1', name: 'Verwijderde persoon', erasedAt: '2027-03-09T10:00:00.000Z', filesRemoved: 3, attendanceKept: 7 } };

describe('people page (admin)', () => {
  it('lists people with their roles, searches and pages through them', async () => {
    const { requests } = peopleApi(() => erasedResponse);
    const { router } = renderApp('/beheer/personen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Personen' })).toBeInTheDocument();
    expect(await screen.findByText('2 personen gevonden')).toBeInTheDocument();
    expect(screen.getByText('deelnemer1@zorg.example')).toBeInTheDocument();
    expect(screen.getByText('Deelnemer 1').closest('li')).toHaveTextContent('Zorggroep Oostdeelnemer · HIS-I 2.0');
    // How each person last logged in: through single sign-on (its label), with a password, or never.
    expect(screen.getByText('Deelnemer 1').closest('li')).toHaveTextContent('Laatst ingelogd: di 9 maart 2027, 09:30, via Microsoft');
    expect(screen.getByText('Deelnemer 2').closest('li')).toHaveTextContent('Laatst ingelogd: ma 8 maart 2027, 13:00, met wachtwoord');

    const box = screen.getByLabelText('Zoek op naam of e-mailadres');
    // A pasted list longer than a search takes stops at the box.
    expect(box).toHaveAttribute('maxLength', '200');
    fireEvent.change(box, { target: { value: ' deelnemer ' } });
    box.focus();
    fireEvent.submit(box.closest('form')!);
    expect(await screen.findByText('26 personen gevonden')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?zoek=deelnemer');
    // The keyboard stays in the box it searched from.
    expect(screen.getByLabelText('Zoek op naam of e-mailadres')).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Deelnemer 26')).toBeInTheDocument();
    expect(screen.getByText('Pagina 2 van 2')).toBeInTheDocument();
    expect(requests.map((request) => request.url)).toContain('/api/admin/people?page=2&search=deelnemer');
  });

  it('names the consequences before erasing, cancels without a request, and erases on confirmation', async () => {
    const { requests } = peopleApi(() => erasedResponse);
    const { idle, container } = renderApp('/beheer/personen');
    await screen.findByText('Deelnemer 1');

    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wissen van Deelnemer 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Gegevens van Deelnemer 1 wissen?' });
    expect(dialog).toHaveTextContent('deelnemer1@zorg.example');
    expect(dialog).toHaveTextContent('kan niet meer inloggen');
    expect(dialog).toHaveTextContent('Aanwezigheid, inschrijvingen en de beoordeling van inleveringen blijven anoniem bewaard');
    expect(dialog).toHaveTextContent('Dit kan niet ongedaan worden gemaakt.');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await idle();
    // Contrast and label-in-name need a real layout and canvas: the browser test (e2e/privacy) checks those.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wissen van Deelnemer 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis de gegevens van Deelnemer 1' }));
    const done = await screen.findByText(/De gegevens van Deelnemer 1 zijn gewist\. Verwijderde bestanden: 3\. Aanwezigheidsregistraties die anoniem bewaard blijven: 7\./);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const erase = requests.find((request) => request.method === 'DELETE')!;
    expect(erase.headers['x-csrf-token']).toBe('csrf-1');
    await waitFor(() => expect(screen.queryByText('Deelnemer 1')).not.toBeInTheDocument());
    await waitFor(() => expect(done.closest('[role="status"]')).toHaveFocus());
  });

  it('keeps the dialog open with the reason when the erasure is refused', async () => {
    peopleApi(() => ({ status: 409, body: errorBody(409, 'person_already_erased', 'De gegevens van deze persoon zijn al gewist.') }));
    renderApp('/beheer/personen');
    fireEvent.click(await screen.findByRole('button', { name: 'Gegevens wissen van Deelnemer 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis de gegevens van Deelnemer 1' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('De gegevens van deze persoon zijn al gewist.');
  });
  it('corrects a garbled name and the email, shows the server’s refusal of a taken address, and lists earlier corrections', async () => {
    let current = { ...person(1), name: 'Jos\uFFFD M\uFFFDller' };
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/admin/people?page=1': () => ({ status: 200, body: page([current]) }),
      'GET /api/admin/people/p-1/changes': () => ({
        status: 200,
        body: {
          items: [{ id: 'c-1', field: 'organisation', oldValue: null, newValue: 'Zorggroep Oost', changedAt: '2027-03-09T10:00:00.000Z', changedByName: 'Merel Programmabureau' }],
          total: 1,
          page: 1,
          pageSize: 25,
        },
      }),
      'GET /api/admin/people/p-1/tokens': () => ({ status: 200, body: [] }),
      'PATCH /api/admin/people/p-1': (request) => {
        const body = request.body as { name: string; email: string };
        const taken = 'Er is al een account met dit e-mailadres.';
        if (body.email === 'bezet@zorg.example') return { status: 409, body: { ...errorBody(409, 'email_taken', taken), fields: [{ field: 'email', message: taken }] } };
        current = { ...current, name: body.name, email: body.email };
        return { status: 200, body: current };
      },
    });
    renderApp('/beheer/personen');
    fireEvent.click(await screen.findByRole('button', { name: 'Gegevens wijzigen van Jos\uFFFD M\uFFFDller' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jos\uFFFD M\uFFFDller wijzigen' });
    expect(await within(dialog).findByText(/Organisatie: – → Zorggroep Oost \(door Merel Programmabureau\)/)).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText('E-mailadres'), { target: { value: 'bezet@zorg.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    // Said once, at the address; the alert points there.
    expect(await within(dialog).findByText('Controleer de gemarkeerde velden.')).toBeInTheDocument();
    expect(within(dialog).getAllByText('Er is al een account met dit e-mailadres.')).toHaveLength(1);
    expect(within(dialog).getByLabelText('E-mailadres')).toHaveAccessibleDescription(expect.stringContaining('Er is al een account met dit e-mailadres.'));

    fireEvent.change(within(dialog).getByLabelText('Naam'), { target: { value: 'José Müller' } });
    fireEvent.change(within(dialog).getByLabelText('E-mailadres'), { target: { value: 'jose@zorg.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De gegevens van José Müller zijn opgeslagen.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toEqual({ name: 'José Müller', email: 'jose@zorg.example', organisation: 'Zorggroep Oost' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('focuses the field the server refuses in “Gegevens wijzigen”', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/admin/people?page=1': () => ({ status: 200, body: page([person(1)]) }),
      'GET /api/admin/people/p-1/changes': () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 25 } }),
      'GET /api/admin/people/p-1/tokens': () => ({ status: 200, body: [] }),
      'PATCH /api/admin/people/p-1': () => ({
        status: 400,
        body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'email', message: 'Vul een geldig e-mailadres in.' }] },
      }),
    });
    renderApp('/beheer/personen');
    fireEvent.click(await screen.findByRole('button', { name: 'Gegevens wijzigen van Deelnemer 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deelnemer 1 wijzigen' });
    const email = within(dialog).getByLabelText('E-mailadres');
    fireEvent.change(email, { target: { value: 'deelnemer1@zorg' } });
    const save = within(dialog).getByRole('button', { name: 'Opslaan' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Vul een geldig e-mailadres in.'));
  });

  it('revokes a person’s API token from their dialog', async () => {
    let tokens = [
      { id: 't-1', name: 'HR-export', scope: 'write', createdAt: '2027-03-01T09:00:00.000Z', lastUsedAt: null, expiresAt: '2028-03-01T09:00:00.000Z' },
    ];
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/admin/people?page=1': () => ({ status: 200, body: page([person(1)]) }),
      'GET /api/admin/people/p-1/changes': () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 25 } }),
      'GET /api/admin/people/p-1/tokens': () => ({ status: 200, body: tokens }),
      'DELETE /api/admin/people/p-1/tokens/t-1': () => {
        tokens = [];
        return { status: 204 };
      },
    });
    renderApp('/beheer/personen');
    fireEvent.click(await screen.findByRole('button', { name: 'Gegevens wijzigen van Deelnemer 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deelnemer 1 wijzigen' });
    const token = await within(dialog).findByRole('listitem', { name: 'HR-export' });
    expect(token).toHaveTextContent('Lezen en wijzigen');
    expect(token).toHaveTextContent('nog niet gebruikt');
    fireEvent.click(within(token).getByRole('button', { name: 'Intrekken HR-export' }));
    expect(await within(dialog).findByText('Geen API-sleutels.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'DELETE')?.headers['x-csrf-token']).toBe('csrf-1');
  });
});
