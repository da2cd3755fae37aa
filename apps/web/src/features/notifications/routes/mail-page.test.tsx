import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse, Page } from '@koers/shared/api';
import type { DeliveriesPage, DeliverySummary, OutboxFileSummary } from '@koers/shared/notifications';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const admin: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
const participant: MeResponse = { ...admin, id: 'p', name: 'Lotte Bakker', isAdmin: false };

const delivery = (overrides: Partial<DeliverySummary>): DeliverySummary => ({
  id: 'd-1',
  kind: 'session_reminder',
  eventKey: 'session:s-1:starts:2027-03-09T08:30:00Z',
  status: 'sent',
  recipient: { id: 'p-1', name: 'Lotte Bakker', email: 'lotte@zorg.example' },
  attempts: 1,
  lastError: null,
  createdAt: '2027-03-07T08:30:00Z',
  nextAttemptAt: '2027-03-07T08:30:00Z',
  sentAt: '2027-03-07T08:30:05Z',
  outboxFile: 'd-1.eml',
  ...overrides,
});

const failed = delivery({
  id: 'd-2',
  kind: 'invitation',
  status: 'failed',
  recipient: { id: 'p-2', name: 'Bram de Wit', email: 'bram@zorg.example' },
  attempts: 6,
  lastError: 'connect ECONNREFUSED 10.0.0.5:587',
  sentAt: null,
  outboxFile: null,
});

const deliveriesPage = (items: DeliverySummary[], total = items.length, page = 1): DeliveriesPage => ({
  items,
  total,
  page,
  pageSize: 25,
  mailMode: 'outbox',
  counts: { pending: 0, sent: 40, failed: 1 },
});

const outboxPage: Page<OutboxFileSummary> = { items: [{ name: 'd-1.eml', sizeBytes: 4096, writtenAt: '2027-03-07T08:30:05Z' }], total: 1, page: 1, pageSize: 25 };

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('mail page (admin)', () => {
  it('shows deliveries with their state, opens the .eml, filters, pages and retries a failed one', async () => {
    let retried = false;
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: admin }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/notifications/deliveries?page=1': () => ({ status: 200, body: deliveriesPage([delivery({}), failed], 41) }),
      'GET /api/notifications/deliveries?page=2': () => ({ status: 200, body: deliveriesPage([delivery({ id: 'd-30' })], 41, 2) }),
      'GET /api/notifications/deliveries?status=failed&kind=invitation&page=1': () => ({
        status: 200,
        body: deliveriesPage(retried ? [] : [failed]),
      }),
      'GET /api/notifications/outbox?page=1': () => ({ status: 200, body: outboxPage }),
      'POST /api/notifications/deliveries/d-2/retry': () => {
        retried = true;
        return { status: 204 };
      },
    });
    const { container, router, idle } = renderApp('/beheer/e-mails');
    expect(await screen.findByRole('heading', { level: 1, name: 'E-mails' })).toBeInTheDocument();
    expect(await screen.findByText('40 verstuurd', { exact: false })).toHaveTextContent('0 wachtend, 40 verstuurd, 1 mislukt');
    expect(screen.getByText(/Er is geen mailserver ingesteld \(SMTP_URL\)/)).toBeInTheDocument();

    const [sent, failing] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('delivery'));
    expect(sent).toHaveTextContent('Herinnering bijeenkomst');
    expect(sent).toHaveTextContent('Verstuurd');
    expect(within(sent).getByRole('link', { name: 'Open de e-mail (.eml) aan Lotte Bakker' })).toHaveAttribute('href', '/api/notifications/outbox/d-1.eml');
    expect(failing).toHaveTextContent('Uitnodiging account');
    expect(failing).toHaveTextContent('Mislukt');
    expect(failing).toHaveTextContent('connect ECONNREFUSED 10.0.0.5:587');
    expect(within(failing).queryByRole('link')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'd-1.eml' })).toHaveAttribute('href', '/api/notifications/outbox/d-1.eml');

    await idle();
    // Neither rule can run in jsdom (no layout, no canvas); the browser tests check them.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    fireEvent.click(within(screen.getByRole('navigation', { name: 'Verzendingen: Pagina’s' })).getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Pagina 2 van 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?pagina=2');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'failed' } });
    fireEvent.change(screen.getByLabelText('Soort e-mail'), { target: { value: 'invitation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon' }));
    expect(await screen.findByRole('button', { name: 'Opnieuw versturen: de e-mail aan Bram de Wit' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=failed&soort=invitation');

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw versturen: de e-mail aan Bram de Wit' }));
    expect(await screen.findByText('De e-mail aan Bram de Wit wordt opnieuw verstuurd.')).toBeInTheDocument();
    expect(await screen.findByText('Geen e-mails gevonden.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/notifications/deliveries/d-2/retry', headers: { 'x-csrf-token': 'csrf-1' } });
  });

  it('keeps focus in the pager when the pressed button turns disabled on the last or first page', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: admin }),
      ...Object.fromEntries(
        [1, 2, 3].map((page) => [`GET /api/notifications/deliveries?page=${page}`, () => ({ status: 200, body: deliveriesPage([delivery({ id: `d-${page}` })], 60, page) })]),
      ),
      'GET /api/notifications/outbox?page=1': () => ({ status: 200, body: outboxPage }),
    });
    renderApp('/beheer/e-mails');
    const pager = within(await screen.findByRole('navigation', { name: 'Verzendingen: Pagina’s' }));
    const previous = pager.getByRole('button', { name: 'Vorige' });
    const next = pager.getByRole('button', { name: 'Volgende' });
    const press = async (button: HTMLElement, page: string) => {
      button.focus();
      fireEvent.click(button);
      expect(await pager.findByText(page)).toBeInTheDocument();
    };

    await press(next, 'Pagina 2 van 3');
    expect(next).toHaveFocus();
    await press(next, 'Pagina 3 van 3');
    expect(next).toBeDisabled();
    await waitFor(() => expect(previous).toHaveFocus());
    await press(previous, 'Pagina 2 van 3');
    expect(previous).toHaveFocus();
    await press(previous, 'Pagina 1 van 3');
    expect(previous).toBeDisabled();
    await waitFor(() => expect(next).toHaveFocus());
  });

  it('counts the e-mails with real plural forms, in Dutch and in English', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: admin }),
      'GET /api/notifications/deliveries?page=1': () => ({ status: 200, body: deliveriesPage([delivery({})]) }),
      'GET /api/notifications/deliveries?status=failed&kind=invitation&page=1': () => ({
        status: 200,
        body: deliveriesPage([failed, delivery({ id: 'd-3', status: 'failed', kind: 'invitation' })]),
      }),
      'GET /api/notifications/outbox?page=1': () => ({ status: 200, body: outboxPage }),
    });
    renderApp('/beheer/e-mails');
    expect(await screen.findByText('1 e-mail')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('1 email')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByText('1 e-mail')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'failed' } });
    fireEvent.change(screen.getByLabelText('Soort e-mail'), { target: { value: 'invitation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon' }));
    expect(await screen.findByText('2 e-mails')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('2 emails')).toBeInTheDocument();
  });

  it('is not in the menu of people outside the programme office', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: participant }) });
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'E-mails' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: 'Mijn instellingen' })).toHaveAttribute('href', '/mijn-instellingen');
  });
});
