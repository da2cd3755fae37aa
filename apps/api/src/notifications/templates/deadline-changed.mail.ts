import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { mailDateTime } from '../../mail/mail-dates';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface DeadlineChangedMail {
  name: string;
  assignmentTitle: string;
  editionName: string;
  /** The deadline the person last heard of (an extension counts). */
  previousDueAt: Date;
  /** Their deadline now. */
  dueAt: Date;
  /** The new deadline has passed already (a session moved into the past, an extension taken back). */
  passed: boolean;
  link: string;
}

export function deadlineChangedMail(input: DeadlineChangedMail, locale: Locale): MailContent {
  const previous = mailDateTime(input.previousDueAt, locale);
  const due = mailDateTime(input.dueAt, locale);
  const earlier = input.dueAt < input.previousDueAt;
  const text =
    locale === 'en'
      ? {
          subject: `${earlier ? 'Earlier deadline' : 'New deadline'}: ${input.assignmentTitle}`,
          intro: `The deadline for ${input.assignmentTitle} (${input.editionName}) ${earlier ? 'was brought forward' : 'moved'} from ${previous} to ${due}.`,
          passed: 'That moment has passed already: hand in your work as soon as you can.',
          action: 'Hand in your work',
        }
      : {
          subject: `${earlier ? 'Eerdere deadline' : 'Nieuwe deadline'}: ${input.assignmentTitle}`,
          intro: `De deadline van ${input.assignmentTitle} (${input.editionName}) is ${earlier ? 'vervroegd' : 'verplaatst'} van ${previous} naar ${due}.`,
          passed: 'Dat moment is al voorbij: lever je werk zo snel mogelijk in.',
          action: 'Lever je werk in',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, ...(input.passed ? [text.passed] : [])],
    action: { label: text.action, url: input.link },
  });
}
