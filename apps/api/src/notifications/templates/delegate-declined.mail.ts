import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting, type SessionFacts, sessionDetails } from './session-details';

export interface DelegateDeclinedMail {
  name: string;
  /** As the director typed it when naming the delegate. */
  delegateName: string;
  session: SessionFacts;
  link: string;
}

/** The delegate a director named will not go: nobody comes in their place until they answer again. */
export function delegateDeclinedMail(input: DelegateDeclinedMail, locale: Locale): MailContent {
  const { session, delegateName } = input;
  const text =
    locale === 'en'
      ? {
          subject: `${delegateName} cannot go to ${session.title} in your place`,
          intro: `${delegateName} declined your invitation to go to ${session.title} in your place. Nobody goes for you now: let us know whether you come yourself, send someone else, or cannot make it.`,
          action: 'Answer in Koers',
        }
      : {
          subject: `${delegateName} kan niet in jouw plaats naar ${session.title}`,
          intro: `${delegateName} heeft je uitnodiging afgeslagen om in jouw plaats naar ${session.title} te gaan. Er gaat nu niemand voor je: laat weten of je zelf komt, iemand anders stuurt of verhinderd bent.`,
          action: 'Geef antwoord in Koers',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    details: sessionDetails(session, locale),
    action: { label: text.action, url: input.link },
  });
}
