import { screen, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import type { AttendanceReport } from '@koers/shared/attendance';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const trainer: MeResponse = {
  id: 't-1',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'trainer' }],
};

const report: AttendanceReport = {
  editionId: 'e-1',
  editionName: 'HIS-I 2.0',
  thresholdPercent: 80,
  sessions: [
    { id: 's-1', title: 'Lesdag 1', kind: 'programme_day', networkGroup: null, startsAt: '2026-11-17T08:30:00Z', endsAt: '2026-11-17T15:00:00Z' },
    { id: 's-2', title: 'Lesdag 2', kind: 'programme_day', networkGroup: null, startsAt: '2026-12-01T08:30:00Z', endsAt: '2026-12-01T15:00:00Z' },
  ],
  people: [
    {
      personId: 'p-1',
      name: 'Lotte Bakker',
      role: 'participant',
      organisation: 'Zorggroep Ëlst',
      enrolledAt: '2026-11-01T10:00:00Z',
      rate: 0.5,
      counted: 2,
      attended: 1,
      belowThreshold: true,
      marks: { 's-1': 'present', 's-2': 'absent' },
    },
    {
      personId: 'p-2',
      name: 'Zoë Laatkomer',
      role: 'participant',
      organisation: null,
      // The evening of Lesdag 2: that day had ended, so it does not count for her either.
      enrolledAt: '2026-12-01T18:00:00Z',
      rate: null,
      counted: 0,
      attended: 0,
      belowThreshold: false,
      marks: {},
    },
  ],
};

it('shows people × sessions with rates, flags those under the threshold, and offers CSV and print', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: trainer }),
    'GET /api/editions/e-1/attendance': () => ({ status: 200, body: report }),
  });
  renderApp('/edities/e-1/aanwezigheid');

  expect(await screen.findByRole('heading', { level: 1, name: 'Aanwezigheid HIS-I 2.0' })).toBeInTheDocument();
  expect(screen.getByText('Onder de drempel: 1.')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Aanwezigheid per persoon en bijeenkomst' });
  const lotte = within(table).getByRole('row', { name: /Lotte Bakker/ });
  expect(lotte).toHaveTextContent('50%');
  expect(lotte).toHaveTextContent('onder de drempel');
  expect(within(lotte).getByTitle('Aanwezig')).toHaveTextContent('aanw.');
  const zoe = within(table).getByRole('row', { name: /Zoë Laatkomer/ });
  expect(within(zoe).getAllByText('voor inschrijving')).toHaveLength(2);
  expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('Lesdag 1');
  expect(within(table).getAllByRole('columnheader')[2]).toHaveTextContent('di 17 november 2026');
  expect(screen.getByRole('link', { name: 'Download als Excel-werkmap (.xlsx)' })).toHaveAttribute('href', '/api/editions/e-1/attendance.xlsx?lang=nl');
  expect(screen.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute('href', '/api/editions/e-1/attendance.csv?lang=nl');
  expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
  // The edition's division, which a trainer reads and cannot reach from the edition page (the programme office's).
  expect(screen.getByRole('link', { name: 'Indeling in netwerkgroepen' })).toHaveAttribute('href', '/edities/e-1/netwerkgroepen');
});

it('tells a facilitator with nobody to show that they see only their own groups, not that the edition has no participants', async () => {
  const facilitator: MeResponse = { ...trainer, id: 'f-1', name: 'Karin Begeleider', enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'facilitator' }] };
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: facilitator }),
    'GET /api/editions/e-1/attendance': () => ({ status: 200, body: { ...report, people: [] } }),
  });
  renderApp('/edities/e-1/aanwezigheid');
  expect(await screen.findByText(/^Je ziet hier alleen de deelnemers van de netwerkgroepen die je begeleidt/)).toBeInTheDocument();
  expect(screen.queryByText('Deze editie heeft nog geen deelnemers.')).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Indeling in netwerkgroepen' })).not.toBeInTheDocument();
});
