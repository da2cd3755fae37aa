import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { EditionCertificates } from '@koers/shared/completion';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'p-9', name: 'Merel de Wit', email: 'merel@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const listed = (revoked: EditionCertificates['certificates'][number]['revoked']): EditionCertificates => ({
  editionId: 'e-1',
  editionName: 'HIS-I 1.0',
  certificates: [{ id: 'c-1', personId: 'p-1', participantName: 'Anouk de Vries', verificationCode: 'K7QM-2XHD-9RTA', issuedAt: '2026-07-14T10:00:00Z', revoked }],
});

beforeEach(() => window.localStorage.clear());

it('withdraws a certificate with a reason, asked for in a form that opens with focus on it', async () => {
  let certificates = listed(null);
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-1/certificates': () => ({ status: 200, body: certificates }),
    'POST /api/certificates/c-1/revoke': (request) => {
      certificates = listed({ revokedAt: '2026-12-07T09:00:00Z', reason: (request.body as { reason: string }).reason });
      return { status: 200, body: certificates.certificates[0] };
    },
  });
  renderApp('/edities/e-1/certificaten');

  const card = await screen.findByRole('listitem', { name: 'Anouk de Vries' }, { timeout: 5000 });
  expect(card).toHaveTextContent('K7QM-2XHD-9RTA');
  expect(card).toHaveTextContent('Geldig');
  fireEvent.click(within(card).getByRole('button', { name: 'Certificaat van Anouk de Vries intrekken…' }));
  await waitFor(() => expect(within(card).getByLabelText('Reden')).toHaveFocus());
  fireEvent.click(within(card).getByRole('button', { name: 'Certificaat intrekken' }));
  expect(within(card).getByText('Schrijf waarom het certificaat wordt ingetrokken.')).toBeInTheDocument();
  expect(requests.some((r) => r.url === '/api/certificates/c-1/revoke')).toBe(false);

  fireEvent.change(within(card).getByLabelText('Reden'), { target: { value: ' Aanwezigheid stond ten onrechte op aanwezig. ' } });
  fireEvent.click(within(card).getByRole('button', { name: 'Certificaat intrekken' }));
  expect(await screen.findByText('Het certificaat van Anouk de Vries is ingetrokken.')).toBeInTheDocument();
  expect(requests.find((r) => r.url === '/api/certificates/c-1/revoke')?.body).toEqual({ reason: 'Aanwezigheid stond ten onrechte op aanwezig.' });
  await waitFor(() => expect(card).toHaveTextContent('Ingetrokken op ma 7 december 2026, 10:00: Aanwezigheid stond ten onrechte op aanwezig.'));
  await waitFor(() => expect(within(card).getByRole('heading', { name: 'Anouk de Vries' })).toHaveFocus());
  expect(within(card).queryByRole('button', { name: /intrekken/ })).toBeNull();
});
