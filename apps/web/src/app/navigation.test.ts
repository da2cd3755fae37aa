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

  it('filters entries by the admin flag and by roles in any edition', () => {
    const entries: NavEntry[] = [
      { to: '/', label: 'nav.home', isVisible: () => true },
      { to: '/admin', label: 'nav.home', isVisible: (viewer) => viewer.isAdmin },
      { to: '/trainer', label: 'nav.home', isVisible: (viewer) => viewer.roles.has('trainer') },
    ];
    const trainer = person({ enrolments: [{ editionId: 'e-1', editionName: 'HIS-I 2.0', role: 'trainer' }] });
    expect(visibleNavEntries(viewerOf(trainer), entries).map((e) => e.to)).toEqual(['/', '/trainer']);
    expect(visibleNavEntries(viewerOf(person({ isAdmin: true })), entries).map((e) => e.to)).toEqual(['/', '/admin']);
  });
});
