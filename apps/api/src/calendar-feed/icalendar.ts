import { TIME_ZONE } from '@koers/shared/domain';
import { instantToAmsterdam } from '../calendar/amsterdam-time';

/** One VEVENT. Times are instants; they are written as Europe/Amsterdam wall-clock times with TZID. */
export interface CalendarEvent {
  uid: string;
  /** Raised on every change, so subscribed calendars replace their copy. */
  sequence: number;
  cancelled: boolean;
  /** Shown as free time (TRANSP): a session the person said they stay away from. */
  free?: boolean;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  startsAt: Date;
  endsAt: Date;
  /** Also DTSTAMP: a fixed value keeps the feed byte-identical while nothing changed, so its ETag holds. */
  lastModified: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * Amsterdam's rules since 1996: summer time from the last Sunday of March, winter time from the last Sunday
 * of October. Clients that know the zone by name ignore this; the others need it to place TZID times.
 */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Someone named by their e-mail address, as ORGANIZER or ATTENDEE. */
export interface CalendarParty {
  name: string;
  email: string;
}

/**
 * An RFC 5545 calendar to subscribe to (`subscription`: named, and polled hourly, RFC 7986) or to import once (events
 * only, so importers add them to the reader's own calendar instead of offering a calendar of their own), METHOD:PUBLISH,
 * each event naming the programme office as its organiser, as RFC 5546 asks of a published event.
 */
export function renderCalendar(name: string, organizer: CalendarParty, events: readonly CalendarEvent[], { subscription }: { subscription: boolean }): string {
  const organizerOfAll = organizerLine(organizer);
  return calendarDocument(
    subscription
      ? ['METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, `X-WR-TIMEZONE:${TIME_ZONE}`, 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H']
      : ['METHOD:PUBLISH'],
    events.flatMap((event) => eventLines(event, [organizerOfAll])),
  );
}

/** A calendar file's name, without the characters Windows refuses in one ("Geannuleerd: Lesdag 3" is "Geannuleerd - Lesdag 3"). */
export const calendarFileName = (name: string) => `${name}.ics`.replace(/: /g, ' - ').replace(/[\\/:*?"<>|]/g, '-');

/**
 * An iTIP message (RFC 5546) about one event, for a mail: METHOD:REQUEST puts it in the attendee's calendar or
 * updates the copy with the same UID when its SEQUENCE is higher; a cancelled event goes as METHOD:CANCEL and
 * removes it. One UID per message, as RFC 5546 asks, so a mail about several sessions carries one file per session.
 * The attendee is not asked to answer (RSVP=FALSE): attendance is recorded in Koers, not by calendar replies.
 */
export function renderInvitation(event: CalendarEvent, organizer: CalendarParty, attendee: CalendarParty): string {
  return calendarDocument(
    [`METHOD:${event.cancelled ? 'CANCEL' : 'REQUEST'}`],
    eventLines(event, [
      organizerLine(organizer),
      `ATTENDEE;CN=${quotedParameter(attendee.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(attendee.email)}`,
    ]),
  );
}

const organizerLine = (organizer: CalendarParty) => `ORGANIZER;CN=${quotedParameter(organizer.name)}:${mailto(organizer.email)}`;

/** The iTIP method of an invitation, for the MIME type of the mail part that carries it. */
export const invitationMethod = (event: Pick<CalendarEvent, 'cancelled'>) => (event.cancelled ? 'CANCEL' : 'REQUEST');

/** CRLF line ends, long lines folded at 75 octets without splitting a UTF-8 character. */
function calendarDocument(header: string[], body: string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Koers//Koers//NL', 'CALSCALE:GREGORIAN', ...header, ...AMSTERDAM_VTIMEZONE, ...body, 'END:VCALENDAR'];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, parties: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.lastModified)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.free ? ['TRANSP:TRANSPARENT'] : []),
    `DTSTART${amsterdamOrUtcStamp(event.startsAt)}`,
    `DTEND${amsterdamOrUtcStamp(event.endsAt)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${event.url}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...parties,
    'END:VEVENT',
  ];
}

/**
 * A parameter value in double quotes, which RFC 5545 §3.1 does not allow inside it: a double quote in a name is written
 * `^'` and a caret `^^` (RFC 6868, which Apple, Google and Thunderbird read back), control characters are left out.
 */
const quotedParameter = (value: string) =>
  `"${value
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")}"`;

/**
 * A `mailto:` URI (RFC 6068): an address may hold characters a URI gives a meaning of its own (`?`, `#`, `%`, a
 * space in quotes), which are percent-encoded so the whole address reaches the calendar; the usual ones stay as
 * they are, so a client that compares the URI with the recipient's address as text still matches it.
 */
const mailto = (email: string) => `mailto:${email.replace(/[^A-Za-z0-9\-._~!$'()*+,;:@]/gu, (character) => encodeURIComponent(character))}`;

/** TEXT values: backslash, semicolon, comma and newlines escaped; tabs kept; other control characters are not allowed. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with one space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    // Continuation lines lose one octet to their leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const HOUR_MS = 3_600_000;

/**
 * `;TZID=Europe/Amsterdam:20270309T093000`, the time as Amsterdam reads it; but in UTC (`:20271031T013000Z`) within
 * the hour that comes twice when the clocks go back in October. A local time there is ambiguous: RFC 5545 reads it as
 * the first run, and some parsers (ical.js) as the second, so one of the two sessions would move by an hour.
 */
function amsterdamOrUtcStamp(instant: Date): string {
  const { date, time } = instantToAmsterdam(instant);
  const readsTheSame = (offset: number) => {
    const other = instantToAmsterdam(new Date(instant.getTime() + offset));
    return other.date === date && other.time === time;
  };
  // Only 02:00–02:59 in October can come twice; every other time is read once, as the feed's hot path wants.
  const mayComeTwice = time.startsWith('02:') && date.slice(5, 7) === '10';
  if (mayComeTwice && (readsTheSame(-HOUR_MS) || readsTheSame(HOUR_MS))) return `:${utcStamp(instant)}`;
  return `;TZID=${TIME_ZONE}:${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
