import type { RegionMeasurements } from '@koers/shared/measurements';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse, OrganisationSummary } from '@koers/shared/api';
import type { RegionOverview } from '@koers/shared/regions';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const femke: MeResponse = { id: 'f', name: 'Femke Jansen', email: 'regio@koers.demo', isAdmin: false, locale: 'nl', enrolments: [], managedRegions: [{ id: 'r-1', name: 'Zuid-Kennemerland' }] };
const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
const lotte: MeResponse = { id: 'p', name: 'Lotte Bakker', email: 'deelnemer@koers.demo', isAdmin: false, locale: 'nl', enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }] };

const overview: RegionOverview = {
  region: { id: 'r-1', name: 'Zuid-Kennemerland' },
  organisations: {
    total: 2,
    page: 1,
    pageSize: 25,
    items: [
      {
        id: 'o-1',
        name: 'Zorggroep De Linde',
        editions: [
          { editionId: 'e-2', editionName: 'HIS-I 2.0', startDate: '2026-11-15', endDate: '2027-07-10', participants: ['Lotte Bakker'], attendanceRate: null, completed: 0 },
          { editionId: 'e-1', editionName: 'HIS-I 1.0', startDate: '2026-01-13', endDate: '2026-09-08', participants: ['Anna de Jong', 'Bram Smit'], attendanceRate: 0.75, completed: 1 },
        ],
      },
      { id: 'o-2', name: 'Hospice Duinrand', editions: [] },
    ],
  },
};
// Neither rule can run in jsdom (no layout, no canvas); the browser tests check them.
const axeOptions = { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } };
const violations = async (container: HTMLElement) => (await axe.run(container, axeOptions)).violations.map((violation) => `${violation.id}: ${violation.help}`);

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('region page', () => {
  const measurements: RegionMeasurements = {
    regionId: 'r-1',
    regionName: 'Zuid-Kennemerland',
    minGroupSize: 5,
    rounds: [
      {
        editionId: 'e-2',
        editionName: 'HIS-I 2.0',
        roundId: 'round-1',
        moment: 'before_first_programme_day',
        occurrence: 1,
        subject: 'organisation',
        respondentRoles: ['participant', 'director'],
        opensAt: '2026-09-01T00:00:00.000Z',
        closesAt: '2026-09-22T00:00:00.000Z',
        instrument: { id: 'i-1', kind: 'innovation_scan', name: 'Innovatiescan (voorbeeld)', isExample: true },
        version: {
          id: 'v-1',
          instrumentId: 'i-1',
          number: 1,
          publishedAt: '2026-08-01T00:00:00.000Z',
          dimensions: [
            { id: 'd-1', name: 'Strategie en visie', position: 1, items: [] },
            { id: 'd-2', name: 'Leiderschap', position: 2, items: [] },
          ],
        },
        respondents: 6,
        dimensions: [
          { dimensionId: 'd-1', respondents: 6, mean: 63.2, spread: 18.4, min: 25, max: 100 },
          { dimensionId: 'd-2', respondents: 4, mean: null, spread: null, min: null, max: null },
        ],
      },
    ],
  };

  it('shows a regional programme manager their region per organisation and edition, reached from the menu and home page', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: femke }),
      'GET /api/me/home': () => ({ status: 200, body: { sessions: { today: [], next: null }, office: null, review: null, participant: null, director: null } }),
      'GET /api/regions': () => ({ status: 200, body: [{ id: 'r-1', name: 'Zuid-Kennemerland', organisations: 2 }] }),
      'GET /api/regions/r-1/overview?page=1&pageSize=25': () => ({ status: 200, body: overview }),
      'GET /api/regions/r-1/measurements': () => ({ status: 200, body: measurements }),
    });
    const { container, idle } = renderApp('/');
    const home = await screen.findByRole('region', { name: 'Je regio' });
    expect(screen.queryByText('Je bent nog niet ingeschreven voor een editie.')).not.toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Regio' })).toHaveAttribute('href', '/regio');
    expect(within(menu).queryByRole('link', { name: 'Organisaties' })).not.toBeInTheDocument();
    fireEvent.click(within(home).getByRole('link', { name: 'Overzicht van regio Zuid-Kennemerland' }));

    const table = await screen.findByRole('table', { name: 'Organisaties in regio Zuid-Kennemerland' });
    const linde = within(table).getByRole('rowheader', { name: 'Zorggroep De Linde' });
    expect(linde).toHaveAttribute('rowspan', '2');
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows[1]).toContain('HIS-I 2.0');
    expect(rows[1]).toContain('1 deelnemerLotte Bakker');
    expect(rows[1]).toContain('Nog geen lesdagen geweest');
    expect(rows[2]).toContain('2 deelnemersAnna de JongBram Smit');
    expect(rows[2]).toMatch(/75\s?%/);
    expect(rows[2]).toContain('1 van 2');
    expect(rows[3]).toContain('Hospice DuinrandDoet nog niet mee aan een editie.');
    // The scan of the region's organisations together: figures from five respondents on, a count only below.
    const scan = await screen.findByRole('table', { name: 'HIS-I 2.0 · Innovatiescan (voorbeeld) · begin (6 respondenten)' });
    expect(screen.getByRole('link', { name: /Excel/ })).toHaveAttribute('href', '/api/regions/r-1/measurements.xlsx?lang=nl');
    expect(within(scan).getAllByRole('row').map((row) => row.textContent)).toEqual(['OnderdeelRespondentenGemiddeldeSpreiding', 'Strategie en visie66318', 'Leiderschap4––']);
    // One region: nothing to choose; not the programme office: no managers to manage.
    expect(screen.queryByRole('combobox', { name: 'Regio' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Regionale programmamanagers/ })).not.toBeInTheDocument();
    await idle();
    expect(await violations(container)).toEqual([]);
  });

  it('lets the programme office choose a region and add and remove its programme managers', async () => {
    let managers = [{ personId: 'f', name: 'Femke Jansen', email: 'regio@koers.demo' }];
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/regions': () => ({ status: 200, body: [{ id: 'r-1', name: 'Zuid-Kennemerland', organisations: 2 }, { id: 'r-2', name: 'Utrecht', organisations: 0 }] }),
      'GET /api/regions/r-1/overview?page=1&pageSize=25': () => ({ status: 200, body: overview }),
      'GET /api/regions/r-1/managers': () => ({ status: 200, body: managers }),
      'POST /api/regions/r-1/managers': ({ body }) => {
        if ((body as { email: string }).email === 'niemand@example.nl') {
          return { status: 404, body: { statusCode: 404, error: 'person_not_found', message: 'Er is geen account met dit e-mailadres.' } };
        }
        managers = [...managers, { personId: 'k', name: 'Karin Smeets', email: 'karin@example.nl' }];
        return { status: 201, body: managers[1] };
      },
      'DELETE /api/regions/r-1/managers/f': () => {
        managers = managers.filter((manager) => manager.personId !== 'f');
        return { status: 204 };
      },
    });
    const { container, idle } = renderApp('/regio');
    expect(await screen.findByRole('combobox', { name: 'Regio' })).toHaveValue('r-1');
    const section = (await screen.findByRole('heading', { name: 'Regionale programmamanagers van Zuid-Kennemerland' })).closest('section')!;
    await within(section).findByText('Femke Jansen');
    await idle();
    expect(await violations(container)).toEqual([]);

    const email = within(section).getByRole('textbox', { name: 'E-mailadres van het account' });
    fireEvent.change(email, { target: { value: 'niemand@example.nl' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Toevoegen als programmamanager' }));
    expect(await within(section).findByText('Er is geen account met dit e-mailadres.')).toBeInTheDocument();
    fireEvent.change(email, { target: { value: 'karin@example.nl' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Toevoegen als programmamanager' }));
    expect(await within(section).findByText('Karin Smeets')).toBeInTheDocument();
    expect(email).toHaveValue('');

    fireEvent.click(within(section).getByRole('button', { name: 'Femke Jansen verwijderen als programmamanager' }));
    await within(section).findByRole('button', { name: 'Karin Smeets verwijderen als programmamanager' });
    expect(await within(section).findByText('Karin Smeets')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'DELETE').map((request) => request.url)).toEqual(['/api/regions/r-1/managers/f']);
  });

  it('is not in the menu of people without a region', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: lotte }) });
    renderApp('/mijn-gegevens');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Regio' })).not.toBeInTheDocument();
  });
});

describe('organisations page (programme office)', () => {
  it('keeps every key typed fast into the search, searches once typing pauses, and follows the back button', async () => {
    const page = (items: OrganisationSummary[]) => ({ status: 200, body: { items, total: items.length, page: 1, pageSize: 25 } });
    const linde: OrganisationSummary = { id: 'o-1', name: 'Zorggroep De Linde', region: null, networkRegion: null, people: 4 };
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/regions': () => ({ status: 200, body: [] }),
      'GET /api/organisations?page=1&pageSize=25': () => page([linde, { ...linde, id: 'o-2', name: 'Thuiszorg West' }]),
      'GET /api/organisations?page=1&pageSize=25&search=zorggroep': () => page([linde]),
    });
    const { router } = renderApp('/beheer/organisaties');
    const box = await screen.findByRole('searchbox', { name: 'Zoek op naam' });
    await screen.findByText('Thuiszorg West');
    for (const end of [1, 2, 3, 4, 5, 6, 7, 8, 9]) fireEvent.change(box, { target: { value: 'zorggroep'.slice(0, end) } });
    expect(box).toHaveValue('zorggroep');
    await waitFor(() => expect(screen.queryByText('Thuiszorg West')).not.toBeInTheDocument());
    expect(box).toHaveValue('zorggroep');
    expect(router.state.location.search).toBe('?zoek=zorggroep');
    expect(requests.filter((request) => request.url.startsWith('/api/organisations?')).map((request) => request.url)).toEqual([
      '/api/organisations?page=1&pageSize=25',
      '/api/organisations?page=1&pageSize=25&search=zorggroep',
    ]);

    await act(() => router.navigate(-1));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(await screen.findByText('Thuiszorg West')).toBeInTheDocument();
  });

  it('says a page past the last is empty, not that there are no organisations', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/regions': () => ({ status: 200, body: [] }),
      'GET /api/organisations?page=9&pageSize=25': () => ({ status: 200, body: { items: [], total: 30, page: 9, pageSize: 25 } }),
    });
    renderApp('/beheer/organisaties?pagina=9');
    expect(await screen.findByText('Pagina 9 is leeg: de lijst heeft 2 pagina’s.')).toBeInTheDocument();
    expect(screen.queryByText('Geen organisaties gevonden.')).not.toBeInTheDocument();
  });

  it('puts an organisation in a region when one is chosen', async () => {
    let linde: OrganisationSummary = { id: 'o-1', name: 'Zorggroep De Linde', region: 'Noord-Holland', networkRegion: null, people: 4 };
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/regions': () => ({ status: 200, body: [{ id: 'r-1', name: 'Zuid-Kennemerland', organisations: 0 }] }),
      'GET /api/organisations?page=1&pageSize=25': () => ({ status: 200, body: { items: [linde], total: 1, page: 1, pageSize: 25 } }),
      'PATCH /api/organisations/o-1': () => {
        linde = { ...linde, networkRegion: { id: 'r-1', name: 'Zuid-Kennemerland' } };
        return { status: 200, body: linde };
      },
    });
    const { container, idle } = renderApp('/beheer/organisaties');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Organisaties' })).toHaveAttribute('href', '/beheer/organisaties');
    const select = await screen.findByRole('combobox', { name: 'Regio van Zorggroep De Linde' });
    await within(select).findByRole('option', { name: 'Zuid-Kennemerland' });
    expect(select).toHaveValue('');
    await idle();
    expect(await violations(container)).toEqual([]);

    fireEvent.change(select, { target: { value: 'r-1' } });
    await screen.findByDisplayValue('Zuid-Kennemerland');
    expect(requests.find((request) => request.method === 'PATCH')).toMatchObject({ url: '/api/organisations/o-1', body: { regionId: 'r-1' } });
  });
});
