import { screen, waitFor } from '@testing-library/react';
import { matchRoutes } from 'react-router';
import type { MeResponse } from '@koers/shared/api';
import { PAGE_FIRST_REQUESTS } from '@koers/shared/web-app';
import { paths } from '../lib/paths';
import { createQueryClient } from './providers';
import { preloadPage, routes } from './router';
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

describe('preloading the page a visit starts on', () => {
  it('asks for the roster’s session and marks once its code is there, before anything renders', async () => {
    const { requests } = installFakeApi({
      'GET /api/sessions/s-7/check-in': () => ({ status: 200, body: { id: 's-7' } }),
      'GET /api/sessions/s-7/roster': () => ({ status: 200, body: [] }),
    });
    const queryClient = createQueryClient();
    preloadPage(matchRoutes(routes, '/sessies/s-7/aanwezigheid') ?? [], queryClient);

    await waitFor(() => expect(requests.map((request) => request.url).sort()).toEqual(['/api/sessions/s-7/check-in', '/api/sessions/s-7/roster']));
    await waitFor(() => expect(queryClient.getQueryData(['attendance', 'roster', 's-7'])).toEqual([]));
  });

  // The server names these in the page's HTML; the browser hands the answer to the app only for the very same request.
  it.each(Object.entries(PAGE_FIRST_REQUESTS))('has %s ask first for what its HTML names, to the letter', async (routePath, named) => {
    const fill = (path: string) => path.replace(/:\w+/g, 's-7');
    const { requests } = installFakeApi({});
    const matches = matchRoutes(routes, fill(routePath));
    expect(matches?.at(-1)?.route.path).toBe(routePath);
    preloadPage(matches ?? [], createQueryClient());

    await waitFor(() => expect(requests.map((request) => `${request.method} ${request.url}`).sort()).toEqual(named.map((request) => `GET ${fill(request)}`).sort()));
  });

  it('only downloads a page that asks for nothing itself', async () => {
    const { requests } = installFakeApi({});
    preloadPage(matchRoutes(routes, paths.login) ?? [], createQueryClient());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual([]);
  });
});
