import { fireEvent, render, screen, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { CompletionStatus } from '@koers/shared/completion';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp, TestI18nProvider } from '../../../../test/render-app';
import { VerifyCertificatePage } from './verify-certificate-page';

const lotte: MeResponse = {
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [
    { editionId: 'e-1', editionName: 'HIS-I 1.0', role: 'participant' },
    { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' },
  ],
};

const status = (editionId: string, completed: boolean): CompletionStatus => ({
  editionId,
  editionName: editionId,
  completed,
  attendance: { counted: 10, attended: completed ? 9 : 7, thresholdPercent: 80, met: completed },
  assignments: { total: 5, approved: completed ? 5 : 3, required: true, met: completed },
  programmeDaysRemaining: completed ? 0 : 4,
  editionCompleted: false,
  certificateIssuedAt: null,
  certificateRevoked: null,
  certificateUrl: completed ? `/api/me/certificate/${editionId}.pdf` : null,
  badgeUrl: completed ? `/api/me/certificate/${editionId}/badge.png` : null,
});

beforeEach(() => window.localStorage.clear());

it('shows each condition per edition and the download once completed', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: lotte }),
    'GET /api/me/completion/e-1': () => ({ status: 200, body: status('e-1', true) }),
    'GET /api/me/completion/e-2': () => ({ status: 200, body: status('e-2', false) }),
  });
  renderApp('/certificaat');

  const done = await screen.findByRole('region', { name: 'HIS-I 1.0' }, { timeout: 5000 });
  expect(await within(done).findByRole('link', { name: 'Download je certificaat (PDF)' })).toHaveAttribute('href', '/api/me/certificate/e-1.pdf');
  const badge = within(done).getByRole('link', { name: 'Download als Open Badge (PNG)' });
  expect(badge).toHaveAttribute('href', '/api/me/certificate/e-1/badge.png');
  expect(badge).toHaveAccessibleDescription(/digitaal insigne/);
  expect(done).toHaveTextContent('9 van 10 lesdagen aanwezig (minstens 80% nodig) (voldaan)');
  const running = screen.getByRole('region', { name: 'HIS-I 2.0' });
  expect(await within(running).findByText(/3 van 5 opdrachten goedgekeurd/)).toHaveTextContent('(nog niet voldaan)');
  expect(running).toHaveTextContent('Nog 4 lesdagen te gaan');
  expect(within(running).queryByRole('link')).toBeNull();
});

it('says so when a completed edition was not completed by this participant, and when records changed after the certificate was issued', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: lotte }),
    'GET /api/me/completion/e-1': () => ({ status: 200, body: { ...status('e-1', false), programmeDaysRemaining: 0, editionCompleted: true } }),
    'GET /api/me/completion/e-2': () => ({
      status: 200,
      body: { ...status('e-2', false), certificateIssuedAt: '2027-07-02T10:00:00Z', certificateUrl: '/api/me/certificate/e-2.pdf', badgeUrl: null },
    }),
  });
  renderApp('/certificaat');

  const over = await screen.findByRole('region', { name: 'HIS-I 1.0' }, { timeout: 5000 });
  expect(await within(over).findByText(/Deze editie is afgerond en je hebt niet aan alle voorwaarden voldaan/)).toBeInTheDocument();
  expect(over).not.toHaveTextContent('zodra je aan alle voorwaarden voldoet');
  const issued = screen.getByRole('region', { name: 'HIS-I 2.0' });
  expect(await within(issued).findByText(/Je certificaat is uitgereikt op vr 2 juli 2027/)).toBeInTheDocument();
  expect(issued).not.toHaveTextContent('Gefeliciteerd');
  expect(within(issued).getByRole('link', { name: 'Download je certificaat (PDF)' })).toHaveAttribute('href', '/api/me/certificate/e-2.pdf');
});

it('says when and why the programme office withdrew the certificate, and offers no download', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: { ...lotte, enrolments: [lotte.enrolments[0]] } }),
    'GET /api/me/completion/e-1': () => ({
      status: 200,
      body: { ...status('e-1', true), certificateIssuedAt: '2027-07-02T10:00:00Z', certificateRevoked: { revokedAt: '2027-09-14T09:00:00Z', reason: 'Ten onrechte uitgereikt.' }, certificateUrl: null, badgeUrl: null },
    }),
  });
  renderApp('/certificaat');
  const card = await screen.findByRole('region', { name: 'HIS-I 1.0' }, { timeout: 5000 });
  expect(await within(card).findByText('Het programmabureau heeft je certificaat op di 14 september 2027 ingetrokken. Reden: Ten onrechte uitgereikt.')).toBeInTheDocument();
  expect(within(card).queryByRole('link')).toBeNull();
  expect(card).not.toHaveTextContent('Gefeliciteerd');
});

it('checks the form of a code, then goes to the public verification page', () => {
  const navigate = jest.fn();
  render(
    <TestI18nProvider initialLanguage="nl">
      <VerifyCertificatePage navigate={navigate} />
    </TestI18nProvider>,
  );
  fireEvent.change(screen.getByLabelText('Verificatiecode'), { target: { value: 'k7qm 2xh' } });
  fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
  expect(screen.getByLabelText('Verificatiecode')).toHaveAccessibleDescription(/twaalf letters en cijfers/);
  expect(navigate).not.toHaveBeenCalled();

  fireEvent.change(screen.getByLabelText('Verificatiecode'), { target: { value: 'k7qm 2xhd-9rta' } });
  fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
  expect(navigate).toHaveBeenCalledWith('/verify/K7QM-2XHD-9RTA');
});
