import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { CheckInResponse, CheckInSession } from '@koers/shared/attendance';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const lotte: MeResponse = {
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'participant' }],
};

const session: CheckInSession = {
  sessionId: 's-1',
  editionId: 'e-1',
  editionName: 'HIS-I 2.0',
  title: 'Lesdag 3',
  kind: 'programme_day',
  status: 'scheduled',
  startsAt: '2027-03-09T08:30:00Z',
  endsAt: '2027-03-09T15:00:00Z',
  opensAt: '2027-03-09T08:00:00Z',
  mark: null,
};

const checkedIn: CheckInResponse = {
  sessionId: 's-1',
  sessionTitle: 'Lesdag 3',
  checkedIn: true,
  mark: { personId: 'p-1', status: 'present', note: '', recordedAt: '2027-03-09T08:20:00Z' },
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

const common = { 'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }) };

describe('check-in page', () => {
  it('checks in at once with the code from the QR code', async () => {
    const { requests } = installFakeApi({
      ...common,
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/sessions/s-1/check-in': () => ({ status: 200, body: session }),
      'POST /api/sessions/s-1/check-in': () => ({ status: 200, body: checkedIn }),
    });
    renderApp('/inchecken/s-1?code=123456');

    const done = await screen.findByText('Welkom! Je bent ingecheckt voor Lesdag 3');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([expect.objectContaining({ body: { code: '123456' } })]);
  });

  it('sends someone who is not logged in through the login page, back to the check-in', async () => {
    installFakeApi({ ...common, 'GET /api/me': () => ({ status: 401, body: errorBody(401, 'not_authenticated', 'Log in.') }) });
    const { router } = renderApp('/inchecken/s-1?code=123456');
    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/inchecken/s-1?code=123456');
  });

  it('shows the refusal and lets the code be typed again', async () => {
    let attempt = 0;
    installFakeApi({
      ...common,
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/sessions/s-1/check-in': () => ({ status: 200, body: session }),
      'POST /api/sessions/s-1/check-in': () =>
        ++attempt === 1
          ? { status: 400, body: errorBody(400, 'check_in_code_expired', 'Deze code is verlopen. Scan de QR-code opnieuw.') }
          : { status: 200, body: checkedIn },
    });
    renderApp('/inchecken/s-1?code=111111');

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze code is verlopen');
    await waitFor(() => expect(screen.getByLabelText('Code')).toHaveFocus());
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inchecken' }));
    expect(screen.getByText('Vul de 6 cijfers van de code in.')).toBeInTheDocument();
    // The earlier code's refusal is gone: it was about that code, not this one.
    expect(screen.queryByText(/Deze code is verlopen/)).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: '654 321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inchecken' }));
    expect(await screen.findByText('Welkom! Je bent ingecheckt voor Lesdag 3')).toBeInTheDocument();
  });

  it('types a code without a session, and tells someone not expected so', async () => {
    const { requests } = installFakeApi({
      ...common,
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'POST /api/check-in': () => ({ status: 200, body: { ...checkedIn, checkedIn: false, mark: { ...checkedIn.mark, status: 'excused' } } }),
      'GET /api/sessions/s-2/check-in': () => ({ status: 403, body: errorBody(403, 'not_expected_at_session', 'Je staat niet op de lijst van deze bijeenkomst.') }),
    });
    const { router } = renderApp('/inchecken');
    fireEvent.change(await screen.findByLabelText('Code'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inchecken' }));
    expect(await screen.findByText(/staat al genoteerd als "afgemeld"/)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.url).toBe('/api/check-in');

    await act(() => router.navigate('/inchecken/s-2?code=123456'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Je staat niet op de lijst van deze bijeenkomst.');
    expect(requests.filter((r) => r.url.includes('s-2') && r.method === 'POST')).toEqual([]);
  });
});
