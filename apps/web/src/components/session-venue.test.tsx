import { render } from '@testing-library/react';
import { TestI18nProvider } from '../../test/render-app';
import { SessionVenue, type VenueSession } from './session-venue';

const NOW = new Date('2027-03-09T09:15:00+01:00');

const online = (startsAt: string, more: Partial<VenueSession> = {}): VenueSession => ({
  mode: 'online',
  location: null,
  onlineUrl: null,
  startsAt,
  endsAt: '2027-03-09T16:00:00+01:00',
  status: 'scheduled',
  ...more,
});

const venueText = (session: VenueSession) => {
  const { container, unmount } = render(
    <TestI18nProvider>
      <SessionVenue session={session} now={NOW} />
    </TestI18nProvider>,
  );
  const text = container.textContent;
  unmount();
  return text;
};

it('says when a withheld link appears, and afterwards only what the page knows', () => {
  expect(venueText(online('2027-03-09T10:00:00+01:00'))).toBe('Online: de link verschijnt hier om 09:30, 30 minuten voor de start.');
  // Due, and the session page knows there is none: ask the programme office, rather than promise a time gone by.
  expect(venueText(online('2027-03-09T09:30:00+01:00', { hasOnlineLink: false }))).toBe('Online: er is nog geen link voor deze bijeenkomst. Vraag het programmabureau ernaar.');
  expect(venueText(online('2027-03-09T09:30:00+01:00'))).toBe('Online: de link verschijnt hier zodra die er is.');
  expect(venueText(online('2027-03-09T09:30:00+01:00', { onlineUrl: 'https://meet.example.nl/his' }))).toContain('Doe online mee');
});
