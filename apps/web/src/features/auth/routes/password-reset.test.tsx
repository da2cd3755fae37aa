import { act, fireEvent, screen } from '@testing-library/react';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const loggedOut = {
  'GET /api/me': () => ({ status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
  'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
  'POST /api/auth/password-link/check': () => ({ status: 204 }),
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('password reset', () => {
  it('requests a reset link and always confirms the same way', async () => {
    const { requests } = installFakeApi({
      ...loggedOut,
      'POST /api/auth/password-reset/request': () => ({ status: 202 }),
    });
    renderApp('/wachtwoord-vergeten');
    await screen.findByRole('heading', { name: 'Wachtwoord vergeten' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'anna@zorg.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Stuur mij een link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Als er een account bij anna@zorg.example hoort');
    expect(requests.find((r) => r.url === '/api/auth/password-reset/request')).toMatchObject({
      body: { email: 'anna@zorg.example' },
      headers: { 'x-csrf-token': 'token-1' },
    });
  });

  it('sets a new password with the token from the link', async () => {
    const { requests } = installFakeApi({
      ...loggedOut,
      'POST /api/auth/password-reset/confirm': () => ({ status: 204 }),
    });
    renderApp('/wachtwoord-herstellen?token=abc123');
    await screen.findByRole('heading', { name: 'Nieuw wachtwoord kiezen' });
    const password = screen.getByLabelText('Nieuw wachtwoord');
    expect(password).toHaveAccessibleDescription('Minstens 12 tekens. Een zin van een paar woorden werkt goed.');

    fireEvent.change(password, { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Kies een wachtwoord van minstens 12 tekens.'));

    fireEvent.change(password, { target: { value: 'een lange zin' } });
    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: 'een andere zin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(screen.getByLabelText('Herhaal het nieuwe wachtwoord')).toHaveAccessibleDescription(
      'De twee wachtwoorden zijn niet gelijk.',
    );

    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: 'een lange zin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Je wachtwoord is gewijzigd.');
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(requests.find((r) => r.url === '/api/auth/password-reset/confirm')?.body).toEqual({
      token: 'abc123',
      password: 'een lange zin',
    });
  });

  it("shows the server's message for an expired link, with a way to get a new one", async () => {
    installFakeApi({
      ...loggedOut,
      'POST /api/auth/password-reset/confirm': () => ({
        status: 400,
        body: errorBody(400, 'reset_token_invalid', 'Deze link is verlopen of al gebruikt.'),
      }),
    });
    renderApp('/wachtwoord-herstellen?token=old');
    await screen.findByRole('heading', { name: 'Nieuw wachtwoord kiezen' });
    fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: 'een lange zin' } });
    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: 'een lange zin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze link is verlopen of al gebruikt.');
    expect(screen.getByRole('link', { name: 'Nieuwe link aanvragen' })).toHaveAttribute('href', '/wachtwoord-vergeten');
  });

  it('explains a link without a token', async () => {
    installFakeApi(loggedOut);
    const { router } = renderApp('/wachtwoord-herstellen');
    expect(await screen.findByText(/Deze link is onvolledig of beschadigd. Vraag een nieuwe link aan om je wachtwoord te herstellen/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Nieuw wachtwoord')).not.toBeInTheDocument();
    // The invitation's page speaks of the invitation, not of a reset.
    await act(() => router.navigate('/wachtwoord-kiezen'));
    expect(await screen.findByText(/Open de link in je uitnodigingsmail opnieuw/)).toBeInTheDocument();
  });

  it('explains a link whose token was mangled on its way as incomplete, not as fields filled in wrongly', async () => {
    installFakeApi({
      ...loggedOut,
      'POST /api/auth/password-link/check': () => ({
        status: 400,
        body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'token', message: 'Gebruik hoogstens 200 tekens.' }] },
      }),
    });
    renderApp('/wachtwoord-kiezen?token=%00%ff');
    expect(await screen.findByText(/Deze link is onvolledig of beschadigd. Open de link in je uitnodigingsmail opnieuw/)).toBeInTheDocument();
    expect(screen.queryByText('Niet alle velden zijn goed ingevuld.')).not.toBeInTheDocument();
  });
  it('lets someone who never had a password choose one, in those words, and logs them in', async () => {
    const me = { id: 'p-9', name: 'Tessa Team', email: 'tessa@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };
    const { requests } = installFakeApi({
      ...loggedOut,
      'POST /api/auth/first-password': () => ({ status: 200, body: me }),
    });
    renderApp('/wachtwoord-kiezen?token=first1');
    await screen.findByRole('heading', { level: 1, name: 'Kies je wachtwoord' });
    expect(screen.queryByText(/Nieuw wachtwoord/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Je bent ingelogd als/)).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'een lange eigen zin' } });
    fireEvent.change(screen.getByLabelText('Herhaal je wachtwoord'), { target: { value: 'een lange eigen zin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Tessa Team' })).toBeInTheDocument();
    expect(screen.queryByText(/Je wachtwoord is gewijzigd/)).not.toBeInTheDocument();
    expect(requests.find((r) => r.url === '/api/auth/first-password')?.body).toEqual({ token: 'first1', password: 'een lange eigen zin' });
  });

  it('warns whoever opens a password link while logged in that the link is for the account it was mailed to', async () => {
    const carla = { id: 'p-3', name: 'Carla Jansen', email: 'carla@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };
    installFakeApi({ ...loggedOut, 'GET /api/me': () => ({ status: 200, body: carla }) });
    const { router } = renderApp('/wachtwoord-kiezen?token=first1');
    await screen.findByRole('heading', { level: 1, name: 'Kies je wachtwoord' });
    expect(await screen.findByText(/Je bent ingelogd als Carla Jansen\. Deze link hoort bij het account waarnaar de mail is gestuurd/)).toHaveTextContent(
      'Na het opslaan ben je met dat account ingelogd, niet meer als Carla Jansen.',
    );

    await act(() => router.navigate('/wachtwoord-herstellen?token=reset1'));
    await screen.findByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' });
    expect(screen.getByText(/Je bent ingelogd als Carla Jansen/)).not.toHaveTextContent('Na het opslaan');
  });

  it('says at once that an invitation link was used or has expired, before any password is typed', async () => {
    const { requests } = installFakeApi({
      ...loggedOut,
      'POST /api/auth/password-link/check': () => ({ status: 400, body: errorBody(400, 'invitation_link_invalid', 'Deze link om je wachtwoord te kiezen is verlopen.') }),
    });
    renderApp('/wachtwoord-kiezen?token=expired');
    await screen.findByRole('heading', { level: 1, name: 'Kies je wachtwoord' });
    expect(await screen.findByText('Deze link om je wachtwoord te kiezen is verlopen.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Wachtwoord')).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(screen.getByRole('link', { name: 'Nieuwe link aanvragen' })).toHaveAttribute('href', '/wachtwoord-vergeten');
    expect(requests.find((r) => r.url === '/api/auth/password-link/check')?.body).toEqual({ token: 'expired', first: true });
  });

  it('sends the reader of a used invitation link to the login as well as to a new link', async () => {
    installFakeApi({
      ...loggedOut,
      'POST /api/auth/first-password': () => ({ status: 400, body: errorBody(400, 'invitation_link_invalid', 'Deze link is al gebruikt.') }),
    });
    renderApp('/wachtwoord-kiezen?token=used');
    await screen.findByRole('heading', { level: 1, name: 'Kies je wachtwoord' });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'een lange eigen zin' } });
    fireEvent.change(screen.getByLabelText('Herhaal je wachtwoord'), { target: { value: 'een lange eigen zin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is al gebruikt.');
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(screen.getByRole('link', { name: 'Nieuwe link aanvragen' })).toHaveAttribute('href', '/wachtwoord-vergeten');
  });
});
