import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { ApiTokenSummary } from '@koers/shared/api-tokens';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const lotte: MeResponse = { id: 'p', name: 'Lotte Bakker', email: 'lotte@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };
const hrExport: ApiTokenSummary = {
  id: 't1',
  name: 'HR-export',
  scope: 'read',
  createdAt: '2027-03-01T09:00:00.000Z',
  lastUsedAt: '2027-03-09T08:30:00.000Z',
  expiresAt: '2028-03-01T09:00:00.000Z',
};
const DAY_MS = 24 * 3_600_000;

/** A keyboard user's press: the button has focus, as dialogs and moved focus expect. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('API tokens under Mijn instellingen', () => {
  it('lists the tokens with their dates, makes a new one and shows it once', async () => {
    let tokens = [hrExport];
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/tokens': () => ({ status: 200, body: tokens }),
      'POST /api/me/tokens': (request) => {
        const { name, scope } = request.body as { name: string; scope: 'read' | 'write' };
        tokens = [{ ...hrExport, id: 't2', name, scope, lastUsedAt: null }, ...tokens];
        return { status: 201, body: { id: 't2', token: 'koers_pat_geheim' } };
      },
    });
    const { container, idle } = renderApp('/mijn-instellingen/api-sleutels');
    expect(await screen.findByRole('heading', { level: 1, name: 'API-sleutels' })).toBeInTheDocument();
    const listed = await screen.findByRole('listitem', { name: 'HR-export' });
    expect(listed).toHaveTextContent('Alleen lezen');
    expect(listed).toHaveTextContent('laatst gebruikt di 9 maart 2027, 09:30');
    expect(listed).toHaveTextContent('verloopt');
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    // A name is needed; nothing is sent without one.
    fireEvent.click(screen.getByRole('button', { name: 'Sleutel maken' }));
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveAccessibleDescription(expect.stringContaining('Geef de sleutel een naam.'));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByRole('textbox', { name: 'Naam' }), { target: { value: ' Roostersync ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Lezen en wijzigen' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Geldig' }), { target: { value: '30' } });
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Sleutel maken' }));

    expect(await screen.findByRole('textbox', { name: 'Je nieuwe API-sleutel' })).toHaveValue('koers_pat_geheim');
    expect(screen.getByText(/Koers bewaart hem niet/)).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST')!;
    expect(sent).toMatchObject({ body: { name: 'Roostersync', scope: 'write' }, headers: { 'x-csrf-token': 'csrf-1' } });
    const lifetime = new Date((sent.body as { expiresAt: string }).expiresAt).getTime() - before;
    expect(Math.round(lifetime / DAY_MS)).toBe(30);
    // The list shows the new one, without its secret.
    const added = await screen.findByRole('listitem', { name: 'Roostersync' });
    expect(added).toHaveTextContent('Lezen en wijzigen');
    expect(added).toHaveTextContent('nog niet gebruikt');
    expect(added).not.toHaveTextContent('koers_pat_geheim');
  });

  it('revokes a token and shows the server’s refusal of a new one', async () => {
    let tokens = [hrExport];
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/tokens': () => ({ status: 200, body: tokens }),
      'DELETE /api/me/tokens/t1': () => {
        tokens = [];
        return { status: 204 };
      },
      'POST /api/me/tokens': () => ({ status: 409, body: errorBody(409, 'api_token_limit', 'Je hebt al het maximale aantal API-sleutels. Trek er eerst een in.') }),
    });
    renderApp('/mijn-instellingen/api-sleutels');
    const listed = await screen.findByRole('listitem', { name: 'HR-export' });
    const revoke = within(listed).getByRole('button', { name: 'Intrekken HR-export' });

    // It asks first, starting on the safe choice, and gives focus back when that is chosen.
    press(revoke);
    let dialog = screen.getByRole('alertdialog', { name: 'HR-export intrekken?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Dat kun je niet ongedaan maken.'));
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(revoke).toHaveFocus();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    press(revoke);
    dialog = screen.getByRole('alertdialog', { name: 'HR-export intrekken?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('Geen API-sleutels.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'DELETE' && r.headers['x-csrf-token'] === 'csrf-1')).toBe(true);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // Said in a live region, and focus is on the list the button was in rather than on <body>.
    expect(screen.getByText('HR-export is ingetrokken.').closest('[aria-live="polite"]')).not.toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Je sleutels' })).toHaveFocus());

    fireEvent.change(screen.getByRole('textbox', { name: 'Naam' }), { target: { value: 'CRM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sleutel maken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Je hebt al het maximale aantal API-sleutels.');
    expect(screen.queryByRole('textbox', { name: 'Je nieuwe API-sleutel' })).not.toBeInTheDocument();
  });

  it('takes the new token off the screen when it is revoked', async () => {
    let tokens = [hrExport];
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/me/tokens': () => ({ status: 200, body: tokens }),
      'POST /api/me/tokens': () => {
        tokens = [{ ...hrExport, id: 't2', name: 'CRM', lastUsedAt: null }, ...tokens];
        return { status: 201, body: { id: 't2', token: 'koers_pat_geheim' } };
      },
      'DELETE /api/me/tokens/t1': () => {
        tokens = tokens.filter((token) => token.id !== 't1');
        return { status: 204 };
      },
      'DELETE /api/me/tokens/t2': () => {
        tokens = tokens.filter((token) => token.id !== 't2');
        return { status: 204 };
      },
    });
    renderApp('/mijn-instellingen/api-sleutels');
    await screen.findByRole('listitem', { name: 'HR-export' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Naam' }), { target: { value: 'CRM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sleutel maken' }));
    expect(await screen.findByRole('textbox', { name: 'Je nieuwe API-sleutel' })).toHaveValue('koers_pat_geheim');

    // Revoking another token leaves the new one's secret to copy.
    press(within(await screen.findByRole('listitem', { name: 'HR-export' })).getByRole('button', { name: 'Intrekken HR-export' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('HR-export is ingetrokken.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Je nieuwe API-sleutel' })).toBeInTheDocument();

    press(within(screen.getByRole('listitem', { name: 'CRM' })).getByRole('button', { name: 'Intrekken CRM' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('CRM is ingetrokken.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Je nieuwe API-sleutel' })).not.toBeInTheDocument();
    expect(screen.queryByText('Je sleutel is gemaakt.')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Je sleutels' })).toHaveFocus());
  });
});
