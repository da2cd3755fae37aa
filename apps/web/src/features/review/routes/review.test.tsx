import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse, Page } from '@koers/shared/api';
import type { ReviewQueueItem, SubmissionDetailResponse } from '@koers/shared/assignments';
import type { EditionSummary } from '@koers/shared/editions';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const sanne: MeResponse = {
  id: 't-1',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [
    { editionId: 'e-1', editionName: 'HIS-I 1.0', role: 'trainer' },
    { editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' },
  ],
};

const item = (n: number, overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem => ({
  submissionId: `sub-${n}`,
  assignmentId: 'a-1',
  assignmentTitle: 'Plan van aanpak',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  participantName: `Deelnemer ${n}`,
  version: 1,
  submittedAt: '2027-03-01T09:15:00Z',
  late: false,
  ...overrides,
});

const page = (items: ReviewQueueItem[], total: number, pageNumber = 1): Page<ReviewQueueItem> => ({ items, total, page: pageNumber, pageSize: 20 });

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('review queue', () => {
  it('lists waiting work oldest first, filters by edition and assignment through the URL, and pages', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/review-queue?page=1&pageSize=20': () => ({
        status: 200,
        body: page([item(1, { late: true }), item(2, { editionId: 'e-1', editionName: 'HIS-I 1.0', version: 3 })], 45),
      }),
      'GET /api/review-queue?page=2&pageSize=20': () => ({ status: 200, body: page([item(21)], 45, 2) }),
      'GET /api/review-queue?page=1&pageSize=20&editionId=e-2': () => ({ status: 200, body: page([item(1)], 1) }),
      'GET /api/review-queue?page=1&pageSize=20&editionId=e-2&assignmentId=a-1': () => ({ status: 200, body: page([item(1)], 1) }),
      'GET /api/editions/e-2/assignments': () => ({
        status: 200,
        body: { editionId: 'e-2', editionName: 'HIS-I 2.0', canManage: true, assignments: [{ id: 'a-1', title: 'Plan van aanpak' }] },
      }),
    });
    const { router } = renderApp('/beoordelen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Beoordelen' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('Wachtend op feedback: 45')).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /Deelnemer \d: Plan van aanpak/ });
    expect(links[0]).toHaveAttribute('href', '/beoordelen/sub-1');
    expect(links[0].closest('li')).toHaveTextContent('te laat');
    expect(links[1].closest('li')).toHaveTextContent('versie 3');
    expect(screen.getByText('Pagina 1 van 3')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByRole('link', { name: 'Deelnemer 21: Plan van aanpak' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');

    fireEvent.change(screen.getByLabelText('Editie'), { target: { value: 'e-2' } });
    expect(await screen.findByText('Wachtend op feedback: 1')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?editionId=e-2');
    const assignmentFilter = screen.getByLabelText('Opdracht');
    await within(assignmentFilter).findByRole('option', { name: 'Plan van aanpak' });
    fireEvent.change(assignmentFilter, { target: { value: 'a-1' } });
    await act(async () => {});
    expect(requests.map((r) => r.url)).toContain('/api/review-queue?page=1&pageSize=20&editionId=e-2&assignmentId=a-1');
  });

  it('lets the programme office, enrolled in no edition, narrow its queue to one edition', async () => {
    const merel: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
    const edition = (id: string, name: string): EditionSummary => ({
      id,
      name,
      programmeId: 'pr-1',
      programmeName: 'HIS-I',
      status: 'running',
      startDate: '2026-11-17',
      endDate: '2027-06-30',
      enrolled: 36,
      capacity: 36,
      waitlisted: 0,
      nextSession: null,
    });
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: merel }),
      'GET /api/editions': () => ({ status: 200, body: [edition('e-2', 'HIS-I 2.0'), edition('e-1', 'HIS-I 1.0')] }),
      'GET /api/review-queue?page=1&pageSize=20': () => ({ status: 200, body: page([item(1), item(2, { editionId: 'e-1', editionName: 'HIS-I 1.0' })], 2) }),
      'GET /api/review-queue?page=1&pageSize=20&editionId=e-1': () => ({ status: 200, body: page([item(2, { editionId: 'e-1', editionName: 'HIS-I 1.0' })], 1) }),
      'GET /api/editions/e-1/assignments': () => ({ status: 200, body: { editionId: 'e-1', editionName: 'HIS-I 1.0', canManage: true, assignments: [] } }),
    });
    renderApp('/beoordelen');
    const filter = await screen.findByLabelText('Editie');
    await within(filter).findByRole('option', { name: 'HIS-I 1.0' });
    fireEvent.change(filter, { target: { value: 'e-1' } });
    expect(await screen.findByText('Wachtend op feedback: 1')).toBeInTheDocument();
  });
});

describe('reviewing a submission', () => {
  const detail = (overrides: Partial<SubmissionDetailResponse> = {}): SubmissionDetailResponse => ({
    submissionId: 'sub-2',
    assignment: { id: 'a-1', title: 'Plan van aanpak', instructions: 'Werk je plan uit.', dueAt: '2027-03-06T22:59:00Z', editionId: 'e-2', editionName: 'HIS-I 2.0' },
    participant: { id: 'p-1', name: 'Lotte Bakker' },
    status: 'submitted',
    latestSubmissionId: 'sub-2',
    canReview: true,
    verdictsOpen: ['approved', 'revise'],
    versions: [
      { id: 'sub-2', version: 2, text: 'Tweede versie.', submittedAt: '2027-03-05T10:00:00Z', late: false, files: [], feedback: [] },
      {
        id: 'sub-1',
        version: 1,
        text: 'Eerste versie.',
        submittedAt: '2027-03-01T10:00:00Z',
        late: false,
        files: [],
        feedback: [{ id: 'fb-1', comment: 'Maak je doel meetbaar.', outcome: 'revise', reviewerName: 'Sanne de Vries', createdAt: '2027-03-02T10:00:00Z' }],
      },
    ],
    ...overrides,
  });

  it('shows every version and takes a verdict with a comment on the latest one', async () => {
    let reviewed = false;
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/submissions/sub-2': () => ({ status: 200, body: detail(reviewed ? { status: 'approved' } : {}) }),
      'POST /api/submissions/sub-2/feedback': () => {
        reviewed = true;
        return { status: 201, body: { id: 'fb-2', comment: 'Sterk plan.', outcome: 'approved', reviewerName: 'Sanne de Vries', createdAt: '2027-03-06T10:00:00Z' } };
      },
    });
    renderApp('/beoordelen/sub-2');

    expect(await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak van Lotte Bakker' }, { timeout: 5000 })).toBeInTheDocument();
    const versions = screen.getByRole('region', { name: 'Ingeleverde versies' });
    expect(within(versions).getAllByRole('heading', { level: 3, name: /Versie/ })).toHaveLength(2);
    expect(within(versions).getByText('Maak je doel meetbaar.')).toBeInTheDocument();

    // Each problem is told at its own field, where focus goes.
    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Beoordeling' })).toHaveAccessibleDescription('Kies goedgekeurd of herkansen.'));
    expect(screen.getByLabelText('Goedgekeurd')).toHaveFocus();
    fireEvent.click(screen.getByLabelText('Herkansen'));
    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));
    await waitFor(() => expect(screen.getByLabelText('Je feedback')).toHaveAccessibleDescription(expect.stringContaining('Schrijf wat er beter moet')));
    expect(screen.getByLabelText('Je feedback')).toHaveFocus();

    fireEvent.change(screen.getByLabelText('Je feedback'), { target: { value: 'Sterk plan.' } });
    fireEvent.click(screen.getByLabelText('Goedgekeurd'));
    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));
    // The form gives way to the confirmation, which takes the focus.
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Goedgekeurd. Lotte Bakker ziet je feedback meteen.'));
    expect(screen.getByRole('status', { name: '' })).toHaveFocus();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/submissions/sub-2/feedback',
      body: { comment: 'Sterk plan.', outcome: 'approved', replacesFeedbackId: null },
    });
    expect(await screen.findByText('goedgekeurd')).toBeInTheDocument();
  });

  it('shows a colleague’s verdict given meanwhile, and replaces it only on a second, knowing submit', async () => {
    const colleagues = { id: 'fb-9', comment: 'Akkoord van Joost.', outcome: 'approved' as const, reviewerName: 'Joost Jansen', createdAt: '2027-03-06T09:00:00Z' };
    let colleagueReviewed = false;
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/submissions/sub-2': () => ({
        status: 200,
        body: colleagueReviewed ? detail({ status: 'approved', versions: [{ ...detail().versions[0], feedback: [colleagues] }, detail().versions[1]] }) : detail(),
      }),
      'POST /api/submissions/sub-2/feedback': (request) => {
        if ((request.body as { replacesFeedbackId: string | null }).replacesFeedbackId === null) {
          colleagueReviewed = true;
          return { status: 409, body: errorBody(409, 'feedback_given_meanwhile', 'Joost Jansen heeft deze versie al beoordeeld (goedgekeurd). Lees dat oordeel eerst.') };
        }
        return { status: 201, body: { id: 'fb-10', comment: 'Toch aanvullen.', outcome: 'revise', reviewerName: 'Sanne de Vries', createdAt: '2027-03-06T10:00:00Z' } };
      },
    });
    renderApp('/beoordelen/sub-2');
    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak van Lotte Bakker' }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('Je feedback'), { target: { value: 'Toch aanvullen.' } });
    fireEvent.click(screen.getByLabelText('Herkansen'));
    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Joost Jansen heeft deze versie al beoordeeld');
    expect(await within(screen.getByRole('region', { name: 'Ingeleverde versies' })).findByText('Akkoord van Joost.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));
    expect(await screen.findByText(/Lotte Bakker ziet je feedback meteen/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => (r.body as { replacesFeedbackId: string | null }).replacesFeedbackId)).toEqual([null, 'fb-9']);
  });

  it('keeps the comment and the verdict when the session ended meanwhile: after the login both are there', async () => {
    let loggedIn = true;
    installFakeApi({
      'GET /api/me': () => (loggedIn ? { status: 200, body: sanne } : { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/submissions/sub-2': () => ({ status: 200, body: detail() }),
      'POST /api/submissions/sub-2/feedback': () => {
        loggedIn = false;
        return { status: 401, body: errorBody(401, 'unauthenticated', 'Log eerst in.') };
      },
      'POST /api/auth/login': () => {
        loggedIn = true;
        return { status: 200, body: sanne };
      },
    });
    renderApp('/beoordelen/sub-2');
    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak van Lotte Bakker' }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('Je feedback'), { target: { value: 'Werk de planning per week uit.' } });
    fireEvent.click(screen.getByLabelText('Herkansen'));
    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));

    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'sanne@koers.example' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'geheim-wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak van Lotte Bakker' }, { timeout: 5000 });
    expect(screen.getByLabelText('Je feedback')).toHaveValue('Werk de planning per week uit.');
    expect(screen.getByLabelText('Herkansen')).toBeChecked();
  });

  it('offers no sending back of approved work in a completed edition, and gives the approval with the added remark', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/submissions/sub-2': () => ({ status: 200, body: detail({ status: 'approved', verdictsOpen: ['approved'] }) }),
      'POST /api/submissions/sub-2/feedback': () => ({
        status: 201,
        body: { id: 'fb-3', comment: 'Nog een tip.', outcome: 'approved', reviewerName: 'Sanne de Vries', createdAt: '2027-03-06T10:00:00Z' },
      }),
    });
    renderApp('/beoordelen/sub-2');

    expect(await screen.findByText('De editie is afgerond: goedgekeurd werk blijft goedgekeurd. Je kunt je feedback nog aanvullen.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByLabelText('Herkansen')).toBeNull();
    fireEvent.change(screen.getByLabelText('Je feedback'), { target: { value: 'Nog een tip.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Feedback geven' }));
    expect(await screen.findByText('Goedgekeurd. Lotte Bakker ziet je feedback meteen.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ comment: 'Nog een tip.', outcome: 'approved' });
  });

  it('has no feedback form for the participant looking at their own work', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: { ...sanne, enrolments: [] } }),
      'GET /api/submissions/sub-2': () => ({ status: 200, body: detail({ canReview: false, verdictsOpen: [] }) }),
    });
    renderApp('/beoordelen/sub-2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak van Lotte Bakker' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Feedback geven' })).toBeNull();
  });
});
