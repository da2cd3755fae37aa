import type { Locale } from '@koers/shared/domain';
import type { WorkshopChoiceStatus } from '@koers/shared/workshops';
import { composeMail } from '../../mail/compose-mail';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting, type SessionFacts, sessionDetails } from './session-details';

export interface WorkshopRemovedMail {
  name: string;
  session: SessionFacts;
  workshopTitle: string;
  /** Where they are at the session now: a switcher keeps their place in the line they joined, or the place they held. */
  now: { title: string; status: WorkshopChoiceStatus } | null;
  link: string;
  /** The session's invitation, without the workshop. */
  invitations: MailAttachment[];
}

/** The programme office took a workshop off the session: whoever had a place in it or waited for it hears where they stand now. */
export function workshopRemovedMail(input: WorkshopRemovedMail, locale: Locale): MailContent {
  const { session, workshopTitle, now } = input;
  const text =
    locale === 'en'
      ? {
          subject: `The workshop ${workshopTitle} is cancelled`,
          intro: `The programme office has taken the workshop "${workshopTitle}" off ${session.title}: your place in it, or on its waiting list, is gone.`,
          next: !now
            ? 'Choose another workshop on the session page while choosing is open, or ask the programme office to place you.'
            : now.status === 'placed'
              ? `You have a place in the workshop "${now.title}".`
              : `You keep your place on the waiting list of the workshop "${now.title}".`,
          action: 'Open the session in Koers',
        }
      : {
          subject: `De workshop ${workshopTitle} gaat niet door`,
          intro: `Het programmabureau heeft de workshop "${workshopTitle}" van ${session.title} geschrapt: je plaats daarin, of op de wachtlijst, vervalt.`,
          next: !now
            ? 'Kies een andere workshop op de pagina van de bijeenkomst zolang kiezen kan, of vraag het programmabureau je in te delen.'
            : now.status === 'placed'
              ? `Je hebt een plaats in de workshop "${now.title}".`
              : `Je houdt je plaats op de wachtlijst van de workshop "${now.title}".`,
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
