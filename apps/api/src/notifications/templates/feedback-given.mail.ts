import type { FeedbackOutcome, Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface FeedbackGivenMail {
  name: string;
  assignmentTitle: string;
  editionName: string;
  outcome: FeedbackOutcome;
  reviewerName: string | null;
  comment: string;
  link: string;
}

export function feedbackGivenMail(input: FeedbackGivenMail, locale: Locale): MailContent {
  const by = input.reviewerName;
  const text =
    locale === 'en'
      ? {
          subject: input.outcome === 'approved' ? `Approved: ${input.assignmentTitle}` : `Please revise: ${input.assignmentTitle}`,
          intro:
            input.outcome === 'approved'
              ? `${by ?? 'Your trainer'} approved your work on ${input.assignmentTitle} (${input.editionName}).`
              : `${by ?? 'Your trainer'} read your work on ${input.assignmentTitle} (${input.editionName}) and asks you to revise it.`,
          comment: 'Feedback:',
          action: 'Read the feedback in Koers',
        }
      : {
          subject: input.outcome === 'approved' ? `Goedgekeurd: ${input.assignmentTitle}` : `Graag aanpassen: ${input.assignmentTitle}`,
          intro:
            input.outcome === 'approved'
              ? `${by ?? 'Je trainer'} heeft je werk voor ${input.assignmentTitle} (${input.editionName}) goedgekeurd.`
              : `${by ?? 'Je trainer'} heeft je werk voor ${input.assignmentTitle} (${input.editionName}) gelezen en vraagt je het aan te passen.`,
          comment: 'Feedback:',
          action: 'Lees de feedback in Koers',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, ...(input.comment.trim() ? [text.comment] : [])],
    markdown: input.comment.trim(),
    action: { label: text.action, url: input.link },
  });
}
