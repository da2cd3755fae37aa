import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../app/providers';
import { TestI18nProvider } from '../../test/render-app';
import { SessionVenue, type VenueSession } from './session-venue';

const HALF_HOUR = 30 * 60_000;

const onlineSession = (startsAt: Date, onlineUrl: string | null): VenueSession => ({
  mode: 'online',
  location: null,
  onlineUrl,
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 2 * HALF_HOUR).toISOString(),
  status: 'scheduled',
});

const withProviders = (children: ReactNode) => (
  <QueryClientProvider client={createQueryClient()}>
    <TestI18nProvider>{children}</TestI18nProvider>
  </QueryClientProvider>
);

/** The session as a page reads it from the server, which withholds the link until half an hour before the start. */
function ServedVenue({ serve, now }: { serve: () => Promise<VenueSession>; now: Date }) {
  const { data } = useQuery({ queryKey: ['session'], queryFn: serve });
  return data ? <SessionVenue session={data} now={now} /> : null;
}

it('asks the server again when the link is due, so it appears without a reload', async () => {
  // The link is due a moment from now.
  const startsAt = new Date(Date.now() + HALF_HOUR + 300);
  let served = 0;
  const serve = async () => onlineSession(startsAt, served++ === 0 ? null : 'https://meet.example.nl/his');
  render(withProviders(<ServedVenue serve={serve} now={new Date()} />));

  expect(await screen.findByText(/de link verschijnt hier om \d\d:\d\d, 30 minuten voor de start/)).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: /Doe online mee/ }, { timeout: 6_000 })).toHaveAttribute('href', 'https://meet.example.nl/his');
  expect(served).toBe(2);
});

it('says plainly that there is no link once it was due and none came', () => {
  const startsAt = new Date(Date.now() + HALF_HOUR / 2);
  render(withProviders(<SessionVenue session={onlineSession(startsAt, null)} now={new Date()} />));
  expect(screen.getByText(/er is nog geen link voor deze bijeenkomst/)).toBeInTheDocument();
});
