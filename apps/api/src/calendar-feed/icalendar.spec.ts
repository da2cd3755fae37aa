import ICAL from 'ical.js';
import { escapeText, foldLine, renderCalendar, renderInvitation, type CalendarEvent, calendarFileName } from './icalendar';

const OFFICE = { name: 'Programmabureau Koers', email: 'programmabureau@koers.example' };

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'session-1@koers',
  sequence: 2,
  cancelled: false,
  summary: 'Lesdag 1 – Kick-off',
  description: 'Inloop; koffie, thee\nOpening\\afsluiting',
  location: 'Care Innovation Center, Utrechtseweg 10, Amersfoort',
  url: 'https://koers.example/sessies/1',
  startsAt: new Date('2027-03-09T08:30:00Z'),
  endsAt: new Date('2027-03-09T15:00:00Z'),
  lastModified: new Date('2026-11-20T10:00:00Z'),
  ...overrides,
});

describe('iCalendar writer', () => {
  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the original', () => {
    const line = `SUMMARY:${'é'.repeat(30)}€${'x'.repeat(40)}${'😀'.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // A split inside a character would leave U+FFFD after decoding the bytes of the part on its own.
      expect(Buffer.from(part).toString('utf8')).not.toContain('\ufffd');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });

  it('escapes text values and drops control characters', () => {
    expect(escapeText('a;b,c\\d\r\ne\u0007')).toBe('a\\;b\\,c\\\\d\\ne');
    // A tab (pasted from a spreadsheet) is allowed text: dropping it would join the words around it.
    expect(escapeText('Zaal\tB')).toBe('Zaal\tB');
  });

  it('keeps a double quote in a name as RFC 6868 writes it inside a quoted parameter', () => {
    const body = renderInvitation(event(), { name: 'Programmabureau "HIS-I"', email: 'his@zorg.example' }, { name: 'محمد "الأمين", ^ عبد', email: 'mohammed@zorg.example' });
    expect(body).toContain(`ORGANIZER;CN="Programmabureau ^'HIS-I^'":mailto:his@zorg.example`);
    expect(body.replace(/\r\n /g, '')).toContain(`ATTENDEE;CN="محمد ^'الأمين^', ^^ عبد";`);
  });

  it('names a calendar file without the characters Windows refuses in a file name', () => {
    expect(calendarFileName('Lesdag 5 – Plannen: het plan van aanpak?')).toBe('Lesdag 5 – Plannen - het plan van aanpak-.ics');
  });

  it('writes the hour the clocks go back in UTC, where a local time could be read as either run', () => {
    // 31 October 2027, 02:30 Amsterdam comes twice: 00:30Z (summer time) and 01:30Z (winter time).
    const body = renderCalendar('Koers', OFFICE, [
      event({ uid: 'first@koers', startsAt: new Date('2027-10-31T00:30:00Z'), endsAt: new Date('2027-10-31T01:00:00Z') }),
      event({ uid: 'second@koers', startsAt: new Date('2027-10-31T01:30:00Z'), endsAt: new Date('2027-10-31T02:30:00Z') }),
    ], { subscription: true });
    expect(body).toContain('DTSTART:20271031T003000Z\r\n');
    expect(body).toContain('DTSTART:20271031T013000Z\r\n');
    expect(body).toContain('DTEND;TZID=Europe/Amsterdam:20271031T033000\r\n');
    const starts = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).startDate.toUnixTime() * 1000);
    expect(starts.map((start) => new Date(start).toISOString())).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
  });

  it('writes CRLF lines that an independent parser reads back at the same Amsterdam time on both sides of a clock change', () => {
    const body = renderCalendar('Koers', OFFICE, [
      // 30 March 2027 is summer time (UTC+2), 2 November winter time (UTC+1).
      event({ uid: 'march@koers', summary: 'Lesdag – één lange titel '.repeat(5), startsAt: new Date('2027-03-30T07:30:00Z'), endsAt: new Date('2027-03-30T14:00:00Z') }),
      event({ uid: 'november@koers', cancelled: true, startsAt: new Date('2027-11-02T08:30:00Z'), endsAt: new Date('2027-11-02T15:00:00Z') }),
    ], { subscription: true });
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const calendar = new ICAL.Component(ICAL.parse(body));
    const [march, november] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(march.uid).toBe('march@koers');
    expect(march.sequence).toBe(2);
    expect(march.summary).toBe('Lesdag – één lange titel '.repeat(5));
    expect(march.description).toBe('Inloop; koffie, thee\nOpening\\afsluiting');
    expect(march.location).toBe('Care Innovation Center, Utrechtseweg 10, Amersfoort');
    expect(november.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // A published event names its organiser (RFC 5546).
    expect(march.organizer).toBe('mailto:programmabureau@koers.example');
    for (const [vevent, instant] of [
      [march, '2027-03-30T07:30:00.000Z'],
      [november, '2027-11-02T08:30:00.000Z'],
    ] as const) {
      expect(vevent.startDate.zone.tzid).toBe('Europe/Amsterdam');
      expect(vevent.startDate.toString()).toMatch(/T09:30:00$/);
      // The parser places the wall-clock time with our VTIMEZONE: it must land on the real instant.
      expect(new Date(vevent.startDate.toUnixTime() * 1000).toISOString()).toBe(instant);
    }
  });

  it('writes an iTIP REQUEST, or a CANCEL once cancelled, from the organiser to the one attendee, with the zone', () => {
    const office = { name: 'Programmabureau "HIS"', email: 'programmabureau@koers.example' };
    const lotte = { name: 'Łukasz Wałęsa', email: 'lukasz@example.org' };
    const read = (body: string) => {
      const calendar = new ICAL.Component(ICAL.parse(body));
      const [vevent, ...others] = calendar.getAllSubcomponents('vevent');
      const organizer = vevent.getFirstProperty('organizer')!;
      const attendee = vevent.getFirstProperty('attendee')!;
      return {
        method: calendar.getFirstPropertyValue('method'),
        events: 1 + others.length,
        zone: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'),
        uid: vevent.getFirstPropertyValue('uid'),
        sequence: vevent.getFirstPropertyValue('sequence'),
        status: vevent.getFirstPropertyValue('status'),
        organizer: [organizer.getFirstValue(), organizer.getParameter('cn')],
        attendee: [attendee.getFirstValue(), attendee.getParameter('cn'), attendee.getParameter('partstat'), attendee.getParameter('rsvp')],
      };
    };
    expect(read(renderInvitation(event(), office, lotte))).toEqual({
      method: 'REQUEST',
      events: 1,
      zone: 'Europe/Amsterdam',
      uid: 'session-1@koers',
      sequence: 2,
      status: 'CONFIRMED',
      organizer: ['mailto:programmabureau@koers.example', 'Programmabureau "HIS"'],
      attendee: ['mailto:lukasz@example.org', 'Łukasz Wałęsa', 'NEEDS-ACTION', 'FALSE'],
    });
    expect(read(renderInvitation(event({ cancelled: true, sequence: 3 }), office, lotte))).toMatchObject({ method: 'CANCEL', sequence: 3, status: 'CANCELLED' });
    // An address may hold what a URI reads as its query or fragment: encoded, the whole address reaches the calendar.
    expect(read(renderInvitation(event(), office, { name: 'Q', email: 'weird?q=1#x%y@example.org' })).attendee[0]).toBe('mailto:weird%3Fq%3D1%23x%25y@example.org');
    expect(read(renderInvitation(event(), office, { name: 'P', email: "o'brien+koers@example.org" })).attendee[0]).toBe("mailto:o'brien+koers@example.org");
  });
});
