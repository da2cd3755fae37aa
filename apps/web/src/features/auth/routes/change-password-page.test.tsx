import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const lotte: MeResponse = { id: 'p', name: 'Lotte Bakker', email: 'lotte@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('changing one’s password', () => {
  it('is reached from Mijn instellingen, asks for the current password and shows the server’s verdict', async () => {
    let attempt = 0;
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/preferences': () => ({ status: 200, body: { remindersEnabled: true, locale: 'nl' } }),
      'POST /api/auth/password': () =>
        ++attempt === 1
          ? { status: 400, body: errorBody(400, 'current_password_wrong', 'Je huidige wachtwoord klopt niet. Er is niets gewijzigd.') }
          : { status: 204 },
    });
    renderApp('/mijn-instellingen');
    fireEvent.click(await screen.findByRole('link', { name: 'Wachtwoord wijzigen of overal uitloggen' }));
    await screen.findByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' });

    const current = screen.getByLabelText('Huidig wachtwoord');
    const next = screen.getByLabelText('Nieuw wachtwoord');
    fireEvent.change(next, { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(current).toHaveAccessibleDescription('Vul je wachtwoord in.');
    expect(next).toHaveAccessibleDescription(expect.stringContaining('Kies een wachtwoord van minstens 12 tekens.'));
    expect(requests.filter((r) => r.url === '/api/auth/password')).toEqual([]);

    fireEvent.change(current, { target: { value: 'het oude wachtwoord' } });
    fireEvent.change(next, { target: { value: 'vier losse woorden hier' } });
    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: 'vier losse woorden hier' } });
    const submit = screen.getByRole('button', { name: 'Wachtwoord opslaan' });
    submit.focus();
    fireEvent.click(submit);
    expect(await screen.findByText('Je huidige wachtwoord klopt niet. Er is niets gewijzigd.')).toBeInTheDocument();
    expect(current).toHaveAccessibleDescription('Je huidige wachtwoord klopt niet. Er is niets gewijzigd.');
    // Focus goes to the field, so a screen reader reads the refusal with it.
    await waitFor(() => expect(current).toHaveFocus());

    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText(/Je wachtwoord is gewijzigd/)).toBeInTheDocument();
    expect(requests.filter((r) => r.url === '/api/auth/password').at(-1)).toMatchObject({
      body: { currentPassword: 'het oude wachtwoord', newPassword: 'vier losse woorden hier' },
      headers: { 'x-csrf-token': 'csrf-1' },
    });
  });

  it('focuses the new password when the server finds it too easy to guess', async () => {
    const guessable = 'Dit wachtwoord is te makkelijk te raden: het staat in lijsten van veelgebruikte wachtwoorden of is een reeks of herhaling.';
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'POST /api/auth/password': () => ({
        status: 400,
        body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'newPassword', message: guessable }] },
      }),
    });
    renderApp('/mijn-instellingen/wachtwoord');
    const submit = await screen.findByRole('button', { name: 'Wachtwoord opslaan' });
    const next = screen.getByLabelText('Nieuw wachtwoord');
    fireEvent.change(screen.getByLabelText('Huidig wachtwoord'), { target: { value: 'het oude wachtwoord' } });
    fireEvent.change(next, { target: { value: 'password1234' } });
    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: 'password1234' } });
    submit.focus();
    fireEvent.click(submit);
    await waitFor(() => expect(next).toHaveFocus());
    expect(next).toHaveAccessibleDescription(expect.stringContaining(guessable));
    expect(screen.getByLabelText('Huidig wachtwoord')).not.toHaveAttribute('aria-invalid');
  });

  it('logs out everywhere after asking, focus on cancelling, and goes to the login page', async () => {
    let me: MeResponse | null = lotte;
    const { requests } = installFakeApi({
      'GET /api/me': () => (me ? { status: 200, body: me } : { status: 401, body: errorBody(401, 'not_authenticated', 'Je bent niet ingelogd.') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/auth/providers': () => ({ status: 200, body: [] }),
      'POST /api/auth/logout-everywhere': () => {
        me = null;
        return { status: 200, body: { providerLogout: null } };
      },
    });
    renderApp('/mijn-instellingen/wachtwoord');
    fireEvent.click(await screen.findByRole('button', { name: 'Overal uitloggen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Op al je apparaten uitloggen?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    expect(requests.some((r) => r.url === '/api/auth/logout-everywhere')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Overal uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(requests.filter((r) => r.url === '/api/auth/logout-everywhere')).toHaveLength(1);
  });
});
