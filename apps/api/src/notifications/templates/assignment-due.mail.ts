import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { mailDateTime } from '../../mail/mail-dates';
import type { MailContent } from '../../mail/mailer';
import { greeting, reminderFooter } from './session-details';

export interface AssignmentDueMail {
  name: string;
  assignmentTitle: string;
  editionName: string;
  /** The person's own deadline (an extension counts). */
  dueAt: Date;
  link: string;
  settingsLink: string;
}

export function assignmentDueMail(input: AssignmentDueMail, locale: Locale): MailContent {
  const due = mailDateTime(input.dueAt, locale);
  const text =
    locale === 'en'
      ? {
          subject: `Hand in by ${due}: ${input.assignmentTitle}`,
          intro: `You have not handed in ${input.assignmentTitle} (${input.editionName}) yet. The deadline is ${due}.`,
          action: 'Hand in your work',
        }
      : {
          subject: `Inleveren vóór ${due}: ${input.assignmentTitle}`,
          intro: `Je hebt ${input.assignmentTitle} (${input.editionName}) nog niet ingeleverd. De deadline is ${due}.`,
          action: 'Lever je werk in',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    action: { label: text.action, url: input.link },
    footer: [reminderFooter(input.settingsLink, locale)],
  });
}
