import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { mailDateTime } from '../../mail/mail-dates';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface MeasurementReminderMail {
  name: string;
  instrumentName: string;
  editionName: string;
  closesAt: Date;
  link: string;
  settingsFooter: string;
}

export function measurementReminderMail(input: MeasurementReminderMail, locale: Locale): MailContent {
  const deadline = mailDateTime(input.closesAt, locale);
  const text =
    locale === 'en'
      ? {
          subject: `Please fill in: ${input.instrumentName}`,
          intro: `The ${input.instrumentName} of ${input.editionName} is waiting for your answers until ${deadline}. Your answers are saved per statement, so you can stop and continue later, also on your phone.`,
          action: 'Fill in the questionnaire',
        }
      : {
          subject: `Vul in: ${input.instrumentName}`,
          intro: `De ${input.instrumentName} van ${input.editionName} wacht tot ${deadline} op je antwoorden. Elk antwoord wordt meteen bewaard, dus je kunt stoppen en later verdergaan, ook op je telefoon.`,
          action: 'Vul de vragenlijst in',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    action: { label: text.action, url: input.link },
    footer: [input.settingsFooter],
  });
}
