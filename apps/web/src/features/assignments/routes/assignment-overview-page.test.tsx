import { screen, within } from '@testing-library/react';
import type { MeResponse } from '@koers/shared/api';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const sanne: MeResponse = {
  id: 't-1',
  name: 'Sanne de Vries',
  email: 'trainer@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }],
};

it('shows every participant × assignment with links to their work, completion, and the CSV in the UI language', async () => {
  installFakeApi({
    'GET /api/me': () => ({ status: 200, body: sanne }),
    'GET /api/editions/e-2/assignment-overview': () => ({
      status: 200,
      body: {
        editionId: 'e-2',
        editionName: 'HIS-I 2.0',
        assignments: [
          { id: 'a-1', title: 'Vraagstuk', dueAt: '2027-01-30T22:59:00Z' },
          { id: 'a-2', title: 'Plan van aanpak', dueAt: '2027-03-06T22:59:00Z' },
        ],
        rows: [
          {
            personId: 'p-1',
            name: 'Lotte Bakker',
            organisationName: 'Zorggroep De Linde',
            statuses: [
              { assignmentId: 'a-1', status: 'approved', submissionId: 'sub-1' },
              { assignmentId: 'a-2', status: 'not_submitted', submissionId: null },
            ],
            completed: false,
          },
        ],
      },
    }),
  });
  renderApp('/edities/e-2/opdrachten/overzicht');

  const table = await screen.findByRole('table', { name: 'Status van elke opdracht per deelnemer van HIS-I 2.0' }, { timeout: 5000 });
  expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Deelnemer', 'Vraagstukza 30 januari 2027', 'Plan van aanpakza 6 maart 2027', 'Afgerond']);
  const row = within(table).getByRole('row', { name: /Lotte Bakker/ });
  expect(within(row).getByRole('link', { name: 'goedgekeurd' })).toHaveAttribute('href', '/beoordelen/sub-1');
  expect(row).toHaveTextContent('niet ingeleverd');
  expect(row).toHaveTextContent('nee');
  expect(screen.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute('href', '/api/editions/e-2/assignment-overview.csv?lang=nl');
  expect(screen.getByRole('link', { name: 'Download als Excel-werkmap (.xlsx)' })).toHaveAttribute('href', '/api/editions/e-2/assignment-overview.xlsx?lang=nl');
});
