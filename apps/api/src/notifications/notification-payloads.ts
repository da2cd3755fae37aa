import type { Locale } from '@koers/shared/domain';
import type { NewApplicationDelivery, NewDelivery } from '../mail/mail-queue.repository';

/** A delivery claimed by a worker, with its recipient. */
export type ClaimedDelivery = (NewDelivery | NewApplicationDelivery) & {
  id: string;
  attempts: number;
  recipient: {
    /** The person's id, or for a mail about an application (to its applicant or director) the application's. */
    id: string;
    name: string;
    email: string;
    locale: Locale;
    remindersEnabled: boolean;
    erased: boolean;
    /** A calendar fetched the person's feed lately: it shows their sessions, so mails carry no invitations. */
    followsCalendarFeed: boolean;
  };
};
