import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { ApplicationDetail, ApplicationsPage, EditionPlaces } from '@koers/shared/applications';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
const places: EditionPlaces = { editionId: 'e-3', editionName: 'HIS-I 3.0', capacity: 2, placesTaken: 2, waitlisted: 1, enrolmentsWaitlisted: 0 };
const fatima: ApplicationDetail = {
  id: 'a-1',
  editionId: 'e-3',
  name: 'Fatima el Amrani',
  email: 'fatima@delinde.example',
  organisation: 'Zorggroep De Linde',
  jobTitle: 'Teamleider wijkverpleging',
  region: 'Utrecht',
  status: 'confirmed',
  directorName: 'Dirk Directeur',
  directorEmail: 'dirk@delinde.example',
  directorCommitment: 'committed',
  directorReason: null,
  directorAnsweredAt: '2099-06-02T10:00:00.000Z',
  waitlistPosition: null,
  createdAt: '2099-06-01T08:30:00.000Z',
  confirmedAt: '2099-06-01T08:45:00.000Z',
  challenge: 'Nachtelijke valincidenten verminderen met sensoren.',
  declineMessage: null,
  statusChangedAt: null,
  locale: 'nl',
  applicantHasOtherRole: false,
  places,
};
const page = (items: ApplicationDetail[]): ApplicationsPage => ({ items, total: items.length, page: 1, pageSize: 25, places });

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('applications (selection)', () => {
  it('lists the edition’s applications with filters, and opens one in full', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-3/applications?page=1': () => ({ status: 200, body: page([fatima, { ...fatima, id: 'a-2', name: 'Jan de Wit', status: 'waitlisted', waitlistPosition: 1 }]) }),
      'GET /api/editions/e-3/applications?page=1&region=Limburg': () => ({ status: 200, body: page([]) }),
      'GET /api/applications/a-1': () => ({ status: 200, body: fatima }),
    });
    renderApp('/edities/e-3/aanmeldingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmeldingen HIS-I 3.0' })).toBeInTheDocument();
    expect(screen.getByText(/2 van 2 plaatsen bezet\./)).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem').filter((item) => item.classList.contains('card'));
    expect(cards.map((card) => card.textContent)).toEqual([
      expect.stringContaining('Te beoordelenDirecteur: toegezegd'),
      expect.stringContaining('Wachtlijst, plaats 1'),
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Aanmelding van Fatima el Amrani bekijken' }));
    const detail = await screen.findByRole('heading', { level: 2, name: 'Aanmelding van Fatima el Amrani' });
    await waitFor(() => expect(detail).toHaveFocus());
    expect(screen.getByText('Nachtelijke valincidenten verminderen met sensoren.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dirk@delinde.example' })).toHaveAttribute('href', 'mailto:dirk@delinde.example');

    fireEvent.change(screen.getByLabelText('Regio'), { target: { value: 'Limburg' } });
    expect(await screen.findByText('Geen aanmeldingen met deze filters.')).toBeInTheDocument();
    expect(requests.some((r) => r.url === '/api/editions/e-3/applications?page=1&region=Limburg')).toBe(true);
  });

  it('asks in a dialog before accepting into a full edition, then accepts with confirmOverCapacity', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/editions/e-3/applications?page=1': () => ({ status: 200, body: page([fatima]) }),
      'GET /api/applications/a-1': () => ({ status: 200, body: fatima }),
      'POST /api/applications/a-1/accept': (request) =>
        (request.body as { confirmOverCapacity?: boolean }).confirmOverCapacity
          ? { status: 200, body: { ...fatima, status: 'accepted', places: { ...places, placesTaken: 3 } } }
          : { status: 409, body: { ...errorBody(409, 'edition_full', 'Deze editie is vol.'), details: { capacity: 2, placesTaken: 2 } } },
    });
    renderApp('/edities/e-3/aanmeldingen?aanmelding=a-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Aannemen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'De editie is vol' });
    expect(dialog).toHaveAccessibleDescription('2 van 2 plaatsen zijn bezet. Wil je Fatima el Amrani toch aannemen, boven de capaciteit?');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Toch aannemen' })).toHaveFocus());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Toch aannemen' }));
    expect(await screen.findByText('Fatima el Amrani is aangenomen en samen met de directeur ingeschreven; de uitnodigingen gaan per e-mail.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.url === '/api/applications/a-1/accept').map((r) => r.body)).toEqual([{}, { confirmOverCapacity: true }]);
  });

  it('declines with a message for the applicant, with focus in the message once the form opens and on the heading after', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/editions/e-3/applications?page=1': () => ({ status: 200, body: page([fatima]) }),
      'GET /api/applications/a-1': () => ({ status: 200, body: fatima }),
      'POST /api/applications/a-1/decline': () => ({ status: 200, body: { ...fatima, status: 'declined', declineMessage: 'Volgend jaar graag.' } }),
    });
    renderApp('/edities/e-3/aanmeldingen?aanmelding=a-1');
    const decline = await screen.findByRole('button', { name: 'Afwijzen' });
    decline.focus();
    fireEvent.click(decline);
    // A keyboard user types the message where focus lands, not into the page.
    await waitFor(() => expect(screen.getByLabelText('Bericht aan de aanmelder (niet verplicht)')).toHaveFocus());
    fireEvent.change(screen.getByLabelText('Bericht aan de aanmelder (niet verplicht)'), { target: { value: ' Volgend jaar graag. ' } });
    const send = screen.getByRole('button', { name: 'Afwijzen en mailen' });
    send.focus();
    fireEvent.click(send);
    expect(await screen.findByText('De aanmelding van Fatima el Amrani is afgewezen; de aanmelder krijgt een e-mail.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Aanmelding van Fatima el Amrani' })).toHaveFocus());
    expect(requests.find((r) => r.url === '/api/applications/a-1/decline')?.body).toEqual({ message: 'Volgend jaar graag.' });
  });

  it('erases an application at the applicant’s request, after asking, and closes it', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/editions/e-3/applications?page=1': () => ({ status: 200, body: page([fatima]) }),
      'GET /api/applications/a-1': () => ({ status: 200, body: fatima }),
      'DELETE /api/applications/a-1': () => ({ status: 204, body: undefined }),
    });
    renderApp('/edities/e-3/aanmeldingen?aanmelding=a-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Aanmelding wissen (AVG)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'De aanmelding van Fatima el Amrani wissen?' });
    // What cannot be undone starts on cancelling.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmelding wissen' }));
    expect(await screen.findByText('De aanmelding van Fatima el Amrani is gewist.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/applications/a-1']);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Aanmelding van Fatima el Amrani' })).not.toBeInTheDocument());
  });

  it('offers only declining for an applicant who is staff of the edition, and says why', async () => {
    const staff = { ...fatima, applicantHasOtherRole: true };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions/e-3/applications?page=1': () => ({ status: 200, body: page([staff]) }),
      'GET /api/applications/a-1': () => ({ status: 200, body: staff }),
    });
    renderApp('/edities/e-3/aanmeldingen?aanmelding=a-1');
    expect(await screen.findByText(/is al trainer, begeleider of lid van een intern team in deze editie/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afwijzen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aannemen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Op de wachtlijst' })).not.toBeInTheDocument();
  });
});
