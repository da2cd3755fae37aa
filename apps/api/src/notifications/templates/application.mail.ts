import type { Locale } from '@koers/shared/domain';
import type { BoardMeeting } from '../../applications/applications.repository';
import { composeMail } from '../../mail/compose-mail';
import { mailDateTime, mailTimeRange } from '../../mail/mail-dates';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

/** The mails about an application, to people without an account: the applicant and the director they named. */

export interface ApplicationConfirmMail {
  name: string;
  editionName: string;
  /** The page with the button that confirms. */
  link: string;
  /** Until when the link works (the application expires then). */
  validUntil: Date;
}

export function applicationConfirmMail(input: ApplicationConfirmMail, locale: Locale): MailContent {
  const until = mailDateTime(input.validUntil, locale);
  const text =
    locale === 'en'
      ? {
          subject: `Confirm your application for ${input.editionName}`,
          intro: `Thank you for applying for ${input.editionName}. Confirm your email address and application with the button below; after that we ask your director to commit to the board meetings.`,
          action: 'Confirm my application',
          footer: `The link works until ${until}; an application not confirmed by then expires. Did you not apply? Then ignore this email: the application expires unconfirmed and is erased.`,
        }
      : {
          subject: `Bevestig je aanmelding voor ${input.editionName}`,
          intro: `Dank je wel voor je aanmelding voor ${input.editionName}. Bevestig je e-mailadres en je aanmelding met de knop hieronder; daarna vragen we je directeur de bestuurlijke bijeenkomsten toe te zeggen.`,
          action: 'Aanmelding bevestigen',
          footer: `De link werkt tot ${until}; een aanmelding die dan niet is bevestigd, vervalt. Heb je je niet aangemeld? Negeer dan deze e-mail: de aanmelding vervalt zonder bevestiging en wordt gewist.`,
        };
  return {
    ...composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro], action: { label: text.action, url: input.link }, footer: [text.footer] }),
    carriesSecret: true,
  };
}

export interface ApplicationDuplicateMail {
  name: string;
  editionName: string;
  /** Until when the first application's confirmation link works; null when it is confirmed already. */
  unconfirmedUntil: Date | null;
  /** The first application was declined or withdrawn: it is not kept as one being considered. */
  firstClosed: 'declined' | 'withdrawn' | null;
  /** The programme's public page. */
  link: string;
}

/** Someone applied again with an address that already applied for the edition: nothing new was stored. */
export function applicationDuplicateMail(input: ApplicationDuplicateMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: `You already applied for ${input.editionName}`,
          intro: {
            open: `We received another application for ${input.editionName} with this email address. You had already applied, so we kept your first application and did not store the new one. Questions or changes? Reply to the programme office.`,
            declined: `We received another application for ${input.editionName} with this email address. Your earlier application for this edition was declined, so we did not store the new one. Questions? Reply to the programme office.`,
            withdrawn: `We received another application for ${input.editionName} with this email address. You withdrew your earlier application for this edition, so we did not store the new one. Would you like to take part after all? Reply to the programme office.`,
          },
          action: 'See the programme',
          unconfirmed: (until: string) => `Your first application is not confirmed yet: confirm it with the link in our first email, which works until ${until}.`,
        }
      : {
          subject: `Je bent al aangemeld voor ${input.editionName}`,
          intro: {
            open: `We kregen nog een aanmelding voor ${input.editionName} met dit e-mailadres. Je had je al aangemeld; we houden je eerste aanmelding aan en hebben de nieuwe niet bewaard. Vragen of wijzigingen? Neem contact op met het programmabureau.`,
            declined: `We kregen nog een aanmelding voor ${input.editionName} met dit e-mailadres. Je eerdere aanmelding voor deze editie is afgewezen, dus we hebben de nieuwe niet bewaard. Vragen? Neem contact op met het programmabureau.`,
            withdrawn: `We kregen nog een aanmelding voor ${input.editionName} met dit e-mailadres. Je hebt je eerdere aanmelding voor deze editie ingetrokken, dus we hebben de nieuwe niet bewaard. Wil je toch meedoen? Neem contact op met het programmabureau.`,
          },
          action: 'Bekijk het programma',
          unconfirmed: (until: string) => `Je eerste aanmelding is nog niet bevestigd: bevestig die met de link in onze eerste e-mail, die werkt tot ${until}.`,
        };
  const intro = text.intro[input.firstClosed ?? 'open'];
  const paragraphs = input.unconfirmedUntil ? [intro, text.unconfirmed(mailDateTime(input.unconfirmedUntil, locale))] : [intro];
  return composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs, action: { label: text.action, url: input.link } });
}

export interface DirectorCommitmentRequestMail {
  directorName: string;
  applicantName: string;
  organisation: string;
  editionName: string;
  boardMeetings: readonly BoardMeeting[];
  /** The page with the two answers. */
  link: string;
}

/** To the director named in a confirmed application: the board meetings, and one link to commit or decline. */
export function directorCommitmentRequestMail(input: DirectorCommitmentRequestMail, locale: Locale): MailContent {
  const en = locale === 'en';
  const text = en
    ? {
        subject: `${input.applicantName} applied for ${input.editionName}: will you commit?`,
        intro: `${input.applicantName} (${input.organisation}) applied for ${input.editionName} and named you as their director. The programme asks each participant's director to attend the two board meetings, where directors discuss how the innovations take root in their organisations. Will you commit to them? Your answer counts in the selection.`,
        noDates: 'The dates of the board meetings follow.',
        meeting: 'Board meeting',
        action: 'Commit or decline',
      }
    : {
        subject: `${input.applicantName} heeft zich aangemeld voor ${input.editionName}: zeg je toe?`,
        intro: `${input.applicantName} (${input.organisation}) heeft zich aangemeld voor ${input.editionName} en jou genoemd als directeur. Het programma vraagt de directeur van elke deelnemer de twee bestuurlijke bijeenkomsten bij te wonen, waar directeuren bespreken hoe de vernieuwingen in hun organisaties landen. Zeg je die toe? Je antwoord telt mee in de selectie.`,
        noDates: 'De data van de bestuurlijke bijeenkomsten volgen nog.',
        meeting: 'Bestuurlijke bijeenkomst',
        action: 'Toezeggen of afzeggen',
      };
  return {
    ...composeMail({
      locale,
      subject: text.subject,
      greeting: greeting(input.directorName, locale),
      paragraphs: input.boardMeetings.length ? [text.intro] : [text.intro, text.noDates],
      details: input.boardMeetings.map((meeting, index): [string, string] => [
        `${text.meeting} ${index + 1}`,
        `${mailTimeRange(meeting.startsAt, meeting.endsAt, locale)}${meeting.location ? `, ${meeting.location}` : ''}`,
      ]),
      action: { label: text.action, url: input.link },
    }),
    carriesSecret: true,
  };
}

/** What a mail about the programme office's decision (or the applicant's withdrawal) says. */
export interface ApplicationDecisionMail {
  name: string;
  editionName: string;
  /** Accepted: the schedule in Koers; otherwise the programme's public page. */
  link: string;
  /** The page to withdraw the application; null when there is nothing left to withdraw. */
  withdrawLink: string | null;
}

/** A decision mail with the withdraw link in its footer; that link withdraws without logging in, so the outbox keeps the mail out of the admin's sight. */
function withWithdrawLink(input: ApplicationDecisionMail, text: { subject: string; intro: string; action: string }, locale: Locale): MailContent {
  const link = input.withdrawLink;
  return {
    ...composeMail({
      locale,
      subject: text.subject,
      greeting: greeting(input.name, locale),
      paragraphs: [text.intro],
      action: { label: text.action, url: input.link },
      footer: link ? [locale === 'en' ? `Can you not take part after all? Withdraw your application here: ${link}` : `Kun je toch niet meedoen? Trek je aanmelding hier in: ${link}`] : [],
    }),
    carriesSecret: link !== null,
  };
}

/** Accepted by the programme office, or moved up from the waiting list to a place that came free. */
export function applicationAcceptedMail(input: ApplicationDecisionMail & { fromWaitlist: boolean }, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: input.fromWaitlist ? `A place came free: you are accepted for ${input.editionName}` : `You are accepted for ${input.editionName}`,
          intro: `${input.fromWaitlist ? 'A place came free, and it is yours: ' : 'Good news: '}the programme office accepted your application for ${input.editionName}. You and your director are enrolled. Without an account in Koers yet, you each get a separate email to choose a password; then you see your schedule in Koers.`,
          action: 'See my schedule',
        }
      : {
          subject: input.fromWaitlist ? `Er is een plaats vrijgekomen: je bent aangenomen voor ${input.editionName}` : `Je bent aangenomen voor ${input.editionName}`,
          intro: `${input.fromWaitlist ? 'Er is een plaats vrijgekomen, en die is voor jou: ' : 'Goed nieuws: '}het programmabureau heeft je aanmelding voor ${input.editionName} aangenomen. Jij en je directeur zijn ingeschreven. Heb je nog geen account in Koers, dan krijgen jullie elk een aparte e-mail om een wachtwoord te kiezen; daarna zie je je rooster in Koers.`,
          action: 'Naar mijn rooster',
        };
  return withWithdrawLink(input, text, locale);
}

/** On the waiting list, with the place. */
export function applicationWaitlistedMail(input: ApplicationDecisionMail & { position: number }, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: `You are on the waiting list for ${input.editionName}`,
          intro: `The programme office placed your application for ${input.editionName} on the waiting list: you are number ${input.position}. When a place comes free, the first on the list gets it, and we email you at once.`,
          action: 'See the programme',
        }
      : {
          subject: `Je staat op de wachtlijst voor ${input.editionName}`,
          intro: `Het programmabureau heeft je aanmelding voor ${input.editionName} op de wachtlijst gezet: je bent nummer ${input.position}. Komt er een plaats vrij, dan gaat die naar de eerste op de lijst, en mailen we je meteen.`,
          action: 'Bekijk het programma',
        };
  return withWithdrawLink(input, text, locale);
}

/** Declined, with the programme office's message; or an acceptance withdrawn. */
export function applicationDeclinedMail(input: ApplicationDecisionMail & { message: string | null; acceptanceWithdrawn: boolean }, locale: Locale): MailContent {
  const en = locale === 'en';
  const text = en
    ? {
        subject: input.acceptanceWithdrawn ? `Your enrolment in ${input.editionName} is withdrawn` : `Your application for ${input.editionName}`,
        intro: input.acceptanceWithdrawn
          ? `The programme office withdrew your enrolment in ${input.editionName}; your place goes to the next person on the waiting list.`
          : `Thank you for applying for ${input.editionName}. The programme office decided not to accept your application this time.`,
        message: 'The programme office’s message:',
        action: 'See the programme',
      }
    : {
        subject: input.acceptanceWithdrawn ? `Je inschrijving voor ${input.editionName} is ingetrokken` : `Je aanmelding voor ${input.editionName}`,
        intro: input.acceptanceWithdrawn
          ? `Het programmabureau heeft je inschrijving voor ${input.editionName} ingetrokken; je plaats gaat naar de volgende op de wachtlijst.`
          : `Dank je wel voor je aanmelding voor ${input.editionName}. Het programmabureau heeft besloten je aanmelding deze keer niet aan te nemen.`,
        message: 'Toelichting van het programmabureau:',
        action: 'Bekijk het programma',
      };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: input.message ? [text.intro, `${text.message}\n${input.message}`] : [text.intro],
    action: { label: text.action, url: input.link },
  });
}

/** The applicant's own withdrawal, confirmed. */
export function applicationWithdrawnMail(input: ApplicationDecisionMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: `Your application for ${input.editionName} is withdrawn`,
          intro: `You withdrew your application for ${input.editionName}. Any place you had goes to the next person on the waiting list. Did you not do this? Reply to the programme office.`,
          action: 'See the programme',
        }
      : {
          subject: `Je aanmelding voor ${input.editionName} is ingetrokken`,
          intro: `Je hebt je aanmelding voor ${input.editionName} ingetrokken. Een plaats die je had, gaat naar de volgende op de wachtlijst. Heb je dit niet zelf gedaan? Neem contact op met het programmabureau.`,
          action: 'Bekijk het programma',
        };
  return composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro], action: { label: text.action, url: input.link } });
}
