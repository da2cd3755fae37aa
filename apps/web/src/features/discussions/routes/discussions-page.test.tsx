import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse, Page } from '@koers/shared/api';
import type { DiscussionDetail, DiscussionGroup, DiscussionPost, DiscussionSummary } from '@koers/shared/discussions';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { lotte } from '../../../../test/people';
import { renderApp } from '../../../../test/render-app';

const avans: DiscussionGroup = { id: 'g-1', name: 'Netwerkgroep Avans' };

const summary = (id: string, title: string, group: DiscussionGroup | null): DiscussionSummary => ({
  id,
  title,
  groupId: group?.id ?? null,
  groupName: group?.name ?? null,
  authorName: 'Jan Smit',
  createdAt: '2026-12-01T09:00:00Z',
  lastPostAt: '2026-12-01T09:00:00Z',
  replyCount: 0,
  unreadCount: 0,
  mentionsMe: false,
});

const pageOf = (items: DiscussionSummary[]): Page<DiscussionSummary> => ({ items, total: items.length, page: 1, pageSize: 20 });
const everything = [summary('d-1', 'Wie heeft een A4 voor de directeur?', null), summary('d-2', 'Verslag van onze bijeenkomst', avans)];
const LIST = '/api/editions/e-2/discussions?page=1&pageSize=20';

function fakeApi(groups: DiscussionGroup[]) {
  return installFakeApi({
    'GET /api/me': () => ({ status: 200, body: lotte }),
    'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
    'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
    'GET /api/editions/e-2/discussions/groups': () => ({ status: 200, body: groups }),
    [`GET ${LIST}`]: () => ({ status: 200, body: pageOf(everything) }),
    [`GET ${LIST}&groupId=g-1`]: () => ({ status: 200, body: pageOf(everything.filter((item) => item.groupId === 'g-1')) }),
    'POST /api/editions/e-2/discussions': (request) => {
      const { title, groupId } = request.body as { title: string; groupId?: string };
      const thread: DiscussionDetail = {
        id: 'd-3',
        editionId: 'e-2',
        editionName: 'HIS-I 2.0',
        groupId: groupId ?? null,
        groupName: groupId ? avans.name : null,
        title,
        createdAt: '2026-12-02T09:00:00Z',
        posts: [],
        earlierPosts: 0,
        laterPosts: 0,
        lastReadAt: null,
        canModerate: false,
        canReply: true,
      };
      return { status: 201, body: thread };
    },
    'GET /api/discussions/d-3': () => ({ status: 404 }),
  });
}

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('discussions page', () => {
  it('says a page past the last is empty and leads back, rather than that nobody has asked anything', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/editions/e-2/discussions/groups': () => ({ status: 200, body: [avans] }),
      'GET /api/editions/e-2/discussions?page=18&pageSize=20': () => ({ status: 200, body: { items: [], total: 340, page: 18, pageSize: 20 } }),
    });
    renderApp('/gesprekken?pagina=18');
    expect(await screen.findByText('Pagina 18 is leeg: de lijst heeft 17 pagina’s.')).toBeInTheDocument();
    expect(screen.queryByText('Nog geen gesprekken. Stel de eerste vraag!')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeEnabled();
  });

  it('shows which network group a thread belongs to and filters the list by group', async () => {
    const api = fakeApi([avans]);
    renderApp('/gesprekken');
    const list = await screen.findByRole('list', { name: 'Gesprekken in deze editie' });
    const groupThread = within(list).getAllByRole('listitem')[1];
    expect(groupThread).toHaveTextContent('Verslag van onze bijeenkomst');
    expect(within(groupThread).getByText('Netwerkgroep Avans')).toHaveClass('badge');
    expect(within(list).getAllByRole('listitem')[0]).not.toHaveTextContent('Netwerkgroep');

    fireEvent.change(screen.getByRole('combobox', { name: 'Welke gesprekken' }), { target: { value: 'g-1' } });
    await screen.findByText('Verslag van onze bijeenkomst');
    expect(await screen.findByRole('list', { name: 'Gesprekken in deze editie' })).not.toHaveTextContent('A4 voor de directeur');
    expect(api.requests.some((request) => request.url === `${LIST}&groupId=g-1`)).toBe(true);
  });

  it('lets a participant ask her own network group instead of the whole edition', async () => {
    const api = fakeApi([avans]);
    const { router } = renderApp('/gesprekken');
    const form = await screen.findByRole('form', { name: 'Nieuwe vraag of onderwerp' });
    const audience = await within(form).findByRole('combobox', { name: 'Voor wie' });
    expect(audience).toHaveValue('');
    expect(within(audience).getAllByRole('option').map((option) => option.textContent)).toEqual(['De hele editie', 'Netwerkgroep Avans']);
    expect(audience).toHaveAccessibleDescription(/alleen haar deelnemers en begeleiders/);

    fireEvent.change(audience, { target: { value: 'g-1' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Onderwerp' }), { target: { value: 'Wie neemt koffie mee?' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Je bericht/ }), { target: { value: 'Voor dinsdag.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Plaatsen' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(api.requests.find((request) => request.method === 'POST')?.body).toEqual({ title: 'Wie neemt koffie mee?', body: 'Voor dinsdag.', groupId: 'g-1' });
    expect(router.state.location.pathname).toBe('/gesprekken/d-3');
  });

  it('offers no choice to someone in no network group, and asks the whole edition', async () => {
    const api = fakeApi([]);
    renderApp('/gesprekken');
    const form = await screen.findByRole('form', { name: 'Nieuwe vraag of onderwerp' });
    await screen.findByRole('list', { name: 'Gesprekken in deze editie' });
    expect(within(form).queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Welke gesprekken' })).toBeNull();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Onderwerp' }), { target: { value: 'Vraag' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Je bericht/ }), { target: { value: 'Tekst' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Plaatsen' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(api.requests.find((request) => request.method === 'POST')?.body).toEqual({ title: 'Vraag', body: 'Tekst' });
  });

  it('sends focus to the first field to fix when a thread is started empty', async () => {
    const api = fakeApi([]);
    renderApp('/gesprekken');
    const form = await screen.findByRole('form', { name: 'Nieuwe vraag of onderwerp' });
    fireEvent.click(within(form).getByRole('button', { name: 'Plaatsen' }));
    const title = within(form).getByRole('textbox', { name: 'Onderwerp' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription(/Geef je vraag een onderwerp/);
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('has no axe violations with the group picker and filter', async () => {
    fakeApi([avans]);
    const { container, idle } = renderApp('/gesprekken');
    await screen.findByRole('combobox', { name: 'Voor wie' });
    await idle();
    await act(async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
});

describe('a thread', () => {
  const post = (id: string, authorName: string, body: string): DiscussionPost => ({
    id,
    authorPersonId: `author-${id}`,
    authorName,
    body,
    createdAt: '2026-12-01T09:00:00Z',
    hidden: null,
    reportCount: null,
    own: false,
    attachments: [],
  });
  const threadWith = (posts: DiscussionPost[], canModerate: boolean): DiscussionDetail => ({
    id: 'd-1',
    editionId: 'e-2',
    editionName: 'HIS-I 2.0',
    groupId: null,
    groupName: null,
    title: 'Wie heeft een A4 voor de directeur?',
    createdAt: '2026-12-01T09:00:00Z',
    posts,
    earlierPosts: 0,
    laterPosts: 0,
    lastReadAt: null,
    canModerate,
    canReply: true,
  });
  const press = (button: HTMLElement) => {
    button.focus();
    fireEvent.click(button);
  };

  it('leads a keyboard past every post and its buttons to the reply form', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({ status: 200, body: threadWith([post('post-1', 'Jan Smit', 'Wie heeft er een?'), post('post-2', 'Fatima El Amrani', 'Ik!')], false) }),
    });
    renderApp('/gesprekken/d-1');
    const skip = await screen.findByRole('link', { name: 'Naar je antwoord' });
    // Before the posts and their report buttons in the tab order.
    expect(skip.compareDocumentPosition(screen.getByRole('button', { name: 'Melden: bericht van Jan Smit' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(skip);
    // Into the text box itself, so what is typed next is the reply.
    expect(within(screen.getByRole('form', { name: 'Reageren' })).getByRole('textbox')).toHaveFocus();
  });

  it('names each report button after its post’s author, and keeps focus in the report box and on its outcome', async () => {
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({ status: 200, body: threadWith([post('post-1', 'Jan Smit', 'Wie heeft er een?'), post('post-2', 'Fatima El Amrani', 'Ik!')], false) }),
      'POST /api/discussion-posts/post-1/report': () => ({ status: 204 }),
    });
    renderApp('/gesprekken/d-1');
    const report = await screen.findByRole('button', { name: 'Melden: bericht van Jan Smit' });
    expect(screen.getByRole('button', { name: 'Melden: bericht van Fatima El Amrani' })).toBeInTheDocument();

    press(report);
    const reason = () => screen.getByRole('textbox', { name: 'Wat is er mis? (niet verplicht)' });
    await waitFor(() => expect(reason()).toHaveFocus());
    press(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Melden: bericht van Jan Smit' })).toHaveFocus());

    press(screen.getByRole('button', { name: 'Melden: bericht van Jan Smit' }));
    await waitFor(() => expect(reason()).toHaveFocus());
    fireEvent.change(reason(), { target: { value: 'Reclame' } });
    press(screen.getByRole('button', { name: 'Melden bij de begeleiders' }));
    // The report button is gone; focus is on the thanks in its place, a status message.
    const thanks = (await screen.findByText('Dank je, de begeleiders kijken ernaar.')).closest<HTMLElement>('[role="status"]')!;
    await waitFor(() => expect(thanks).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Melden: bericht van Jan Smit' })).not.toBeInTheDocument();
    expect(api.requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'Reclame' });
  });

  it('shows a long thread’s newest posts first and earlier ones on request, keeping focus on the posts', async () => {
    const api = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({ status: 200, body: { ...threadWith([post('post-3', 'Jan Smit', 'Derde'), post('post-4', 'Jan Smit', 'Vierde')], false), earlierPosts: 2 } }),
      'GET /api/discussions/d-1?before=post-3': () => ({
        status: 200,
        body: { ...threadWith([post('post-1', 'Fatima El Amrani', 'Eerste'), post('post-2', 'Jan Smit', 'Tweede')], false), laterPosts: 2 },
      }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'POST /api/discussions/d-1/replies': () => ({ status: 201, body: { ...post('post-5', 'Lotte Bakker', 'Vijfde'), own: true } }),
    });
    renderApp('/gesprekken/d-1');
    const posts = await screen.findByRole('list', { name: 'Berichten' });
    expect(within(posts).getAllByRole('listitem')).toHaveLength(2);
    press(screen.getByRole('button', { name: 'Eerdere berichten tonen (2)' }));
    await waitFor(() => expect(within(posts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Eerste'),
      expect.stringContaining('Tweede'),
      expect.stringContaining('Derde'),
      expect.stringContaining('Vierde'),
    ]));
    // Nothing earlier left: the button goes, and focus to the posts rather than the top of the page.
    await waitFor(() => expect(posts).toHaveFocus());
    expect(screen.queryByRole('button', { name: /Eerdere berichten/ })).not.toBeInTheDocument();
    expect(api.requests.map((request) => request.url)).toContain('/api/discussions/d-1?before=post-3');

    // A reply goes below the newest post, with the earlier ones still shown.
    fireEvent.change(screen.getByRole('textbox', { name: 'Je reactie' }), { target: { value: 'Vijfde' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    await waitFor(() => expect(within(posts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Eerste'),
      expect.stringContaining('Tweede'),
      expect.stringContaining('Derde'),
      expect.stringContaining('Vierde'),
      expect.stringContaining('Vijfde'),
    ]));
  });

  it('offers no report under a post emptied when its author was erased', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({
        status: 200,
        body: threadWith([post('post-1', 'Jan Smit', 'Wie heeft er een?'), { ...post('post-2', 'Verwijderde persoon', ''), authorPersonId: null }], false),
      }),
    });
    renderApp('/gesprekken/d-1');
    expect(await screen.findByRole('button', { name: 'Melden: bericht van Jan Smit' })).toBeInTheDocument();
    expect(screen.getByText('Dit bericht is verwijderd.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Melden: bericht van Verwijderde persoon' })).not.toBeInTheDocument();
    expect(screen.getByText('Verwijderde persoon')).toBeInTheDocument();
  });

  it('names an erased author in the language of the page', async () => {
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: { ...lotte, locale: 'en' } }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({ status: 200, body: threadWith([{ ...post('post-2', 'Verwijderde persoon', ''), authorPersonId: null }], false) }),
    });
    renderApp('/gesprekken/d-1');
    expect(await screen.findByText('Erased person')).toBeInTheDocument();
    expect(screen.queryByText('Verwijderde persoon')).not.toBeInTheDocument();
  });

  it('sends a moderator’s focus to the notice of the post just hidden', async () => {
    let hidden = false;
    const sanne: MeResponse = { ...lotte, id: 'p-9', name: 'Sanne de Vries', enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'trainer' }] };
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: sanne }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({
        status: 200,
        body: threadWith([{ ...post('post-1', 'Jan Smit', 'Koop nu!'), hidden: hidden ? { reason: 'Reclame', hiddenAt: '2026-12-02T09:00:00Z' } : null }], true),
      }),
      'POST /api/discussion-posts/post-1/hide': () => {
        hidden = true;
        return { status: 204 };
      },
    });
    renderApp('/gesprekken/d-1');
    press(await screen.findByRole('button', { name: 'Verbergen: bericht van Jan Smit' }));
    const reason = screen.getByRole('textbox', { name: 'Reden (de schrijver ziet deze)' });
    await waitFor(() => expect(reason).toHaveFocus());
    fireEvent.change(reason, { target: { value: 'Reclame' } });
    press(screen.getByRole('button', { name: 'Bericht verbergen' }));
    const notice = await screen.findByText('Verborgen door een begeleider. Reden: Reclame');
    await waitFor(() => expect(notice).toHaveFocus());
  });

  it('keeps a reply being typed when the person leaves the thread and comes back, until it is sent', async () => {
    window.sessionStorage.clear();
    installFakeApi({
      'GET /api/me': () => ({ status: 200, body: lotte }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'GET /api/me/discussions/unread': () => ({ status: 200, body: { threads: 0 } }),
      'GET /api/discussions/d-1': () => ({ status: 200, body: threadWith([post('post-1', 'Jan Smit', 'Wie heeft er een?')], false) }),
      'POST /api/discussions/d-1/replies': () => ({ status: 201, body: { ...post('post-9', 'Lotte Bakker', 'Ik heb er een.'), own: true } }),
    });
    const first = renderApp('/gesprekken/d-1');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Je reactie' }), { target: { value: 'Ik heb er een, ik stuur' } });
    first.unmount();

    renderApp('/gesprekken/d-1');
    const replyBox = await screen.findByRole('textbox', { name: 'Je reactie' });
    expect(replyBox).toHaveValue('Ik heb er een, ik stuur');
    fireEvent.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    await waitFor(() => expect(replyBox).toHaveValue(''));
    expect(Object.keys(window.sessionStorage)).toEqual([]);
  });
});
