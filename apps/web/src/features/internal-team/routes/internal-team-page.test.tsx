import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { MyInternalTeamResponse } from '@koers/shared/internal-team';
import type { SentInvitation } from '@koers/shared/invitations';
import { resetCsrfToken } from '../../../lib/api-client';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const me = (role: 'participant' | 'internal_team_member'): MeResponse => ({
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'lotte@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role }],
});

const bram = { personId: 'p-7', name: 'Bram de Wit', email: 'bram@zorg.example', roleInOrganisation: 'Teamleider nachtdienst' };

const DAY = 24 * 3600_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3600_000).toISOString();

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('internal team: the participant', () => {
  /** Lotte's one team in HIS-I 2.0, as `GET /api/me/internal-team` answers it. */
  const lottesTeam = (team: Pick<MyInternalTeamResponse['teams'][number], 'members' | 'invitations'>) => ({
    status: 200,
    body: { teams: [{ enrolmentId: 'en-1', editionId: 'e-2', editionName: 'HIS-I 2.0', ...team }], supporting: [] } satisfies MyInternalTeamResponse,
  });

  function participantApi() {
    let members = [bram];
    let invitations: SentInvitation[] = [];
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: me('participant') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/internal-team': () => lottesTeam({ members, invitations }),
      'POST /api/me/internal-team': (request) => {
        const body = request.body as { name: string; email: string; roleInOrganisation: string };
        if (body.email === 'lotte@zorg.example') {
          return { status: 400, body: errorBody(400, 'team_member_is_self', 'Je kunt jezelf niet uitnodigen voor je eigen intern team.') };
        }
        const invitation: SentInvitation = { invitationId: 'i-1', ...body, status: 'pending', invitedAt: '2026-12-02T10:00:00.000Z' };
        invitations = [...invitations, invitation];
        return { status: 201, body: invitation };
      },
      'DELETE /api/invitations/i-1': () => {
        invitations = [];
        return { status: 204 };
      },
      'DELETE /api/me/internal-team/p-7': () => {
        members = members.filter((member) => member.personId !== 'p-7');
        return { status: 204 };
      },
    });
    return api;
  }

  it('invites a colleague by name, email and role, checking the fields first', async () => {
    const { requests } = participantApi();
    renderApp('/intern-team');
    const team = await screen.findByRole('region', { name: 'Je intern team bij HIS-I 2.0' });
    expect(team).toHaveTextContent('Bram de Wit');
    expect(team).toHaveTextContent('Teamleider nachtdienst');

    const form = screen.getByRole('form', { name: 'Collega uitnodigen' });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigen' }));
    expect(within(form).getByLabelText('Naam')).toHaveFocus();
    expect(within(form).getByLabelText('Naam')).toHaveAccessibleDescription('Dit veld is verplicht.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: 'Carla Jansen' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres'), { target: { value: 'carla@zorg.example' } });
    fireEvent.change(within(form).getByLabelText(/Rol in de organisatie/), { target: { value: 'Fysiotherapeut' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigen' }));

    expect(await within(form).findByText(/Carla Jansen is uitgenodigd/)).toHaveAttribute('role', 'status');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ name: 'Carla Jansen', email: 'carla@zorg.example', roleInOrganisation: 'Fysiotherapeut' });
    // Pending until Carla accepts: listed apart from the members, with a way to withdraw the invitation.
    expect(await within(team).findByText('Uitgenodigd, (nog) niet in je team')).toBeInTheDocument();
    expect(team).toHaveTextContent(/Uitgenodigd op .*2026/);
    expect(within(team).queryByRole('button', { name: 'Verwijderen Carla Jansen' })).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Naam')).toHaveValue('');

    fireEvent.click(within(team).getByRole('button', { name: 'Uitnodiging intrekken Carla Jansen' }));
    expect(await within(team).findByText('De uitnodiging voor Carla Jansen is ingetrokken.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(within(team).queryByText('carla@zorg.example')).not.toBeInTheDocument());
    expect(requests.some((request) => request.method === 'DELETE' && request.url === '/api/invitations/i-1')).toBe(true);
  });

  it("shows the server's message when the invitation is refused", async () => {
    participantApi();
    renderApp('/intern-team');
    const form = await screen.findByRole('form', { name: 'Collega uitnodigen' });
    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: 'Lotte' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres'), { target: { value: 'lotte@zorg.example' } });
    fireEvent.change(within(form).getByLabelText(/Rol in de organisatie/), { target: { value: 'Arts' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigen' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Je kunt jezelf niet uitnodigen');
  });

  it('says so when an invitation was accepted meanwhile, and shows the colleague in the team', async () => {
    const carla = { invitationId: 'i-9', name: 'Carla Jansen', email: 'carla@zorg.example', roleInOrganisation: 'Arts', status: 'pending' as const, invitedAt: '2026-12-02T10:00:00.000Z' };
    let accepted = false;
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: me('participant') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/internal-team': () =>
        lottesTeam({
          members: accepted ? [{ personId: 'p-9', name: 'Carla Jansen', email: 'carla@zorg.example', roleInOrganisation: 'Arts' }] : [],
          invitations: accepted ? [] : [carla],
        }),
      'DELETE /api/invitations/i-9': () => {
        accepted = true;
        return { status: 409, body: errorBody(409, 'invitation_accepted_meanwhile', 'Deze uitnodiging is intussen geaccepteerd: je collega zit nu in je team.') };
      },
    });
    renderApp('/intern-team');
    const team = await screen.findByRole('region', { name: 'Je intern team bij HIS-I 2.0' });
    fireEvent.click(within(team).getByRole('button', { name: 'Uitnodiging intrekken Carla Jansen' }));
    expect(await within(team).findByRole('alert')).toHaveTextContent('Deze uitnodiging is intussen geaccepteerd');
    expect(await within(team).findByRole('button', { name: 'Verwijderen Carla Jansen' })).toBeInTheDocument();
    expect(within(team).queryByText('Uitgenodigd, (nog) niet in je team')).not.toBeInTheDocument();
  });

  it('shows a colleague who declined the invitation, with nothing left to withdraw', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: me('participant') }),
      'GET /api/me/internal-team': () =>
        lottesTeam({
          members: [],
          invitations: [{ invitationId: 'i-3', name: 'Hans Visser', email: 'hans@zorg.example', roleInOrganisation: 'Directeur', status: 'declined', invitedAt: '2026-12-02T10:00:00.000Z' }],
        }),
    });
    renderApp('/intern-team');
    const team = await screen.findByRole('region', { name: 'Je intern team bij HIS-I 2.0' });
    expect(within(team).getByRole('listitem')).toHaveTextContent('Hans VisserDirecteur');
    expect(within(team).getByRole('listitem')).toHaveTextContent('Heeft de uitnodiging afgeslagen');
    expect(within(team).queryByRole('button', { name: /Uitnodiging intrekken/ })).not.toBeInTheDocument();
  });

  it('removes a member after confirming', async () => {
    const { requests } = participantApi();
    const { container, idle } = renderApp('/intern-team');
    const team = await screen.findByRole('region', { name: 'Je intern team bij HIS-I 2.0' });

    fireEvent.click(within(team).getByRole('button', { name: 'Verwijderen Bram de Wit' }));
    const confirm = within(team).getByRole('group', { name: 'Bram de Wit verwijderen' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Wat Bram de Wit al heeft bijgewoond, blijft bewaard.');
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    const yes = within(confirm).getByRole('button', { name: 'Ja, verwijderen' });
    yes.focus();
    fireEvent.click(yes);
    expect(await within(team).findByText('Bram de Wit is uit je intern team verwijderd.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(within(team).getByText('Er zit nog niemand in je intern team.')).toBeInTheDocument());
    // The row and its buttons are gone: the keyboard goes on from what was done, not from the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(within(team).getByText('Bram de Wit is uit je intern team verwijderd.')));
    expect(requests.some((request) => request.method === 'DELETE' && request.url === '/api/me/internal-team/p-7')).toBe(true);
  });
});

describe('internal team: the member', () => {
  const supporting: MyInternalTeamResponse = {
    teams: [],
    supporting: [
      {
        editionId: 'e-2',
        editionName: 'HIS-I 2.0',
        participantName: 'Lotte Bakker',
        roleInOrganisation: 'Teamleider nachtdienst',
        challenge: { title: 'Slimme sensoren in de nachtdienst', description: 'Te veel valincidenten.', innovation: 'Sensoren', goal: 'Minder vallen', phase: 'direct' },
        days: [
          { sessionId: 's-3', title: 'Lesdag 3 – Samen met je intern team', startsAt: at(-30), endsAt: at(-30, 6), mode: 'on_site', location: 'Amersfoort', onlineUrl: null, status: 'scheduled', rsvp: { response: 'attending' } },
          { sessionId: 's-8', title: 'Lesdag 8 – Opschalen met je intern team', startsAt: at(40), endsAt: at(40, 6), mode: 'on_site', location: 'Amersfoort', onlineUrl: null, status: 'scheduled', rsvp: null },
        ],
      },
    ],
  };

  it('reads the challenge they support and answers their internal-team days', async () => {
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: me('internal_team_member') }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/internal-team': () => ({ status: 200, body: supporting }),
      'PUT /api/sessions/s-8/rsvp': () => ({ status: 200, body: { response: 'declined', delegateName: null, delegateEmail: null } }),
    });
    const { container, idle } = renderApp('/intern-team');

    const section = await screen.findByRole('region', { name: 'Je ondersteunt Lotte Bakker' });
    expect(section).toHaveTextContent('Slimme sensoren in de nachtdienst');
    expect(section).toHaveTextContent('Fase in de innovatieroute: richt');
    expect(section).toHaveTextContent('Te veel valincidenten.');
    expect(screen.queryByRole('form', { name: 'Collega uitnodigen' })).not.toBeInTheDocument();

    const past = within(section).getByRole('article', { name: 'Lesdag 3 – Samen met je intern team' });
    expect(past).toHaveTextContent('Je antwoord: Ik kom');
    expect(within(past).queryByRole('radio')).not.toBeInTheDocument();

    const next = within(section).getByRole('article', { name: 'Lesdag 8 – Opschalen met je intern team' });
    fireEvent.click(within(next).getByRole('radio', { name: 'Ik kom niet' }));
    fireEvent.click(within(next).getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await within(next).findByText('Je antwoord is opgeslagen.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PUT')).toMatchObject({ url: '/api/sessions/s-8/rsvp', body: { response: 'declined' } });
    await idle();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('shows an online team day’s link when it is handed out, half an hour before the start, without a reload', async () => {
    // The link is due a moment from now; the server withholds it until then.
    const startsAt = new Date(Date.now() + 30 * 60_000 + 300);
    const [participant] = supporting.supporting;
    const teamDay = { ...participant.days[1], mode: 'online' as const, location: null, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 6 * 3600_000).toISOString() };
    let served = 0;
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: me('internal_team_member') }),
      'GET /api/me/internal-team': () => ({
        status: 200,
        body: { teams: [], supporting: [{ ...participant, days: [{ ...teamDay, onlineUrl: served++ === 0 ? null : 'https://meet.example.nl/team' }] }] },
      }),
    });
    renderApp('/intern-team');
    expect(await screen.findByText(/de link verschijnt hier om \d\d:\d\d, 30 minuten voor de start/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Doe online mee/ }, { timeout: 5_000 })).toHaveAttribute('href', 'https://meet.example.nl/team');
  });
});
