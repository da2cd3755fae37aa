import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { EditionMeasurements, InstrumentVersionView, MeasurementAnswer, MeasurementForm, MeasurementRoundResults, OrganisationResults } from '@koers/shared/measurements';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const participant: MeResponse = {
  id: 'p',
  name: 'Lotte Bakker',
  email: 'deelnemer@koers.demo',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'participant' }],
};

const version: InstrumentVersionView = {
  id: 'v-1',
  instrumentId: 'i-1',
  number: 1,
  publishedAt: '2026-11-01T09:00:00Z',
  dimensions: [
    {
      id: 'd-1',
      position: 1,
      name: 'Leiderschap',
      items: [
        { id: 'it-1', position: 1, statement: 'Bestuurders dragen innovatie uit.', scale: 'in_place_3', freeTextAllowed: false },
        { id: 'it-2', position: 2, statement: 'Er is tijd voor vernieuwing.', scale: 'in_place_3', freeTextAllowed: true },
      ],
    },
    { id: 'd-2', position: 2, name: 'Cultuur en mensen', items: [{ id: 'it-3', position: 1, statement: 'Fouten maken mag.', scale: 'in_place_3', freeTextAllowed: false }] },
  ],
};

/** The form of round r-1 as the server answers it, with these answers saved. */
const fillForm = (saved: MeasurementAnswer[], more: Partial<MeasurementForm> = {}): MeasurementForm => ({
  task: {
    roundId: 'r-1',
    editionId: 'e-1',
    editionName: 'HIS-I 2.0',
    instrumentName: 'Innovatiescan (voorbeeld)',
    instrumentKind: 'innovation_scan',
    moment: 'before_first_programme_day',
    occurrence: 1,
    subject: 'organisation',
    role: 'participant',
    participantEnrolmentId: 'pe-1',
    participantName: 'Lotte Bakker',
    organisationName: 'Zorggroep Noord',
    opensAt: '2026-11-01T09:00:00Z',
    closesAt: '2026-12-20T09:00:00Z',
    answered: saved.filter((answer) => answer.value !== null).length,
    items: 3,
  },
  version,
  answers: saved,
  open: true,
  dayCancelled: false,
  ...more,
});

const axeOptions = { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } };

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('filling a measurement round', () => {
  it('saves each answer as it is given, and shows what was saved on the next visit', async () => {
    // The server's state: what a second visit finds.
    let saved: MeasurementAnswer[] = [{ itemId: 'it-1', value: 2, remark: null }];
    const form = () => fillForm(saved);
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: participant }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/measurement-rounds/r-1': () => ({ status: 200, body: form() }),
      'PUT /api/measurement-rounds/r-1/answers': (request) => {
        const answers = (request.body as { answers: MeasurementAnswer[] }).answers;
        saved = [...saved.filter((answer) => !answers.some((given) => given.itemId === answer.itemId)), ...answers];
        return { status: 200, body: form() };
      },
    });
    const { container, idle, unmount } = renderApp('/metingen/invullen/r-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Innovatiescan (voorbeeld)' })).toBeInTheDocument();
    // Before the first answer: who will read it.
    expect(screen.getByText(/de deelnemers en directeuren van Zorggroep Noord zien ze met je naam erbij/)).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Bestuurders dragen innovatie uit.' });
    expect(within(first).getByRole('radio', { name: 'Deels aanwezig' })).toBeChecked();
    expect(screen.getByText('1 van 3 stellingen beantwoord')).toBeInTheDocument();

    const third = screen.getByRole('group', { name: 'Fouten maken mag.' });
    fireEvent.click(within(third).getByRole('radio', { name: 'Volledig aanwezig' }));
    expect(await within(third).findByText('Bewaard')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT').map((request) => request.body)).toEqual([{ answers: [{ itemId: 'it-3', value: 3, remark: null }] }]);
    expect(screen.getByText('2 van 3 stellingen beantwoord')).toBeInTheDocument();

    await idle();
    expect((await axe.run(container, axeOptions)).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    unmount();

    // A second visit: both answers are there.
    renderApp('/metingen/invullen/r-1');
    const again = await screen.findByRole('group', { name: 'Fouten maken mag.' });
    expect(within(again).getByRole('radio', { name: 'Volledig aanwezig' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Bestuurders dragen innovatie uit.' })).getByRole('radio', { name: 'Deels aanwezig' })).toBeChecked();
  });
});

describe('the results page', () => {
  const dimensions = (means: (number | null)[]) =>
    means.map((mean, index) => ({ dimensionId: `d-${index + 1}`, respondents: 2, mean, spread: mean === null ? null : 10, min: mean, max: mean }));
  const organisation = (means: number[], items: number[]): OrganisationResults => ({
    organisationId: 'o-1',
    organisationName: 'Zorggroep Noord',
    own: true,
    respondents: 2,
    dimensions: dimensions(means),
    roles: [
      { role: 'participant', dimensions: dimensions(means.map((mean) => mean - 10)) },
      { role: 'director', dimensions: dimensions(means.map((mean) => mean + 10)) },
    ],
    items: items.map((mean, index) => ({ itemId: `it-${index + 1}`, respondents: 2, mean })),
    responses: [
      {
        respondentName: 'Hans Visser',
        role: 'director',
        aboutName: 'Lotte Bakker',
        dimensions: [{ dimensionId: 'd-1', score: 100 }, { dimensionId: 'd-2', score: 50 }],
        answers: [{ itemId: 'it-2', value: 3, remark: 'Zie https://www.zorgschool.nl/verslagen/bestuur-2026-en-verder-een-heel-lang-adres-zonder-spaties' }],
      },
    ],
  });
  const round = (roundId: string, moment: MeasurementRoundResults['moment'], own: OrganisationResults): MeasurementRoundResults => ({
    roundId,
    moment,
    occurrence: 1,
    subject: 'organisation',
    respondentRoles: ['participant', 'director'],
    opensAt: '2026-10-25T09:00:00Z',
    closesAt: '2026-11-15T09:00:00Z',
    instrument: { id: 'i-1', kind: 'innovation_scan', name: 'Innovatiescan (voorbeeld)', isExample: true },
    version,
    respondents: 12,
    dimensions: dimensions([40, null]),
    organisations: [own],
  });
  const results: EditionMeasurements = {
    editionId: 'e-1',
    editionName: 'HIS-I 2.0',
    rounds: [round('start', 'before_first_programme_day', organisation([25, 50], [0, 50, 50])), round('end', 'after_last_programme_day', organisation([75, 50], [100, 50, 50]))],
    actions: [],
    canAddActions: true,
    actionsAwaitChallenge: false,
    minGroupSize: 5,
  };

  it('shows every round that has answers, a team day between start and end included, and not a round still to come', async () => {
    const teamDay = { ...round('day-1', 'internal_team_days', organisation([60, 50], [50, 50, 50])), occurrence: 1 };
    const comingDay = { ...round('day-2', 'internal_team_days', organisation([75, 50], [100, 50, 50])), occurrence: 2, respondents: 0, organisations: [] };
    const coming = { ...round('end', 'after_last_programme_day', organisation([75, 50], [100, 50, 50])), respondents: 0, organisations: [] };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: participant }),
      'GET /api/editions/e-1/measurements': () => ({ status: 200, body: { ...results, rounds: [results.rounds[0], teamDay, comingDay, coming] } }),
    });
    renderApp('/metingen');
    const own = await screen.findByRole('region', { name: /^Zorggroep Noord, / });
    const table = within(own).getByRole('table', { name: 'Tabel: Zorggroep Noord, Innovatiescan (voorbeeld)' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Onderdeel', 'Begin', 'Intern-teamdag 1', 'Verschil', 'Spreiding (sd)']);
    // One's own organisation in detail from its latest answers.
    expect(within(own).getByRole('table', { name: 'Per rol (Intern-teamdag 1)' })).toBeInTheDocument();
    expect(screen.getByText(/behalve voor je eigen organisatie/)).toBeInTheDocument();
  });

  it('says a questionnaire that has not opened yet opens later, rather than that its deadline passed', async () => {
    const notYet = fillForm([], { open: false });
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: participant }),
      'GET /api/measurement-rounds/r-1': () => ({ status: 200, body: { ...notYet, task: { ...notYet.task, opensAt: '2099-01-05T08:00:00Z' } } }),
    });
    renderApp('/metingen/invullen/r-1');
    expect(await screen.findByText(/Deze vragenlijst is nog niet open. Invullen kan vanaf/)).toHaveTextContent('ma 5 januari 2099');
    expect(screen.queryByText(/De deadline is voorbij/)).not.toBeInTheDocument();
  });

  it('says a cancelled team day’s questionnaire need not be filled, rather than that its deadline passed', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: participant }),
      'GET /api/measurement-rounds/r-1': () => ({ status: 200, body: fillForm([], { open: false, dayCancelled: true }) }),
    });
    renderApp('/metingen/invullen/r-1');
    expect(await screen.findByText(/De teamdag van deze vragenlijst gaat niet door, dus je hoeft hem niet in te vullen/)).toBeInTheDocument();
    expect(screen.queryByText(/De deadline is voorbij/)).not.toBeInTheDocument();
  });

  it('shows per organisation start against end as a chart with a table, the spread per role and the statements that moved most; actions go to the challenge', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: participant }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/editions/e-1/measurements': () => ({ status: 200, body: results }),
      'POST /api/editions/e-1/measurement-actions': () => ({ status: 201, body: [] }),
    });
    const { container, idle } = renderApp('/metingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Metingen' })).toBeInTheDocument();
    const own = await screen.findByRole('region', { name: /^Zorggroep Noord, / });
    const table = within(own).getByRole('table', { name: 'Tabel: Zorggroep Noord, Innovatiescan (voorbeeld)' });
    const leadership = within(table).getByRole('row', { name: /Leiderschap/ });
    expect(within(leadership).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['25', '75', '+50', '10']);
    expect(within(own).getByRole('table', { name: 'Per rol (Eind)' })).toHaveTextContent('Deelnemer');
    // What people wrote beside a statement, which the form promised their organisation would read, with their name.
    const remarks = within(own).getByRole('table', { name: 'Toelichtingen (Eind)' });
    expect(within(remarks).getAllByRole('row')[1]).toHaveTextContent(/Hans Visser \(Directeur, over Lotte Bakker\).*Er is tijd voor vernieuwing\..*Zie https:\/\/www\.zorgschool\.nl/);
    // On paper, the page names the edition.
    expect(screen.getByText(/Metingen van HIS-I 2\.0, afgedrukt op/)).toBeInTheDocument();
    const moved = within(own).getByRole('table', { name: 'Stellingen die het meest veranderden' });
    expect(within(moved).getAllByRole('row')[1]).toHaveTextContent('Bestuurders dragen innovatie uit.');
    expect(within(own).getByRole('table', { name: 'Antwoorden per persoon (Eind)' })).toHaveTextContent('Hans Visser (Directeur, over Lotte Bakker)');
    // The whole edition: a dimension without a figure says so instead of drawing nothing. Its count is per round, as
    // the figures are (the end round may not have opened while the start round's figures show).
    const edition = screen.getByRole('region', { name: /^Hele editie, / });
    expect(within(edition).getByRole('heading', { level: 3 })).toHaveTextContent('Hele editie (Begin: 12 respondenten, Eind: 12 respondenten)');
    expect(within(own).getByRole('heading', { level: 3 })).toHaveTextContent('Zorggroep Noord (Begin: 2 respondenten, Eind: 2 respondenten)');
    expect(within(edition).getByRole('row', { name: /Cultuur en mensen/ })).toHaveTextContent('geen cijfer');

    fireEvent.change(screen.getByRole('textbox', { name: 'Actie' }), { target: { value: 'Directie betrekken' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Fase van de innovatieroute' }), { target: { value: 'plan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ text: 'Directie betrekken', phase: 'plan', dimensionId: null }));

    await idle();
    expect((await axe.run(container, axeOptions)).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('says why there is no form for actions while the challenge has no title, with the way there', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: participant }),
      'GET /api/editions/e-1/measurements': () => ({ status: 200, body: { ...results, canAddActions: false, actionsAwaitChallenge: true } }),
    });
    renderApp('/metingen');
    expect(await screen.findByText(/Acties horen bij je implementatievraagstuk: geef het eerst een titel\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar Mijn vraagstuk' })).toHaveAttribute('href', '/mijn-vraagstuk?editie=e-1');
    expect(screen.queryByRole('button', { name: 'Actie toevoegen' })).not.toBeInTheDocument();
  });
});
