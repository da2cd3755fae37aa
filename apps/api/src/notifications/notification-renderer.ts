import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';
import { boardMeetingPath } from '@koers/shared/board-meetings';
import { myChallengePath } from '@koers/shared/challenge';
import { MY_INVITATIONS_PATH } from '@koers/shared/invitations';
import { measurementRoundPagePath } from '@koers/shared/measurements';
import { MY_SETTINGS_PATH, type NotificationKind, REMINDER_KINDS, REMINDERS_OFF_PATH } from '@koers/shared/notifications';
import { sessionPagePath } from '@koers/shared/sessions';
import { WEBHOOKS_PATH } from '@koers/shared/webhooks';
import { Inject, Injectable } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { APPLICATION_CONFIRM_PATH, APPLICATION_WITHDRAW_PATH, DIRECTOR_COMMITMENT_PATH, publicProgrammePath } from '@koers/shared/applications';
import { type ApplicationForMail, ApplicationsRepository, UNCONFIRMED_EXPIRY_DAYS } from '../applications/applications.repository';
import { applicationLinkToken, applicationWithdrawToken, type PasswordLinkPurpose, passwordLinkUrl, remindersOffToken } from '../app/tokens';
import { calendarDayInWords } from '../calendar/amsterdam-time';
import { CalendarFeedService } from '../calendar-feed/calendar-feed.service';
import { DiscussionsService } from '../discussions/discussions.service';
import type { MailAttachment, MailContent } from '../mail/mailer';
import { type CalendarSession, ScheduleRepository } from '../sessions/schedule.repository';
import type { NotificationPayloads } from '../mail/mail-queue.repository';
import type { ClaimedDelivery } from './notification-payloads';
import { NotificationsRepository } from './notifications.repository';
import {
  applicationAcceptedMail,
  applicationConfirmMail,
  applicationDeclinedMail,
  applicationDuplicateMail,
  applicationWaitlistedMail,
  applicationWithdrawnMail,
  directorCommitmentRequestMail,
} from './templates/application.mail';
import { assignmentDueMail } from './templates/assignment-due.mail';
import { challengeCommentMail } from './templates/challenge-comment.mail';
import { deadlineChangedMail } from './templates/deadline-changed.mail';
import { emailChangedMail } from './templates/email-changed.mail';
import { discussionDigestMail } from './templates/discussion-digest.mail';
import { discussionMentionMail } from './templates/discussion-mention.mail';
import { feedbackGivenMail } from './templates/feedback-given.mail';
import { invitationMail } from './templates/invitation.mail';
import type { InvitationOccasion } from './templates/invitation-occasion';
import { measurementReminderMail } from './templates/measurement-reminder.mail';
import { invitationReceivedMail } from './templates/invitation-received.mail';
import { passwordChangedMail } from './templates/password-changed.mail';
import { passwordResetMail } from './templates/password-reset.mail';
import { rsvpReminderMail } from './templates/rsvp-reminder.mail';
import { reminderFooter } from './templates/session-details';
import { schedulePublishedMail } from './templates/schedule-published.mail';
import { sessionChangedMail } from './templates/session-changed.mail';
import { calendarUpdatedMail } from './templates/calendar-updated.mail';
import { workshopPlacedMail } from './templates/workshop-placed.mail';
import { workshopRemovedMail } from './templates/workshop-removed.mail';
import { delegateDeclinedMail } from './templates/delegate-declined.mail';
import { sponsorshipEndedMail } from './templates/sponsorship-ended.mail';
import { sessionReminderMail } from './templates/session-reminder.mail';
import { webhookDisabledMail } from './templates/webhook-disabled.mail';
import { restoreCalendarSession } from './stored-calendar-session';

type Render<K extends NotificationKind> = (payload: NotificationPayloads[K], recipient: ClaimedDelivery['recipient']) => Promise<MailContent | null>;

/** The web app's "my programme" page (paths.myProgramme): every session of the person, by month. */
const MY_PROGRAMME_PATH = '/programma';
/** The web app's login page (paths.login). */
const LOGIN_PATH = '/inloggen';
/** The web app's assignment page (paths.assignment), where work is handed in and feedback is read. */
const assignmentPagePath = (assignmentId: string) => `/opdrachten/${encodeURIComponent(assignmentId)}`;
/** The web app's thread page (paths.discussion) and the list of one's discussions (paths.discussions). */
const discussionPagePath = (discussionId: string) => `/gesprekken/${encodeURIComponent(discussionId)}`;
const DISCUSSIONS_PATH = '/gesprekken';
/** The web app's page where a director follows their participants (paths.directorProgress). */
const DIRECTOR_PROGRESS_PATH = '/voortgang-deelnemers';

/**
 * Turns a claimed delivery into its mail from the data as it is now, in the recipient's language. Answers null when
 * the mail has lost its point since it was queued (session cancelled or moved, work handed in, RSVP answered,
 * recipient erased).
 */
@Injectable()
export class NotificationRenderer {
  private readonly renderers: { [K in NotificationKind]: Render<K> };

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly schedule: ScheduleRepository,
    private readonly calendar: CalendarFeedService,
    private readonly discussions: DiscussionsService,
    private readonly applications: ApplicationsRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {
    this.renderers = {
      // The recipient of these three is the application's applicant or director; `recipient.id` is the application's.
      application_confirm: async (payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (!application || application.status !== 'unconfirmed') return null;
        return applicationConfirmMail(
          {
            name: recipient.name,
            editionName: application.editionName,
            link: this.applicationLink(APPLICATION_CONFIRM_PATH, payload.linkRef),
            validUntil: this.applicationExpiry(application.createdAt),
          },
          recipient.locale,
        );
      },

      application_duplicate: async (_payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (!application) return null;
        const link = this.url(application.programmeSlug ? publicProgrammePath(application.programmeSlug) : LOGIN_PATH, recipient.locale);
        const unconfirmedUntil = application.status === 'unconfirmed' ? this.applicationExpiry(application.createdAt) : null;
        const firstClosed = application.status === 'declined' || application.status === 'withdrawn' ? application.status : null;
        return applicationDuplicateMail({ name: recipient.name, editionName: application.editionName, unconfirmedUntil, firstClosed, link }, recipient.locale);
      },

      director_commitment_request: async (payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (!application) return null;
        return directorCommitmentRequestMail(
          {
            directorName: recipient.name,
            applicantName: application.applicantName,
            organisation: application.organisation,
            editionName: application.editionName,
            boardMeetings: application.boardMeetings,
            link: this.applicationLink(DIRECTOR_COMMITMENT_PATH, payload.linkRef),
          },
          recipient.locale,
        );
      },

      // The programme office's decisions and the applicant's withdrawal: a mail only while the application still stands so.
      application_accepted: async (payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (application?.status !== 'accepted') return null;
        return applicationAcceptedMail(
          { ...this.decisionMail(application, recipient), link: this.url(MY_PROGRAMME_PATH, recipient.locale), fromWaitlist: payload.fromWaitlist },
          recipient.locale,
        );
      },

      application_waitlisted: async (_payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (application?.status !== 'waitlisted' || application.waitlistPosition === null) return null;
        return applicationWaitlistedMail({ ...this.decisionMail(application, recipient), position: application.waitlistPosition }, recipient.locale);
      },

      application_declined: async (payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (application?.status !== 'declined') return null;
        return applicationDeclinedMail(
          { ...this.decisionMail(application, recipient), withdrawLink: null, message: application.declineMessage, acceptanceWithdrawn: payload.acceptanceWithdrawn },
          recipient.locale,
        );
      },

      application_withdrawn: async (_payload, recipient) => {
        const application = await this.applications.forMail(recipient.id);
        if (application?.status !== 'withdrawn') return null;
        return applicationWithdrawnMail({ ...this.decisionMail(application, recipient), withdrawLink: null }, recipient.locale);
      },

      invitation: async (payload, recipient) => {
        const occasion = await this.occasion(payload.invitationId, recipient.id);
        if (occasion === null) return null;
        // An account not yet taken into use has only the name its first inviter typed; each inviter greets them as they typed it.
        return invitationMail(
          { name: occasion?.invitedAs ?? recipient.name, reason: payload.reason[recipient.locale], link: this.passwordLink(payload.linkRef, 'first', recipient.locale), validDays: payload.validDays, occasion },
          recipient.locale,
        );
      },

      password_reset: async (payload, recipient) =>
        passwordResetMail({ name: recipient.name, link: this.passwordLink(payload.linkRef, 'reset', recipient.locale), validMinutes: payload.validMinutes }, recipient.locale),

      email_changed: async (payload, recipient) => emailChangedMail({ name: recipient.name, ...payload, link: this.url(LOGIN_PATH, recipient.locale) }, recipient.locale),

      password_changed: async (_payload, recipient) => passwordChangedMail({ name: recipient.name, link: this.url(LOGIN_PATH, recipient.locale) }, recipient.locale),

      invitation_received: async (payload, recipient) => {
        const occasion = await this.occasion(payload.invitationId, recipient.id);
        if (occasion === null) return null;
        return invitationReceivedMail({ name: recipient.name, reason: payload.reason[recipient.locale], link: this.url(MY_INVITATIONS_PATH, recipient.locale), occasion }, recipient.locale);
      },

      schedule_published: async (payload, recipient) => {
        // Someone enrolled halfway (or again) needs neither the sessions already held nor their invitations.
        const now = Date.now();
        const sessions = (await this.schedule.expectedSessions(recipient.id)).filter((s) => s.editionId === payload.editionId && s.endsAt.getTime() > now);
        if (sessions.length === 0) return null;
        return schedulePublishedMail(
          {
            name: recipient.name,
            editionName: sessions[0].editionName,
            sessions,
            takesPartFor: await this.notifications.participantsTakenPartFor(payload.editionId, recipient.id),
            link: this.url(MY_PROGRAMME_PATH, recipient.locale),
            // A session cancelled before the schedule went out was never in their calendar: nothing to cancel there.
            // Stamped now, as the person's own news: someone enrolled again after a withdrawal got the cancellation
            // later than the session last changed, and with the same SEQUENCE only a newer stamp makes this the newer
            // revision (and never one the session's own last change shares, to the second DTSTAMP counts in).
            invitations: this.invitations(
              sessions
                .filter((session) => session.status !== 'cancelled')
                .map((session) => ({ ...session, updatedAt: new Date(Math.max(now, session.updatedAt.getTime() + 1000)) })),
              recipient,
            ),
          },
          recipient.locale,
        );
      },

      session_changed: async (payload, recipient) => {
        const session = await this.schedule.calendarSession(payload.sessionId, recipient.id);
        if (!session || isAsLastTold(session, payload)) return null;
        const previous =
          payload.previousStartsAt && payload.previousEndsAt
            ? { startsAt: new Date(payload.previousStartsAt), endsAt: new Date(payload.previousEndsAt) }
            : null;
        // A cancellation names the time they were last told of, in its text and its calendar file: a move folded into
        // it was never mailed, so the new time would be one nobody has in their diary.
        const told = session.status === 'cancelled' && previous ? { ...session, ...previous } : session;
        return sessionChangedMail(
          {
            name: recipient.name,
            session: told,
            previous,
            wasCancelled: payload.previousCancelled === true,
            // Moved earlier and over by now: held then. A session moved later that is over by the time a late or retried
            // mail goes out was moved, not held early.
            heldAlready: previous !== null && session.startsAt < previous.startsAt && session.endsAt.getTime() <= Date.now(),
            reason: payload.reason,
            link: this.url(sessionPagePath(session.sessionId), recipient.locale),
            invitations: this.invitations([told], recipient),
          },
          recipient.locale,
        );
      },

      calendar_updated: async (payload, recipient) => {
        const found = await this.schedule.calendarSessions([...payload.added, ...payload.removed], recipient.id);
        // A session the change deleted is cancelled as it was.
        const gone = payload.gone
          .filter((session) => !found.some((one) => one.sessionId === session.sessionId))
          .map(restoreCalendarSession);
        // Stamped with the change: with the SEQUENCE the calendar already has, only a newer stamp makes it a newer revision.
        const sessions = [...found, ...gone].map((session) => ({ ...session, updatedAt: new Date(payload.at) }));
        const [added, removed] = [payload.added, payload.removed].map((ids) => sessions.filter((session) => ids.includes(session.sessionId)));
        if (added.length + removed.length === 0) return null;
        return calendarUpdatedMail(
          {
            name: recipient.name,
            editionName: sessions[0].editionName,
            why: payload.why,
            added,
            removed,
            link: this.url(MY_PROGRAMME_PATH, recipient.locale),
            // A session the person no longer attends leaves their calendar as a cancellation, whatever its own state.
            invitations: this.invitations([...added, ...removed.map((session) => ({ ...session, status: 'cancelled' as const }))], recipient),
          },
          recipient.locale,
        );
      },

      workshop_placed: async (payload, recipient) => {
        const [session, placedIn] = await Promise.all([
          this.schedule.calendarSession(payload.sessionId, recipient.id),
          this.notifications.placedWorkshopId(payload.sessionId, recipient.id),
        ]);
        // Only while they hold the place the waiting list gave them: someone who chose another since, or was moved
        // back to the one they left, hears nothing of it, as they made the change or nothing changed for them.
        if (!session || session.status === 'cancelled' || session.workshop?.status !== 'placed' || placedIn !== (payload.workshopId ?? placedIn)) return null;
        if (placedIn === payload.leftWorkshopId) return null;
        return workshopPlacedMail(
          {
            name: recipient.name,
            session,
            workshop: session.workshop,
            leftWorkshopTitle: payload.leftWorkshopTitle ?? null,
            byOffice: payload.byOffice ?? false,
            link: this.url(sessionPagePath(session.sessionId), recipient.locale),
            invitations: this.invitations([{ ...session, updatedAt: new Date(payload.at) }], recipient),
          },
          recipient.locale,
        );
      },

      workshop_removed: async (payload, recipient) => {
        const session = await this.schedule.calendarSession(payload.sessionId, recipient.id);
        if (!session || session.status === 'cancelled' || session.startsAt.getTime() <= Date.now()) return null;
        return workshopRemovedMail(
          {
            name: recipient.name,
            session,
            workshopTitle: payload.workshopTitle,
            // Someone who waited to switch out of it keeps their place in that line (or has the place now); someone
            // who waited to switch to it keeps the place they held.
            now: session.workshop ?? null,
            link: this.url(sessionPagePath(session.sessionId), recipient.locale),
            invitations: this.invitations([{ ...session, updatedAt: new Date(payload.at) }], recipient),
          },
          recipient.locale,
        );
      },

      delegate_declined: async (payload, recipient) => {
        const declined = await this.notifications.declinedDelegateForMail(payload.invitationId, recipient.id);
        const session = declined && (await this.schedule.calendarSession(declined.sessionId, recipient.id));
        // Only while nobody goes yet: a director who answered again since needs no word of it.
        if (!declined || !session || session.status === 'cancelled' || session.startsAt.getTime() <= Date.now()) return null;
        return delegateDeclinedMail(
          { name: recipient.name, delegateName: declined.delegateName, session, link: this.url(boardMeetingPath(session.sessionId), recipient.locale) },
          recipient.locale,
        );
      },

      sponsorship_ended: async (payload, recipient) => {
        const ended = await this.notifications.endedSponsorshipForMail(payload.editionId, payload.participantPersonId, recipient.id);
        // Only while it holds: a director given the participant back meanwhile hears nothing of it.
        if (!ended) return null;
        return sponsorshipEndedMail({ name: recipient.name, ...ended, reason: payload.reason, link: this.url(DIRECTOR_PROGRESS_PATH, recipient.locale) }, recipient.locale);
      },

      session_reminder: async (payload, recipient) => {
        const session = await this.schedule.calendarSession(payload.sessionId, recipient.id);
        const stillThen = session && session.status !== 'cancelled' && session.startsAt.getTime() === new Date(payload.startsAt).getTime();
        if (!stillThen || !recipient.remindersEnabled) return null;
        return sessionReminderMail(
          { name: recipient.name, session, link: this.url(sessionPagePath(session.sessionId), recipient.locale), settingsLink: this.url(MY_SETTINGS_PATH, recipient.locale) },
          recipient.locale,
        );
      },

      assignment_due: async (payload, recipient) => {
        const assignment = await this.notifications.assignmentForMail(payload.assignmentId, recipient.id);
        const stillDue = assignment && !assignment.handedIn && assignment.dueAt.getTime() === new Date(payload.dueAt).getTime();
        if (!stillDue || !recipient.remindersEnabled) return null;
        return assignmentDueMail(
          {
            name: recipient.name,
            assignmentTitle: assignment.title,
            editionName: assignment.editionName,
            dueAt: assignment.dueAt,
            link: this.url(assignmentPagePath(payload.assignmentId), recipient.locale),
            settingsLink: this.url(MY_SETTINGS_PATH, recipient.locale),
          },
          recipient.locale,
        );
      },

      deadline_changed: async (payload, recipient) => {
        const deadline = await this.notifications.deadlineForMail(payload.assignmentId, recipient.id);
        const previousDueAt = new Date(payload.previousDueAt);
        // Handed in or withdrawn meanwhile, or changed back to what they knew: nothing to tell.
        if (!deadline || deadline.dueAt.getTime() === previousDueAt.getTime()) return null;
        const now = new Date();
        return deadlineChangedMail(
          {
            name: recipient.name,
            assignmentTitle: deadline.title,
            editionName: deadline.editionName,
            previousDueAt,
            dueAt: deadline.dueAt,
            now: deadline.cutoffAt && deadline.cutoffAt < now ? 'closed' : deadline.dueAt <= now ? 'late' : 'ahead',
            link: this.url(assignmentPagePath(payload.assignmentId), recipient.locale),
          },
          recipient.locale,
        );
      },

      feedback_given: async (payload, recipient) => {
        const feedback = await this.notifications.feedbackForMail(payload.feedbackId);
        if (!feedback) return null;
        return feedbackGivenMail({ name: recipient.name, ...feedback, link: this.url(assignmentPagePath(feedback.assignmentId), recipient.locale) }, recipient.locale);
      },

      rsvp_reminder: async (payload, recipient) => {
        const session = await this.schedule.calendarSession(payload.sessionId, recipient.id);
        if (!session || session.status === 'cancelled' || !recipient.remindersEnabled) return null;
        if (await this.notifications.hasAnsweredRsvp(payload.sessionId, recipient.id)) return null;
        return rsvpReminderMail(
          { name: recipient.name, session, link: this.url(boardMeetingPath(session.sessionId), recipient.locale), settingsLink: this.url(MY_SETTINGS_PATH, recipient.locale) },
          recipient.locale,
        );
      },

      discussion_mention: async (payload, recipient) => {
        if (!recipient.remindersEnabled) return null;
        const mention = await this.discussions.mentionForMail(payload.postId, recipient.id);
        if (!mention) return null;
        return discussionMentionMail(
          {
            name: recipient.name,
            ...mention,
            link: this.url(discussionPagePath(mention.discussionId), recipient.locale),
            settingsFooter: reminderFooter(this.url(MY_SETTINGS_PATH, recipient.locale), recipient.locale),
          },
          recipient.locale,
        );
      },

      challenge_comment: async (payload, recipient) => {
        if (!recipient.remindersEnabled) return null;
        const comment = await this.notifications.challengeCommentForMail(payload.commentId, recipient.id);
        if (!comment) return null;
        return challengeCommentMail(
          {
            name: recipient.name,
            authorName: comment.authorName,
            challengeTitle: comment.challengeTitle,
            editionName: comment.editionName,
            entryDayInWords: calendarDayInWords(comment.entryDate, recipient.locale),
            body: comment.body,
            link: this.url(myChallengePath(comment.editionId), recipient.locale),
            settingsFooter: reminderFooter(this.url(MY_SETTINGS_PATH, recipient.locale), recipient.locale),
          },
          recipient.locale,
        );
      },

      measurement_reminder: async (payload, recipient) => {
        if (!recipient.remindersEnabled) return null;
        const round = await this.notifications.measurementRoundForMail(payload.roundId, recipient.id);
        if (!round) return null;
        return measurementReminderMail(
          { name: recipient.name, ...round, link: this.url(measurementRoundPagePath(payload.roundId), recipient.locale), settingsFooter: reminderFooter(this.url(MY_SETTINGS_PATH, recipient.locale), recipient.locale) },
          recipient.locale,
        );
      },

      discussion_digest: async (payload, recipient) => {
        if (!recipient.remindersEnabled) return null;
        const threads = await this.discussions.digestFor(recipient.id, payload.day);
        if (threads.length === 0) return null;
        return discussionDigestMail(
          {
            name: recipient.name,
            dayInWords: calendarDayInWords(payload.day, recipient.locale),
            threads,
            link: this.url(DISCUSSIONS_PATH, recipient.locale),
            settingsFooter: reminderFooter(this.url(MY_SETTINGS_PATH, recipient.locale), recipient.locale),
          },
          recipient.locale,
        );
      },

      webhook_disabled: async (payload, recipient) =>
        webhookDisabledMail({ name: recipient.name, url: payload.url, description: payload.description, link: this.url(WEBHOOKS_PATH, recipient.locale) }, recipient.locale),
    };
  }

  async render(delivery: ClaimedDelivery): Promise<MailContent | null> {
    // An erased person's address is gone; nothing may be sent to what is left of it.
    if (delivery.recipient.erased) return null;
    const render = this.renderers[delivery.kind] as Render<NotificationKind>;
    const content = await render(delivery.payload as NotificationPayloads[NotificationKind], delivery.recipient);
    if (!content || !REMINDER_KINDS.includes(delivery.kind)) return content;
    // What the person can switch off carries the link that does so.
    const token = remindersOffToken(serverSecret(this.config), delivery.recipient.id);
    return { ...content, unsubscribeUrl: `${this.tokenPage(REMINDERS_OFF_PATH)}?token=${encodeURIComponent(token)}` };
  }

  /** A page of the web app in the reader's language: an English mail's link opens in English before anyone logs in. */
  private url(path: string, locale: Locale): string {
    return `${this.tokenPage(path)}${locale === DEFAULT_LOCALE ? '' : `?lang=${locale}`}`;
  }

  /** A page that takes a `?token=` the caller appends (and speaks the language of the browser asking). */
  private tokenPage(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** Derived again from the reference, so the queue never held the link itself. */
  private passwordLink(linkRef: string, purpose: PasswordLinkPurpose, locale: Locale): string {
    return passwordLinkUrl(this.config.publicUrl, serverSecret(this.config), linkRef, purpose, locale);
  }

  /** When an unconfirmed application made at `createdAt` expires. */
  private applicationExpiry(createdAt: Date): Date {
    return new Date(createdAt.getTime() + UNCONFIRMED_EXPIRY_DAYS * 24 * 3_600_000);
  }

  /** What every mail about a decision carries: the programme's page and the link to withdraw (derived, never stored). */
  private decisionMail(application: ApplicationForMail, recipient: { name: string; locale: Locale }) {
    return {
      name: recipient.name,
      editionName: application.editionName,
      link: this.url(application.programmeSlug ? publicProgrammePath(application.programmeSlug) : LOGIN_PATH, recipient.locale),
      withdrawLink: `${this.tokenPage(APPLICATION_WITHDRAW_PATH)}?token=${encodeURIComponent(applicationWithdrawToken(serverSecret(this.config), application.id))}`,
    };
  }

  /** A link into an application's page, its token derived from the reference as a password link's is. */
  private applicationLink(path: string, linkRef: string): string {
    return `${this.tokenPage(path)}?token=${encodeURIComponent(applicationLinkToken(serverSecret(this.config), linkRef))}`;
  }

  /**
   * Who invited the recipient to what, when the account or invitation came from a colleague or a director (undefined
   * when it did not); null when that invitation was withdrawn, answered or addressed to someone else before the mail
   * went out, as a director naming delegate after delegate does: nobody needs that mail any more.
   */
  private async occasion(invitationId: string | undefined, recipientId: string): Promise<InvitationOccasion | null | undefined> {
    if (!invitationId) return undefined;
    const invitation = await this.notifications.invitationForMail(invitationId, recipientId);
    if (!invitation?.pendingForRecipient) return null;
    const { inviterName, invitedAs } = invitation;
    if (invitation.kind === 'delegate' && invitation.meeting) return { kind: 'delegate', inviterName, invitedAs, meeting: invitation.meeting };
    return { kind: 'internal_team', inviterName, invitedAs, editionName: invitation.editionName };
  }

  /**
   * One iTIP file per session (RFC 5546: one UID per message), with the UID and SEQUENCE of the feed, so a calendar
   * adds the session once and updates or removes that event later. None for a person whose calendar follows the
   * feed: it already shows these sessions, and an invitation would put a second copy in another calendar.
   */
  private invitations(sessions: readonly CalendarSession[], recipient: ClaimedDelivery['recipient']): MailAttachment[] {
    if (recipient.followsCalendarFeed) return [];
    return sessions.map((session) => {
      const { body, method, fileName } = this.calendar.invitation(session, { name: recipient.name, email: recipient.email }, recipient.locale);
      return {
        fileName,
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: body,
      };
    });
  }
}

/**
 * Whether the session is just as the person last heard of it (moved and moved back before the mail went out): then
 * there is nothing to tell. Mails queued before the venue was kept always tell.
 */
function isAsLastTold(session: CalendarSession, told: NotificationPayloads['session_changed']): boolean {
  return (
    told.previousLocation !== undefined &&
    told.previousStartsAt !== null &&
    new Date(told.previousStartsAt).getTime() === session.startsAt.getTime() &&
    told.previousEndsAt !== null &&
    new Date(told.previousEndsAt).getTime() === session.endsAt.getTime() &&
    told.previousLocation === session.location &&
    told.previousOnlineUrl === session.onlineUrl &&
    told.previousCancelled === (session.status === 'cancelled')
  );
}
