import type { MeResponse } from '@koers/shared/api';
import { viewerOf } from '../lib/session';
import { navEntries, visibleNavEntries, type NavEntry } from './navigation';

const person = (overrides: Partial<MeResponse>): MeResponse => ({
  id: 'p-1',
  name: 'Anna',
  email: 'anna@zorg.example',
  isAdmin: false,
  locale: 'nl',
  enrolments: [],
  ...overrides,
});

describe('navigation', () => {
  it('shows Home and one’s own data and settings to everyone', () => {
    expect(visibleNavEntries(viewerOf(person({}))).map((entry) => entry.to)).toEqual(['/', '/mijn-gegevens', '/mijn-instellingen']);
    expect(navEntries[0]).toMatchObject({ to: '/', label: 'nav.home' });
  });

  it('filters entries by the permission table: the admin flag and roles in any edition', () => {
    const entries: NavEntry[] = [
      { to: '/', label: 'nav.home' },
      { to: '/admin', label: 'nav.home', permission: { permission: 'programmes.manage' } },
      { to: '/trainer', label: 'nav.home', permission: { permission: 'attendance.record', personal: true } },
    ];
    const trainer = person({ enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'trainer' }] });
    expect(visibleNavEntries(viewerOf(trainer), entries).map((e) => e.to)).toEqual(['/', '/trainer']);
    expect(visibleNavEntries(viewerOf(person({ isAdmin: true })), entries).map((e) => e.to)).toEqual(['/', '/admin']);
  });

  it('gives a facilitator no link to the review queue, which the API refuses them', () => {
    const facilitator = person({ enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'facilitator' }] });
    const links = visibleNavEntries(viewerOf(facilitator)).map((entry) => entry.to);
    expect(links).toContain('/aanwezigheid');
    expect(links).not.toContain('/beoordelen');
  });

  it('leads a director’s delegate, who has no role in the edition, to the board meetings they go to, their programme and check-in', () => {
    expect(visibleNavEntries(viewerOf(person({ delegateAtBoardMeetings: true }))).map((entry) => entry.to)).toEqual([
      '/',
      '/programma',
      '/inchecken',
      '/bestuurlijke-bijeenkomsten',
      '/mijn-gegevens',
      '/mijn-instellingen',
    ]);
  });
});
