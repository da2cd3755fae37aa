import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting, type SessionFacts, sessionDetails, endingIn } from './session-details';

export interface WorkshopPlacedMail {
  name: string;
  session: SessionFacts;
  workshop: { title: string; room: string };
  /** The workshop whose place they gave up to move to this one. */
  leftWorkshopTitle: string | null;
  /** Placed by the programme office ("De rest indelen"), rather than moved up from a waiting list. */
  byOffice: boolean;
  link: string;
  /** The session's invitation, now naming the workshop and its room. */
  invitations: MailAttachment[];
}

/** A place came free and the participant who waited for the workshop has it now, or the programme office placed them. */
export function workshopPlacedMail(input: WorkshopPlacedMail, locale: Locale): MailContent {
  const { session, workshop } = input;
  const text =
    locale === 'en'
      ? {
          subject: input.byOffice ? `You have been placed in the workshop ${workshop.title}` : `You have a place in the workshop ${workshop.title}`,
          intro: endingIn(
            input.byOffice
              ? `The programme office placed you in the workshop "${workshop.title}" of ${session.title}`
              : `A place came free on the waiting list: you are now placed in the workshop "${workshop.title}" of ${session.title}`,
          ),
          left: `Your place in the workshop "${input.leftWorkshopTitle}" is free for someone else now.`,
          action: 'Open the session in Koers',
        }
      : {
          subject: input.byOffice ? `Je bent ingedeeld in de workshop ${workshop.title}` : `Je hebt een plek in de workshop ${workshop.title}`,
          intro: endingIn(
            input.byOffice
              ? `Het programmabureau heeft je ingedeeld in de workshop "${workshop.title}" van ${session.title}`
              : `Er kwam een plek vrij op de wachtlijst: je bent nu ingedeeld in de workshop "${workshop.title}" van ${session.title}`,
          ),
          left: `Je plaats in de workshop "${input.leftWorkshopTitle}" is daarmee vrijgekomen voor een ander.`,
          action: 'Bekijk de bijeenkomst in Koers',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: input.leftWorkshopTitle ? [text.intro, text.left] : [text.intro],
    details: [...sessionDetails(session, locale), ['Workshop', [workshop.title, workshop.room].filter(Boolean).join(', ')]],
    action: { label: text.action, url: input.link },
    attachments: input.invitations,
  });
}
