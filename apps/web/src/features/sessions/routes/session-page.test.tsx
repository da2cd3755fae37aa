import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { SessionDetail } from '@koers/shared/sessions';
import type { SaveWorkshopsRequest, SessionWorkshopsResponse, WorkshopChoicesResponse } from '@koers/shared/workshops';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, type FakeResponse, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

// Tuesday 8 December 2026, 11:00 in Amsterdam: Lesdag 2 (09:30–13:30) is under way.
const NOW = new Date('2026-12-08T10:00:00Z');
jest.mock('../../../lib/now', () => ({ useNow: () => NOW }));

const person = (role: 'participant' | 'trainer'): MeResponse => ({
  id: 'p-1',
  name: role === 'trainer' ? 'Sanne de Vries' : 'Lotte Bakker',
  email: `${role}@koers.demo`,
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role }],
});

const session: SessionDetail = {
  id: 's-2',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  kind: 'programme_day',
  title: 'Lesdag 2 – Onderzoeken',
  theme: 'Innovatieroute fase 1: onderzoek',
  startsAt: '2026-12-08T08:30:00Z',
  endsAt: '2026-12-08T12:30:00Z',
  mode: 'hybrid',
  location: 'Care Innovation Center, Utrechtseweg 10, 3811 NB Amersfoort',
  onlineUrl: 'https://meet.koers.demo/his-i',
  hasOnlineLink: true,
  status: 'scheduled',
  movedFrom: null,
  agenda: '09:30 Inloop en koffie\n10:00 Opening en terugblik',
  staff: [
    { id: 'st-1', personId: 'p-9', name: 'Sanne de Vries', organisation: null, role: 'trainer' },
    { id: 'st-2', personId: null, name: 'Prof. dr. Anne Hoekstra', organisation: 'Zorg aan Zet', role: 'speaker' },
  ],
  materials: [{ id: 'm-1', fileName: 'Leeswijzer.pdf', contentType: 'application/pdf', sizeBytes: 1_572_864, uploadedAt: '2026-12-01T09:00:00Z', uploadedByName: 'Sanne de Vries' }],
  assignmentsDue: [{ id: 'a-1', title: 'Beschrijf je implementatievraagstuk', dueAt: '2026-12-05T22:59:00Z' }],
  record: { notes: '', covered: '**Probleemanalyse** met de vijf waaroms', staffNotes: null, notesVersion: 3 },
  myAttendance: null,
  myRoles: ['participant'],
  canRecord: false,
};

type Handler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

function fakeApi(role: 'participant' | 'trainer', detail: SessionDetail, extra: Record<string, Handler> = {}) {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: person(role) }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/sessions/s-2': () => ({ status: 200, body: detail }),
    ...extra,
  });
}

const trainerView: SessionDetail = { ...session, myRoles: ['trainer'], canRecord: true, record: { notes: 'Eerste aantekening', covered: '', staffNotes: 'Lotte extra aandacht geven', notesVersion: 3 } };

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('session page', () => {
  it('shows a participant the agenda, who runs it, where, the online link, materials and what was covered', async () => {
    fakeApi('participant', session);
    renderApp('/sessies/s-2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lesdag 2 – Onderzoeken' })).toBeInTheDocument();
    expect(document.title).toBe('Lesdag 2 – Onderzoeken – Koers');

    const facts = screen.getByRole('region', { name: 'Wanneer en waar' });
    expect(facts).toHaveTextContent('dinsdag 8 december 2026');
    expect(facts).toHaveTextContent('09:30–13:30');
    expect(within(facts).getByRole('link', { name: /Bekijk op de kaart/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=Care%20Innovation%20Center%2C%20Utrechtseweg%2010%2C%203811%20NB%20Amersfoort',
    );
    expect(within(facts).getByRole('link', { name: /Doe online mee/ })).toHaveAttribute('href', 'https://meet.koers.demo/his-i');

    expect(screen.getByRole('region', { name: 'Programma van de dag' })).toHaveTextContent(/09:30 Inloop en koffie\s*10:00 Opening en terugblik/);
    const staff = screen.getByRole('region', { name: 'Trainers en sprekers' });
    expect(staff).toHaveTextContent('Prof. dr. Anne Hoekstra, Zorg aan Zetspreker');
    // Name and organisation are one item of the flex row, so its gap cannot open a space before the comma.
    expect(within(staff).getByText('Prof. dr. Anne Hoekstra').parentElement).toHaveTextContent(/^Prof\. dr\. Anne Hoekstra, Zorg aan Zet$/);
    expect(within(staff).queryByRole('button')).not.toBeInTheDocument();
    const materials = screen.getByRole('region', { name: 'Materiaal' });
    expect(within(materials).getByRole('link', { name: 'Leeswijzer.pdf' })).toHaveAttribute('href', '/api/sessions/s-2/materials/m-1');
    expect(materials).toHaveTextContent('(1,5 MB, di 1 december 2026)');
    expect(screen.getByRole('region', { name: 'Voorbereiden' })).toHaveTextContent('Beschrijf je implementatievraagstuk: inleveren vóór za 5 december 2026, 23:59');
    const record = screen.getByRole('region', { name: 'Verslag' });
    expect(within(record).getByText('Probleemanalyse').tagName).toBe('STRONG');
    expect(within(record).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says when a hidden online link will appear', async () => {
    fakeApi('participant', { ...session, onlineUrl: null, startsAt: '2026-12-08T11:00:00Z', endsAt: '2026-12-08T15:00:00Z' });
    renderApp('/sessies/s-2');
    const facts = await screen.findByRole('region', { name: 'Wanneer en waar' });
    expect(facts).toHaveTextContent('Online: de link verschijnt hier om 11:30, 30 minuten voor de start.');
  });

  it('shows own attendance once the session has ended', async () => {
    fakeApi('participant', { ...session, startsAt: '2026-12-01T08:30:00Z', endsAt: '2026-12-01T12:30:00Z', myAttendance: 'late' });
    renderApp('/sessies/s-2');
    expect(await screen.findByRole('region', { name: 'Wanneer en waar' })).toHaveTextContent('Jouw aanwezigheid: te laat');
  });

  it('leads a trainer to the roster, also once the day is past', async () => {
    fakeApi('trainer', { ...trainerView, startsAt: '2026-11-17T08:30:00Z', endsAt: '2026-11-17T12:30:00Z' });
    renderApp('/sessies/s-2');
    const facts = await screen.findByRole('region', { name: 'Wanneer en waar' });
    expect(within(facts).getByRole('link', { name: 'Presentielijst' })).toHaveAttribute('href', '/sessies/s-2/aanwezigheid');
  });

  it('shows a participant no roster link', async () => {
    fakeApi('participant', session);
    renderApp('/sessies/s-2');
    const facts = await screen.findByRole('region', { name: 'Wanneer en waar' });
    expect(within(facts).queryByRole('link', { name: 'Presentielijst' })).not.toBeInTheDocument();
  });

  it('explains a refusal instead of showing the page', async () => {
    fakeApi('participant', session, {
      'GET /api/sessions/s-2': () => ({ status: 403, body: errorBody(403, 'forbidden', 'Je hebt geen toegang tot dit onderdeel.') }),
    });
    renderApp('/sessies/s-2');
    expect(await screen.findByRole('alert')).toHaveTextContent('Je hebt geen toegang tot dit onderdeel.');
  });

  it('lets a trainer save the record, and on a colleague’s concurrent save shows their version to take or overwrite', async () => {
    const saves: unknown[] = [];
    fakeApi('trainer', trainerView, {
      'PUT /api/sessions/s-2/record': (request) => {
        saves.push(request.body);
        const body = request.body as { notes: string; covered: string; notesVersion: number };
        if (body.notesVersion === 3) {
          return {
            status: 409,
            body: {
              ...errorBody(409, 'session_record_conflict', 'Iemand anders heeft het verslag intussen opgeslagen.'),
              details: { current: { notes: 'Versie van Karin', covered: 'Vijf waaroms', staffNotes: 'Karins eigen notitie', notesVersion: 4 } },
            },
          };
        }
        return { status: 200, body: { ...body, notesVersion: body.notesVersion + 1 } };
      },
    });
    renderApp('/sessies/s-2');
    const notes = await screen.findByLabelText('Aantekeningen');
    expect(notes).toHaveValue('Eerste aantekening');
    // Who reads what is said on the editor itself.
    expect(within(screen.getByRole('group', { name: 'Zichtbaar voor deelnemers' })).getByLabelText('Aantekeningen')).toBe(notes);
    const staffNotes = within(screen.getByRole('group', { name: 'Alleen voor begeleiders en programmabureau' })).getByLabelText('Eigen aantekeningen');
    expect(staffNotes).toHaveValue('Lotte extra aandacht geven');
    fireEvent.change(notes, { target: { value: 'Mijn aantekening' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Een collega heeft het verslag intussen gewijzigd');
    expect(conflict).toHaveTextContent('Versie van Karin');
    expect(notes).toHaveValue('Mijn aantekening');

    fireEvent.click(within(conflict).getByRole('button', { name: 'Neem hun versie over' }));
    expect(notes).toHaveValue('Versie van Karin');
    expect(screen.getByLabelText('Wat is behandeld')).toHaveValue('Vijf waaroms');
    expect(staffNotes).toHaveValue('Karins eigen notitie');
    fireEvent.change(notes, { target: { value: 'Versie van Karin, aangevuld' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect(await screen.findByText('Het verslag is opgeslagen.')).toBeInTheDocument();
    expect(saves).toEqual([
      { notes: 'Mijn aantekening', covered: '', staffNotes: 'Lotte extra aandacht geven', notesVersion: 3 },
      { notes: 'Versie van Karin, aangevuld', covered: 'Vijf waaroms', staffNotes: 'Karins eigen notitie', notesVersion: 4 },
    ]);
  });

  it('can keep the trainer’s own version over a colleague’s, knowingly', async () => {
    const versions: number[] = [];
    fakeApi('trainer', trainerView, {
      'PUT /api/sessions/s-2/record': (request) => {
        const body = request.body as { notes: string; covered: string; notesVersion: number };
        versions.push(body.notesVersion);
        return body.notesVersion === 3
          ? { status: 409, body: { ...errorBody(409, 'session_record_conflict', 'Conflict.'), details: { current: { notes: 'X', covered: '', staffNotes: '', notesVersion: 7 } } } }
          : { status: 200, body: { ...body, notesVersion: 8 } };
      },
    });
    renderApp('/sessies/s-2');
    fireEvent.click(await screen.findByRole('button', { name: 'Verslag opslaan' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Sla mijn versie toch op' }));
    await waitFor(() => expect(versions).toEqual([3, 7]));
  });

  it('lets a trainer add a guest speaker and upload material, showing the server’s refusal of a wrong file', async () => {
    let detail = trainerView;
    const api = fakeApi('trainer', trainerView, {
      'GET /api/sessions/s-2': () => ({ status: 200, body: detail }),
      'POST /api/sessions/s-2/speakers': (request) => {
        const speaker = { id: 'st-3', personId: null, name: 'Mo Haddou', organisation: 'Zuyd Hogeschool', role: 'speaker' };
        expect(request.body).toEqual({ name: 'Mo Haddou', organisation: 'Zuyd Hogeschool' });
        detail = { ...detail, staff: [...detail.staff, speaker as SessionDetail['staff'][number]] };
        return { status: 201, body: speaker };
      },
      'POST /api/sessions/s-2/materials': () => ({
        status: 415,
        body: errorBody(415, 'file_type_not_accepted', 'Dit soort bestand wordt niet geaccepteerd.'),
      }),
    });
    renderApp('/sessies/s-2');

    const staff = await screen.findByRole('region', { name: 'Trainers en sprekers' });
    fireEvent.click(within(staff).getByRole('button', { name: 'Spreker toevoegen' }));
    expect(within(staff).getByLabelText('Naam')).toHaveAccessibleDescription('Vul de naam van de spreker in.');
    fireEvent.change(within(staff).getByLabelText('Naam'), { target: { value: 'Mo Haddou' } });
    fireEvent.change(within(staff).getByLabelText('Organisatie (niet verplicht)'), { target: { value: 'Zuyd Hogeschool' } });
    fireEvent.click(within(staff).getByRole('button', { name: 'Spreker toevoegen' }));
    expect(await within(staff).findByRole('button', { name: 'Verwijder Mo Haddou' })).toBeInTheDocument();
    expect(staff).toHaveTextContent('Mo Haddou, Zuyd Hogeschoolspreker');
    expect(within(staff).getByLabelText('Naam')).toHaveValue('');

    const materials = screen.getByRole('region', { name: 'Materiaal' });
    const input = within(materials).getByLabelText('Bestand uploaden');
    fireEvent.change(input, { target: { files: [new File(['<html>'], 'plan.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(within(materials).getByRole('button', { name: 'Uploaden' }));
    expect(await within(materials).findByRole('alert')).toHaveTextContent('Dit soort bestand wordt niet geaccepteerd.');
    const upload = api.fetchMock.mock.calls.find(([url, init]) => url === '/api/sessions/s-2/materials' && init?.method === 'POST');
    expect(upload?.[1]?.body).toBeInstanceOf(FormData);
    expect((upload?.[1]?.body as FormData).get('file')).toMatchObject({ name: 'plan.pdf' });
    expect((upload?.[1]?.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
    expect((upload?.[1]?.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('has no axe violations for a participant or for a trainer', async () => {
    for (const [role, detail] of [
      ['participant', session],
      ['trainer', trainerView],
    ] as const) {
      fakeApi(role, detail);
      const { container, idle, unmount } = renderApp('/sessies/s-2');
      await screen.findByRole('heading', { level: 1, name: 'Lesdag 2 – Onderzoeken' });
      await idle();
      await act(async () => {
        const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
      unmount();
    }
  });
});

describe('session page: the programme office sets up workshops', () => {
  const office: MeResponse = { id: 'p-0', name: 'Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
  // A programme day a week ahead, so there is time to choose.
  const day: SessionDetail = { ...session, id: 's-5', title: 'Lesdag 5', startsAt: '2026-12-15T08:30:00Z', endsAt: '2026-12-15T15:30:00Z', myRoles: [], canRecord: true };
  const none: SessionWorkshopsResponse = { sessionId: 's-5', choiceClosesAt: null, workshops: [], myChoice: null, canChoose: false, version: 'v-0' };
  const two: SessionWorkshopsResponse = {
    ...none,
    choiceClosesAt: '2026-12-13T22:59:00Z',
    version: 'v-1',
    workshops: [
      { id: 'w-1', title: 'Slimme sensoren in de nachtzorg', speaker: 'Ir. Jansen', room: 'Zaal Beuken', capacity: 2, placed: 2, waitlisted: 2 },
      { id: 'w-2', title: 'Leefstijlcoaching', speaker: '', room: 'Zaal Eiken', capacity: 10, placed: 1, waitlisted: 0 },
    ],
  };
  const choices: WorkshopChoicesResponse = {
    workshops: [
      {
        workshopId: 'w-1',
        placed: [
          { personId: 'p-1', name: 'Lotte Bakker', assignedByProgrammeOffice: false },
          { personId: 'p-2', name: 'Jan Smit', assignedByProgrammeOffice: false },
        ],
        waitlisted: [
          { personId: 'p-3', name: 'Fatima El Amrani', assignedByProgrammeOffice: false },
          { personId: 'p-4', name: 'Pieter de Boer', assignedByProgrammeOffice: false },
        ],
      },
      { workshopId: 'w-2', placed: [{ personId: 'p-5', name: 'Sara Peters', assignedByProgrammeOffice: true }], waitlisted: [] },
    ],
    notChosen: [{ personId: 'p-6', name: 'Karin Visser' }],
  };

  function officeApi(workshops: SessionWorkshopsResponse, extra: Record<string, Handler> = {}) {
    let current = workshops;
    return installFakeApi({
      'GET /api/me': () => ({ status: 200, body: office }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/sessions/s-5': () => ({ status: 200, body: day }),
      'GET /api/sessions/s-5/workshops': () => ({ status: 200, body: current }),
      'GET /api/sessions/s-5/workshops/choices': () => ({ status: 200, body: choices }),
      'PUT /api/sessions/s-5/workshops': (request) => {
        const body = request.body as SaveWorkshopsRequest;
        current = {
          ...current,
          version: `v-${Number(current.version.slice(2)) + 1}`,
          choiceClosesAt: body.choiceClosesAt,
          workshops: body.workshops.map((w, i) => ({ id: w.id ?? `w-new-${i}`, title: w.title, speaker: w.speaker, room: w.room, capacity: w.capacity, placed: 0, waitlisted: 0 })),
        };
        return { status: 200, body: current };
      },
      ...extra,
    });
  }

  it('adds the first workshops to a session, checking what is missing first, with the deadline in Dutch time', async () => {
    const api = officeApi(none);
    renderApp('/sessies/s-5');
    const setup = await screen.findByRole('form', { name: 'Workshops instellen' });
    expect(setup).toHaveTextContent('Deze bijeenkomst heeft geen workshops.');
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshop toevoegen' }));
    const first = within(setup).getByRole('group', { name: 'Workshop 1' });
    await waitFor(() => expect(within(first).getByLabelText('Titel')).toHaveFocus());

    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));
    expect(within(setup).getByLabelText('Kiezen kan tot')).toHaveAccessibleDescription(/Geef aan tot wanneer deelnemers kunnen kiezen\./);
    expect(within(first).getByLabelText('Titel')).toHaveAccessibleDescription('Geef de workshop een titel.');
    expect(within(first).getByLabelText('Aantal plaatsen')).toHaveAccessibleDescription('Vul een aantal plaatsen van 1 tot 1000 in.');
    expect(within(setup).getByLabelText('Kiezen kan tot')).toHaveFocus();
    expect(api.requests.some((request) => request.method === 'PUT')).toBe(false);

    fireEvent.change(within(setup).getByLabelText('Kiezen kan tot'), { target: { value: '2026-12-13T23:59' } });
    fireEvent.change(within(first).getByLabelText('Titel'), { target: { value: '  Slimme sensoren in de nachtzorg ' } });
    fireEvent.change(within(first).getByLabelText('Spreker (niet verplicht)'), { target: { value: 'Ir. Jansen' } });
    fireEvent.change(within(first).getByLabelText('Zaal (niet verplicht)'), { target: { value: 'Zaal Beuken' } });
    fireEvent.change(within(first).getByLabelText('Aantal plaatsen'), { target: { value: '12' } });
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshop toevoegen' }));
    const second = within(setup).getByRole('group', { name: 'Workshop 2' });
    fireEvent.change(within(second).getByLabelText('Titel'), { target: { value: 'Weg ermee' } });
    fireEvent.click(within(second).getByRole('button', { name: 'Verwijderen Workshop 2' }));
    expect(within(setup).queryByRole('group', { name: 'Workshop 2' })).not.toBeInTheDocument();
    expect(within(setup).getByRole('button', { name: 'Workshop toevoegen' })).toHaveFocus();
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));

    expect(await within(setup).findByText('De workshops zijn opgeslagen.')).toBeInTheDocument();
    expect(api.requests.find((request) => request.method === 'PUT')?.body).toEqual({
      choiceClosesAt: '2026-12-13T22:59:00.000Z',
      workshops: [{ title: 'Slimme sensoren in de nachtzorg', speaker: 'Ir. Jansen', room: 'Zaal Beuken', capacity: 12 }],
      version: 'v-0',
    });
    // Saved: the overview of choices appears, and a second save keeps the workshop by its id.
    expect(await screen.findByRole('region', { name: 'Keuzes en wachtlijsten' })).toBeInTheDocument();
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));
    await waitFor(() => expect(api.requests.filter((request) => request.method === 'PUT')).toHaveLength(2));
    expect(api.requests.filter((request) => request.method === 'PUT')[1].body).toMatchObject({ workshops: [{ id: 'w-new-0' }], version: 'v-1' });
  });

  it('asks before removing a workshop people are placed in or wait for, and removes an empty one at once', async () => {
    const api = officeApi({ ...two, workshops: [...two.workshops, { id: 'w-3', title: 'Nog leeg', speaker: '', room: '', capacity: 5, placed: 0, waitlisted: 0 }] });
    renderApp('/sessies/s-5');
    const setup = await screen.findByRole('form', { name: 'Workshops instellen' });
    fireEvent.click(within(setup).getByRole('button', { name: 'Verwijderen Workshop 3' }));
    expect(within(setup).queryByRole('group', { name: 'Workshop 3' })).not.toBeInTheDocument();

    fireEvent.click(within(setup).getByRole('button', { name: 'Verwijderen Workshop 1' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Workshop Slimme sensoren in de nachtzorg verwijderen?' });
    expect(dialog).toHaveTextContent('Ingedeeld: 2. Op de wachtlijst: 2. Zodra je opslaat, vervalt dat: wie een plaats had of op de wachtlijst stond, krijgt bericht.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(within(setup).getByRole('group', { name: 'Workshop 1' })).toBeInTheDocument();

    fireEvent.click(within(setup).getByRole('button', { name: 'Verwijderen Workshop 1' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Verwijderen' }));
    expect(within(within(setup).getByRole('group', { name: 'Workshop 1' })).getByLabelText('Titel')).toHaveValue('Leefstijlcoaching');
    // The removed row's button is gone: focus goes on to adding one, not to the page.
    await waitFor(() => expect(within(setup).getByRole('button', { name: 'Workshop toevoegen' })).toHaveFocus());
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));
    await waitFor(() => expect(api.requests.some((request) => request.method === 'PUT')).toBe(true));
    expect(api.requests.find((request) => request.method === 'PUT')?.body).toMatchObject({ workshops: [{ id: 'w-2' }], version: 'v-1' });
  });

  it('shows who is placed, the waiting lists in order and who has not chosen, and places the rest', async () => {
    officeApi(two, { 'POST /api/sessions/s-5/workshops/assign-rest': () => ({ status: 200, body: { assigned: 1, withoutRoom: 0 } }) });
    renderApp('/sessies/s-5');
    const overview = await screen.findByRole('region', { name: 'Keuzes en wachtlijsten' });
    const sensors = await within(overview).findByRole('region', { name: 'Slimme sensoren in de nachtzorg' });
    expect(sensors).toHaveTextContent('2 van 2 plaatsen bezet');
    expect(within(within(sensors).getByRole('list', { name: 'Ingedeeld bij Slimme sensoren in de nachtzorg' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Lotte Bakker',
      'Jan Smit',
    ]);
    const waiting = within(sensors).getByRole('list', { name: 'Wachtlijst van Slimme sensoren in de nachtzorg' });
    expect(waiting.tagName).toBe('OL');
    expect(within(waiting).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Fatima El Amrani', 'Pieter de Boer']);
    expect(within(overview).getByRole('region', { name: 'Leefstijlcoaching' })).toHaveTextContent('Sara Petersingedeeld door het programmabureau');
    expect(within(overview).getByRole('list', { name: 'Deelnemers die nog niet kozen' })).toHaveTextContent('Karin Visser');
    expect(overview).toHaveTextContent('Nog niet gekozen (1)');

    const setup = screen.getByRole('form', { name: 'Workshops instellen' });
    expect(within(setup).getByLabelText('Kiezen kan tot')).toHaveValue('2026-12-13T23:59');
    expect(within(within(setup).getByRole('group', { name: 'Workshop 2' })).getByLabelText('Titel')).toHaveValue('Leefstijlcoaching');

    fireEvent.click(within(overview).getByRole('button', { name: 'De rest indelen' }));
    expect(await within(overview).findByText('1 deelnemers ingedeeld; voor 0 was geen plaats meer.')).toBeInTheDocument();
  });

  it('offers to place the rest only once the choices are read', async () => {
    let answerChoices = () => {};
    officeApi(two, {
      'GET /api/sessions/s-5/workshops/choices': () => new Promise((resolve) => (answerChoices = () => resolve({ status: 200, body: choices }))),
    });
    renderApp('/sessies/s-5');
    const overview = await screen.findByRole('region', { name: 'Keuzes en wachtlijsten' });
    expect(overview).toHaveTextContent('Bezig met laden…');
    expect(within(overview).queryByRole('button', { name: 'De rest indelen' })).not.toBeInTheDocument();
    answerChoices();
    expect(await within(overview).findByRole('button', { name: 'De rest indelen' })).toBeEnabled();
  });

  it('offers to read the workshops again when someone else saved them meanwhile, and then saves on what they read', async () => {
    const third = { id: 'w-3', title: 'Zorgtechnologie', speaker: '', room: '', capacity: 8, placed: 0, waitlisted: 0 };
    let refused = false;
    let current = two;
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: office }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/sessions/s-5': () => ({ status: 200, body: day }),
      'GET /api/sessions/s-5/workshops': () => ({ status: 200, body: current }),
      'GET /api/sessions/s-5/workshops/choices': () => ({ status: 200, body: choices }),
      'PUT /api/sessions/s-5/workshops': () => {
        if (refused) return { status: 200, body: current };
        refused = true;
        // A colleague added a workshop in another tab.
        current = { ...two, workshops: [...two.workshops, third], version: 'v-2' };
        return { status: 409, body: errorBody(409, 'workshops_changed', 'Iemand anders heeft de workshops intussen gewijzigd.') };
      },
    });
    renderApp('/sessies/s-5');
    const setup = await screen.findByRole('form', { name: 'Workshops instellen' });
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));
    const refusal = await within(setup).findByRole('alert');
    expect(refusal).toHaveTextContent('Iemand anders heeft de workshops intussen gewijzigd.');
    fireEvent.click(within(refusal).getByRole('button', { name: 'Workshops opnieuw inlezen' }));
    expect(within(await within(setup).findByRole('group', { name: 'Workshop 3' })).getByLabelText('Titel')).toHaveValue('Zorgtechnologie');
    // The button went with the refusal: focus goes on to the form's first field.
    await waitFor(() => expect(within(setup).getByLabelText('Kiezen kan tot')).toHaveFocus());
    expect(within(setup).queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));
    await waitFor(() => expect(api.requests.filter((request) => request.method === 'PUT')).toHaveLength(2));
    expect(api.requests.filter((request) => request.method === 'PUT')[1].body).toMatchObject({ workshops: [{ id: 'w-1' }, { id: 'w-2' }, { id: 'w-3' }], version: 'v-2' });
  });

  it('shows the server’s refusal of a deadline after the start', async () => {
    officeApi(two, {
      'PUT /api/sessions/s-5/workshops': () => ({ status: 400, body: errorBody(400, 'choice_deadline_after_start', 'De keuzetermijn moet vóór het begin van de bijeenkomst eindigen.') }),
    });
    renderApp('/sessies/s-5');
    const setup = await screen.findByRole('form', { name: 'Workshops instellen' });
    fireEvent.change(within(setup).getByLabelText('Kiezen kan tot'), { target: { value: '2026-12-16T10:00' } });
    fireEvent.click(within(setup).getByRole('button', { name: 'Workshops opslaan' }));
    expect(await within(setup).findByRole('alert')).toHaveTextContent('De keuzetermijn moet vóór het begin van de bijeenkomst eindigen.');
  });

  it('has no axe violations in the workshop setup and overview', async () => {
    officeApi(two);
    const { container, idle } = renderApp('/sessies/s-5');
    await screen.findByRole('region', { name: 'Slimme sensoren in de nachtzorg' });
    await idle();
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
});

describe('session page: a participant switches workshops', () => {
  const day: SessionDetail = { ...session, id: 's-5', title: 'Lesdag 5', startsAt: '2026-12-15T08:30:00Z', endsAt: '2026-12-15T15:30:00Z' };
  const workshops = (wantsWorkshopId: string | null): SessionWorkshopsResponse => ({
    sessionId: 's-5',
    choiceClosesAt: '2026-12-13T22:59:00Z',
    workshops: [
      { id: 'w-1', title: 'Slimme sensoren in de nachtzorg', speaker: 'Ir. Jansen', room: 'Zaal Beuken', capacity: 2, placed: 2, waitlisted: wantsWorkshopId ? 3 : 2 },
      { id: 'w-2', title: 'Leefstijlcoaching', speaker: '', room: '', capacity: 10, placed: 4, waitlisted: 0 },
    ],
    myChoice: { workshopId: 'w-2', status: 'placed', wantsWorkshopId, waitlistPosition: wantsWorkshopId ? 3 : null },
    canChoose: true,
    version: 'v-1',
  });

  it('says before the choice that a full workshop keeps the place one has, and afterwards where one waits', async () => {
    let current = workshops(null);
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: person('participant') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/sessions/s-5': () => ({ status: 200, body: day }),
      'GET /api/sessions/s-5/workshops': () => ({ status: 200, body: current }),
      'PUT /api/sessions/s-5/workshops/choice': () => {
        current = workshops('w-1');
        return { status: 200, body: current.myChoice };
      },
    });
    renderApp('/sessies/s-5');
    const section = await screen.findByRole('region', { name: 'Workshops' });
    // A workshop without a room is named without empty brackets.
    expect(within(section).getByRole('status')).toHaveTextContent('Je bent ingedeeld bij Leefstijlcoaching.');

    fireEvent.click(within(section).getByLabelText(/Slimme sensoren in de nachtzorg/));
    const submit = within(section).getByRole('button', { name: 'Deze workshop kiezen' });
    expect(submit).toHaveAccessibleDescription('Slimme sensoren in de nachtzorg is vol. Je houdt je plaats bij Leefstijlcoaching tot er bij Slimme sensoren in de nachtzorg een plaats vrijkomt; na de keuzedeadline blijf je bij Leefstijlcoaching.');
    fireEvent.click(submit);

    await waitFor(() => expect(within(section).getByRole('status')).toHaveTextContent('Je staat als nummer 3 op de wachtlijst van Slimme sensoren in de nachtzorg'));
    expect(within(section).getByRole('status')).toHaveTextContent('Je bent ingedeeld bij Leefstijlcoaching.');
    expect(api.requests.find((request) => request.method === 'PUT')?.body).toEqual({ workshopId: 'w-1' });
    // What was asked stays chosen; choosing the own workshop again is a new choice.
    expect(within(section).getByLabelText(/Slimme sensoren in de nachtzorg/)).toBeChecked();
    expect(within(section).getByRole('button', { name: 'Deze workshop kiezen' })).toHaveAttribute('aria-disabled', 'true');
  });
});
