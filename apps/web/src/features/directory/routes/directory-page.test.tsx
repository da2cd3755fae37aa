import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { DirectoryEntry } from '@koers/shared/directory';
import { installFakeApi } from '../../../../test/fake-api';
import { lotte } from '../../../../test/people';
import { renderApp } from '../../../../test/render-app';

const entry = (personId: string, name: string, role: DirectoryEntry['role'], organisation: string, challenge: string | null = null): DirectoryEntry => ({
  personId,
  name,
  role,
  organisation,
  region: 'Zuid-Kennemerland',
  challenge: challenge ? { title: challenge, phase: 'explore' } : null,
  introduction: null,
  hasPhoto: false,
});

const people = [
  entry('p-1', 'Lotte Bakker', 'participant', 'Zorggroep De Linde', 'Slimme sensoren in de nachtzorg'),
  entry('p-2', 'Renée Çelik', 'participant', 'Careyn', 'Leefstijl op de afdeling'),
  entry('p-3', '王小明', 'participant', 'Zorg aan de Maas'),
  entry('p-4', 'Hans Visser', 'director', 'Zorggroep De Linde'),
  entry('p-5', 'Sanne de Vries', 'trainer', 'Avans'),
];

function api(me = lotte) {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: me }),
    'GET /api/editions/e-2/directory': () => ({ status: 200, body: people }),
    'GET /api/editions/e-2/alumni': () => ({ status: 200, body: [] }),
    'GET /api/me/directory-profile': () => ({ status: 200, body: { introduction: null, hidden: false, alumni: false, hasPhoto: false } }),
  });
}

describe('who is who', () => {
  it('finds people by name, organisation or challenge without accents or case, and by role, saying how many it shows', async () => {
    api();
    renderApp('/wie-is-wie');
    const list = await screen.findByRole('list', { name: 'Mensen in deze editie' }, { timeout: 5000 });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    const names = () => within(list).queryAllByRole('listitem').map((item) => item.querySelector('.directory-card__name')?.textContent?.trim());

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'renee celik' } });
    await waitFor(() => expect(names()).toEqual(['Renée Çelik']));
    expect(screen.getByText('1 van 5 mensen')).toHaveAttribute('role', 'status');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'de linde' } });
    await waitFor(() => expect(names()).toEqual(['Lotte Bakker', 'Hans Visser']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Rol' }), { target: { value: 'director' } });
    await waitFor(() => expect(names()).toEqual(['Hans Visser']));

    fireEvent.change(screen.getByRole('combobox', { name: 'Rol' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'sensoren' } });
    await waitFor(() => expect(names()).toEqual(['Lotte Bakker']));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: '王' } });
    await waitFor(() => expect(names()).toEqual(['王小明']));
  });

  it('shows the Rebels, and offers to become one, to participants only: the alumni agreed to be found by them', async () => {
    const { requests } = api();
    const { unmount } = renderApp('/wie-is-wie');
    expect(await screen.findByRole('heading', { name: 'De Rebels' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: /Laat latere edities mij vinden/ })).toBeInTheDocument();
    unmount();
    requests.length = 0;

    const hans = { ...lotte, id: 'p-4', name: 'Hans Visser', email: 'directeur@koers.demo', enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' as const }] };
    api(hans);
    renderApp('/wie-is-wie');
    await screen.findByRole('list', { name: 'Mensen in deze editie' }, { timeout: 5000 });
    // The own entry's form has loaded: it would hold the choice.
    await screen.findByRole('checkbox', { name: 'Verberg mij in wie is wie' });
    expect(screen.queryByRole('heading', { name: 'De Rebels' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Laat latere edities mij vinden/ })).not.toBeInTheDocument();
    expect(requests.map((request) => request.url)).not.toContain('/api/editions/e-2/alumni');
  });

  it('has no axe violations', async () => {
    api();
    const { container, idle } = renderApp('/wie-is-wie');
    await screen.findByRole('searchbox', { name: 'Zoeken' }, { timeout: 5000 });
    await idle();
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
});
