import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { EditionGroupsResponse } from '@koers/shared/network-groups';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
const person = (personId: string, name: string) => ({ personId, name, organisation: 'Zorggroep De Linde', region: 'Utrecht' });
const division = (version: string, zuydName = 'Zuyd'): EditionGroupsResponse => ({
  editionId: 'e-2',
  version,
  groups: [
    { id: 'g-1', name: 'Avans', members: [person('p-1', 'Lotte Bakker')], facilitators: [] },
    { id: 'g-2', name: zuydName, members: [person('p-2', 'Ruben Jacobs')], facilitators: [] },
  ],
  ungrouped: [],
  facilitatorCandidates: [],
});

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('network groups (the division editor)', () => {
  it('shows a trainer the division to read, with nothing to change and no way to the edition page they may not open', async () => {
    const sanne: MeResponse = { id: 't-1', name: 'Sanne de Vries', email: 'trainer@koers.demo', isAdmin: false, locale: 'nl', enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }] };
    const withFacilitator = division('v1');
    withFacilitator.groups[0].facilitators = [person('f-1', 'Ahmed Bouzid')];
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/editions/e-2/groups': () => ({ status: 200, body: withFacilitator }),
    });
    renderApp('/edities/e-2/netwerkgroepen');
    expect(await screen.findByRole('heading', { name: /Avans/ })).toBeInTheDocument();
    expect(screen.getByText('Lotte Bakker')).toBeInTheDocument();
    expect(screen.getByText('Begeleiders: Ahmed Bouzid')).toBeInTheDocument();
    expect(screen.getByText('Begeleiders: nog niemand')).toBeInTheDocument();
    const page = within(screen.getByRole('main'));
    expect(page.queryByRole('button')).toBeNull();
    expect(page.queryByRole('textbox')).toBeNull();
    expect(page.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Terug naar de editie' })).toBeNull();
  });

  it('shows the API’s problem under the group name it is about, and sends the version it read', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-2/groups': () => ({ status: 200, body: division('v1') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'PUT /api/editions/e-2/groups': () => ({
        status: 400,
        body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'groups.1.name', message: 'Gebruik hoogstens 100 tekens.' }] },
      }),
    });
    renderApp('/edities/e-2/netwerkgroepen');
    const names = await screen.findAllByRole('textbox', { name: 'Naam van de groep' });
    expect(names[1]).toHaveAttribute('maxLength', '100');
    fireEvent.change(names[1], { target: { value: 'Zuyd Hogeschool' } });
    fireEvent.click(screen.getByRole('button', { name: 'Indeling opslaan' }));

    await waitFor(() => expect(names[1]).toHaveAccessibleDescription('Gebruik hoogstens 100 tekens.'));
    expect(names[1]).toHaveAttribute('aria-invalid', 'true');
    expect(names[0]).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(names[1]).toHaveFocus());
    expect(requests.find((request) => request.method === 'PUT')?.body).toMatchObject({ version: 'v1', groups: [{ id: 'g-1' }, { id: 'g-2', name: 'Zuyd Hogeschool' }] });
  });

  it('says when someone else saved meanwhile, and reads the division again on request', async () => {
    let reads = 0;
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-2/groups': () => ({ status: 200, body: (reads += 1) === 1 ? division('v1') : division('v2', 'Zuyd (hernoemd)') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'PUT /api/editions/e-2/groups': () => ({
        status: 409,
        body: errorBody(409, 'groups_changed', 'Iemand anders heeft de indeling intussen gewijzigd. Laad haar opnieuw en breng je wijzigingen dan opnieuw aan; er is niets opgeslagen.'),
      }),
    });
    renderApp('/edities/e-2/netwerkgroepen');
    fireEvent.click(await screen.findByRole('button', { name: 'Indeling opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft de indeling intussen gewijzigd/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Indeling opnieuw laden' }));
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: 'Naam van de groep' })[1]).toHaveValue('Zuyd (hernoemd)'));
    expect(screen.queryByText(/Iemand anders heeft de indeling intussen gewijzigd/)).not.toBeInTheDocument();
  });

  it('says the division was saved, beside the save button, also once the saved division is read anew', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-2/groups': () => ({ status: 200, body: division('v1') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'PUT /api/editions/e-2/groups': () => ({ status: 200, body: { ...division('v2', 'Zuyd Hogeschool'), warnings: [] } }),
    });
    renderApp('/edities/e-2/netwerkgroepen');
    fireEvent.change((await screen.findAllByRole('textbox', { name: 'Naam van de groep' }))[1], { target: { value: 'Zuyd Hogeschool' } });
    fireEvent.click(screen.getByRole('button', { name: 'Indeling opslaan' }));
    await waitFor(() => expect(screen.getByText('De indeling is opgeslagen.')).toBeInTheDocument());
    expect(screen.getByText('De indeling is opgeslagen.').closest('.group-actions')).toContainElement(screen.getByRole('button', { name: 'Indeling opslaan' }));
    expect(screen.getAllByRole('textbox', { name: 'Naam van de groep' })[1]).toHaveValue('Zuyd Hogeschool');
  });

  it('lists what the save warns of beside its word: a facilitator now leading two groups at the same time', async () => {
    const warning = 'Karin Begeleider staat op 22 december 2026 bij twee bijeenkomsten tegelijk: Netwerksessie 1 (Avans) en Netwerksessie 1 (Extra).';
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-2/groups': () => ({ status: 200, body: division('v1') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'PUT /api/editions/e-2/groups': () => ({ status: 200, body: { ...division('v2'), warnings: [{ code: 'staff_double_booked', message: warning }] } }),
    });
    renderApp('/edities/e-2/netwerkgroepen');
    await screen.findAllByRole('textbox', { name: 'Naam van de groep' });
    fireEvent.click(screen.getByRole('button', { name: 'Indeling opslaan' }));
    await waitFor(() => expect(screen.getByText('De indeling is opgeslagen.')).toBeInTheDocument());
    expect(screen.getByText(warning).closest('.group-actions')).toContainElement(screen.getByRole('button', { name: 'Indeling opslaan' }));
  });
});
