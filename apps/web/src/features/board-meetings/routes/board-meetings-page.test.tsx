import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { MyBoardMeeting } from '@koers/shared/board-meetings';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const director: MeResponse = {
  id: 'p-1',
  name: 'Hans Visser',
  email: 'directeur@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' }],
};

const DAY = 24 * 3600_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3600_000).toISOString();

const held: MyBoardMeeting = {
  sessionId: 's-1',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  title: 'Bestuurlijke bijeenkomst 1 – Ruimte maken voor innovatie',
  startsAt: at(-20),
  endsAt: at(-20, 3),
  mode: 'on_site',
  location: 'Utrechtseweg 10, Amersfoort',
  onlineUrl: null,
  status: 'scheduled',
  agenda: '14:00 Ontvangst\n14:15 Stand van zaken',
  attendingAs: 'director',
  rsvp: { response: 'attending', delegateName: null, delegateEmail: null, delegateStatus: null },
  delegateFor: null,
  attended: true,
  minutes: { text: 'Besloten: elke organisatie maakt ruimte voor het intern team.', publishedAt: at(-19) },
};

const coming: MyBoardMeeting = {
  ...held,
  sessionId: 's-2',
  title: 'Bestuurlijke bijeenkomst 2 – Resultaten en vervolg',
  startsAt: at(30),
  endsAt: at(30, 3),
  agenda: '',
  rsvp: null,
  attended: null,
  minutes: null,
};

/** The API answers with the answer stored; a delegate is invited and stays pending until they accept. */
const storedAnswer = (request: RecordedRequest) => {
  const body = request.body as { response: string };
  return { status: 200, body: { delegateName: null, delegateEmail: null, ...body, delegateStatus: body.response === 'delegate' ? 'pending' : null } };
};

function fakeApi(rsvp: (request: RecordedRequest) => { status: number; body?: unknown } = storedAnswer) {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: director }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/me/board-meetings': () => ({ status: 200, body: [held, coming] }),
    'PUT /api/sessions/s-2/rsvp': rsvp,
  });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('board meetings page (director)', () => {
  it('shows the commitment line, the meetings, attendance and minutes', async () => {
    fakeApi();
    renderApp('/bestuurlijke-bijeenkomsten');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bestuurlijke bijeenkomsten' })).toBeInTheDocument();
    const commitment = screen.getByRole('region', { name: 'Je commitment' });
    expect(commitment).toHaveTextContent('1 van 2 bestuurlijke bijeenkomsten');
    expect(commitment).toHaveTextContent('1 bijgewoond · 0 toegezegd · 0 afgemeld · 1 nog niet beantwoord');

    const first = screen.getByRole('article', { name: held.title });
    expect(first).toHaveTextContent('Aanwezig (zelf of via je vervanger)');
    expect(first).toHaveTextContent('14:00 Ontvangst');
    expect(first).toHaveTextContent('Besloten: elke organisatie maakt ruimte voor het intern team.');
    expect(first).toHaveTextContent('Je antwoord: Ik kom');
    expect(within(first).queryByRole('radio')).not.toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Bestuurlijke bijeenkomsten' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Voortgang deelnemers' })).toBeInTheDocument();
  });

  it('sends a delegate with name and email and says it is saved', async () => {
    const { requests } = fakeApi();
    renderApp('/bestuurlijke-bijeenkomsten');
    const next = await screen.findByRole('article', { name: coming.title });

    fireEvent.click(within(next).getByRole('radio', { name: 'Ik stuur een vervanger' }));
    fireEvent.change(within(next).getByLabelText('Naam van je vervanger'), { target: { value: 'Vera Vervanger' } });
    fireEvent.change(within(next).getByLabelText('E-mailadres van je vervanger'), { target: { value: 'vera@zorg.example' } });
    fireEvent.click(within(next).getByRole('button', { name: 'Antwoord opslaan' }));

    expect(await within(next).findByText('Je antwoord is opgeslagen.')).toHaveAttribute('role', 'status');
    const put = requests.find((request) => request.method === 'PUT');
    expect(put).toMatchObject({
      url: '/api/sessions/s-2/rsvp',
      headers: { 'x-csrf-token': 'token-1' },
      body: { response: 'delegate', delegateName: 'Vera Vervanger', delegateEmail: 'vera@zorg.example' },
    });
    expect(screen.getByRole('region', { name: 'Je commitment' })).toHaveTextContent('2 van 2 bestuurlijke bijeenkomsten');
    // The delegate is invited: on the roster only once they accept, and the director sees where it stands.
    expect(await within(next).findByText('uitgenodigd, nog niet geaccepteerd')).toBeInTheDocument();
    expect(next).toHaveTextContent('Je vervanger Vera Vervanger: uitgenodigd, nog niet geaccepteerd');
  });

  it('asks again after a delegate declined, with empty delegate fields, instead of offering to invite them again', async () => {
    const declined: MyBoardMeeting = { ...coming, rsvp: { response: 'delegate', delegateName: 'Femke Jansen', delegateEmail: 'femke@zorg.example', delegateStatus: 'declined' } };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: director }),
      'GET /api/me/board-meetings': () => ({ status: 200, body: [held, declined] }),
    });
    renderApp(`/bestuurlijke-bijeenkomsten#meeting-${declined.sessionId}`);
    const card = await screen.findByRole('article', { name: declined.title });
    // The mail that asks for an answer lands at this meeting, with the keyboard focus there too.
    await waitFor(() => expect(within(card).getByRole('heading', { level: 3 })).toHaveFocus());
    expect(card).toHaveTextContent('Femke Jansen heeft de uitnodiging als je vervanger afgeslagen.');
    expect(within(card).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    fireEvent.click(within(card).getByRole('radio', { name: 'Ik stuur een vervanger' }));
    expect(within(card).getByRole('textbox', { name: /Naam/ })).toHaveValue('');
    expect(screen.getByRole('region', { name: 'Je commitment' })).toHaveTextContent('1 nog niet beantwoord');
  });

  it("ties the server's field errors to the delegate fields and shows the 409 message", async () => {
    let call = 0;
    fakeApi(() => {
      call += 1;
      return call === 1
        ? {
            status: 400,
            body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'delegateEmail', message: 'Vul een geldig e-mailadres in.' }] },
          }
        : { status: 409, body: errorBody(409, 'rsvp_closed', 'Deze bijeenkomst is al begonnen, dus je antwoord kan niet meer worden gewijzigd.') };
    });
    renderApp('/bestuurlijke-bijeenkomsten');
    const next = await screen.findByRole('article', { name: coming.title });
    fireEvent.click(within(next).getByRole('radio', { name: 'Ik stuur een vervanger' }));
    fireEvent.change(within(next).getByLabelText('Naam van je vervanger'), { target: { value: 'Vera' } });
    fireEvent.change(within(next).getByLabelText('E-mailadres van je vervanger'), { target: { value: 'vera@' } });
    fireEvent.click(within(next).getByRole('button', { name: 'Antwoord opslaan' }));

    const email = within(next).getByLabelText('E-mailadres van je vervanger');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in.'));
    expect(email).toHaveFocus();

    fireEvent.click(within(next).getByRole('radio', { name: 'Ik kom niet' }));
    fireEvent.click(within(next).getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await within(next).findByRole('alert')).toHaveTextContent('al begonnen');
  });

  it('speaks English and has no axe violations', async () => {
    window.localStorage.setItem('koers.language', 'en');
    fakeApi();
    const { container, idle } = renderApp('/bestuurlijke-bijeenkomsten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Board meetings' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your commitment' })).toHaveTextContent('1 of 2 board meetings');
    expect(screen.getByRole('radio', { name: 'I will send a delegate' })).toBeInTheDocument();
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

it('shows a delegate without a role in the edition the meetings they go to, whom they stand in for, and no answer form', async () => {
  const delegate: MeResponse = { ...director, id: 'p-9', name: 'Vera Vervanger', email: 'vera@zorg.example', enrolments: [], delegateAtBoardMeetings: true };
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: delegate }),
    'GET /api/me/board-meetings': () => ({
      status: 200,
      body: [
        { ...held, attendingAs: 'delegate', rsvp: null, delegateFor: 'Hans Visser' },
        { ...coming, attendingAs: 'delegate', delegateFor: 'Hans Visser' },
      ],
    }),
  });
  renderApp('/bestuurlijke-bijeenkomsten');

  expect(await screen.findByText(/waar je als vervanger van een directeur of bestuurder naartoe gaat/)).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Je commitment' })).not.toBeInTheDocument();
  const next = screen.getByRole('article', { name: coming.title });
  expect(next).toHaveTextContent('Je gaat als vervanger van Hans Visser.');
  expect(within(next).queryByRole('radio')).not.toBeInTheDocument();
  const first = screen.getByRole('article', { name: held.title });
  expect(first).toHaveTextContent('Besloten: elke organisatie maakt ruimte voor het intern team.');
  // Held: in the past tense, and present is simply present (they were the one to come).
  expect(first).toHaveTextContent('Je ging als vervanger van Hans Visser.');
  expect(first).toHaveTextContent('AanwezigheidAanwezigAgenda');
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  expect(within(nav).getByRole('link', { name: 'Bestuurlijke bijeenkomsten' })).toHaveAttribute('aria-current', 'page');
});

it('tells a director who also stands in for a colleague at a meeting, above their own answer', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: director }),
    'GET /api/me/board-meetings': () => ({ status: 200, body: [{ ...coming, delegateFor: 'Anouk van den Berg' }] }),
  });
  renderApp('/bestuurlijke-bijeenkomsten');
  const next = await screen.findByRole('article', { name: coming.title });
  expect(next).toHaveTextContent('Je gaat ook als vervanger van Anouk van den Berg. Kun je niet? Laat Anouk van den Berg dan iemand anders sturen.');
  expect(within(next).getByRole('radio', { name: 'Ik kom' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Je commitment' })).toHaveTextContent('0 van 1 bestuurlijke bijeenkomst');
});

it('shows the online link of a board meeting when it is handed out, half an hour before the start, without a reload', async () => {
  // The link is due a moment from now; the server withholds it until then.
  const startsAt = new Date(Date.now() + 30 * 60_000 + 300);
  const online: MyBoardMeeting = { ...coming, mode: 'online', location: null, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString() };
  let served = 0;
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: director }),
    'GET /api/me/board-meetings': () => ({ status: 200, body: [{ ...online, onlineUrl: served++ === 0 ? null : 'https://meet.example.nl/bestuur' }] }),
  });
  renderApp('/bestuurlijke-bijeenkomsten');
  expect(await screen.findByText(/de link verschijnt hier om \d\d:\d\d, 30 minuten voor de start/)).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: /Doe online mee/ }, { timeout: 5_000 })).toHaveAttribute('href', 'https://meet.example.nl/bestuur');
});
