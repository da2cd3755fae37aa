import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface WebhookDisabledMail {
  name: string;
  url: string;
  description: string;
  /** The programme office's webhooks page, where the endpoint is switched back on. */
  link: string;
}

/** Tells the programme office that Koers switched a webhook endpoint off after a day of failed deliveries. */
export function webhookDisabledMail(input: WebhookDisabledMail, locale: Locale): MailContent {
  const what = input.description ? `${input.description} (${input.url})` : input.url;
  const text =
    locale === 'en'
      ? {
          subject: 'A Koers webhook was switched off',
          intro: `Koers could not deliver to the webhook ${what} for a day, and has switched it off.`,
          next: 'New events are not sent to it while it is off; deliveries that were waiting stay waiting. Ask its owner to fix the receiver, then switch it back on.',
          action: 'Go to the webhooks',
        }
      : {
          subject: 'Een Koers-webhook is uitgezet',
          intro: `Koers kon een dag lang niet afleveren bij de webhook ${what} en heeft hem uitgezet.`,
          next: 'Zolang hij uit staat, gaan er geen nieuwe gebeurtenissen naartoe; wat al klaarstond, blijft wachten. Vraag de eigenaar de ontvanger te herstellen en zet hem daarna weer aan.',
          action: 'Naar de webhooks',
        };
  return composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro, text.next], action: { label: text.action, url: input.link } });
}
