import axe from 'axe-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { CurriculumSlot, ProgrammeDetail, UpdateProgrammeRequest } from '@koers/shared/programmes';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const slot = (position: number, title: string, overrides: Partial<CurriculumSlot> = {}): CurriculumSlot => ({
  id: `slot-${position}`,
  position,
  kind: 'programme_day',
  title,
  theme: '',
  durationMinutes: 390,
  mode: 'on_site',
  audience: { participants: true, internalTeams: false, directors: false },
  ...overrides,
});

function programmeApi() {
  let programme: ProgrammeDetail = {
    id: 'prog-1',
    code: 'HIS-I',
    name: 'Health Innovation School – Implementation',
    description: '',
    slotCount: 2,
    assignmentTemplateCount: 1,
    editionCount: 2,
    attendanceThresholdPercent: 80,
    requireAllAssignmentsApproved: true,
    slug: null,
    audience: '',
    slots: [slot(1, 'Lesdag 1 – Kick-off'), slot(2, 'Netwerksessie 1', { kind: 'network_session', durationMinutes: 120, mode: 'online' })],
    assignmentTemplates: [{ id: 'tpl-1', title: 'Beschrijf je vraagstuk', instructions: '', relativeToSlotId: 'slot-2', offsetDays: -3, dueTime: '23:59' }],
  };
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/programmes/prog-1': () => ({ status: 200, body: programme }),
    'GET /api/programmes/prog-1/measurement-template': () => ({ status: 200, body: [] }),
    'GET /api/instruments': () => ({ status: 200, body: [] }),
    'GET /api/programmes': () => ({ status: 200, body: [programme] }),
    'PUT /api/programmes/prog-1/slots/order': () => {
      programme = { ...programme, slots: [{ ...programme.slots[1], position: 1 }, { ...programme.slots[0], position: 2 }] };
      return { status: 200, body: programme };
    },
    'POST /api/programmes/prog-1/slots': (request) => {
      const added = { ...slot(3, ''), ...(request.body as object), id: 'slot-3', position: 3 } as CurriculumSlot;
      programme = { ...programme, slots: [...programme.slots, added], slotCount: 3 };
      return { status: 201, body: added };
    },
    'PUT /api/programmes/prog-1/slots/slot-2': (request) => {
      const saved = { ...programme.slots[1], ...(request.body as object) } as CurriculumSlot;
      programme = { ...programme, slots: [programme.slots[0], saved] };
      return { status: 200, body: saved };
    },
    'PATCH /api/programmes/prog-1': (request) => {
      const changes = request.body as UpdateProgrammeRequest;
      if (changes.slug === 'his-ii') return { status: 409, body: errorBody(409, 'programme_slug_taken', 'Een ander programma heeft dit webadres al. Kies een ander adres.') };
      programme = { ...programme, ...changes } as ProgrammeDetail;
      return { status: 200, body: programme };
    },
    'DELETE /api/programmes/prog-1/slots/slot-2': () => ({
      status: 409,
      body: errorBody(409, 'slot_has_assignment_templates', 'Aan deze bijeenkomst hangen nog opdrachten.'),
    }),
  });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('the curriculum template editor', () => {
  it('shows the sessions in order and the assignments relative to them', async () => {
    programmeApi();
    renderApp('/beheer/programmas/prog-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Health Innovation School – Implementation' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Bijeenkomsten (2)' }).parentElement!;
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('2. Netwerksessie 1Netwerksessie · 120 minuten · Online');
    expect(screen.getByText('3 dagen voor 2. Netwerksessie 1, 23:59')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe editie openen' })).toHaveAttribute('href', '/edities/nieuw?programma=prog-1');
  });

  it('moves a session down with the keyboard-reachable button and keeps focus on it', async () => {
    const { requests } = programmeApi();
    renderApp('/beheer/programmas/prog-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Lesdag 1 – Kick-off omlaag' }));
    expect(await screen.findByText('Lesdag 1 – Kick-off staat nu op plaats 2.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ slotIds: ['slot-2', 'slot-1'] });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lesdag 1 – Kick-off omhoog' })).toHaveFocus());
  });

  it('moves focus into the form “bewerken” opens, and back to that button on Annuleren and after saving', async () => {
    programmeApi();
    renderApp('/beheer/programmas/prog-1');
    const press = (button: HTMLElement) => {
      button.focus();
      fireEvent.click(button);
    };

    press(await screen.findByRole('button', { name: 'Netwerksessie 1 bewerken' }));
    let form = screen.getByRole('form', { name: 'Netwerksessie 1 bewerken' });
    await waitFor(() => expect(within(form).getByLabelText('Soort')).toHaveFocus());
    press(within(form).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Netwerksessie 1 bewerken' })).toHaveFocus());

    press(screen.getByRole('button', { name: 'Netwerksessie 1 bewerken' }));
    form = screen.getByRole('form', { name: 'Netwerksessie 1 bewerken' });
    fireEvent.change(within(form).getByLabelText('Titel'), { target: { value: 'Netwerksessie 1: terugblik' } });
    press(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Netwerksessie 1: terugblik is opgeslagen.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Netwerksessie 1: terugblik bewerken' })).toHaveFocus());
  });

  it('adds a board meeting for directors, and explains why a session cannot be deleted', async () => {
    const { requests } = programmeApi();
    renderApp('/beheer/programmas/prog-1');
    const form = await screen.findByRole('form', { name: 'Bijeenkomst toevoegen' });
    fireEvent.change(within(form).getByLabelText('Soort'), { target: { value: 'board_meeting' } });
    expect(within(form).getByLabelText('directeuren')).toBeChecked();
    expect(within(form).getByLabelText('deelnemers')).not.toBeChecked();
    fireEvent.change(within(form).getByLabelText('Titel'), { target: { value: 'Bestuurlijke bijeenkomst 1' } });
    fireEvent.change(within(form).getByLabelText(/^Duur in minuten/), { target: { value: '180' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
    expect(await screen.findByText('Bestuurlijke bijeenkomst 1 is toegevoegd.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      kind: 'board_meeting',
      title: 'Bestuurlijke bijeenkomst 1',
      theme: '',
      durationMinutes: 180,
      mode: 'on_site',
      audience: { participants: false, internalTeams: false, directors: true },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Netwerksessie 1 verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Aan deze bijeenkomst hangen nog opdrachten.');
  });
});

describe('an assignment of the template', () => {
  it('asks for the number of days when the field is left empty, instead of saving 0', async () => {
    const { requests } = programmeApi();
    renderApp('/beheer/programmas/prog-1');
    const form = await screen.findByRole('form', { name: 'Opdracht toevoegen' });
    fireEvent.change(within(form).getByLabelText('Titel'), { target: { value: 'Plan van aanpak' } });
    fireEvent.change(within(form).getByLabelText(/^Aantal dagen/), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opdracht toevoegen' }));
    expect(within(form).getByLabelText(/^Aantal dagen/)).toHaveAccessibleDescription(/Vul een aantal dagen in van 0 tot/);
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });
});

describe('the public page', () => {
  it('gives the programme a web address and says for whom it is; a wrong or taken address is explained', async () => {
    const { requests } = programmeApi();
    renderApp('/beheer/programmas/prog-1');
    const section = within((await screen.findByRole('heading', { level: 2, name: 'Openbare pagina' })).closest('section')!);
    expect(section.queryByRole('link')).not.toBeInTheDocument();

    fireEvent.change(section.getByLabelText('Webadres'), { target: { value: 'HIS I' } });
    fireEvent.click(section.getByRole('button', { name: 'Openbare pagina opslaan' }));
    expect(await section.findByText('Gebruik alleen kleine letters, cijfers en losse streepjes, zoals his-i.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    fireEvent.change(section.getByLabelText('Webadres'), { target: { value: 'his-ii' } });
    fireEvent.click(section.getByRole('button', { name: 'Openbare pagina opslaan' }));
    expect(await section.findByRole('alert')).toHaveTextContent('Een ander programma heeft dit webadres al.');

    fireEvent.change(section.getByLabelText('Webadres'), { target: { value: ' his-i ' } });
    fireEvent.change(section.getByLabelText('Voor wie'), { target: { value: 'Zorgprofessionals die een innovatie invoeren.' } });
    fireEvent.click(section.getByRole('button', { name: 'Openbare pagina opslaan' }));
    expect(await screen.findByText('De openbare pagina is opgeslagen.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toEqual({ slug: 'his-i', audience: 'Zorgprofessionals die een innovatie invoeren.' });
    expect(await section.findByRole('link', { name: '/programmas/his-i' })).toHaveAttribute('href', '/programmas/his-i');
  });
});

describe('name and completion', () => {
  it('sets the name and the completion rule: the attendance threshold and whether every assignment must be approved', async () => {
    const { requests } = programmeApi();
    const { container } = renderApp('/beheer/programmas/prog-1');
    const section = within((await screen.findByRole('heading', { level: 2, name: 'Naam en voltooiing' })).closest('section')!);
    const threshold = section.getByLabelText('Aanwezig bij ten minste (% van de lesdagen)');
    expect(threshold).toHaveValue(80);

    fireEvent.change(threshold, { target: { value: '101' } });
    fireEvent.click(section.getByRole('button', { name: 'Opslaan' }));
    expect(await section.findByText('Vul een heel getal in van 0 tot en met 100.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    fireEvent.change(threshold, { target: { value: '70' } });
    fireEvent.click(section.getByRole('checkbox', { name: 'Alle opdrachten goedgekeurd' }));
    fireEvent.click(section.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Naam en voltooiing zijn opgeslagen.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toEqual({
      name: 'Health Innovation School – Implementation',
      description: '',
      attendanceThresholdPercent: 70,
      requireAllAssignmentsApproved: false,
    });
    // jsdom has no canvas, which axe needs to judge a label with a symbol such as % (label-content-name-mismatch).
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
