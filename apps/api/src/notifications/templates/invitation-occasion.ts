import type { Locale } from '@koers/shared/domain';
import { type SessionFacts, sessionDetails } from './session-details';

/** What someone was invited to by a person, as it is when the mail is written; an enrolment has none. */
export type InvitationOccasion = (
  | { kind: 'internal_team'; inviterName: string; editionName: string }
  | { kind: 'delegate'; inviterName: string; meeting: SessionFacts }
) & {
  /** The name the inviter typed: who an account not yet taken into use is greeted as in this inviter's mail. */
  invitedAs: string;
};

/** The subject names the colleague or director who invites; a delegate's mail says when and where the meeting is. */
export function occasionWording(occasion: InvitationOccasion, locale: Locale): { subject: string; details: [string, string][] } {
  if (occasion.kind === 'internal_team') {
    return {
      subject:
        locale === 'en'
          ? `${occasion.inviterName} invites you to their internal team for ${occasion.editionName}`
          : `${occasion.inviterName} nodigt je uit voor het intern team bij ${occasion.editionName}`,
      details: [],
    };
  }
  return {
    subject:
      locale === 'en'
        ? `${occasion.inviterName} sends you as their delegate to "${occasion.meeting.title}"`
        : `${occasion.inviterName} stuurt je als vervanger naar "${occasion.meeting.title}"`,
    details: sessionDetails(occasion.meeting, locale),
  };
}
