import { screen } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { paths } from '../lib/paths';
import { installFakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

// A page whose code cannot be downloaded: a release replaced its chunk, or the connection dropped.
jest.mock('../features/api-tokens/routes/api-tokens-page', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const anna: MeResponse = { id: 'p-1', name: 'Anna de Boer', email: 'anna@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };

describe('a page that cannot be downloaded', () => {
  it('shows the route’s error page with a way to reload, not “Laden…” forever', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: anna }) });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp(paths.apiTokens);

    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
    expect(screen.queryByText('Laden…')).not.toBeInTheDocument();
    expect(logged).toHaveBeenCalled();
  });
});
