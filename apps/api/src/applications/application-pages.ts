import { APPLICATION_CONFIRM_PATH, APPLICATION_WITHDRAW_PATH, type ApplicationStatus, DIRECTOR_COMMITMENT_PATH, type DirectorCommitment } from '@koers/shared/applications';
import type { Locale } from '@koers/shared/domain';
import { HTML_PAGE_ANSWER, linkPage } from '../app/html-page';
import type { FieldProblem } from '../errors/koers-error';
import { escapeHtml as e } from '../mail/escape-html';
import { mailTimeRange } from '../mail/mail-dates';
import { ApplicationWithdrawalClosedError } from './applications.errors';
import type { ApplicationByLink, BoardMeeting } from './applications.repository';
import { APPLICATION_FORM_LABELS } from './public-programme-page';

/**
 * The pages behind the links in the application mails, each with a form that posts back to its own address. A link
 * alone changes nothing (mail scanners open links); the button does.
 */
const page = (locale: Locale, title: string, body: string) => linkPage({ locale, title, body });

const hiddenToken = (token: string) => `<input type="hidden" name="token" value="${e(token)}">`;

/** The OpenAPI answer of the withdraw page's button once the edition has started. */
export const WITHDRAWAL_CLOSED_PAGE = { ...HTML_PAGE_ANSWER, description: 'The edition has started: a page saying to contact the programme office.' };

/** After the public page's form: the same words whatever happened to the application (see ApplicationsService.apply). */
export function renderApplicationReceivedPage(locale: Locale): string {
  return locale === 'en'
    ? page(locale, 'Check your email', '<p>Thank you. If everything is in order, you will receive an email in a few minutes with a link to confirm your application. No email? Check your spam folder.</p>')
    : page(locale, 'Kijk in je e-mail', '<p>Dank je wel. Als alles klopt, krijg je binnen een paar minuten een e-mail met een link om je aanmelding te bevestigen. Geen e-mail? Kijk ook in je map met ongewenste e-mail.</p>');
}

/**
 * A form that could not be taken: why, each field that was wrong by the label the form gave it, and a way back. With
 * fields to put right, the page says the browser's Back keeps what was typed: its link opens the form anew, and a page
 * without scripts has no other way back to it.
 */
function refusedPage(locale: Locale, title: string, message: string, fields: readonly FieldProblem[], labels: Record<string, string>, back: { href: string; text: string }): string {
  const label = (field: string) => (Object.hasOwn(labels, field) ? labels[field] : field);
  const problems = fields.length
    ? `\n  <ul>${fields.map(({ field, message }) => `<li>${e(label(field))}: ${e(message[locale])}</li>`).join('')}</ul>
  <p>${locale === 'en' ? "Use your browser's Back button to put this right: what you typed is still there." : 'Ga met de terugknop van je browser terug om dit te verbeteren: wat je invulde staat er dan nog.'}</p>`
    : '';
  return page(locale, title, `<p>${e(message)}</p>${problems}\n  <p><a href="${e(back.href)}">${e(back.text)}</a></p>`);
}

/** The public page's form could not be taken (a field not filled in correctly, the edition closed, the form expired). */
export function renderApplicationRefusedPage(locale: Locale, message: string, backTo: string, fields: readonly FieldProblem[] = []): string {
  const en = locale === 'en';
  return refusedPage(locale, en ? 'Application not sent' : 'Aanmelding niet verstuurd', message, fields, APPLICATION_FORM_LABELS[locale], {
    href: backTo,
    text: en ? 'Back to the programme' : 'Terug naar het programma',
  });
}

const LINK_FORM_LABELS: Record<Locale, Record<string, string>> = {
  nl: { token: 'Link', commit: 'Antwoord', reason: 'Reden' },
  en: { token: 'Link', commit: 'Answer', reason: 'Reason' },
};

/** A form behind a link in a mail (confirm, commit, withdraw) could not be taken: why, and back to the link's page. */
export function renderLinkFormRefusedPage(locale: Locale, message: string, backTo: string, fields: readonly FieldProblem[] = []): string {
  const en = locale === 'en';
  return refusedPage(locale, en ? 'Not sent' : 'Niet verstuurd', message, fields, LINK_FORM_LABELS[locale], { href: backTo, text: en ? 'Back' : 'Terug' });
}

/** `GET /aanmelding-bevestigen?token=`: the application and a button that confirms it; `done` after the post. */
export function renderConfirmPage(application: ApplicationByLink, token: string, done: boolean, withdrawPath: string): string {
  const { locale } = application;
  const en = locale === 'en';
  const name = e(application.applicantName);
  const edition = e(application.editionName);
  if (application.status === 'unconfirmed' && !done) {
    return page(
      locale,
      en ? 'Confirm your application' : 'Bevestig je aanmelding',
      `<p>${
        en
          ? `${name}, confirm your application for ${edition} with the button below.`
          : `${name}, bevestig met de knop hieronder je aanmelding voor ${edition}.`
      }</p>
  <p>${en ? 'Organisation' : 'Organisatie'}: ${e(application.organisation)}<br>${en ? 'Director' : 'Directeur'}: ${e(application.directorName)}</p>
  <form method="post" action="${APPLICATION_CONFIRM_PATH}?lang=${locale}">
    ${hiddenToken(token)}
    <button type="submit">${en ? 'Confirm my application' : 'Aanmelding bevestigen'}</button>
  </form>`,
    );
  }
  // What holds now, however long after the mail the link is opened again.
  const withdraw = application.editionStarted ? '' : `\n  <p><a href="${e(withdrawPath)}">${en ? 'Withdraw my application' : 'Mijn aanmelding intrekken'}</a></p>`;
  const pages: Record<Exclude<ApplicationStatus, 'unconfirmed'>, { title: Record<Locale, string>; text: Record<Locale, string>; withdraw: boolean }> = {
    confirmed: {
      title: { en: 'Application confirmed', nl: 'Aanmelding bevestigd' },
      text: {
        en: `Thank you, ${name}. Your application for ${edition} is confirmed. We have asked your director by email to commit to the board meetings; the programme office will then let you know.`,
        nl: `Dank je wel, ${name}. Je aanmelding voor ${edition} is bevestigd. We hebben je directeur per e-mail gevraagd de bestuurlijke bijeenkomsten toe te zeggen; daarna hoor je van het programmabureau.`,
      },
      withdraw: true,
    },
    waitlisted: {
      title: { en: 'On the waiting list', nl: 'Op de wachtlijst' },
      text: {
        en: `${name}, your application for ${edition} is on the waiting list. When a place comes free for you, you hear from us by email.`,
        nl: `${name}, je aanmelding voor ${edition} staat op de wachtlijst. Komt er een plaats voor je vrij, dan hoor je dat per e-mail.`,
      },
      withdraw: true,
    },
    accepted: {
      title: { en: 'Application accepted', nl: 'Aanmelding aangenomen' },
      text: {
        en: `${name}, you have a place in ${edition}. Your account and your schedule came by email.`,
        nl: `${name}, je hebt een plaats in ${edition}. Je account en je programma kreeg je per e-mail.`,
      },
      withdraw: true,
    },
    declined: {
      title: { en: 'Application closed', nl: 'Aanmelding afgesloten' },
      text: {
        en: `${name}, your application for ${edition} was declined; there is nothing left to confirm.`,
        nl: `${name}, je aanmelding voor ${edition} is afgewezen; er is niets meer te bevestigen.`,
      },
      withdraw: false,
    },
    withdrawn: {
      title: { en: 'Application withdrawn', nl: 'Aanmelding ingetrokken' },
      text: {
        en: `${name}, you withdrew your application for ${edition}; there is nothing left to confirm.`,
        nl: `${name}, je hebt je aanmelding voor ${edition} ingetrokken; er is niets meer te bevestigen.`,
      },
      withdraw: false,
    },
  };
  const now = pages[application.status === 'unconfirmed' ? 'confirmed' : application.status];
  return page(locale, now.title[locale], `<p>${now.text[locale]}</p>${now.withdraw ? withdraw : ''}`);
}

const ANSWERED: Record<Exclude<DirectorCommitment, 'pending'>, Record<Locale, string>> = {
  committed: { nl: 'Je hebt toegezegd de bestuurlijke bijeenkomsten bij te wonen. Dank je wel.', en: 'You committed to attending the board meetings. Thank you.' },
  declined: { nl: 'Je hebt aangegeven niet toe te zeggen. Het programmabureau neemt dit mee in de selectie.', en: 'You declined to commit. The programme office takes this into account in the selection.' },
};

const COMMITMENT_TITLE: Record<Locale, string> = { nl: 'Toezegging bestuurlijke bijeenkomsten', en: 'Commitment to the board meetings' };

/** The director's link once the application is closed (the applicant withdrew, or it was declined): nothing left to commit to. */
function renderClosedForDirector(application: ApplicationByLink & { status: 'withdrawn' | 'declined' }): string {
  const { locale } = application;
  const text = {
    withdrawn: {
      en: `${e(application.applicantName)} withdrew their application for ${e(application.editionName)}. There is nothing left to commit to.`,
      nl: `${e(application.applicantName)} heeft de aanmelding voor ${e(application.editionName)} ingetrokken. Er valt niets meer toe te zeggen.`,
    },
    declined: {
      en: `The application of ${e(application.applicantName)} for ${e(application.editionName)} is no longer being considered. Nothing more is needed from you.`,
      nl: `De aanmelding van ${e(application.applicantName)} voor ${e(application.editionName)} is niet meer in behandeling. Er is niets meer van je nodig.`,
    },
  }[application.status][locale];
  return page(locale, COMMITMENT_TITLE[locale], `<p>${text}</p>`);
}

const isClosed = (application: ApplicationByLink): application is ApplicationByLink & { status: 'withdrawn' | 'declined' } =>
  application.status === 'withdrawn' || application.status === 'declined';

/** `GET /directeur-toezegging?token=`: the board meetings and two buttons, commit or decline with a reason. */
export function renderDirectorPage(application: ApplicationByLink, boardMeetings: readonly BoardMeeting[], token: string): string {
  const { locale } = application;
  const en = locale === 'en';
  if (isClosed(application)) return renderClosedForDirector(application);
  const meetings = boardMeetings.length
    ? `<ul>${boardMeetings.map((m) => `<li>${e(mailTimeRange(m.startsAt, m.endsAt, locale))}: ${e(m.title)}${m.location ? ` (${e(m.location)})` : ''}</li>`).join('')}</ul>`
    : `<p>${en ? 'The dates follow.' : 'De data volgen nog.'}</p>`;
  const answered = application.directorCommitment === 'pending' ? '' : `<p><strong>${e(ANSWERED[application.directorCommitment][locale])}</strong> ${en ? 'You can change your answer below.' : 'Hieronder kun je je antwoord nog wijzigen.'}</p>`;
  return page(
    locale,
    COMMITMENT_TITLE[locale],
    `${answered}
  <p>${
    en
      ? `${e(application.applicantName)} (${e(application.organisation)}) applied for ${e(application.editionName)} and named you as their director. We ask you to attend the two board meetings with the other directors:`
      : `${e(application.applicantName)} (${e(application.organisation)}) heeft zich aangemeld voor ${e(application.editionName)} en jou genoemd als directeur. We vragen je de twee bestuurlijke bijeenkomsten met de andere directeuren bij te wonen:`
  }</p>
  ${meetings}
  <form method="post" action="${DIRECTOR_COMMITMENT_PATH}?lang=${locale}">
    ${hiddenToken(token)}
    <button type="submit" name="commit" value="true">${en ? 'I commit' : 'Ik zeg toe'}</button>
    <label for="reason">${en ? 'Reason, if you do not commit (optional)' : 'Reden, als je niet toezegt (mag leeg blijven)'}</label>
    <textarea id="reason" name="reason" maxlength="2000"></textarea>
    <button type="submit" name="commit" value="false" class="secondary">${en ? 'I do not commit' : 'Ik zeg niet toe'}</button>
  </form>`,
  );
}

/** After the director's post: their answer as recorded. */
export function renderDirectorAnsweredPage(application: ApplicationByLink): string {
  const { locale } = application;
  if (isClosed(application)) return renderClosedForDirector(application);
  const answer = application.directorCommitment === 'pending' ? '' : ANSWERED[application.directorCommitment][locale];
  return page(locale, locale === 'en' ? 'Thank you for your answer' : 'Dank je wel voor je antwoord', `<p>${e(answer)}</p>`);
}

/** `GET /aanmelding-intrekken?token=`: the application and a button that withdraws it (none once the edition started); `done` after the post. */
export function renderWithdrawPage(application: ApplicationByLink, token: string, done: boolean): string {
  const { locale } = application;
  const en = locale === 'en';
  if (application.status === 'withdrawn') {
    return page(
      locale,
      en ? 'Application withdrawn' : 'Aanmelding ingetrokken',
      `<p>${
        en
          ? `Your application for ${e(application.editionName)} is withdrawn${done ? '' : ' already'}. Any place you had goes to the next person on the waiting list.`
          : `Je aanmelding voor ${e(application.editionName)} is ${done ? '' : 'al '}ingetrokken. Een plaats die je had, gaat naar de volgende op de wachtlijst.`
      }</p>`,
    );
  }
  if (application.status === 'declined') {
    return page(
      locale,
      en ? 'Application closed' : 'Aanmelding afgesloten',
      `<p>${en ? `Your application for ${e(application.editionName)} was declined; there is nothing left to withdraw.` : `Je aanmelding voor ${e(application.editionName)} is afgewezen; er is niets meer in te trekken.`}</p>`,
    );
  }
  if (application.editionStarted) {
    return page(locale, en ? 'Withdrawing no longer possible' : 'Intrekken kan niet meer', `<p>${e(new ApplicationWithdrawalClosedError().localizedMessage[locale])}</p>`);
  }
  return page(
    locale,
    en ? 'Withdraw your application' : 'Aanmelding intrekken',
    `<p>${
      en
        ? `${e(application.applicantName)}, do you want to withdraw your application for ${e(application.editionName)}? ${application.status === 'accepted' ? 'Your place then goes to the next person on the waiting list. ' : ''}This cannot be undone.`
        : `${e(application.applicantName)}, wil je je aanmelding voor ${e(application.editionName)} intrekken? ${application.status === 'accepted' ? 'Je plaats gaat dan naar de volgende op de wachtlijst. ' : ''}Dit kun je niet ongedaan maken.`
    }</p>
  <form method="post" action="${APPLICATION_WITHDRAW_PATH}?lang=${locale}">
    ${hiddenToken(token)}
    <button type="submit">${en ? 'Withdraw my application' : 'Aanmelding intrekken'}</button>
  </form>`,
  );
}
