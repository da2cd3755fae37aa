import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { RsvpSessionSummary, SessionRsvpOverview } from '@koers/shared/rsvp';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const trainer: MeResponse = {
  id: 'p-9',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }],
};

const boardMeeting: RsvpSessionSummary = {
  sessionId: 's-1',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  kind: 'board_meeting',
  title: 'Bestuurlijke bijeenkomst 1',
  startsAt: '2026-10-06T12:00:00Z',
  status: 'scheduled',
  counts: { attending: 3, declined: 1, delegate: 1, unanswered: 2 },
};

const teamDay: RsvpSessionSummary = {
  ...boardMeeting,
  sessionId: 's-2',
  kind: 'programme_day',
  title: 'Lesdag 3 – Samen met je intern team',
  counts: { attending: 10, declined: 0, delegate: 0, unanswered: 4 },
};

const detail: SessionRsvpOverview = {
  ...boardMeeting,
  counts: { attending: 0, declined: 0, delegate: 1, unanswered: 1 },
  invitees: [
    {
      personId: 'p-1',
      name: 'Hans Visser',
      email: 'hans@zorg.example',
      organisationName: 'Zorggroep Oost',
      role: 'director',
      supportsName: null,
      response: 'delegate',
      delegateName: 'Vera Vervanger',
      delegateEmail: 'vera@zorg.example',
      delegateStatus: 'pending',
      respondedAt: '2026-09-20T08:00:00Z',
    },
    {
      personId: 'p-2',
      name: 'Els Bestuurder',
      email: 'els@zorg.example',
      organisationName: null,
      role: 'director',
      supportsName: null,
      response: null,
      delegateName: null,
      delegateEmail: null,
      delegateStatus: null,
      respondedAt: null,
    },
  ],
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

function fakeApi() {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: trainer }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/rsvp-overview': () => ({ status: 200, body: [boardMeeting, teamDay] }),
    'GET /api/sessions/s-1/rsvps': () => ({ status: 200, body: detail }),
    'GET /api/sessions/s-1/minutes': () => ({ status: 200, body: { minutes: null } }),
    'PUT /api/sessions/s-1/minutes': (request) => ({ status: 200, body: { ...(request.body as object), publishedAt: '2026-10-07T09:00:00Z' } }),
  });
}

describe('RSVP overview (trainers and programme office)', () => {
  it('lists board meetings and internal-team days with their counts, linking to the details', async () => {
    fakeApi();
    const { router } = renderApp('/aanmeldingen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wie komt er' })).toBeInTheDocument();
    const edition = screen.getByRole('region', { name: 'HIS-I 2.0' });
    const [first, second] = within(edition).getAllByRole('listitem').filter((item) => item.classList.contains('card'));
    expect(first).toHaveTextContent('bestuurlijke bijeenkomst');
    expect(first).toHaveTextContent('Komen: 3Komen niet: 1Sturen een vervanger: 1Nog niet beantwoord: 2');
    expect(second).toHaveTextContent('intern-teamdag');
    // A team member answers for themselves: no delegates to count.
    expect(second).toHaveTextContent('Komen: 10Komen niet: 0Nog niet beantwoord: 4');

    fireEvent.click(within(first).getByRole('link', { name: 'Bestuurlijke bijeenkomst 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bestuurlijke bijeenkomst 1' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/aanmeldingen/s-1');
  });

  it('shows who answered what, offers the workbook and the CSV in the UI language and publishes minutes', async () => {
    const { requests } = fakeApi();
    const { container, idle } = renderApp('/aanmeldingen/s-1');

    const table = await screen.findByRole('table', { name: 'Wie is uitgenodigd en wat zij hebben geantwoord' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Hans Visser');
    expect(rows[1]).toHaveTextContent('Stuurt Vera Vervanger (vera@zorg.example) (uitgenodigd, nog niet geaccepteerd)');
    expect(rows[2]).toHaveTextContent('Nog niet beantwoord');
    expect(screen.getByRole('link', { name: 'Download als Excel-werkmap (.xlsx)' })).toHaveAttribute('href', '/api/sessions/s-1/rsvps.xlsx?lang=nl');
    expect(screen.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute('href', '/api/sessions/s-1/rsvps.csv?lang=nl');

    const minutes = await screen.findByLabelText('Notulen');
    fireEvent.click(screen.getByRole('button', { name: 'Publiceren' }));
    expect(minutes).toHaveAccessibleDescription(expect.stringContaining('Vul de notulen in.'));
    expect(minutes).toHaveFocus();

    fireEvent.change(minutes, { target: { value: 'Besloten: ruimte voor het intern team.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('De notulen zijn gepubliceerd.')).toHaveAttribute('role', 'status');
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({ text: 'Besloten: ruimte voor het intern team.' });
    expect(screen.getByRole('button', { name: 'Bijwerken' })).toBeInTheDocument();

    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
