import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const anna: MeResponse = {
  id: 'p-1',
  name: 'Anna de Vries',
  email: 'anna@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }],
};

const wrongCredentials = (request: RecordedRequest) =>
  request.headers['accept-language'] === 'en'
    ? { status: 401, body: errorBody(401, 'invalid_credentials', 'Email address or password is incorrect.') }
    : { status: 401, body: errorBody(401, 'invalid_credentials', 'E-mailadres of wachtwoord klopt niet.') };

function loggedOutApi(login: (request: RecordedRequest) => { status: number; body?: unknown } = wrongCredentials) {
  return installFakeApi({
    'GET /api/me': () => ({ status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'POST /api/auth/login': login,
  });
}

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});

describe('login page', () => {
  it('renders labelled fields, in Dutch by default', async () => {
    loggedOutApi();
    renderApp('/inloggen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute('href', '/wachtwoord-vergeten');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.title).toBe('Inloggen – Koers');
  });

  it("shows the server's error message on 401, sending the CSRF token and the language", async () => {
    const { requests } = loggedOutApi();
    renderApp('/inloggen');
    await screen.findByRole('heading', { name: 'Inloggen' });

    fillIn('E-mailadres', ' anna@zorg.example ');
    fillIn('Wachtwoord', 'not-her-password');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mailadres of wachtwoord klopt niet.');
    const login = requests.find((request) => request.url === '/api/auth/login');
    expect(login).toMatchObject({
      method: 'POST',
      headers: { 'x-csrf-token': 'token-1', 'accept-language': 'nl', 'content-type': 'application/json' },
      body: { email: 'anna@zorg.example', password: 'not-her-password' },
    });
  });

  it('switches to English: labels, html lang, Accept-Language and the stored choice', async () => {
    loggedOutApi();
    renderApp('/inloggen');
    await screen.findByRole('heading', { name: 'Inloggen' });

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('koers.language')).toBe('en');

    fillIn('Email address', 'anna@zorg.example');
    fillIn('Password', 'not-her-password');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email address or password is incorrect.');
  });

  it('remembers English across visits', async () => {
    window.localStorage.setItem('koers.language', 'en');
    loggedOutApi();
    renderApp('/inloggen');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('checks the fields before sending, tying each error to its input', async () => {
    const { requests } = loggedOutApi();
    renderApp('/inloggen');
    await screen.findByRole('heading', { name: 'Inloggen' });

    fillIn('E-mailadres', 'anna');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    const email = screen.getByLabelText('E-mailadres');
    const password = screen.getByLabelText('Wachtwoord');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in, zoals naam@organisatie.nl.');
    expect(password).toHaveAccessibleDescription('Vul je wachtwoord in.');
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden.');
    expect(requests.some((request) => request.url === '/api/auth/login')).toBe(false);
  });

  it('shows per-field messages from a 400 validation error', async () => {
    loggedOutApi(() => ({
      status: 400,
      body: {
        ...errorBody(400, 'validation_failed', 'Controleer je invoer.'),
        fields: [{ field: 'email', message: 'Dit is geen e-mailadres.' }],
      },
    }));
    renderApp('/inloggen');
    await screen.findByRole('heading', { name: 'Inloggen' });
    fillIn('E-mailadres', 'anna@zorg.example');
    fillIn('Wachtwoord', 'secret-enough');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer je invoer.');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription('Dit is geen e-mailadres.');
  });

  it('sends a logged-out visitor to the login page and back to where they wanted to go', async () => {
    let loggedIn = false;
    const api = installFakeApi({
      'GET /api/me': () =>
        loggedIn ? { status: 200, body: anna } : { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') },
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: loggedIn ? 'token-2' : 'token-1' } }),
      'POST /api/auth/login': () => {
        loggedIn = true;
        return { status: 200, body: anna };
      },
      'POST /api/auth/logout': () => {
        loggedIn = false;
        return { status: 200, body: { providerLogout: null } };
      },
    });
    const { router } = renderApp('/bestaat-niet?x=1');
    // Unknown pages are "not found", not a login prompt...
    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeInTheDocument();
    // ...but the home page needs a login, and remembers itself in ?next=.
    await act(() => router.navigate('/?tab=1'));
    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(router.state.location.pathname + router.state.location.search).toBe('/inloggen?next=%2F%3Ftab%3D1');

    fillIn('E-mailadres', 'anna@zorg.example');
    fillIn('Wachtwoord', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/?tab=1');
    const editions = screen.getByRole('region', { name: 'Je edities' });
    expect(within(editions).getByRole('listitem')).toHaveTextContent('HIS-I 2.0Rol: deelnemer');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

    // Logging out uses a token fetched for the new session.
    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(router.state.location.pathname + router.state.location.search).toBe('/inloggen');
    const logout = api.requests.find((request) => request.url === '/api/auth/logout');
    expect(logout?.headers['x-csrf-token']).toBe('token-2');
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();

    // The next person on this tablet logs in on the same page and goes on as usual.
    fillIn('E-mailadres', 'anna@zorg.example');
    fillIn('Wachtwoord', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Anna de Vries' })).toBeInTheDocument();
  });

  it('offers one button per single sign-on provider, keeping where the visitor wanted to go', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
      'GET /api/auth/providers': () => ({ status: 200, body: [{ name: 'entra', label: 'Microsoft' }, { name: 'surf', label: 'SURFconext' }] }),
    });
    renderApp('/inloggen?next=%2Fmijn-instellingen');
    const providers = await screen.findByRole('region', { name: 'Inloggen via je organisatie' });
    expect(within(providers).getByRole('link', { name: 'Inloggen met Microsoft' })).toHaveAttribute('href', '/api/auth/oidc/entra/login?next=%2Fmijn-instellingen');
    expect(within(providers).getByRole('link', { name: 'Inloggen met SURFconext' })).toHaveAttribute('href', '/api/auth/oidc/surf/login?next=%2Fmijn-instellingen');
    expect(screen.getByRole('heading', { level: 2, name: 'Of met je e-mailadres en wachtwoord' })).toBeInTheDocument();
  });

  it('says why a single sign-on login was refused, and reads an unexpected reason as a failed attempt', async () => {
    loggedOutApi();
    const { router } = renderApp('/inloggen?sso_error=unknown_account');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen Koers-account met het e-mailadres waarmee je bij je organisatie bent ingelogd.');
    await act(() => router.navigate('/inloggen?sso_error=something_else'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Inloggen via je organisatie is niet gelukt');
  });

  it("after logging out of a single sign-on session, offers the provider's logout", async () => {
    let loggedIn = true;
    installFakeApi({
      'GET /api/me': () => (loggedIn ? { status: 200, body: anna } : { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'POST /api/auth/logout': () => {
        loggedIn = false;
        return { status: 200, body: { providerLogout: { label: 'Microsoft', url: 'https://login.example/logout?client_id=koers' } } };
      },
    });
    renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('link', { name: 'Ook uitloggen bij Microsoft' })).toHaveAttribute('href', 'https://login.example/logout?client_id=koers');
    expect(screen.getByText('Je bent uitgelogd uit Koers.')).toBeInTheDocument();
  });

  it('ignores a ?next= that leads off this site', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'POST /api/auth/login': () => ({ status: 200, body: anna }),
    });
    const { router } = renderApp('/inloggen?next=%2F%2Fevil.example%2Fphish');
    await screen.findByRole('heading', { name: 'Inloggen' });
    fillIn('E-mailadres', 'anna@zorg.example');
    fillIn('Wachtwoord', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByRole('heading', { name: 'Welkom, Anna de Vries' });
    expect(router.state.location.pathname).toBe('/');
  });

  it('has no axe violations, also while showing errors', async () => {
    loggedOutApi();
    const { container, idle } = renderApp('/inloggen');
    await screen.findByRole('heading', { name: 'Inloggen' });
    await idle(); // axe.run is async: let the /api/me request settle first

    const check = async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    };
    await check();

    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true'));
    await check();
  });
});
