import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import { type ChallengeLogComment, type ChallengeSummary, type ImplementationChallenge, myChallengePath } from '@koers/shared/challenge';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi, type RecordedRequest } from '../../../../test/fake-api';
import { lotte } from '../../../../test/people';
import { renderApp } from '../../../../test/render-app';

const sanne: MeResponse = { ...lotte, id: 'p-9', name: 'Sanne de Vries', enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }] };

const empty: ImplementationChallenge = {
  enrolmentId: 'en-1',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  participantName: 'Lotte Bakker',
  described: false,
  title: '',
  description: '',
  innovation: '',
  goal: '',
  phase: 'explore',
  updatedAt: null,
  log: [],
  canComment: true,
  canModerate: false,
};

const described: ImplementationChallenge = {
  ...empty,
  described: true,
  title: 'Slimme sensoren voor een rustige nacht',
  description: 'De nachtdienst loopt onnodige rondes.',
  innovation: 'Akoestische sensoren',
  goal: 'Minder onnodige rondes',
  phase: 'direct',
  updatedAt: '2026-11-24T09:00:00Z',
  log: [{ id: 'l-1', entryDate: '2026-11-19', text: 'Gesprek met de teamleider.', authorName: 'Lotte Bakker', createdAt: '2026-11-19T20:00:00Z', comments: [] }],
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('my implementation challenge', () => {
  it('asks a participant to describe the challenge, then shows it on the innovation route with its log', async () => {
    let current = empty;
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/challenge?editionId=e-2': () => ({ status: 200, body: current }),
      'PUT /api/me/challenge': (request: RecordedRequest) => {
        current = { ...described, ...(request.body as object), log: [] };
        return { status: 200, body: current };
      },
      'POST /api/me/challenge/log': (request: RecordedRequest) => ({
        status: 201,
        body: { id: 'l-2', ...(request.body as object), authorName: 'Lotte Bakker', createdAt: '2026-11-25T10:00:00Z' },
      }),
    });
    renderApp('/mijn-vraagstuk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn implementatievraagstuk' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Beschrijf je vraagstuk' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByLabelText('Titel')).toHaveAccessibleDescription(/Geef je vraagstuk een titel\./);
    expect(screen.getByLabelText('Titel')).toHaveFocus();

    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Slimme sensoren voor een rustige nacht' } });
    fireEvent.change(screen.getByLabelText('Innovatie'), { target: { value: 'Akoestische sensoren' } });
    fireEvent.click(screen.getByRole('radio', { name: /richt/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Slimme sensoren voor een rustige nacht' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      title: 'Slimme sensoren voor een rustige nacht',
      description: '',
      innovation: 'Akoestische sensoren',
      goal: '',
      phase: 'direct',
      editionId: 'e-2',
      basedOn: null,
    });
    const route = screen.getByRole('list', { name: 'Innovatieroute' });
    expect(within(route).getAllByRole('listitem').map((step) => step.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    expect(route).toHaveTextContent('richt (huidige fase)');

    const log = screen.getByRole('region', { name: 'Logboek' });
    fireEvent.change(within(log).getByLabelText('Wat is er gebeurd of geleerd?'), { target: { value: 'Drie afdelingen hebben al sensoren.' } });
    fireEvent.change(within(log).getByLabelText('Datum'), { target: { value: '2026-11-23' } });
    fireEvent.click(within(log).getByRole('button', { name: 'Toevoegen aan logboek' }));
    expect(await within(log).findByText('De aantekening staat in je logboek.')).toBeInTheDocument();
    expect(within(log).getByText('Drie afdelingen hebben al sensoren.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST' && r.url === '/api/me/challenge/log')?.body).toEqual({
      editionId: 'e-2',
      entryDate: '2026-11-23',
      text: 'Drie afdelingen hebben al sensoren.',
    });
  });

  it('opens the edition the address names (the peer-feedback mail’s link), and the picker moves to another', async () => {
    const twoEditions: MeResponse = { ...lotte, enrolments: [...lotte.enrolments, { editionId: 'e-1', editionName: 'HIS-I 1.0', role: 'participant' }] };
    const earlier: ImplementationChallenge = { ...described, enrolmentId: 'en-0', editionId: 'e-1', editionName: 'HIS-I 1.0', title: 'Minder valincidenten' };
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: twoEditions }),
      'GET /api/me/challenge?editionId=e-1': () => ({ status: 200, body: earlier }),
      'GET /api/me/challenge?editionId=e-2': () => ({ status: 200, body: described }),
    });
    renderApp(myChallengePath('e-1'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Minder valincidenten' })).toBeInTheDocument();
    expect(screen.getByLabelText('Editie')).toHaveValue('e-1');
    fireEvent.change(screen.getByLabelText('Editie'), { target: { value: 'e-2' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Slimme sensoren voor een rustige nacht' })).toBeInTheDocument();
    expect(api.requests.filter((r) => r.url.startsWith('/api/me/challenge')).map((r) => r.url)).toEqual(['/api/me/challenge?editionId=e-1', '/api/me/challenge?editionId=e-2']);
  });

  it('shows the server’s field messages, tied to their fields', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/challenge?editionId=e-2': () => ({ status: 200, body: described }),
      'POST /api/me/challenge/log': () => ({
        status: 400,
        body: { ...errorBody(400, 'validation_failed', 'Niet alle velden zijn goed ingevuld.'), fields: [{ field: 'entryDate', message: 'Kies vandaag of een dag in het verleden.' }] },
      }),
    });
    renderApp('/mijn-vraagstuk');
    const log = await screen.findByRole('region', { name: 'Logboek' });
    fireEvent.change(within(log).getByLabelText('Wat is er gebeurd of geleerd?'), { target: { value: 'Later' } });
    fireEvent.click(within(log).getByRole('button', { name: 'Toevoegen aan logboek' }));
    await waitFor(() => expect(within(log).getByLabelText('Datum')).toHaveAccessibleDescription('Kies vandaag of een dag in het verleden.'));
  });

  it('moves focus into the form “Vraagstuk wijzigen” opens, and back to that button on Annuleren and after saving', async () => {
    let current = described;
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/challenge?editionId=e-2': () => ({ status: 200, body: current }),
      'PUT /api/me/challenge': (request: RecordedRequest) => {
        current = { ...described, ...(request.body as object) };
        return { status: 200, body: current };
      },
    });
    renderApp('/mijn-vraagstuk');
    const press = (button: HTMLElement) => {
      button.focus();
      fireEvent.click(button);
    };

    press(await screen.findByRole('button', { name: 'Vraagstuk wijzigen' }));
    await waitFor(() => expect(screen.getByLabelText('Titel')).toHaveFocus());
    press(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Vraagstuk wijzigen' })).toHaveFocus());

    press(screen.getByRole('button', { name: 'Vraagstuk wijzigen' }));
    await waitFor(() => expect(screen.getByLabelText('Titel')).toHaveFocus());
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Rustige nachten' } });
    press(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rustige nachten' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Vraagstuk wijzigen' })).toHaveFocus());
  });

  it('keeps what was typed when another tab saved meanwhile, and saves it anyway only when asked', async () => {
    let current = described;
    const elsewhere = '2026-11-26T09:00:00.000Z';
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/challenge?editionId=e-2': () => ({ status: 200, body: current }),
      'PUT /api/me/challenge': (request: RecordedRequest) => {
        if ((request.body as { basedOn: string | null }).basedOn !== elsewhere) {
          return { status: 409, body: { ...errorBody(409, 'challenge_changed', 'Je vraagstuk is intussen opgeslagen in een ander tabblad of op een ander apparaat.'), details: { updatedAt: elsewhere } } };
        }
        current = { ...described, ...(request.body as object), updatedAt: '2026-11-26T09:05:00.000Z' };
        return { status: 200, body: current };
      },
    });
    renderApp('/mijn-vraagstuk');
    fireEvent.click(await screen.findByRole('button', { name: 'Vraagstuk wijzigen' }));
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Rustige nachten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('in een ander tabblad');
    expect(screen.getByLabelText('Titel')).toHaveValue('Rustige nachten');
    expect(api.requests.filter((r) => r.method === 'PUT').at(-1)?.body).toMatchObject({ basedOn: described.updatedAt });

    fireEvent.click(screen.getByRole('button', { name: 'Toch opslaan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rustige nachten' })).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'PUT').at(-1)?.body).toMatchObject({ title: 'Rustige nachten', basedOn: elsewhere });
  });

  it('has no axe violations while describing and while reading', async () => {
    for (const challenge of [empty, described]) {
      installFakeApi({
        'GET /api/me': () => ({ status: 200, body: lotte }),
        'GET /api/me/challenge?editionId=e-2': () => ({ status: 200, body: challenge }),
      });
      const { container, idle, unmount } = renderApp('/mijn-vraagstuk');
      await screen.findByRole('heading', { level: 2, name: challenge.described ? challenge.title : 'Beschrijf je vraagstuk' });
      await idle();
      await act(async () => {
        const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
      unmount();
    }
  });
});

describe('challenges for trainers', () => {
  const summaries: ChallengeSummary[] = [
    { enrolmentId: 'en-1', personId: 'p-1', participantName: 'Lotte Bakker', organisation: 'Zorggroep De Linde', title: described.title, phase: 'direct', updatedAt: '2026-11-24T09:00:00Z', lastLogDate: '2026-11-19' },
    { enrolmentId: 'en-2', personId: 'p-2', participantName: 'Bram Jansen', organisation: null, title: null, phase: null, updatedAt: null, lastLogDate: null },
  ];

  it('lists the edition’s participants with their challenge and opens one read-only', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/editions/e-2/challenges?page=1&pageSize=25': () => ({ status: 200, body: { items: summaries, total: 2, page: 1, pageSize: 25 } }),
      'GET /api/enrolments/en-1/challenge': () => ({ status: 200, body: described }),
    });
    renderApp('/vraagstukken');
    expect(await screen.findByRole('heading', { level: 1, name: 'Implementatievraagstukken' })).toBeInTheDocument();
    const items = within(await screen.findByRole('list', { name: 'Deelnemers en hun vraagstuk' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Lotte Bakker, Zorggroep De Linde');
    expect(items[0]).toHaveTextContent('Slimme sensoren voor een rustige nacht');
    expect(items[0]).toHaveTextContent('Laatste aantekening: do 19 november 2026');
    expect(items[1]).toHaveTextContent('Nog niet beschreven.');

    fireEvent.click(within(items[0]).getByRole('link', { name: 'Lotte Bakker' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Implementatievraagstuk van Lotte Bakker' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Logboek' })).toHaveTextContent('Gesprek met de teamleider.');
    expect(screen.queryByRole('button', { name: 'Vraagstuk wijzigen' })).not.toBeInTheDocument();
  });
});

describe('peer feedback on the log', () => {
  const jan: MeResponse = { ...lotte, id: 'p-2', name: 'Jan Smit' };
  const lottesComment: ChallengeLogComment = {
    id: 'c-1',
    logEntryId: 'l-1',
    authorPersonId: 'p-1',
    authorName: 'Lotte Bakker',
    body: 'Wie heeft **tips**?',
    createdAt: '2026-11-20T08:00:00Z',
    hidden: null,
    own: false,
  };
  const withComment: ImplementationChallenge = { ...described, log: [{ ...described.log[0], comments: [lottesComment] }] };

  it('lets a member of the network group read the comments under an entry and add one', async () => {
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: jan }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/enrolments/en-1/challenge': () => ({ status: 200, body: withComment }),
      'POST /api/challenge-log-entries/l-1/comments': (request: RecordedRequest) => ({
        status: 201,
        body: { ...lottesComment, id: 'c-2', authorPersonId: 'p-2', authorName: 'Jan Smit', ...(request.body as object), createdAt: '2026-11-25T10:00:00Z', own: true },
      }),
    });
    renderApp('/vraagstukken/en-1');
    const log = await screen.findByRole('region', { name: 'Logboek' });
    const comments = within(log).getByRole('list', { name: '1 reactie' });
    expect(comments).toHaveTextContent('Lotte Bakker · vr 20 november 2026, 09:00');
    expect(within(comments).getByText('tips').tagName).toBe('STRONG');

    const form = within(log).getByRole('form', { name: 'Reageren op de aantekening van do 19 november 2026' });
    fireEvent.click(within(form).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(within(form).getByLabelText('Jouw reactie')).toHaveAccessibleDescription(/Schrijf eerst je reactie\./);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Jouw reactie'), { target: { value: ' Bel de Eikenhof eens. ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await within(log).findByRole('list', { name: '2 reacties' })).toHaveTextContent('Jan Smit');
    expect(within(log).getByText('Bel de Eikenhof eens.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Jouw reactie')).toHaveValue('');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ body: 'Bel de Eikenhof eens.' });
  });

  it('names each entry’s comment form after its entry, and entries of one day by their order, so no two forms share a name', async () => {
    const entry = described.log[0];
    const log = [
      { ...entry, id: 'l-3', text: 'Tweede gesprek.', createdAt: '2026-11-19T21:00:00Z' },
      { ...entry, comments: [lottesComment] },
      { ...entry, id: 'l-0', entryDate: '2026-11-12', text: 'Eerste idee.', createdAt: '2026-11-12T20:00:00Z' },
    ];
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: jan }),
      'GET /api/enrolments/en-1/challenge': () => ({ status: 200, body: { ...described, log } }),
    });
    const { container, idle } = renderApp('/vraagstukken/en-1');
    const region = await screen.findByRole('region', { name: 'Logboek' });
    expect(within(region).getAllByRole('form').map((form) => form.getAttribute('aria-label'))).toEqual([
      'Reageren op de aantekening van do 19 november 2026 (1 van 2)',
      'Reageren op de aantekening van do 19 november 2026 (2 van 2)',
      'Reageren op de aantekening van do 12 november 2026',
    ]);
    await idle();
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });

  it('lets a moderator hide a comment with a reason, which the page then shows', async () => {
    let current: ImplementationChallenge = { ...withComment, canModerate: true };
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/enrolments/en-1/challenge': () => ({ status: 200, body: current }),
      'POST /api/challenge-log-comments/c-1/hide': (request: RecordedRequest) => {
        const { reason } = request.body as { reason: string };
        current = { ...current, log: [{ ...current.log[0], comments: [{ ...lottesComment, hidden: { hiddenAt: '2026-11-26T10:00:00Z', reason } }] }] };
        return { status: 204 };
      },
    });
    renderApp('/vraagstukken/en-1');
    const comments = await screen.findByRole('list', { name: '1 reactie' });
    fireEvent.click(within(comments).getByRole('button', { name: 'Verbergen' }));
    fireEvent.click(within(comments).getByRole('button', { name: 'Reactie verbergen' }));
    expect(within(comments).getByLabelText('Waarom verberg je deze reactie?')).toHaveAccessibleDescription(/Geef een reden\./);
    fireEvent.change(within(comments).getByLabelText('Waarom verberg je deze reactie?'), { target: { value: 'Houd het bij het vraagstuk.' } });
    fireEvent.click(within(comments).getByRole('button', { name: 'Reactie verbergen' }));
    expect(await within(comments).findByText('Verborgen door een begeleider. Reden: Houd het bij het vraagstuk.')).toBeInTheDocument();
    expect(within(comments).queryByRole('button', { name: 'Verbergen' })).not.toBeInTheDocument();
    expect(api.requests.find((r) => r.url === '/api/challenge-log-comments/c-1/hide')?.body).toEqual({ reason: 'Houd het bij het vraagstuk.' });
  });

  it('shows no comments or form to those who only read the challenge, and has no axe violations', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: jan }),
      'GET /api/enrolments/en-1/challenge': () => ({ status: 200, body: withComment }),
    });
    const { container, idle, unmount } = renderApp('/vraagstukken/en-1');
    await screen.findByRole('region', { name: 'Logboek' });
    await idle();
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
    unmount();

    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: jan }),
      'GET /api/enrolments/en-1/challenge': () => ({ status: 200, body: { ...described, canComment: false, log: [{ ...described.log[0], comments: null }] } }),
    });
    renderApp('/vraagstukken/en-1');
    const log = await screen.findByRole('region', { name: 'Logboek' });
    expect(log).toHaveTextContent('Gesprek met de teamleider.');
    expect(within(log).queryByRole('form')).not.toBeInTheDocument();
    expect(within(log).queryByRole('list', { name: /reactie/ })).not.toBeInTheDocument();
  });
});
