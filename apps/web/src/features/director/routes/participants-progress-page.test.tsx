import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { DirectorParticipant } from '@koers/shared/directors';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const director: MeResponse = {
  id: 'p-1',
  name: 'Hans Visser',
  email: 'directeur@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'director' }],
};

const lotte: DirectorParticipant = {
  personId: 'p-3',
  name: 'Lotte Bakker',
  organisationName: 'Zorggroep Oost',
  editionId: 'e-2',
  editionName: 'HIS-I 2.0',
  attendanceRate: 0.75,
  attendance: { attended: 3, counted: 4 },
  assignments: { submitted: 2, approved: 1, total: 5 },
  challenge: { title: 'Slimme sensoren in de nachtdienst', phase: 'plan' },
  latestLogEntries: [{ entryDate: '2026-11-20', text: 'Gesprek met de teamleider van de nachtdienst.' }],
};

const bram: DirectorParticipant = {
  ...lotte,
  personId: 'p-4',
  name: 'Bram de Wit',
  attendanceRate: null,
  attendance: { attended: 0, counted: 0 },
  assignments: { submitted: 0, approved: 0, total: 0 },
  challenge: null,
  latestLogEntries: [],
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

function fakeApi(participants: () => { status: number; body: unknown } = () => ({ status: 200, body: [lotte, bram] })) {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: director }),
    'GET /api/director/participants': participants,
  });
}

describe("director's progress view", () => {
  it('shows attendance, assignments, challenge phase and latest log entries, read-only', async () => {
    fakeApi();
    renderApp('/voortgang-deelnemers');

    const card = await screen.findByRole('article', { name: 'Lotte Bakker' });
    expect(card).toHaveTextContent('Zorggroep Oost · HIS-I 2.0');
    expect(card).toHaveTextContent('75% (3 van 4 lesdagen)');
    expect(card).toHaveTextContent('2 van 5 ingeleverd, 1 goedgekeurd');
    expect(card).toHaveTextContent('Slimme sensoren in de nachtdienst');
    const route = within(card).getByRole('list', { name: 'Fase in de innovatieroute' });
    expect(within(route).getByText('plan')).toHaveAttribute('aria-current', 'step');
    expect(card).toHaveTextContent('vr 20 november 2026');
    expect(card).toHaveTextContent('Gesprek met de teamleider van de nachtdienst.');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();

    const empty = screen.getByRole('article', { name: 'Bram de Wit' });
    expect(empty).toHaveTextContent('Er zijn nog geen lesdagen die meetellen.');
    expect(empty).toHaveTextContent('Nog niet beschreven');
    expect(empty).toHaveTextContent('Nog geen logboekberichten');
  });

  it('speaks English, without axe violations', async () => {
    fakeApi();
    const { container, idle } = renderApp('/voortgang-deelnemers');
    await screen.findByRole('article', { name: 'Lotte Bakker' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your participants’ progress' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Lotte Bakker' });
    expect(card).toHaveTextContent('75% (3 of 4 programme days)');
    expect(card).toHaveTextContent('2 of 5 handed in, 1 approved');
    expect(card).toHaveTextContent('Fri 20 November 2026');
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it("shows the server's message when the view is refused", async () => {
    fakeApi(() => ({ status: 403, body: errorBody(403, 'forbidden', 'Je hebt geen toegang tot dit onderdeel.') }));
    renderApp('/voortgang-deelnemers');
    expect(await screen.findByRole('alert')).toHaveTextContent('Je hebt geen toegang tot dit onderdeel.');
  });
});
