import { amsterdamOffsetMinutes } from '@koers/shared/amsterdam-clock';

const HALF_A_YEAR_MS = 182 * 86_400_000;

/**
 * Whether this device's clock shows Amsterdam's time, now and half a year on (Brussels' does; London's, an hour
 * behind, and Lagos', an hour apart in summer, do not). Where it does not, Koers' times, always Amsterdam's, would
 * otherwise read as the device's own. Read from the device's offset, not `Intl`, for the reason `amsterdamOffsetMinutes`
 * gives; a module of its own, without date-fns, since every page's layout asks it.
 */
export function deviceShowsAmsterdamTime(now: number = Date.now()): boolean {
  return [now, now + HALF_A_YEAR_MS].every((instant) => -new Date(instant).getTimezoneOffset() === amsterdamOffsetMinutes(instant));
}
