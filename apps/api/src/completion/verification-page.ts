import type { CertificateStatement, CertificateVerification } from '@koers/shared/completion';
import type { Locale } from '@koers/shared/domain';
import { calendarDayInWords, instantToAmsterdam } from '../calendar/amsterdam-time';
import { htmlPage } from '../app/html-page';
import { escapeHtml } from '../mail/escape-html';

const TEXT = {
  nl: {
    title: 'Certificaat controleren',
    genuine: 'Dit certificaat is echt.',
    notGenuine: 'Dit certificaat is niet gevonden.',
    notGenuineBody: 'Er is geen certificaat uitgegeven met deze code. Controleer of je de code goed hebt overgenomen.',
    revoked: 'Dit certificaat is ingetrokken.',
    revokedBody: (date: string) => `Het programmabureau heeft dit certificaat op ${date} ingetrokken. Het geldt niet meer.`,
    reason: 'Reden',
    certifiedBefore: 'Het certificaat verklaarde dat',
    certifies: 'Koers verklaart dat',
    completed: (programme: string, edition: string) => `het programma ${programme} heeft afgerond in de editie ${edition}`,
    period: 'Periode',
    days: 'Bijgewoonde lesdagen',
    daysOf: (attended: number, counted: number) => `${attended} van ${counted}`,
    issued: 'Uitgereikt op',
    code: 'Verificatiecode',
  },
  en: {
    title: 'Verify a certificate',
    genuine: 'This certificate is genuine.',
    notGenuine: 'This certificate was not found.',
    notGenuineBody: 'No certificate was issued with this code. Check that the code was copied correctly.',
    revoked: 'This certificate has been withdrawn.',
    revokedBody: (date: string) => `The programme office withdrew this certificate on ${date}. It is no longer valid.`,
    reason: 'Reason',
    certifiedBefore: 'The certificate stated that',
    certifies: 'Koers certifies that',
    completed: (programme: string, edition: string) => `completed the programme ${programme} in the edition ${edition}`,
    period: 'Period',
    days: 'Programme days attended',
    daysOf: (attended: number, counted: number) => `${attended} of ${counted}`,
    issued: 'Issued on',
    code: 'Verification code',
  },
};

/**
 * A calendar date ('2027-01-12') or an instant, written as the day it is in Amsterdam whatever the server's zone:
 * a certificate issued at 00:30 Amsterdam time shows that day, not the day before.
 */
const dateIn = (locale: Locale, value: string) =>
  calendarDayInWords(value.length === 10 ? value : instantToAmsterdam(new Date(value)).date, locale, { weekday: false });

const STYLE = `  main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border: 1px solid #d5dae3; border-radius: 6px; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  .verdict { font-size: 1.2rem; font-weight: 700; padding: 0.75rem 1rem; border-radius: 6px; }
  .verdict--genuine { color: #14632f; background: #e7f4eb; }
  .verdict--unknown { color: #a4161a; background: #fdeceb; }
  .name { font-size: 1.35rem; font-weight: 700; margin: 0.25rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  dt { color: #4a5263; }
  dd { margin: 0; }`;

/** The same page when the check itself was refused (too many checks from one address): the reason, in the reader's language. */
export function renderVerificationRefusedPage(message: string, locale: Locale): string {
  return htmlPage({ locale, title: TEXT[locale].title, body: `<p class="verdict verdict--unknown" role="status">${escapeHtml(message)}</p>`, style: STYLE });
}

/** A small self-contained page (no scripts, inline styles only) for anyone who opens the link printed on a certificate. */
export function renderVerificationPage(result: CertificateVerification, locale: Locale): string {
  const t = TEXT[locale];
  const e = escapeHtml;
  const stated = (statement: CertificateStatement, lead: string, extra = '') => `<p>${e(lead)}</p>
  <p class="name">${e(statement.participantName)}</p>
  <p>${e(t.completed(statement.programmeName, statement.editionName))}.</p>
  <dl>
    <dt>${e(t.period)}</dt><dd>${e(dateIn(locale, statement.editionStartDate))} – ${e(dateIn(locale, statement.editionEndDate))}</dd>
    <dt>${e(t.days)}</dt><dd>${e(t.daysOf(statement.programmeDaysAttended, statement.programmeDaysCounted))}</dd>
    <dt>${e(t.issued)}</dt><dd>${e(dateIn(locale, statement.issuedAt))}</dd>${extra}
    <dt>${e(t.code)}</dt><dd><code>${e(result.code)}</code></dd>
  </dl>`;
  const body = result.genuine
    ? `<p class="verdict verdict--genuine" role="status">&#10003; ${e(t.genuine)}</p>
  ${stated(result.statement, t.certifies)}`
    : result.revoked
      ? `<p class="verdict verdict--unknown" role="status">&#10007; ${e(t.revoked)}</p>
  <p>${e(t.revokedBody(dateIn(locale, result.revoked.revokedAt)))}</p>
  ${stated(result.revoked.statement, t.certifiedBefore, `\n    <dt>${e(t.reason)}</dt><dd>${e(result.revoked.reason)}</dd>`)}`
      : `<p class="verdict verdict--unknown" role="status">&#10007; ${e(t.notGenuine)}</p>
  <p>${e(t.notGenuineBody)}</p>
  <p>${e(t.code)}: <code>${e(result.code)}</code></p>`;
  return htmlPage({ locale, title: t.title, body, style: STYLE });
}
