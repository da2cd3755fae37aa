import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { ReceivedInvitation } from '@koers/shared/invitations';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const me: MeResponse = { id: 'p-9', name: 'Carla Jansen', email: 'carla@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };

const teamInvitation: ReceivedInvitation = {
  invitationId: 'i-1',
  kind: 'internal_team',
  invitedByName: 'Lotte Bakker',
  editionName: 'HIS-I 2.0',
  roleInOrganisation: 'Fysiotherapeut',
  session: null,
  invitedAt: '2026-12-01T09:00:00.000Z',
  cannotAccept: null,
};
const delegateInvitation: ReceivedInvitation = {
  invitationId: 'i-2',
  kind: 'delegate',
  invitedByName: 'Hans Visser',
  editionName: 'HIS-I 2.0',
  roleInOrganisation: null,
  session: { sessionId: 's-4', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2027-03-09T13:00:00.000Z' },
  invitedAt: '2026-12-02T09:00:00.000Z',
  cannotAccept: null,
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

function invitationsApi() {
  let pending = [teamInvitation, delegateInvitation];
  const answer = (id: string) => () => {
    pending = pending.filter((invitation) => invitation.invitationId !== id);
    return { status: 204 };
  };
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: me }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/me/invitations': () => ({ status: 200, body: pending }),
    'POST /api/me/invitations/i-1/accept': answer('i-1'),
    'POST /api/me/invitations/i-2/decline': answer('i-2'),
    'POST /api/me/invitations/i-2/accept': () => ({
      status: 409,
      body: errorBody(409, 'invitation_no_longer_valid', 'Deze uitnodiging geldt niet meer: de editie of bijeenkomst is voorbij, afgelast of gewijzigd.'),
    }),
  });
}

describe('invitations', () => {
  it('tells the invited person on the home page that invitations wait, and links to them', async () => {
    invitationsApi();
    renderApp('/');
    expect(await screen.findByText('Er wachten 2 uitnodigingen op je antwoord.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk je uitnodigingen' })).toHaveAttribute('href', '/uitnodigingen');
  });

  it('counts from /api/me without asking for the list, and from the list once that is the newer answer', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: { ...me, waiting: { unreadDiscussionThreads: 0, invitations: 1 } } }),
      'GET /api/me/invitations': () => ({ status: 200, body: [teamInvitation, delegateInvitation] }),
    });
    const { router } = renderApp('/');
    expect(await screen.findByText('Er wacht een uitnodiging op je antwoord.')).toBeInTheDocument();
    expect(requests.map((request) => request.url)).not.toContain('/api/me/invitations');

    await act(() => router.navigate('/uitnodigingen'));
    await screen.findByRole('listitem', { name: /Lotte Bakker nodigt je uit/ });
    await act(() => router.navigate('/'));
    expect(await screen.findByText('Er wachten 2 uitnodigingen op je antwoord.')).toBeInTheDocument();
  });

  it('lets the invited person accept or decline each invitation, with the keyboard and a status message', async () => {
    const { requests } = invitationsApi();
    const { container, idle } = renderApp('/uitnodigingen');
    const team = await screen.findByRole('listitem', { name: 'Lotte Bakker nodigt je uit voor het intern team bij HIS-I 2.0' });
    expect(team).toHaveTextContent('Je rol: Fysiotherapeut');
    const delegate = screen.getByRole('listitem', { name: 'Hans Visser stuurt je als vervanger naar een bestuurlijke bijeenkomst van HIS-I 2.0' });
    expect(delegate).toHaveTextContent('Bestuurlijke bijeenkomst 1');
    expect(delegate).toHaveTextContent(/2027/);
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    // A refusal is shown as the server words it; the invitation stays.
    fireEvent.click(within(delegate).getByRole('button', { name: 'Accepteren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze uitnodiging geldt niet meer');

    const accept = within(team).getByRole('button', { name: 'Accepteren' });
    accept.focus();
    fireEvent.click(accept);
    expect(await screen.findByText('Je hebt de uitnodiging geaccepteerd.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Lotte Bakker nodigt je uit/ })).not.toBeInTheDocument());
    // The pressed button went with the invitation: the keyboard goes on from what was done, not from the top.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Je hebt de uitnodiging geaccepteerd.')));

    fireEvent.click(within(screen.getByRole('listitem', { name: /Hans Visser/ })).getByRole('button', { name: 'Afslaan' }));
    expect(await screen.findByText('Je hebt de uitnodiging afgeslagen.')).toHaveAttribute('role', 'status');
    expect(await screen.findByText('Er wachten geen uitnodigingen op je antwoord.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.url)).toEqual([
      '/api/me/invitations/i-2/accept',
      '/api/me/invitations/i-1/accept',
      '/api/me/invitations/i-2/decline',
    ]);
  });

  it('says why an invitation cannot be accepted, and offers only to decline it', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: me }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/invitations': () => ({ status: 200, body: [{ ...teamInvitation, cannotAccept: 'other_role_in_edition' }] }),
      'POST /api/me/invitations/i-1/decline': () => ({ status: 204 }),
    });
    renderApp('/uitnodigingen');
    const team = await screen.findByRole('listitem', { name: /Lotte Bakker nodigt je uit/ });
    expect(team).toHaveTextContent('Je doet al mee aan deze editie');
    expect(team).toHaveTextContent('Sla de uitnodiging af, dan ziet Lotte Bakker dat.');
    expect(team).not.toHaveTextContent('Als je accepteert');
    expect(within(team).queryByRole('button', { name: 'Accepteren' })).toBeNull();
    fireEvent.click(within(team).getByRole('button', { name: 'Afslaan' }));
    expect(await screen.findByText('Je hebt de uitnodiging afgeslagen.')).toHaveAttribute('role', 'status');
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.url)).toEqual(['/api/me/invitations/i-1/decline']);
  });
});

it('says why the invitations cannot be read, and offers a retry only when the fault may pass', async () => {
  let answer = { status: 503, body: errorBody(503, 'database_unavailable', 'Koers kan de database even niet bereiken.') };
  installFakeApi({ 'GET /api/me': () => ({ status: 200, body: me }), 'GET /api/me/invitations': () => answer });
  renderApp('/uitnodigingen');
  expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent('Koers kan de database even niet bereiken.');
  answer = { status: 403, body: errorBody(403, 'forbidden', 'Geen toegang.') };
  fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
  expect(await screen.findByText('Geen toegang.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
});
