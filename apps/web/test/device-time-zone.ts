/**
 * Puts the device's clock (`Date.prototype.getTimezoneOffset`, what the app reads of it) in another time zone until the
 * returned function undoes it. Jest gives each test file a copy of `process.env`, so setting `TZ` there changes nothing.
 */
export function putDeviceIn(zone: string): () => void {
  const offsetName = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
  const spy = jest.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
    // "GMT+05:30", "GMT-08:00", or "GMT" for UTC itself.
    const name = offsetName.formatToParts(this).find((part) => part.type === 'timeZoneName')!.value;
    const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
    const minutesEast = match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    return -minutesEast;
  });
  return () => spy.mockRestore();
}
