import axe from 'axe-core';
import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { EditionDetail, EditionSession, EditionSummary, UpdateEditionRequest } from '@koers/shared/editions';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };

const summary: EditionSummary = {
  id: 'e-3',
  name: 'HIS-I 3.0',
  programmeId: 'prog-1',
  programmeName: 'Health Innovation School – Implementation',
  status: 'draft',
  startDate: '2027-01-05',
  endDate: '2027-07-27',
  enrolled: 12,
  capacity: 36,
  waitlisted: 2,
  nextSession: { id: 's-1', kind: 'programme_day', title: 'Lesdag 1', startsAt: '2027-01-05T09:30:00+01:00' },
};

const lesdag: EditionSession = {
  id: 's-1',
  kind: 'programme_day',
  title: 'Lesdag 1',
  theme: '',
  startsAt: '2027-01-05T09:30:00+01:00',
  endsAt: '2027-01-05T16:00:00+01:00',
  mode: 'on_site',
  location: 'Amersfoort',
  onlineUrl: null,
  status: 'scheduled',
  audience: { participants: true, internalTeams: true, directors: false },
  sequence: 0,
  staff: [{ id: 'st-1', personId: 'trainer-1', name: 'Sanne de Vries', organisation: null, role: 'trainer' }],
  networkGroup: null,
};

/** The edition page's answer for `summary`, with what a test changes. */
const detailOf = (overrides: Partial<EditionDetail> = {}): EditionDetail => ({
  ...summary,
  defaultLocation: null,
  defaultOnlineUrl: null,
  openForApplications: false,
  applicationDeadline: null,
  priceCents: null,
  schoolHolidayRegion: null,
  nextStatus: 'open',
  networkGroups: [],
  participantsWithoutGroup: 0,
  ...overrides,
});

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

it('lists every edition with status, dates, enrolled/capacity and next session', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/editions': () => ({ status: 200, body: [summary, { ...summary, id: 'e-2', name: 'HIS-I 2.0', status: 'running', waitlisted: 0, nextSession: null }] }),
  });
  renderApp('/edities');
  const card = (await screen.findByRole('link', { name: 'HIS-I 3.0' })).closest('li')!;
  expect(card).toHaveTextContent('di 5 januari 2027 – di 27 juli 2027');
  expect(card).toHaveTextContent('12 van 36 plaatsen bezet · 2 op de wachtlijst');
  expect(card).toHaveTextContent('Volgende bijeenkomst: Lesdag 1, di 5 januari 2027, 09:30');
  expect(card).toHaveTextContent('Concept');
  expect(screen.getByRole('link', { name: 'HIS-I 2.0' }).closest('li')).toHaveTextContent('Geen bijeenkomsten meer gepland');
  expect(screen.getByRole('link', { name: 'Nieuwe editie openen' })).toHaveAttribute('href', '/edities/nieuw');
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  expect(within(nav).getByRole('link', { name: 'Edities' })).toHaveAttribute('aria-current', 'page');
});

it('publishes the edition, moves a session with a reason, and shows a refusal from the server', async () => {
  const clash = '3 mensen worden op dinsdag 12 januari 2027 bij twee bijeenkomsten tegelijk verwacht: “Lesdag 1” en “Netwerksessie 1 (Noord)”.';
  let edition: EditionDetail = detailOf({ defaultLocation: 'Amersfoort' });
  let session = lesdag;
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [session] }),
    'POST /api/editions/e-3/status': () => {
      edition = { ...edition, status: 'open', nextStatus: 'running' };
      return { status: 200, body: edition };
    },
    'PATCH /api/editions/e-3/sessions/s-1': (request) => {
      const body = request.body as { startTime: string };
      if (body.startTime === '07:00') return { status: 409, body: errorBody(409, 'edition_archived', 'Deze editie is gearchiveerd en kan niet meer worden gewijzigd.') };
      session = { ...session, startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T16:00:00+01:00', status: 'moved', sequence: 1 };
      return { status: 200, body: { ...session, warnings: [{ code: 'attendees_double_booked', date: '2027-01-12', sessionTitles: ['Lesdag 1', 'Netwerksessie 1 (Noord)'], people: 3, message: clash }] } };
    },
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  expect(await screen.findByRole('heading', { level: 1, name: 'HIS-I 3.0' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Inschrijvingen' })).toHaveAttribute('href', '/edities/e-3/inschrijvingen');

  // Each step asks first, naming what follows from it.
  fireEvent.click(screen.getByRole('button', { name: 'Openen voor inschrijving' }));
  const ask = screen.getByRole('alertdialog', { name: 'HIS-I 3.0 openen voor inschrijving?' });
  expect(ask).toHaveAccessibleDescription('Iedereen die is ingeschreven krijgt dan zijn uitnodiging en programma per e-mail. Dit kan niet worden teruggedraaid.');
  expect(requests.some((r) => r.url === '/api/editions/e-3/status')).toBe(false);
  fireEvent.click(within(ask).getByRole('button', { name: 'Openen voor inschrijving' }));
  expect(await screen.findByText('De status is nu: Open voor inschrijving.')).toBeInTheDocument();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(requests.find((r) => r.url === '/api/editions/e-3/status')?.body).toEqual({ status: 'open' });
  expect(await screen.findByRole('button', { name: 'Zet op lopend' })).toBeInTheDocument();

  const card = (await screen.findByRole('link', { name: 'Lesdag 1' })).closest('li')!;
  expect(card).toHaveTextContent('di 5 januari 2027, 09:30 – 16:00 · Op locatie · Amersfoort');
  expect(card).toHaveTextContent('Sanne de Vries (trainer)');
  fireEvent.click(within(card).getByRole('button', { name: 'Lesdag 1 verplaatsen of wijzigen' }));
  const form = within(card).getByRole('form', { name: 'Lesdag 1 verplaatsen of wijzigen' });
  expect(within(form).getByLabelText('Datum')).toHaveValue('2027-01-05');
  expect(within(form).getByLabelText('Begintijd')).toHaveValue('09:30');

  fireEvent.change(within(form).getByLabelText('Begintijd'), { target: { value: '07:00' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Deze editie is gearchiveerd');

  fireEvent.change(within(form).getByLabelText('Datum'), { target: { value: '2027-01-12' } });
  fireEvent.change(within(form).getByLabelText('Begintijd'), { target: { value: '10:00' } });
  fireEvent.change(within(form).getByLabelText(/^Reden/), { target: { value: 'Zaal bezet' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Lesdag 1 is gewijzigd.')).toBeInTheDocument();
  expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toEqual({
    date: '2027-01-12',
    startTime: '10:00',
    endTime: '16:00',
    location: 'Amersfoort',
    reason: 'Zaal bezet',
  });
  await waitFor(() => expect(screen.getByRole('link', { name: 'Lesdag 1' }).closest('li')).toHaveTextContent('Verplaatst'));
  // What the new time clashes with stays on the card.
  expect(screen.getByRole('link', { name: 'Lesdag 1' }).closest('li')).toHaveTextContent(clash);
});

it('shows a session cancelled meanwhile as cancelled when a move is refused, and takes it back only with the box ticked', async () => {
  let session = lesdag;
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: detailOf({ status: 'open', nextStatus: 'running' }) }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [session] }),
    'PATCH /api/editions/e-3/sessions/s-1': (request) => {
      if (!(request.body as { reinstate?: boolean }).reinstate) {
        // A colleague cancelled it a moment ago.
        session = { ...session, status: 'cancelled', sequence: 1 };
        return { status: 409, body: errorBody(409, 'reinstate_required', 'Deze bijeenkomst is geannuleerd. Een nieuwe tijd laat haar niet vanzelf weer doorgaan.') };
      }
      session = { ...session, startsAt: '2027-01-05T10:00:00+01:00', status: 'moved', sequence: 2 };
      return { status: 200, body: session };
    },
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  const card = (await screen.findByRole('link', { name: 'Lesdag 1' })).closest('li')!;
  fireEvent.click(within(card).getByRole('button', { name: 'Lesdag 1 verplaatsen of wijzigen' }));
  const form = within(card).getByRole('form', { name: 'Lesdag 1 verplaatsen of wijzigen' });
  expect(within(form).queryByRole('checkbox', { name: 'Toch laten doorgaan' })).not.toBeInTheDocument();
  fireEvent.change(within(form).getByLabelText('Begintijd'), { target: { value: '10:00' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Deze bijeenkomst is geannuleerd.');
  await waitFor(() => expect(card).toHaveTextContent('Geannuleerd'));
  expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).not.toHaveProperty('reinstate');

  fireEvent.click(await within(form).findByRole('checkbox', { name: 'Toch laten doorgaan' }));
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Lesdag 1 is gewijzigd.')).toBeInTheDocument();
  expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toMatchObject({ startTime: '10:00', reinstate: true });
});

it('moves a session still to come into the past only with the box ticked that it was really held then, also on a closed day', async () => {
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: detailOf({ status: 'open', nextStatus: 'running' }) }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    // The past day is a Saturday: the API asks for each confirmation in turn.
    'PATCH /api/editions/e-3/sessions/s-1': (request) => {
      const sent = request.body as { confirmPast?: boolean; confirmedClosedDates?: string[] };
      if (!sent.confirmedClosedDates?.includes('2026-12-05')) {
        return {
          status: 409,
          body: { ...errorBody(409, 'closed_days_unconfirmed', 'Bevestig eerst de bijeenkomsten op een weekend: zaterdag 5 december 2026.'), details: { dates: ['2026-12-05'] } },
        };
      }
      if (!sent.confirmPast) return { status: 409, body: errorBody(409, 'session_moved_into_past', 'Zaterdag 5 december 2026, 09:30 is al voorbij. Controleer de datum.') };
      return { status: 200, body: { ...lesdag, status: 'moved', sequence: 1, warnings: [] } };
    },
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  const card = (await screen.findByRole('link', { name: 'Lesdag 1' })).closest('li')!;
  fireEvent.click(within(card).getByRole('button', { name: 'Lesdag 1 verplaatsen of wijzigen' }));
  const form = within(card).getByRole('form', { name: 'Lesdag 1 verplaatsen of wijzigen' });
  const past = 'De bijeenkomst is echt op die tijd gehouden.';
  expect(within(form).queryByRole('checkbox', { name: past })).not.toBeInTheDocument();
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  fireEvent.click(await within(form).findByRole('checkbox', { name: /Ik bevestig .* als datum voor deze bijeenkomst/ }));
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('is al voorbij. Controleer de datum.');
  expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).not.toHaveProperty('confirmPast');

  // The closed day's box stays, ticked, beside the new one.
  expect(within(form).getByRole('checkbox', { name: /Ik bevestig .* als datum voor deze bijeenkomst/ })).toBeChecked();
  fireEvent.click(await within(form).findByRole('checkbox', { name: past }));
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Lesdag 1 is gewijzigd.')).toBeInTheDocument();
  expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toMatchObject({ confirmPast: true, confirmedClosedDates: ['2026-12-05'] });
});

it('says which coming session still misses a venue or a link, and not of a cancelled or past one', async () => {
  // Whenever the test runs: next week.
  const week = 7 * 24 * 3600_000;
  const coming = { ...lesdag, startsAt: new Date(Date.now() + week).toISOString(), endsAt: new Date(Date.now() + week + 6 * 3600_000).toISOString() };
  const edition: EditionDetail = detailOf();
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({
      status: 200,
      body: [
        { ...coming, mode: 'hybrid', location: 'Amersfoort', onlineUrl: null },
        { ...coming, id: 's-2', title: 'Lesdag 2', location: null },
        { ...coming, id: 's-3', title: 'Lesdag 3', mode: 'online', location: null, onlineUrl: null, status: 'cancelled' },
        { ...coming, id: 's-4', title: 'Lesdag 0', location: null, startsAt: '2026-01-06T09:30:00+01:00', endsAt: '2026-01-06T16:00:00+01:00' },
      ],
    }),
  });
  renderApp('/edities/e-3');
  const card = async (title: string) => (await screen.findByRole('link', { name: title })).closest('li')!;
  expect(await card('Lesdag 1')).toHaveTextContent('Nog geen online link');
  expect(await card('Lesdag 1')).not.toHaveTextContent('Nog geen locatie');
  expect(await card('Lesdag 2')).toHaveTextContent('Nog geen locatie: vul die in onder Verplaatsen of wijzigen.');
  expect(await card('Lesdag 3')).not.toHaveTextContent('Nog geen');
  expect(await card('Lesdag 0')).not.toHaveTextContent('Nog geen');
});

it('says how many participants are in no network group yet, with the way to the groups', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/editions/e-3': () => ({ status: 200, body: detailOf({ networkGroups: [{ id: 'g-1', name: 'Avans' }], participantsWithoutGroup: 2 }) }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
  });
  renderApp('/edities/e-3');
  expect(await screen.findByText(/2 deelnemers zitten nog in geen netwerkgroep/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Deel ze in onder Netwerkgroepen' })).toHaveAttribute('href', '/edities/e-3/netwerkgroepen');
});

it('deletes a draft after confirmation and goes back to the editions', async () => {
  let deleted = false;
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: detailOf() }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    'DELETE /api/editions/e-3': () => {
      deleted = true;
      return { status: 204 };
    },
    'GET /api/editions': () => ({ status: 200, body: deleted ? [] : [summary] }),
  });
  renderApp('/edities/e-3');
  const button = await screen.findByRole('button', { name: 'Concept verwijderen' });

  fireEvent.click(button);
  let dialog = screen.getByRole('alertdialog', { name: 'HIS-I 3.0 verwijderen?' });
  expect(dialog).toHaveAccessibleDescription('Met alle bijeenkomsten en inschrijvingen. Dit kan niet ongedaan worden gemaakt.');
  // What cannot be undone starts on the safe choice.
  expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

  fireEvent.click(button);
  dialog = screen.getByRole('alertdialog', { name: 'HIS-I 3.0 verwijderen?' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Concept verwijderen' }));
  expect(await screen.findByRole('link', { name: 'Nieuwe editie openen' })).toBeInTheDocument();
  expect(requests.find((r) => r.method === 'DELETE')?.url).toBe('/api/editions/e-3');
});

it('saves the settings, with what the public page says about applying, and shows the field the server refuses', async () => {
  let edition: EditionDetail = detailOf({ status: 'open', defaultLocation: 'Amersfoort', nextStatus: 'running' });
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    'PATCH /api/editions/e-3': (request) => {
      const body = request.body as UpdateEditionRequest;
      if (body.defaultOnlineUrl === 'teams') {
        return { status: 400, body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'defaultOnlineUrl', message: 'Vul een link in die begint met https://.' }] } };
      }
      edition = { ...edition, ...body } as EditionDetail;
      return { status: 200, body: edition };
    },
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  const settings = within((await screen.findByRole('heading', { level: 2, name: 'Instellingen' })).closest('section')!);
  expect(settings.getByLabelText('Aantal plaatsen')).toHaveValue(36);

  fireEvent.click(settings.getByLabelText('Deze editie staat open voor aanmeldingen'));
  fireEvent.change(settings.getByLabelText('Aanmelden kan tot en met'), { target: { value: '2026-12-15' } });
  fireEvent.change(settings.getByLabelText('Prijs per deelnemer (euro)'), { target: { value: 'gratis' } });
  fireEvent.change(settings.getByLabelText('Online link'), { target: { value: 'teams' } });
  fireEvent.click(settings.getByRole('button', { name: 'Instellingen opslaan' }));
  expect(await settings.findByText('Vul een bedrag in euro in, zoals 1.250 of 1250,50.')).toBeInTheDocument();
  expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

  fireEvent.change(settings.getByLabelText('Prijs per deelnemer (euro)'), { target: { value: '1.250' } });
  fireEvent.click(settings.getByRole('button', { name: 'Instellingen opslaan' }));
  expect(await settings.findByText('Vul een link in die begint met https://.')).toBeInTheDocument();
  expect(settings.getByLabelText('Online link')).toHaveAttribute('aria-invalid', 'true');

  fireEvent.change(settings.getByLabelText('Online link'), { target: { value: '' } });
  expect(screen.getByText('Schoolvakanties').nextElementSibling).toHaveTextContent('Geen regio gekozen');
  fireEvent.change(settings.getByLabelText('Schoolvakanties vermijden'), { target: { value: 'midden' } });
  fireEvent.click(settings.getByRole('button', { name: 'Instellingen opslaan' }));
  expect(await screen.findByText('De instellingen zijn opgeslagen.')).toBeInTheDocument();
  expect(requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toEqual({
    name: 'HIS-I 3.0',
    capacity: 36,
    defaultLocation: 'Amersfoort',
    defaultOnlineUrl: null,
    openForApplications: true,
    applicationDeadline: '2026-12-15',
    priceCents: 125_000,
    schoolHolidayRegion: 'midden',
  });
  expect(screen.getByText('Schoolvakanties').nextElementSibling).toHaveTextContent('Regio midden');
});

it('keeps unsaved settings when moving the first session closes applications earlier, and shows the new deadline', async () => {
  let edition: EditionDetail = detailOf({ status: 'open', defaultLocation: 'Amersfoort', openForApplications: true, applicationDeadline: '2027-01-05', nextStatus: 'running' });
  let session = lesdag;
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [session] }),
    'PATCH /api/editions/e-3/sessions/s-1': () => {
      session = { ...session, startsAt: '2026-12-29T09:30:00+01:00', endsAt: '2026-12-29T16:00:00+01:00', status: 'moved', sequence: 1 };
      edition = { ...edition, startDate: '2026-12-29', applicationDeadline: '2026-12-29' };
      return { status: 200, body: session };
    },
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  const settings = within((await screen.findByRole('heading', { level: 2, name: 'Instellingen' })).closest('section')!);
  fireEvent.change(settings.getByLabelText('Naam van de editie'), { target: { value: 'HIS-I 3.0 Noord' } });
  fireEvent.change(settings.getByLabelText('Aantal plaatsen'), { target: { value: '40' } });

  const card = (await screen.findByRole('link', { name: 'Lesdag 1' })).closest('li')!;
  fireEvent.click(within(card).getByRole('button', { name: 'Lesdag 1 verplaatsen of wijzigen' }));
  const form = within(card).getByRole('form', { name: 'Lesdag 1 verplaatsen of wijzigen' });
  fireEvent.change(within(form).getByLabelText('Datum'), { target: { value: '2026-12-29' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Lesdag 1 is gewijzigd.')).toBeInTheDocument();

  await waitFor(() => expect(settings.getByLabelText('Aanmelden kan tot en met')).toHaveValue('2026-12-29'));
  expect(settings.getByLabelText('Naam van de editie')).toHaveValue('HIS-I 3.0 Noord');
  expect(settings.getByLabelText('Aantal plaatsen')).toHaveValue(40);
});

it('puts one trainer on every coming programme day at once, and says how many sessions changed', async () => {
  const edition: EditionDetail = detailOf({ defaultLocation: 'Amersfoort' });
  const network: EditionSession = { ...lesdag, id: 's-2', kind: 'network_session', title: 'Netwerksessie 1', staff: [] };
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag, network] }),
    'GET /api/editions': () => ({ status: 200, body: [] }),
    'GET /api/staff?pageSize=100': () => ({
      status: 200,
      body: { items: [{ id: 'trainer-2', name: 'Jeroen Bakker', email: 'jeroen@koers.demo', organisation: 'Avans' }], total: 1, page: 1, pageSize: 100 },
    }),
    'POST /api/editions/e-3/staff': () => ({ status: 201, body: { added: 1, warnings: [] } }),
  });
  const { container } = renderApp('/edities/e-3');
  fireEvent.click(await screen.findByText('Trainer of begeleider bij meerdere bijeenkomsten'));
  const kinds = await screen.findByRole('group', { name: 'Bij alle komende' });
  expect(within(kinds).getByRole('checkbox', { name: 'lesdagen (ook de dagen met het intern team)' })).toBeChecked();
  expect(within(kinds).getByRole('checkbox', { name: 'netwerksessies' })).not.toBeChecked();
  expect(within(kinds).queryByRole('checkbox', { name: 'bestuurlijke bijeenkomsten' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  expect(await screen.findByText('Kies wie je toevoegt.')).toBeInTheDocument();
  expect(requests.some((r) => r.url === '/api/editions/e-3/staff')).toBe(false);

  await screen.findByRole('option', { name: 'Jeroen Bakker (Avans)' });
  fireEvent.change(screen.getByLabelText('Persoon'), { target: { value: 'trainer-2' } });
  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  expect(await screen.findByText('Jeroen Bakker staat nu bij 1 bijeenkomst meer.')).toBeInTheDocument();
  expect(requests.find((r) => r.url === '/api/editions/e-3/staff')?.body).toEqual({ personId: 'trainer-2', role: 'trainer', kinds: ['programme_day'] });

  // Without a kind of session: the first box takes the focus, the group says why.
  fireEvent.click(within(kinds).getByRole('checkbox', { name: 'lesdagen (ook de dagen met het intern team)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  expect(await screen.findByRole('group', { name: 'Bij alle komende' })).toHaveAccessibleDescription('Kies ten minste één soort bijeenkomst.');
  // jsdom has no canvas, which axe needs to judge a label with a symbol such as the dash in "Lesdag 1 – …".
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

it('finds a trainer beyond the first hundred by searching, and says when the list shows only part', async () => {
  const trainer = (n: number) => ({ id: `trainer-${n}`, name: `Trainer ${String(n).padStart(3, '0')}`, email: `t${n}@koers.demo`, organisation: null });
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: detailOf({ defaultLocation: 'Amersfoort' }) }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    'GET /api/editions': () => ({ status: 200, body: [] }),
    'GET /api/staff?pageSize=100': () => ({ status: 200, body: { items: Array.from({ length: 100 }, (_, i) => trainer(i + 1)), total: 105, page: 1, pageSize: 100 } }),
    'GET /api/staff?pageSize=100&search=105': () => ({ status: 200, body: { items: [trainer(105)], total: 1, page: 1, pageSize: 100 } }),
    'POST /api/editions/e-3/staff': () => ({ status: 201, body: { added: 1, warnings: [] } }),
  });
  renderApp('/edities/e-3');
  fireEvent.click(await screen.findByText('Trainer of begeleider bij meerdere bijeenkomsten'));
  const search = await screen.findByRole('searchbox', { name: 'Zoek een trainer of begeleider' });
  await waitFor(() => expect(search).toHaveAccessibleDescription('De lijst toont er 100 van 105: typ een deel van de naam om de anderen te vinden.'));
  expect(screen.queryByRole('option', { name: 'Trainer 105' })).toBeNull();

  fireEvent.change(search, { target: { value: '105' } });
  await screen.findByRole('option', { name: 'Trainer 105' });
  expect(search).not.toHaveAccessibleDescription();
  expect(screen.getByText('1 persoon gevonden.')).toHaveAttribute('role', 'status');
  // Enter in the box narrows the list; it does not send the form around it.
  const enter = createEvent.keyDown(search, { key: 'Enter' });
  fireEvent(search, enter);
  expect(enter.defaultPrevented).toBe(true);
  fireEvent.change(screen.getByLabelText('Persoon'), { target: { value: 'trainer-105' } });
  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  expect(await screen.findByText('Trainer 105 staat nu bij 1 bijeenkomst meer.')).toBeInTheDocument();
  expect(requests.find((r) => r.url === '/api/editions/e-3/staff')?.body).toMatchObject({ personId: 'trainer-105' });
});

it('adds a network session for one group, with the edition’s link and the kind’s audience, and says which field the server refuses', async () => {
  const edition: EditionDetail = {
    ...summary,
    status: 'open',
    defaultLocation: 'Amersfoort',
    defaultOnlineUrl: 'https://meet.example.nl/his',
    openForApplications: false,
    applicationDeadline: null,
    priceCents: null,
    schoolHolidayRegion: null,
    nextStatus: 'running',
    networkGroups: [
      { id: 'g-1', name: 'Groep Noord' },
      { id: 'g-2', name: 'Groep Zuid' },
    ],
    participantsWithoutGroup: 0,
  };
  let answer: { status: number; body: unknown } = {
    status: 400,
    body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'endTime', message: 'De eindtijd moet na de begintijd liggen.' }] },
  };
  const { requests } = installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    'GET /api/editions': () => ({ status: 200, body: [] }),
    'POST /api/editions/e-3/sessions': () => answer,
  });
  const { container } = renderApp('/edities/e-3');
  fireEvent.click(await screen.findByText('Bijeenkomst toevoegen', { selector: 'summary' }));
  const form = screen.getByRole('form', { name: 'Bijeenkomst toevoegen' });
  expect(within(form).queryByLabelText('Voor netwerkgroep')).toBeNull();

  fireEvent.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
  expect(await within(form).findByText('Vul een titel in.')).toBeInTheDocument();
  expect(within(form).getByText('Kies een datum.')).toBeInTheDocument();
  expect(requests.some((r) => r.method === 'POST' && r.url === '/api/editions/e-3/sessions')).toBe(false);

  fireEvent.change(within(form).getByLabelText('Soort'), { target: { value: 'network_session' } });
  fireEvent.change(within(form).getByLabelText('Vorm'), { target: { value: 'online' } });
  fireEvent.change(within(form).getByLabelText('Voor netwerkgroep'), { target: { value: 'g-2' } });
  fireEvent.change(within(form).getByLabelText('Titel', { exact: false }), { target: { value: 'Extra intervisie' } });
  fireEvent.change(within(form).getByLabelText('Datum', { exact: false }), { target: { value: '2027-05-11' } });
  fireEvent.change(within(form).getByLabelText('Eindtijd', { exact: false }), { target: { value: '08:00' } });
  expect(within(form).queryByLabelText('Locatie')).toBeNull();
  const audience = within(form).getByRole('group', { name: 'Wie doet er mee?' });
  expect(within(audience).getByRole('checkbox', { name: 'deelnemers' })).toBeChecked();
  expect(within(audience).getByRole('checkbox', { name: 'directeuren' })).not.toBeChecked();
  fireEvent.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
  expect(await within(form).findByText('De eindtijd moet na de begintijd liggen.')).toBeInTheDocument();

  // A day no session takes place on is asked about, as in the opening wizard, and confirmed with the next save.
  answer = {
    status: 409,
    body: { ...errorBody(409, 'closed_days_unconfirmed', 'Bevestig eerst de bijeenkomsten op een weekend, feestdag, vrije dag of in een schoolvakantie: dinsdag 11 mei 2027.'), details: { dates: ['2027-05-11'] } },
  };
  fireEvent.change(within(form).getByLabelText('Eindtijd', { exact: false }), { target: { value: '11:30' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
  fireEvent.click(await within(form).findByRole('checkbox', { name: 'Ik bevestig di 11 mei 2027 als datum voor deze bijeenkomst.' }));
  const clash = '2 mensen worden op dinsdag 11 mei 2027 bij twee bijeenkomsten tegelijk verwacht: “Extra intervisie (Groep Zuid)” en “Lesdag 4”.';
  answer = {
    status: 201,
    body: { ...lesdag, id: 's-9', kind: 'network_session', title: 'Extra intervisie', networkGroup: 'Groep Zuid', warnings: [{ code: 'attendees_double_booked', message: clash }] },
  };
  fireEvent.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
  // What its time clashes with is said along with it.
  expect(await screen.findByText(`Extra intervisie is toegevoegd. ${clash}`)).toBeInTheDocument();
  // Ready for the next one: a programme day on site, for the participants.
  expect(within(form).getByLabelText('Soort')).toHaveValue('programme_day');
  expect(within(form).getByLabelText('Vorm')).toHaveValue('on_site');
  expect(within(form).getByLabelText('Titel', { exact: false })).toHaveValue('');
  expect(requests.filter((r) => r.method === 'POST' && r.url === '/api/editions/e-3/sessions').at(-1)?.body).toEqual({
    kind: 'network_session',
    title: 'Extra intervisie',
    theme: '',
    date: '2027-05-11',
    startTime: '09:30',
    endTime: '11:30',
    mode: 'online',
    location: null,
    onlineUrl: 'https://meet.example.nl/his',
    audience: { participants: true, internalTeams: false, directors: false },
    networkGroupId: 'g-2',
    confirmedClosedDates: ['2027-05-11'],
  });
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

it('asks about the step it was opened for while the step is taken, and gives focus to the notice once archived', async () => {
  let edition: EditionDetail = detailOf({ status: 'completed', nextStatus: 'archived' });
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: edition }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    'POST /api/editions/e-3/status': () => {
      edition = { ...edition, status: 'archived', nextStatus: null };
      return { status: 200, body: edition };
    },
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  const opener = await screen.findByRole('button', { name: 'Archiveren' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = screen.getByRole('alertdialog', { name: 'HIS-I 3.0 archiveren?' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Archiveren' }));
  const notice = await screen.findByText('Deze editie is gearchiveerd: je kunt alles nog lezen, maar niets meer wijzigen.');
  await waitFor(() => expect(notice.closest('.alert')).toHaveFocus());
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});

it('says a completed edition’s outcome is fixed, and offers no adding or cancelling of sessions, only putting one right', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: merel }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
    'GET /api/editions/e-3': () => ({ status: 200, body: detailOf({ status: 'completed', nextStatus: 'archived' }) }),
    'GET /api/editions/e-3/sessions': () => ({ status: 200, body: [lesdag] }),
    'GET /api/editions': () => ({ status: 200, body: [] }),
  });
  renderApp('/edities/e-3');
  expect(await screen.findByText(/Deze editie is afgerond en wat afronden vraagt ligt vast/)).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: `${lesdag.title} verplaatsen of wijzigen` })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: `${lesdag.title} annuleren` })).not.toBeInTheDocument();
  expect(screen.queryByText('Bijeenkomst toevoegen')).not.toBeInTheDocument();
});
