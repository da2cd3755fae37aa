import { putDeviceIn } from '../../test/device-time-zone';
import { deviceShowsAmsterdamTime } from './device-clock';

describe('whether the device shows Amsterdam time', () => {
  const winter = Date.UTC(2027, 0, 12, 9);
  const summer = Date.UTC(2027, 6, 12, 9);
  const shownOn = (zone: string) => {
    const restore = putDeviceIn(zone);
    try {
      return [deviceShowsAmsterdamTime(winter), deviceShowsAmsterdamTime(summer)];
    } finally {
      restore();
    }
  };

  it('does in a zone that keeps Amsterdam\'s clock all year', () => {
    for (const zone of ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/Berlin']) expect([zone, shownOn(zone)]).toEqual([zone, [true, true]]);
  });

  it('does not where the clock differs for part of the year or all of it', () => {
    // Lagos keeps Amsterdam's winter time all year, Johannesburg its summer time; London is an hour behind; Kolkata and
    // Los Angeles further off.
    for (const zone of ['Africa/Lagos', 'Africa/Johannesburg', 'Europe/London', 'Asia/Kolkata', 'America/Los_Angeles', 'UTC']) {
      expect([zone, shownOn(zone)]).toEqual([zone, [false, false]]);
    }
  });

  it('says so in April too, when Johannesburg shows the same time as Amsterdam for a while', () => {
    const restore = putDeviceIn('Africa/Johannesburg');
    try {
      expect(deviceShowsAmsterdamTime(Date.UTC(2027, 3, 10, 9))).toBe(false);
    } finally {
      restore();
    }
  });
});
