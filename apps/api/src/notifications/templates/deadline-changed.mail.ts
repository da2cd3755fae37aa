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
  /**
   * Where handing in stands now: the new deadline `ahead`; passed already, so work is `late` (a session moved into the
   * past, an extension taken back); or the cut-off passed too, so nothing is taken any more (`closed`).
   */
  now: 'ahead' | 'late' | 'closed';
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
          late: 'That moment has passed already: hand in your work as soon as you can.',
          closed: 'That moment has passed, and so has the cut-off: nothing can be handed in any more. If you still want to, contact your trainer.',
          action: 'Hand in your work',
          view: 'View the assignment',
        }
      : {
          subject: `${earlier ? 'Eerdere deadline' : 'Nieuwe deadline'}: ${input.assignmentTitle}`,
          intro: `De deadline van ${input.assignmentTitle} (${input.editionName}) is ${earlier ? 'vervroegd' : 'verplaatst'} van ${previous} naar ${due}.`,
          late: 'Dat moment is al voorbij: lever je werk zo snel mogelijk in.',
          closed: 'Dat moment is voorbij, en de uiterste inleverdatum ook: inleveren kan niet meer. Wil je dat toch, neem dan contact op met je trainer.',
          action: 'Lever je werk in',
          view: 'Bekijk de opdracht',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, ...(input.now === 'ahead' ? [] : [text[input.now]])],
    action: { label: input.now === 'closed' ? text.view : text.action, url: input.link },
  });
}
