import { APPLICATION_CONFIRM_PATH, APPLICATION_WITHDRAW_PATH, DIRECTOR_COMMITMENT_PATH, type DirectorCommitment } from '@koers/shared/applications';
import type { Locale } from '@koers/shared/domain';
import { linkPage } from '../app/html-page';
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
export const WITHDRAWAL_CLOSED_PAGE = { description: 'The edition has started: a page saying to contact the programme office.', content: { 'text/html': { schema: { type: 'string' } } } };

/** After the public page's form: the same words whatever happened to the application (see ApplicationsService.apply). */
export function renderApplicationReceivedPage(locale: Locale): string {
  return locale === 'en'
    ? page(locale, 'Check your email', '<p>Thank you. If everything is in order, you will receive an email in a few minutes with a link to confirm your application. No email? Check your spam folder.</p>')
    : page(locale, 'Kijk in je e-mail', '<p>Dank je wel. Als alles klopt, krijg je binnen een paar minuten een e-mail met een link om je aanmelding te bevestigen. Geen e-mail? Kijk ook in je map met ongewenste e-mail.</p>');
}

/**
 * The public page's form could not be taken (a field not filled in correctly, the edition closed, the form expired):
 * why, each field that was wrong by the label the form gave it, and a way back.
 */
export function renderApplicationRefusedPage(locale: Locale, message: string, backTo: string, fields: readonly FieldProblem[] = []): string {
  const labels: Record<string, string> = APPLICATION_FORM_LABELS[locale];
  const label = (field: string) => (Object.hasOwn(labels, field) ? labels[field] : field);
  const problems = fields.length ? `\n  <ul>${fields.map(({ field, message }) => `<li>${e(label(field))}: ${e(message[locale])}</li>`).join('')}</ul>` : '';
  return page(
    locale,
    locale === 'en' ? 'Application not sent' : 'Aanmelding niet verstuurd',
    `<p>${e(message)}</p>${problems}\n  <p><a href="${e(backTo)}">${locale === 'en' ? 'Back to the programme' : 'Terug naar het programma'}</a></p>`,
  );
}

/** `GET /aanmelding-bevestigen?token=`: the application and a button that confirms it; `done` after the post. */
export function renderConfirmPage(application: ApplicationByLink, token: string, done: boolean, withdrawPath: string): string {
  const en = application.locale === 'en';
  if (application.status !== 'unconfirmed' || done) {
    const withdraw = `<p><a href="${e(withdrawPath)}">${en ? 'Withdraw my application' : 'Mijn aanmelding intrekken'}</a></p>`;
    return page(
      application.locale,
      en ? 'Application confirmed' : 'Aanmelding bevestigd',
      en
        ? `<p>Thank you, ${e(application.applicantName)}. Your application for ${e(application.editionName)} is confirmed. We have asked your director by email to commit to the board meetings; the programme office will then let you know.</p>\n  ${withdraw}`
        : `<p>Dank je wel, ${e(application.applicantName)}. Je aanmelding voor ${e(application.editionName)} is bevestigd. We hebben je directeur per e-mail gevraagd de bestuurlijke bijeenkomsten toe te zeggen; daarna hoor je van het programmabureau.</p>\n  ${withdraw}`,
    );
  }
  return page(
    application.locale,
    en ? 'Confirm your application' : 'Bevestig je aanmelding',
    `<p>${
      en
        ? `${e(application.applicantName)}, confirm your application for ${e(application.editionName)} with the button below.`
        : `${e(application.applicantName)}, bevestig met de knop hieronder je aanmelding voor ${e(application.editionName)}.`
    }</p>
  <form method="post" action="${APPLICATION_CONFIRM_PATH}">
    ${hiddenToken(token)}
    <button type="submit">${en ? 'Confirm my application' : 'Aanmelding bevestigen'}</button>
  </form>`,
  );
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
  <form method="post" action="${DIRECTOR_COMMITMENT_PATH}">
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
  <form method="post" action="${APPLICATION_WITHDRAW_PATH}">
    ${hiddenToken(token)}
    <button type="submit">${en ? 'Withdraw my application' : 'Aanmelding intrekken'}</button>
  </form>`,
  );
}
