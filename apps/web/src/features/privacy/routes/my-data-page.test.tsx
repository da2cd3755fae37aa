import { fireEvent, screen } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const lotte: MeResponse = {
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }],
};

beforeEach(() => {
  window.localStorage.clear();
  installFakeApi({ 'GET /api/me': () => ({ status: 200, body: lotte }) });
});

describe('my data page', () => {
  it('offers everything as a zip and the data alone as JSON, as plain downloads', async () => {
    renderApp('/mijn-gegevens');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeInTheDocument();
    expect(document.title).toBe('Mijn gegevens – Koers');
    const zip = screen.getByRole('link', { name: 'Download alles (zip)' });
    expect(zip).toHaveAttribute('href', '/api/me/export.zip');
    expect(zip).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Download gegevens (JSON)' })).toHaveAttribute('href', '/api/me/export');
    expect(screen.getByRole('heading', { level: 2, name: 'Gegevens laten wissen' })).toBeInTheDocument();
    // Everyone has the page in the menu; only admins have the people list.
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(menu).toHaveTextContent('Mijn gegevens');
    expect(menu).not.toHaveTextContent('Personen');
  });

  it('speaks English after switching', async () => {
    renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My data' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download everything (zip)' })).toBeInTheDocument();
  });
});
