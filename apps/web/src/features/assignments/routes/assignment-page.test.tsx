import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { EditionAssignment, MySubmissionResponse, SubmissionVersion } from '@koers/shared/assignments';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const lotte: MeResponse = {
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }],
};

const assignment = (overrides: Partial<EditionAssignment> = {}): EditionAssignment => ({
  id: 'a-1',
  editionId: 'e-2',
  title: 'Plan van aanpak',
  instructions: 'Werk je **plan van aanpak** uit:\n\n- doel\n- stappen',
  sessionId: 's-5',
  sessionTitle: 'Lesdag 5 – Plannen',
  dueAt: '2027-03-06T22:59:00Z',
  cutoffAt: '2027-03-13T22:59:00Z',
  acceptsText: true,
  acceptsFiles: true,
  fromTemplate: true,
  mine: { status: 'not_submitted', dueAt: '2027-03-06T22:59:00Z', cutoffAt: '2027-03-13T22:59:00Z', lastSubmittedAt: null, extension: null },
  extensions: null,
  ...overrides,
});

const revisedVersion: SubmissionVersion = {
  id: 'sub-1',
  version: 1,
  text: 'Eerste opzet van mijn plan.',
  submittedAt: '2027-03-01T09:15:00Z',
  late: false,
  files: [{ id: 'f-1', fileName: 'plan-v1.pdf', contentType: 'application/pdf', sizeBytes: 48_000, downloadUrl: '/api/submission-files/f-1' }],
  feedback: [{ id: 'fb-1', comment: 'Maak je doel **meetbaar**.', outcome: 'revise', reviewerName: 'Sanne de Vries', createdAt: '2027-03-02T13:00:00Z' }],
};

function mine(overrides: Partial<MySubmissionResponse> = {}): MySubmissionResponse {
  return { assignment: assignment(), editionName: 'HIS-I 2.0', status: 'not_submitted', canSubmit: true, versions: [], ...overrides };
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('assignment page', () => {
  it('keeps a heading when the assignment cannot be read, with the reason (and no retry for what will not pass)', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/assignments/nonsense/my-submission': () => ({ status: 404, body: errorBody(404, 'not_found', 'Niet gevonden.') }),
    });
    renderApp('/opdrachten/nonsense');
    expect(await screen.findByRole('heading', { level: 1, name: 'Opdrachten' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Niet gevonden.');
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });

  it('shows instructions, deadline and earlier versions with their feedback', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/assignments/a-1/my-submission': () => ({ status: 200, body: mine({ status: 'revise', versions: [revisedVersion] }) }),
    });
    renderApp('/opdrachten/a-1');

    // The first render compiles the lazily loaded page, which can take a while on a busy machine.
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak' }, { timeout: 5000 })).toBeInTheDocument();
    expect(document.title).toBe('Plan van aanpak – Koers');
    expect(screen.getByText('herkansen')).toBeInTheDocument();
    expect(screen.getByText('za 6 maart 2027, 23:59')).toBeInTheDocument();
    expect(screen.getByText('plan van aanpak').tagName).toBe('STRONG');
    const versions = screen.getByRole('region', { name: 'Wat je hebt ingeleverd' });
    expect(within(versions).getByRole('heading', { name: /Versie 1/ })).toBeInTheDocument();
    expect(within(versions).getByRole('link', { name: 'plan-v1.pdf' })).toHaveAttribute('href', '/api/submission-files/f-1');
    // Feedback is Markdown, as the trainer wrote it and the mail shows it.
    expect(within(versions).getByText('meetbaar', { selector: 'strong' }).closest('p')).toHaveTextContent('Maak je doel meetbaar.');
    expect(within(versions).getByText('Herkansen')).toBeInTheDocument();
  });

  it('names the feedback on each version apart, so a screen reader can tell the regions from one another', async () => {
    const approved: SubmissionVersion = {
      ...revisedVersion,
      id: 'sub-2',
      version: 2,
      feedback: [
        { id: 'fb-2', comment: 'Goed zo.', outcome: 'approved', reviewerName: 'Sanne de Vries', createdAt: '2027-03-05T13:00:00Z' },
        { id: 'fb-3', comment: 'Eens.', outcome: 'approved', reviewerName: 'Jeroen Bakker', createdAt: '2027-03-05T14:00:00Z' },
      ],
    };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/assignments/a-1/my-submission': () => ({ status: 200, body: mine({ status: 'approved', versions: [approved, revisedVersion] }) }),
    });
    const { container } = renderApp('/opdrachten/a-1');
    const versions = await screen.findByRole('region', { name: 'Wat je hebt ingeleverd' }, { timeout: 5000 });
    expect(within(versions).getAllByRole('region').map((region) => region.getAttribute('aria-label'))).toEqual([
      'Feedback op versie 2 (1 van 2)',
      'Feedback op versie 2 (2 van 2)',
      'Feedback op versie 1',
    ]);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('hands in text and files as multipart, then shows the new version', async () => {
    let handedIn = false;
    const { fetchMock } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/assignments/a-1/my-submission': () => ({
        status: 200,
        body: handedIn ? mine({ status: 'submitted', versions: [{ ...revisedVersion, id: 'sub-2', version: 2, feedback: [] }] }) : mine(),
      }),
      'POST /api/assignments/a-1/submissions': () => {
        handedIn = true;
        return { status: 201, body: { submissionId: 'sub-2', version: 2, late: false } };
      },
    });
    const { container, idle } = renderApp('/opdrachten/a-1');
    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak' });

    fireEvent.click(screen.getByRole('button', { name: 'Inleveren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Schrijf een tekst of kies een bestand');

    fireEvent.change(screen.getByLabelText('Je tekst'), { target: { value: 'Mijn plan van aanpak.' } });
    const file = new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Bestanden'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Inleveren' }));

    expect(await screen.findByText(/Versie 2 is ingeleverd/)).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([url, init]) => url === '/api/assignments/a-1/submissions' && init?.method === 'POST');
    const body = post?.[1]?.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('text')).toBe('Mijn plan van aanpak.');
    expect((body.getAll('files[]')[0] as File).name).toBe('plan.pdf');
    expect((post?.[1]?.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
    await waitFor(() => expect(screen.getByText('ingeleverd')).toBeInTheDocument());

    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('keeps the text written when the session ended meanwhile: the login page says why, and after it the text is there', async () => {
    let loggedIn = true;
    installFakeApi({
      'GET /api/me': () => (loggedIn ? { status: 200, body: lotte } : { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/assignments/a-1/my-submission': () => ({ status: 200, body: mine() }),
      // Logged out in another tab, or idle too long: the hand-in is the first to hear of it.
      'POST /api/assignments/a-1/submissions': () => {
        loggedIn = false;
        return { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') };
      },
      'POST /api/auth/login': () => {
        loggedIn = true;
        return { status: 200, body: lotte };
      },
    });
    renderApp('/opdrachten/a-1');
    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak' });
    fireEvent.change(screen.getByLabelText('Je tekst'), { target: { value: 'Een uur werk aan mijn plan.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inleveren' }));

    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(screen.getByText(/Je bent uitgelogd: je sessie is verlopen/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'lotte@zorg.example' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'geheim-wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak' });
    expect(screen.getByLabelText('Je tekst')).toHaveValue('Een uur werk aan mijn plan.');
  });

  it("shows the server's message when a hand-in is refused, and no form after the cut-off", async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/assignments/a-1/my-submission': () => ({ status: 200, body: mine() }),
      'POST /api/assignments/a-1/submissions': () => ({
        status: 409,
        body: errorBody(409, 'submission_closed', 'De uiterste inleverdatum van deze opdracht is verstreken.'),
      }),
    });
    renderApp('/opdrachten/a-1');
    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak' });
    fireEvent.change(screen.getByLabelText('Je tekst'), { target: { value: 'Te laat.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inleveren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De uiterste inleverdatum van deze opdracht is verstreken.');
  });

  it('says plainly that nothing can be handed in any more after the cut-off', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/assignments/a-1/my-submission': () => ({ status: 200, body: mine({ canSubmit: false }) }),
    });
    renderApp('/opdrachten/a-1');
    expect(await screen.findByText(/De uiterste inleverdatum is verstreken/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inleveren' })).toBeNull();
  });
});

describe('assignments list', () => {
  it("lists the participant's assignments with their own deadline and status", async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/editions/e-2/assignments': () => ({
        status: 200,
        body: {
          editionId: 'e-2',
          editionName: 'HIS-I 2.0',
          canManage: false,
          canChange: false,
          assignments: [
            assignment({ mine: { status: 'approved', dueAt: '2027-03-06T22:59:00Z', cutoffAt: null, lastSubmittedAt: '2027-03-01T09:00:00Z', extension: null } }),
            assignment({
              id: 'a-2',
              title: 'Tussenreflectie',
              dueAt: '2027-05-01T21:59:00Z',
              mine: { status: 'not_submitted', dueAt: '2027-05-08T21:59:00Z', cutoffAt: null, lastSubmittedAt: null, extension: 'granted' },
            }),
            assignment({
              id: 'a-3',
              title: 'Beschrijf je vraagstuk',
              dueAt: '2027-01-29T22:59:00Z',
              mine: { status: 'not_submitted', dueAt: '2027-02-12T22:59:00Z', cutoffAt: null, lastSubmittedAt: null, extension: 'late_enrolment' },
            }),
            assignment({
              id: 'a-4',
              title: 'Intake',
              dueAt: '2026-10-01T21:59:00Z',
              mine: { status: 'not_submitted', dueAt: '2026-10-01T21:59:00Z', cutoffAt: '2026-10-08T21:59:00Z', lastSubmittedAt: null, extension: null },
            }),
            assignment({
              id: 'a-5',
              title: 'Eerste reflectie',
              dueAt: '2026-10-15T21:59:00Z',
              mine: { status: 'revise', dueAt: '2026-10-15T21:59:00Z', cutoffAt: null, lastSubmittedAt: '2026-10-10T09:00:00Z', extension: null },
            }),
          ],
        },
      }),
    });
    renderApp('/opdrachten');
    const edition = await screen.findByRole('region', { name: 'HIS-I 2.0' });
    const items = await within(edition).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Plan van aanpak');
    expect(items[0]).toHaveTextContent('goedgekeurd');
    expect(within(items[0]).getByRole('link', { name: 'Plan van aanpak' })).toHaveAttribute('href', '/opdrachten/a-1');
    expect(items[1]).toHaveTextContent('za 8 mei 2027, 23:59 (met uitstel)');
    expect(items[1]).toHaveTextContent('niet ingeleverd');
    // Work due before someone joined is theirs to hand in later, not late.
    expect(items[2]).toHaveTextContent('Inleveren vóór vr 12 februari 2027, 23:59 (je kwam later in de editie)');
    // Past its cut-off nothing can be handed in any more; past its deadline alone it is late.
    expect(items[3]).toHaveTextContent('niet ingeleverdGesloten');
    expect(items[4]).toHaveTextContent('herkansenTe laat');
    expect(items[0]).not.toHaveTextContent('Te laat');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveTextContent('Opdrachten');
  });
});
