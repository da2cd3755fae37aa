import { act, screen, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { CHECK_IN_PATH, type CheckInCodeResponse } from '@koers/shared/attendance';
import type { ScheduleEntry } from '@koers/shared/schedule';
import { paths } from '../../../lib/paths';
import { errorBody, installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const trainer: MeResponse = {
  id: 't-1',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [
    { editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'trainer' },
    { editionId: 'e-0', editionName: 'HIS-I 1.0', role: 'participant' },
  ],
};

const entry = (sessionId: string, title: string, startsAt: Date, roles: ScheduleEntry['roles']): ScheduleEntry => ({
  sessionId,
  networkGroup: null,
  workshop: null,
  myRsvp: null,
  editionId: 'e-1',
  editionName: 'HIS-I 2.0',
  kind: 'programme_day',
  title,
  theme: '',
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
  mode: 'on_site',
  location: 'Amersfoort',
  onlineUrl: null,
  status: 'scheduled',
  myAttendance: null,
  roles,
  movedFrom: null,
});

it('lists the trainer’s sessions today (with check-in) and upcoming, and the reports of their editions', async () => {
  const now = new Date();
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: trainer }),
    'GET /api/me/schedule': () => ({
      status: 200,
      body: [
        entry('s-0', 'Gisteren', new Date(now.getTime() - 2 * 86_400_000), ['trainer']),
        entry('s-1', 'Lesdag vandaag', now, ['trainer']),
        entry('s-2', 'Lesdag later', new Date(now.getTime() + 7 * 86_400_000), ['facilitator']),
        entry('s-3', 'Als deelnemer', new Date(now.getTime() + 8 * 86_400_000), ['participant']),
      ],
    }),
  });
  renderApp('/aanwezigheid');

  const todaySection = await screen.findByRole('region', { name: 'Vandaag' });
  expect(within(todaySection).getByRole('link', { name: 'Presentielijst Lesdag vandaag' })).toHaveAttribute('href', '/sessies/s-1/aanwezigheid');
  expect(within(todaySection).getByRole('link', { name: 'Check-in tonen Lesdag vandaag' })).toHaveAttribute('href', '/sessies/s-1/inchecken');
  const upcoming = screen.getByRole('region', { name: 'Binnenkort' });
  expect(within(upcoming).getByRole('link', { name: 'Presentielijst Lesdag later' })).toBeInTheDocument();
  expect(within(upcoming).queryByRole('link', { name: /Check-in tonen/ })).toBeNull();
  expect(screen.queryByText('Als deelnemer')).toBeNull();
  expect(screen.queryByText('Gisteren')).toBeNull();
  expect(within(screen.getByRole('region', { name: 'Aanwezigheidsrapporten' })).getByRole('link', { name: 'HIS-I 2.0' })).toHaveAttribute(
    'href',
    '/edities/e-1/aanwezigheid',
  );
  expect(screen.getByRole('link', { name: 'Aanwezigheid' })).toBeInTheDocument();
});

it('shows the rotating check-in code large, with its QR code and where to type it', async () => {
  const code: CheckInCodeResponse = {
    sessionId: 's-1',
    sessionTitle: 'Lesdag 3',
    code: '123456',
    url: 'https://koers.example.nl/inchecken/s-1?code=123456',
    qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    rotatesAt: new Date(Date.now() + 20_000).toISOString(),
    closesAt: '2027-03-09T15:00:00Z',
  };
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: trainer }),
    'GET /api/sessions/s-1/check-in-code': () => ({ status: 200, body: code }),
    'GET /api/sessions/s-2/check-in-code': () => ({ status: 409, body: errorBody(409, 'check_in_not_open', 'Inchecken kan nog niet.') }),
  });
  const { router } = renderApp('/sessies/s-1/inchecken');

  expect(await screen.findByText('123 456')).toHaveAttribute('aria-hidden', 'true');
  expect(screen.getByText('Code: 1 2 3 4 5 6')).toHaveClass('visually-hidden');
  expect(screen.getByRole('img', { name: 'QR-code om in te checken bij Lesdag 3' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
  expect(screen.getByText(/of ga naar .*\/inchecken en typ de code/)).toBeInTheDocument();
  expect(screen.getByText('Inchecken kan tot 16:00.')).toBeInTheDocument();

  await act(() => router.navigate('/sessies/s-2/inchecken'));
  expect(await screen.findByRole('alert')).toHaveTextContent('Inchecken kan nog niet.');
});

it('sends the QR code to the page that checks in', () => {
  expect(paths.checkInSession).toBe(`${CHECK_IN_PATH}/:sessionId`);
});
