import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const lotte: MeResponse = { id: 'p', name: 'Lotte Bakker', email: 'lotte@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('my settings', () => {
  it('switches reminders off and the mail language to English, and says it saved', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/preferences': () => ({ status: 200, body: { remindersEnabled: true, locale: 'nl' } }),
      'PUT /api/me/preferences': (request) => ({ status: 200, body: request.body }),
    });
    const { container, idle } = renderApp('/mijn-instellingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn instellingen' })).toBeInTheDocument();
    const reminders = await screen.findByRole('checkbox', { name: 'Stuur mij herinneringen en nieuws uit de gesprekken' });
    expect(reminders).toBeChecked();
    expect(reminders).toHaveAccessibleDescription(expect.stringContaining('Twee dagen voor elke bijeenkomst'));
    expect(screen.getByText(/wijzigingen in je bijeenkomsten en feedback op je werk krijg je altijd/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
    await idle();
    // Neither rule can run in jsdom (no layout, no canvas); the browser tests check them.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    fireEvent.click(reminders);
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Je instellingen zijn opgeslagen.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({
      body: { remindersEnabled: false, locale: 'en' },
      headers: { 'x-csrf-token': 'csrf-1' },
    });
    expect(screen.getByRole('checkbox', { name: 'Stuur mij herinneringen en nieuws uit de gesprekken' })).not.toBeChecked();
  });

  it("shows the server's message when saving fails", async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/preferences': () => ({ status: 200, body: { remindersEnabled: false, locale: 'en' } }),
      'PUT /api/me/preferences': () => ({ status: 500, body: errorBody(500, 'internal_error', 'Er ging iets mis aan onze kant.') }),
    });
    renderApp('/mijn-instellingen');
    expect(await screen.findByRole('checkbox', { name: 'Stuur mij herinneringen en nieuws uit de gesprekken' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis aan onze kant.');
  });
  it('changes one’s own name, in any script, and shows the server’s refusal at the field', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/preferences': () => ({ status: 200, body: { remindersEnabled: true, locale: 'nl' } }),
      'PATCH /api/me': (request) => {
        const { name } = request.body as { name: string };
        if (name.includes('\u202e')) return {
            status: 400,
            body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'name', message: 'Dit veld bevat een teken dat niet is toegestaan.' }] },
          };
        return { status: 200, body: { ...lotte, name: name.trim() } };
      },
    });
    renderApp('/mijn-instellingen');
    const field = await screen.findByRole('textbox', { name: 'Naam' });
    expect(field).toHaveValue('Lotte Bakker');

    fireEvent.change(field, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Vul je naam in.'));
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    fireEvent.change(field, { target: { value: 'Evil\u202egnp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    await screen.findByText('Dit veld bevat een teken dat niet is toegestaan.');

    fireEvent.change(field, { target: { value: 'Lotte Bakker-Öztürk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(await screen.findByText('Je naam is opgeslagen.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PATCH').at(-1)).toMatchObject({ url: '/api/me', body: { name: 'Lotte Bakker-Öztürk' } });
  });
});
