import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { api, resetCsrfToken } from '../lib/api-client';
import { putDeviceIn } from '../../test/device-time-zone';
import { errorBody, installFakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const bert: MeResponse = {
  id: 'p-2',
  name: 'Bert Jansen',
  email: 'bert@programmabureau.example',
  isAdmin: true,
  locale: 'nl',
  enrolments: [
    { editionId: 'e-1', editionName: 'HIS-I 1.0', role: 'trainer' },
    { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'facilitator' },
    { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' },
  ],
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('app layout', () => {
  it('greets the person and lists each edition once with all their roles', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: bert }) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert Jansen' })).toBeInTheDocument();
    expect(screen.getByText('Je werkt in Koers namens het programmabureau.')).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: 'Je edities' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'HIS-I 1.0Rol: trainer',
      'HIS-I 2.0Rol: begeleiderdirecteur',
    ]);
    expect(screen.getByText('Ingelogd als Bert Jansen')).toBeInTheDocument();
  });

  it('speaks English from the start when English was chosen on an earlier visit, and Dutch after switching back', async () => {
    window.localStorage.setItem('koers.language', 'en');
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: bert }) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Bert Jansen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('Logged in as Bert Jansen')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Your editions' })).getAllByRole('listitem')[0]).toHaveTextContent('HIS-I 1.0Role: trainer');

    fireEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert Jansen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem('koers.language')).toBe('nl');
  });

  it('speaks the language the person chose for Koers on a browser where the switch was never used, and the switch’s choice over it', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: { ...bert, locale: 'en' } }) });
    const { unmount } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Bert Jansen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('koers.language')).toBeNull();
    unmount();

    window.localStorage.setItem('koers.language', 'nl');
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert Jansen' })).toBeInTheDocument();
  });

  it('shows what waits for the person (unread threads, invitations) from /api/me, asking for nothing more', async () => {
    const { requests } = installFakeApi({ 'GET /api/me': () => ({ status: 200, body: { ...bert, waiting: { unreadDiscussionThreads: 3, invitations: 1 } } }) });
    const { idle } = renderApp('/');

    expect(await screen.findByText('Er wacht een uitnodiging op je antwoord.')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /^Gesprekken/ })).getByText('3 gesprekken met nieuwe berichten')).toBeInTheDocument();
    await idle();
    const urls = requests.map((request) => request.url);
    expect(urls).not.toContain('/api/me/discussions/unread');
    expect(urls).not.toContain('/api/me/invitations');
  });

  it('offers a skip link that moves focus to the main content', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: bert }) });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Welkom, Bert Jansen' });

    const skip = screen.getByRole('link', { name: 'Naar de inhoud' });
    expect(skip).toBe(document.body.querySelector('a'));
    fireEvent.click(skip);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('sends the person to log in when any request finds the session ended', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: bert }),
      'GET /api/editions': () => ({ status: 401, body: errorBody(401, 'unauthenticated', 'Log opnieuw in.') }),
    });
    const { router, queryClient } = renderApp('/?tab=2');
    await screen.findByRole('heading', { name: 'Welkom, Bert Jansen' });

    await act(async () => {
      await queryClient.fetchQuery({ queryKey: ['editions'], queryFn: () => api.get('/editions') }).catch(() => {});
    });
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/inloggen?next=%2F%3Ftab%3D2');
  });

  it('shows a retry when /api/me fails for another reason than 401', async () => {
    let calls = 0;
    installFakeApi({
      'GET /api/me': () =>
        ++calls === 1
          ? { status: 400, body: errorBody(400, 'bad_request', 'Onverwacht verzoek.') }
          : { status: 200, body: bert },
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Onverwacht verzoek.');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Welkom, Bert Jansen' })).toBeInTheDocument();
  });

  it('puts the menu behind a disclosure button that Escape closes, returning focus to the button', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: bert }) });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Welkom, Bert Jansen' });

    const button = screen.getByRole('button', { name: 'Menu' });
    const menu = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toHaveClass('site-header__menu--open');
    expect(within(menu).getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();

    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveClass('site-header__menu--open');
    const links = within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('listitem').map((item) => within(item).getByRole('link'));
    links[1].focus();
    fireEvent.keyDown(links[1], { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    fireEvent.click(button);
    fireEvent.click(within(menu).getByRole('link', { name: 'Edities' }));
    expect(await screen.findByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the language switch outside the menu, so it is there for visitors who are not logged in too', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 401, body: errorBody(401, 'unauthenticated', 'Log in.') }) });
    renderApp('/inloggen');
    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
  });

  it('holds the menu’s place with the last person’s entries until /api/me answers, and forgets them once nobody is logged in', async () => {
    let answerMe: (() => void) | undefined;
    let loggedIn = true;
    installFakeApi({
      'GET /api/me': () =>
        loggedIn
          ? new Promise((resolve) => (answerMe = () => resolve({ status: 200, body: bert })))
          : { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') },
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'POST /api/auth/logout': () => {
        loggedIn = false;
        return { status: 200, body: { providerLogout: null } };
      },
    });
    window.localStorage.setItem('koers:menu', JSON.stringify(['/', '/edities', '/mijn-instellingen']));
    renderApp('/');

    // Before Koers knows who this is: the entries seen last time, no name, no logout.
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'Edities', 'Mijn instellingen']);
    expect(screen.queryByText(/Ingelogd als/)).not.toBeInTheDocument();

    await act(async () => answerMe!());
    expect(await screen.findByText('Ingelogd als Bert Jansen')).toBeInTheDocument();
    const seen = JSON.parse(window.localStorage.getItem('koers:menu')!) as string[];
    expect(seen).toEqual(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('link').map((link) => link.getAttribute('href')));
    expect(seen.length).toBeGreaterThan(3);

    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await screen.findByRole('heading', { name: 'Inloggen' });
    await waitFor(() => expect(window.localStorage.getItem('koers:menu')).toBeNull());
  });

  it('says that times are Amsterdam\'s on a device whose clock differs, and nothing on one that shows Amsterdam time', async () => {
    for (const [zone, said] of [['America/New_York', true], ['Europe/Brussels', false]] as const) {
      const restore = putDeviceIn(zone);
      installFakeApi({ 'GET /api/me': () => ({ status: 200, body: bert }) });
      const { unmount } = renderApp('/');
      expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert Jansen' })).toBeInTheDocument();
      expect([zone, screen.queryByText('Alle tijden in Koers zijn Nederlandse tijd (Amsterdam).') !== null]).toEqual([zone, said]);
      unmount();
      restore();
    }
  });
});
