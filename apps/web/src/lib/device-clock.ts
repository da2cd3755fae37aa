import { amsterdamOffsetMinutes } from '@koers/shared/amsterdam-clock';

/**
 * Whether this device's clock shows Amsterdam's time, in its winter and in its summer (Brussels' does; London's, an
 * hour behind, and Lagos' and Johannesburg's, each an hour apart half the year, do not). Where it does not, Koers'
 * times, always Amsterdam's, would otherwise read as the device's own. Read from the device's offset at mid-January and
 * mid-July of this year, not `Intl`, for the reason `amsterdamOffsetMinutes` gives; a module of its own, without
 * date-fns, since every page's layout asks it.
 */
export function deviceShowsAmsterdamTime(now: number = Date.now()): boolean {
  const year = new Date(now).getUTCFullYear();
  return [Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 12)].every((instant) => -new Date(instant).getTimezoneOffset() === amsterdamOffsetMinutes(instant));
}
