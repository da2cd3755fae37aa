import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting, type SessionFacts, sessionDetails } from './session-details';

export interface WorkshopRemovedMail {
  name: string;
  session: SessionFacts;
  workshopTitle: string;
  link: string;
  /** The session's invitation, without the workshop. */
  invitations: MailAttachment[];
}

/** The programme office took a workshop off the session: whoever was placed in it, or waited for it, chooses again. */
export function workshopRemovedMail(input: WorkshopRemovedMail, locale: Locale): MailContent {
  const { session, workshopTitle } = input;
  const text =
    locale === 'en'
      ? {
          subject: `The workshop ${workshopTitle} is cancelled`,
          intro: `The programme office has taken the workshop "${workshopTitle}" off ${session.title}: your place in it, or on its waiting list, is gone.`,
          next: 'Choose another workshop on the session page while choosing is open, or ask the programme office to place you.',
          action: 'Open the session in Koers',
        }
      : {
          subject: `De workshop ${workshopTitle} gaat niet door`,
          intro: `Het programmabureau heeft de workshop "${workshopTitle}" van ${session.title} geschrapt: je plaats daarin, of op de wachtlijst, vervalt.`,
          next: 'Kies een andere workshop op de pagina van de bijeenkomst zolang kiezen kan, of vraag het programmabureau je in te delen.',
          action: 'Bekijk de bijeenkomst in Koers',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, text.next],
    details: sessionDetails(session, locale),
    action: { label: text.action, url: input.link },
    attachments: input.invitations,
  });
}
