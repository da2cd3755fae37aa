import { screen, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const person = (overrides: Partial<MeResponse>): MeResponse => ({
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@example.nl',
  isAdmin: false,
  locale: 'nl',
  enrolments: [],
  ...overrides,
});

const startLinks = async () => {
  const start = await screen.findByRole('navigation', { name: 'Direct naar' });
  return within(start)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('home page', () => {
  it('puts a participant one tap from their programme and assignments', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: person({ enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }] }) }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Lotte Bakker' })).toBeInTheDocument();
    expect(await startLinks()).toEqual([
      ['Mijn programma', '/programma'],
      ['Opdrachten', '/opdrachten'],
    ]);
  });

  it('leads the programme office to the editions and a trainer-director to their sessions and board meetings, each once', async () => {
    installFakeApi({
      'GET /api/me': () => ({
        status: 200,
        body: person({
          isAdmin: true,
          enrolments: [
            { editionId: 'e-1', editionName: 'HIS-I 1.0', role: 'trainer' },
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'facilitator' },
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' },
          ],
        }),
      }),
    });
    renderApp('/');
    expect(await startLinks()).toEqual([
      ['Edities', '/edities'],
      ['Nieuwe editie openen', '/edities/nieuw'],
      ['Aanwezigheid', '/aanwezigheid'],
      ['Beoordelen', '/beoordelen'],
      ['Bestuurlijke bijeenkomsten', '/bestuurlijke-bijeenkomsten'],
      ['Voortgang deelnemers', '/voortgang-deelnemers'],
    ]);
  });

  it('tells a trainer which of their editions is a draft they are preparing', async () => {
    installFakeApi({
      'GET /api/me': () => ({
        status: 200,
        body: person({
          enrolments: [
            { editionId: 'e-3', editionName: 'HIS-I 3.0', role: 'trainer', draft: true },
            { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer', draft: false },
          ],
        }),
      }),
    });
    renderApp('/');
    const editions = await screen.findByRole('region', { name: 'Je edities' });
    const [draft, running] = within(editions).getAllByRole('listitem');
    expect(draft).toHaveTextContent('HIS-I 3.0');
    expect(draft).toHaveTextContent('Concept, nog niet gepubliceerd');
    expect(running).not.toHaveTextContent('Concept');
  });

  it('shows no shortcuts to someone without a role yet', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: person({}) }) });
    renderApp('/');
    expect(await screen.findByText('Je bent nog niet ingeschreven voor een editie.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Direct naar' })).not.toBeInTheDocument();
  });
});
