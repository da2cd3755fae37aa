import type { Locale } from '@koers/shared/domain';
import { type CalendarLinks, sendsRegrets } from '@koers/shared/schedule';
import { sessionPagePath } from '@koers/shared/sessions';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { safeFileName } from '../files/file-storage';
import { AccessService } from '../access/access.service';
import { type AuthContext, requireLoginSession } from '../auth/auth-context';
import { newSecretToken, sha256 } from '../app/tokens';
import { type CalendarSession, ScheduleRepository } from '../sessions/schedule.repository';
import { SessionNotFoundError } from '../sessions/sessions.errors';
import { CalendarFeedNotFoundError } from './calendar-feed.errors';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { type CalendarEvent, type CalendarParty, calendarFileName, invitationMethod, renderCalendar, renderInvitation } from './icalendar';

export interface CalendarDocument {
  body: string;
  etag: string;
}

const FEED_SUFFIX = '.ics';
/**
 * `<person id>.<HMAC>`: the id says whose feed, the HMAC proves the address was handed out and not reset since.
 * The id must be a real UUID: 36 dashes would reach the database as one and answer 500.
 */
const TOKEN_PATTERN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

const TEXT = {
  nl: {
    calendarName: 'Koers',
    cancelled: 'Geannuleerd',
    declined: 'Afgemeld',
    delegate: 'Vervanger gaat',
    online: 'Online',
    sessionPage: 'Pagina van de bijeenkomst',
    onlineLink: 'De online link staat vanaf 30 minuten voor de start op de pagina van de bijeenkomst.',
  },
  en: {
    calendarName: 'Koers',
    cancelled: 'Cancelled',
    declined: 'Declined',
    delegate: 'Delegate goes',
    online: 'Online',
    sessionPage: 'Session page',
    onlineLink: 'The online link is on the session page from 30 minutes before the start.',
  },
} satisfies Record<Locale, Record<string, string>>;

/**
 * The personal iCalendar feed: one secret address per person, derived from a stored nonce with the server secret
 * (so it can be shown again but is never stored), that yields exactly the sessions the expected_attendee view
 * gives that person; and a single session as a download.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly schedule: ScheduleRepository,
    private readonly access: AccessService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  /**
   * The address, made on first use and the same every time after, until a reset. It is a secret that outlives any
   * token, so only a login session reads or resets it: a revoked token must not leave a working address behind.
   */
  async links(auth: AuthContext): Promise<CalendarLinks> {
    requireLoginSession(auth);
    const nonce = await this.feeds.ensureNonce(auth.personId, newSecretToken());
    return this.linksFor(auth.personId, nonce);
  }

  async reset(auth: AuthContext): Promise<CalendarLinks> {
    requireLoginSession(auth);
    const nonce = newSecretToken();
    await this.feeds.replaceNonce(auth.personId, nonce);
    return this.linksFor(auth.personId, nonce);
  }

  /** `fileName` is the last path segment, `<token>.ics`. */
  async feed(fileName: string): Promise<CalendarDocument> {
    const token = fileName.endsWith(FEED_SUFFIX) ? fileName.slice(0, -FEED_SUFFIX.length) : '';
    const [, personId, mac] = TOKEN_PATTERN.exec(token) ?? [];
    if (!personId) throw new CalendarFeedNotFoundError();
    const person = await this.feeds.findFeedOwner(personId);
    if (!person || !sameSecret(mac, this.mac(personId, person.nonce))) throw new CalendarFeedNotFoundError();
    const [sessions] = await Promise.all([this.schedule.expectedSessions(person.id), this.feeds.noteFetched(person.id)]);
    return this.document(sessions, person.locale, { subscription: true });
  }

  /** "Add to my calendar" for one session, for whoever may open its page. */
  async sessionEvent(auth: AuthContext, sessionId: string, locale: Locale): Promise<CalendarDocument & { fileName: string }> {
    await this.access.requireAtSession(auth, 'session.read', sessionId, () => new SessionNotFoundError());
    const session = await this.schedule.calendarSession(sessionId, auth.personId);
    if (!session) throw new SessionNotFoundError();
    return { ...this.document([session], locale, { subscription: false }), fileName: safeFileName(calendarFileName(session.title)) };
  }

  private mac(personId: string, nonce: string): string {
    return createHmac('sha256', serverSecret(this.config)).update(`calendar-feed:${personId}:${nonce}`).digest('base64url');
  }

  private linksFor(personId: string, nonce: string): CalendarLinks {
    const feedUrl = `${this.config.publicUrl}/api/calendar/${personId}.${this.mac(personId, nonce)}${FEED_SUFFIX}`;
    return { feedUrl, webcalUrl: feedUrl.replace(/^https?:\/\//, 'webcal://') };
  }

  /** The calendar holding these sessions, exactly as the feed writes them (same UID and SEQUENCE): the feed, or a file to import. */
  private document(sessions: readonly CalendarSession[], locale: Locale, use: { subscription: boolean }): CalendarDocument {
    const text = TEXT[locale];
    const body = renderCalendar(
      text.calendarName,
      this.config.programmeOffice,
      sessions.map((session) => this.event(session, text)),
      use,
    );
    return { body, etag: `"${sha256(body).slice(0, 32)}"` };
  }

  /**
   * One session as an iTIP invitation from the programme office to `attendee` (a cancellation once it is
   * cancelled), with the UID and SEQUENCE the feed gives it, so the calendar updates the event it already has.
   */
  invitation(session: CalendarSession, attendee: CalendarParty, locale: Locale): { body: string; method: 'REQUEST' | 'CANCEL'; fileName: string } {
    const event = this.event(session, TEXT[locale]);
    return {
      body: renderInvitation(event, this.config.programmeOffice, attendee),
      method: invitationMethod(event),
      // Named as the calendar shows it (its group, "Geannuleerd"), so a mail that moves someone from one group's session
      // to another's holds two files one can tell apart.
      fileName: calendarFileName(`${event.summary} ${instantToAmsterdam(session.startsAt).date}`),
    };
  }

  private event(session: CalendarSession, text: (typeof TEXT)[Locale]): CalendarEvent {
    const url = `${this.config.publicUrl}${sessionPagePath(session.sessionId)}`;
    const cancelled = session.status === 'cancelled';
    const hasLink = session.mode !== 'on_site' && session.onlineUrl !== null;
    const venue = session.mode === 'online' ? text.online : session.mode === 'hybrid' ? [session.location, text.online].filter(Boolean).join(' / ') : session.location;
    // The workshop one has a place in names the part the person attends, and its room where they go; one they only
    // wait for is not theirs (yet).
    const workshop = session.workshop?.status === 'placed' ? session.workshop : null;
    const title = [session.title, session.networkGroup, workshop?.title].filter(Boolean).join(' – ');
    const location = workshop?.room ? [workshop.room, venue].filter(Boolean).join(', ') : venue;
    // A session the person said they stay away from stays in their calendar, marked so and leaving their time free.
    const answer = { myRsvp: session.myRsvp ?? null };
    const regrets = sendsRegrets(answer) ? text[answer.myRsvp] : null;
    return {
      uid: `${session.sessionId}@koers`,
      sequence: session.sequence,
      cancelled,
      free: regrets !== null,
      summary: cancelled ? `${text.cancelled}: ${title}` : regrets ? `${regrets}: ${title}` : title,
      description: [session.theme, session.agenda, hasLink ? text.onlineLink : '', `${session.editionName}\n${text.sessionPage}: ${url}`]
        .filter(Boolean)
        .join('\n\n'),
      location,
      url,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      lastModified: session.answeredAt && session.answeredAt > session.updatedAt ? session.answeredAt : session.updatedAt,
    };
  }
}

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
