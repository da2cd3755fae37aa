import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse, Page } from '@koers/shared/api';
import type { WebhookDeliverySummary, WebhookEndpointSummary } from '@koers/shared/webhooks';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const admin: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
const participant: MeResponse = { ...admin, id: 'p', name: 'Lotte Bakker', isAdmin: false };

const crm: WebhookEndpointSummary = {
  id: 'w-1',
  url: 'https://crm.example.nl/koers',
  description: 'CRM-koppeling',
  events: ['enrolment.created', 'certificate.issued'],
  enabled: false,
  disabledAt: '2027-03-08T09:00:00Z',
  failingSince: '2027-03-07T08:30:00Z',
  createdAt: '2027-03-01T08:30:00Z',
};

const retried: WebhookDeliverySummary = {
  id: 'd-1',
  event: 'enrolment.created',
  status: 'pending',
  attempts: 2,
  responseStatus: 500,
  responseSnippet: 'database down',
  createdAt: '2027-03-07T08:30:00Z',
  lastAttemptAt: '2027-03-07T08:35:00Z',
  nextAttemptAt: '2027-03-07T08:51:00Z',
  deliveredAt: null,
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('webhooks page (programme office)', () => {
  it('lists endpoints with their state and deliveries, adds one and shows its secret once, switches one back on', async () => {
    // More than one page: the list and its pager are both landmarks, each with a name of its own.
    const deliveries: Page<WebhookDeliverySummary> = { items: [retried], total: 26, page: 1, pageSize: 25 };
    const created: WebhookEndpointSummary = { ...crm, id: 'w-2', url: 'https://hr.example.nl/hook', description: '', events: ['enrolment.withdrawn'], enabled: true, disabledAt: null, failingSince: null };
    let endpoints = [crm];
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: admin }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/webhooks': () => ({ status: 200, body: endpoints }),
      'GET /api/webhooks/w-1/deliveries?page=1': () => ({ status: 200, body: deliveries }),
      'POST /api/webhooks': () => {
        endpoints = [crm, created];
        return { status: 201, body: { endpoint: created, secret: 'whsec_eenmalig-getoond' } };
      },
      'PATCH /api/webhooks/w-1': () => ({ status: 200, body: { ...crm, enabled: true, disabledAt: null, failingSince: null } }),
    });
    const { container, idle } = renderApp('/beheer/webhooks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/beheer/webhooks');

    const card = (await screen.findByRole('heading', { level: 3, name: 'https://crm.example.nl/koers' })).closest('li')!;
    expect(card).toHaveTextContent('Uit sinds');
    expect(card).toHaveTextContent('Inschrijving aangemaakt');
    expect(card).toHaveTextContent('Certificaat uitgereikt');
    fireEvent.click(within(card).getByRole('button', { name: 'Afleveringen tonen' }));
    const delivery = await within(card).findByText('enrolment.created', { selector: 'code' });
    expect(delivery.closest('li')).toHaveTextContent('Wachtend');
    expect(delivery.closest('li')).toHaveTextContent('2 pogingen');
    expect(delivery.closest('li')).toHaveTextContent('500database down');
    expect(within(card).getByRole('region', { name: 'Afleveringen: https://crm.example.nl/koers' })).toContainElement(delivery);
    expect(within(card).getByRole('navigation', { name: 'Afleveringen aan https://crm.example.nl/koers: Pagina’s' })).toHaveTextContent('Pagina 1 van 2');

    await idle();
    // Neither rule can run in jsdom (no layout, no canvas); the browser tests check them.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Webhook toevoegen' }));
    expect(await screen.findByText('Kies minstens één gebeurtenis.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Adres (URL)', { exact: false }), { target: { value: 'https://hr.example.nl/hook' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Inschrijving ingetrokken/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Webhook toevoegen' }));
    expect(await screen.findByText('whsec_eenmalig-getoond')).toBeInTheDocument();
    expect(screen.getByText('Geef dit geheim aan de beheerder van de ontvanger. Het wordt maar één keer getoond.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/webhooks',
      body: { url: 'https://hr.example.nl/hook', description: '', events: ['enrolment.withdrawn'] },
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'https://hr.example.nl/hook' })).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Aanzetten: https://crm.example.nl/koers' }));
    await idle();
    expect(requests.find((r) => r.method === 'PATCH')).toMatchObject({ url: '/api/webhooks/w-1', body: { enabled: true } });
  });

  it('is not in the menu of people outside the programme office', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: participant }) });
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Webhooks' })).not.toBeInTheDocument();
  });
});
