import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { ClosedDaysOverview, ClosedPeriodView } from '@koers/shared/closed-days';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, type FakeResponse, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const NOW = new Date('2026-12-03T10:00:00+01:00');
jest.mock('../../../lib/now', () => ({ useNow: () => NOW }));

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const period = (overrides: Partial<ClosedPeriodView>): ClosedPeriodView => ({
  id: null,
  name: 'Koningsdag',
  firstDay: '2027-04-27',
  lastDay: '2027-04-27',
  kind: 'public_holiday',
  source: 'rule',
  region: null,
  programme: null,
  ...overrides,
});

/** A keyboard user's press: the button has focus, so where focus goes next can be checked. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
}

function closedDaysApi() {
  let periods: ClosedPeriodView[] = [
    period({}),
    period({ name: 'Herfstvakantie (geschat)', firstDay: '2026-10-10', lastDay: '2026-10-25', kind: 'school_holiday', source: 'estimated', region: 'noord' }),
  ];
  const overview = (schoolYear: number): ClosedDaysOverview => ({ schoolYear, periods });
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/programmes': () => ({ status: 200, body: [{ id: 'prog-1', code: 'HIS-I', name: 'HIS-I' }] }),
    'GET /api/closed-days?schoolYear=2026': () => ({ status: 200, body: overview(2026) }),
    'GET /api/closed-days?schoolYear=2027': () => ({ status: 200, body: overview(2027) }),
    'POST /api/closed-days': (request) => {
      const body = request.body as { name: string; firstDay: string; lastDay: string };
      if (body.lastDay < body.firstDay) {
        return { status: 400, body: errorBody(400, 'closed_period_out_of_order', 'De laatste vrije dag ligt vóór de eerste.') };
      }
      const added = period({ ...body, id: 'closed-1', kind: 'closed_day', source: 'office', programme: { id: 'prog-1', name: 'HIS-I' } });
      periods = [...periods, added];
      return { status: 201, body: added };
    },
    'DELETE /api/closed-days/closed-1': () => {
      periods = periods.filter(({ id }) => id !== 'closed-1');
      return { status: 204, body: undefined };
    },
  });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('Vrije dagen', () => {
  it('lists the current school year with where each day comes from, and says when school holidays are only estimated', async () => {
    closedDaysApi();
    renderApp('/beheer/vrije-dagen');
    expect(await screen.findByRole('heading', { level: 2, name: 'Vrije dagen in 2026-2027' })).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'Koningsdag' });
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Koningsdag');
    expect(rows[1]).toHaveTextContent('di 27 april 2027');
    expect(rows[1]).toHaveTextContent('Feestdag (elk jaar)');
    expect(rows[2]).toHaveTextContent('za 10 oktober 2026 t/m zo 25 oktober 2026');
    expect(rows[2]).toHaveTextContent('Regio noord');
    expect(screen.getByText(/heeft Koers geen tabel met schoolvakanties/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Schooljaar' })).toHaveValue('2026');
  });

  it('adds a closed day for one programme, shows it, and removes it again', async () => {
    const { requests } = closedDaysApi();
    renderApp('/beheer/vrije-dagen');
    await screen.findByRole('rowheader', { name: 'Koningsdag' });
    fireEvent.change(screen.getByLabelText(/^Naam/), { target: { value: 'Jaarbeurs gesloten' } });
    fireEvent.change(screen.getByLabelText('Eerste dag'), { target: { value: '2027-01-26' } });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Programma' }), { target: { value: 'prog-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vrije dag toevoegen' }));

    expect(await screen.findByText('Jaarbeurs gesloten is toegevoegd.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Jaarbeurs gesloten',
      firstDay: '2027-01-26',
      lastDay: '2027-01-26',
      region: null,
      programmeId: 'prog-1',
    });
    const row = (await screen.findByRole('rowheader', { name: 'Jaarbeurs gesloten' })).closest('tr')!;
    expect(row).toHaveTextContent('Alleen HIS-I');
    expect(row).toHaveTextContent('Eigen vrije dag');

    press(within(row).getByRole('button', { name: 'Jaarbeurs gesloten verwijderen' }));
    expect(await screen.findByText('Jaarbeurs gesloten is verwijderd.')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Jaarbeurs gesloten' })).not.toBeInTheDocument();
    // The button went with its row: focus is on the list, not on <body>.
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Vrije dagen in 2026-2027' })).toHaveFocus());
  });

  it('checks the form before sending it: a name and a first day, a last day not before the first', async () => {
    const { requests } = closedDaysApi();
    renderApp('/beheer/vrije-dagen');
    await screen.findByRole('rowheader', { name: 'Koningsdag' });
    const name = screen.getByLabelText(/^Naam/);
    const firstDay = screen.getByLabelText('Eerste dag');
    const lastDay = screen.getByLabelText('Laatste dag');

    press(screen.getByRole('button', { name: 'Vrije dag toevoegen' }));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Vul een naam in.'));
    expect(firstDay).toHaveAccessibleDescription('Vul de eerste dag in.');
    // The last day may stay empty: one day.
    expect(lastDay).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(name).toHaveFocus());

    fireEvent.change(name, { target: { value: 'Verhuizing' } });
    fireEvent.change(firstDay, { target: { value: '2027-01-27' } });
    fireEvent.change(lastDay, { target: { value: '2027-01-26' } });
    press(screen.getByRole('button', { name: 'Vrije dag toevoegen' }));
    expect(lastDay).toHaveAccessibleDescription(expect.stringContaining('De laatste dag ligt vóór de eerste.'));
    expect(firstDay).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(lastDay).toHaveFocus());
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('focuses the field the API refuses, or its message when it names no field', async () => {
    let answer: FakeResponse = { status: 400, body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'name', message: 'Gebruik geen regeleinden of stuurtekens.' }] } };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/programmes': () => ({ status: 200, body: [] }),
      'GET /api/closed-days?schoolYear=2026': () => ({ status: 200, body: { schoolYear: 2026, periods: [period({})] } }),
      'POST /api/closed-days': () => answer,
    });
    renderApp('/beheer/vrije-dagen');
    await screen.findByRole('rowheader', { name: 'Koningsdag' });
    const name = screen.getByLabelText(/^Naam/);
    fireEvent.change(name, { target: { value: 'Verhuizing' } });
    fireEvent.change(screen.getByLabelText('Eerste dag'), { target: { value: '2027-01-04' } });
    fireEvent.change(screen.getByLabelText('Laatste dag'), { target: { value: '2027-12-31' } });
    const submit = screen.getByRole('button', { name: 'Vrije dag toevoegen' });
    press(submit);
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Gebruik geen regeleinden of stuurtekens.'));

    answer = { status: 400, body: errorBody(400, 'closed_period_too_long', 'Een periode van vrije dagen duurt hooguit 120 dagen.') };
    press(submit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Een periode van vrije dagen duurt hooguit 120 dagen.');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('switches the school year through the address', async () => {
    closedDaysApi();
    renderApp('/beheer/vrije-dagen');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Schooljaar' }), { target: { value: '2027' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Vrije dagen in 2027-2028' })).toBeInTheDocument();
  });
});
