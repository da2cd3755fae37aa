import { publicProgrammePath } from '@koers/shared/applications';
import type { PublicEdition, PublicProgramme } from '@koers/shared/applications';
import type { SessionKind, SessionMode } from '@koers/shared/domain';
import { calendarDayInWords } from '../calendar/amsterdam-time';
import { mailTimeRange } from '../mail/mail-dates';
import { htmlPage } from '../app/html-page';
import { escapeHtml as e } from '../mail/escape-html';
import { UNCONFIRMED_EXPIRY_DAYS } from './applications.repository';

const KIND: Record<SessionKind, string> = { programme_day: 'Lesdag', network_session: 'Netwerksessie', board_meeting: 'Bestuurlijke bijeenkomst' };
const MODE: Record<SessionMode, string> = { on_site: 'op locatie', online: 'online', hybrid: 'op locatie en online' };

/** Search engines show about 155 characters; a longer description is cut at a word. */
function metaDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 155) return flat;
  return `${flat.slice(0, 155).replace(/\s+\S*$/, '')}…`;
}

const euros = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

function editionSection(edition: PublicEdition): string {
  const facts: [string, string][] = [
    ['Periode', `${calendarDayInWords(edition.startDate, 'nl')} tot en met ${calendarDayInWords(edition.endDate, 'nl')}`],
    ['Plaatsen', String(edition.capacity)],
    ['Nog beschikbaar', edition.placesLeft > 0 ? String(edition.placesLeft) : 'Vol: je kunt je aanmelden voor de wachtlijst'],
    ['Aanmelden kan tot en met', calendarDayInWords(edition.applicationDeadline ?? edition.startDate, 'nl')],
  ];
  if (edition.priceCents !== null) facts.push(['Prijs per deelnemer', euros(edition.priceCents)]);
  const sessions = edition.sessions
    .map((s) => `<li><span class="when">${e(mailTimeRange(new Date(s.startsAt), new Date(s.endsAt), 'nl'))}</span> ${e(KIND[s.kind])}: ${e(s.title)} <span class="mode">(${e(MODE[s.mode])})</span></li>`)
    .join('\n      ');
  return `<section aria-labelledby="edition-${e(edition.id)}">
    <h3 id="edition-${e(edition.id)}">${e(edition.name)}</h3>
    <dl>
      ${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('\n      ')}
    </dl>
    <h4>Bijeenkomsten</h4>
    ${sessions ? `<ol class="sessions">\n      ${sessions}\n    </ol>` : '<p>Het rooster volgt.</p>'}
  </section>`;
}

/** The path the page's application form posts to (outside /api: it takes a form and answers HTML). */
export const applicationFormPath = (slug: string) => `${publicProgrammePath(slug)}/aanmelden`;

/** What is kept of an application, who sees it and for how long: shown above the form, so it is read before sending. */
function privacyStatement(retentionMonths: number): string {
  return `<h3 id="privacy">Wat we bewaren</h3>
  <p>Met je aanmelding bewaren we wat je in het formulier invult: je naam, e-mailadres, organisatie, functie en regio, je implementatievraagstuk, en naam en e-mailadres van je directeur. We gebruiken het alleen voor de selectie van deze editie, en alleen het programmabureau ziet het; je directeur krijgt één e-mail met de vraag de bestuurlijke bijeenkomsten toe te zeggen.</p>
  <ul>
    <li>Bevestig je je aanmelding niet binnen ${UNCONFIRMED_EXPIRY_DAYS} dagen, dan wissen we haar.</li>
    <li>Een afgewezen of ingetrokken aanmelding, en een aanmelding die niet is aangenomen als de editie begint, wissen we na ${retentionMonths} ${retentionMonths === 1 ? 'maand' : 'maanden'}.</li>
    <li>Word je aangenomen, dan schrijven we jou en je directeur in voor de editie; jullie krijgen een account in Koers.</li>
    <li>Je kunt je aanmelding altijd intrekken met de link in onze e-mails; een plaats die je had, gaat dan naar de volgende op de wachtlijst.</li>
  </ul>`;
}

/** The form's fields as the page labels them, so a refusal names a field as the applicant saw it. */
export const APPLICATION_FORM_LABELS = {
  editionId: 'Editie',
  name: 'Naam',
  email: 'E-mailadres',
  organisation: 'Organisatie',
  jobTitle: 'Functie',
  region: 'Regio',
  challenge: 'Je implementatievraagstuk, in een paar zinnen',
  directorName: 'Naam van je directeur',
  directorEmail: 'E-mailadres van je directeur',
} as const;

/**
 * The application form, without scripts: the browser checks the required fields, `formIssuedAt` carries the signed
 * moment the page was served, and `website` is the honeypot, not shown to people (nor to screen readers), out of the tab order.
 */
function applicationForm(programme: PublicProgramme, programmeOffice: { name: string; email: string }, retentionMonths: number): string {
  const field = (name: keyof typeof APPLICATION_FORM_LABELS, type: 'text' | 'email', autocomplete: string, max = 200) =>
    `<label for="${name}">${e(APPLICATION_FORM_LABELS[name])}</label>\n    <input type="${type}" id="${name}" name="${name}" required maxlength="${max}" autocomplete="${autocomplete}">`;
  const editions =
    programme.editions.length === 1
      ? `<input type="hidden" name="editionId" value="${e(programme.editions[0].id)}">\n    <p>Je meldt je aan voor ${e(programme.editions[0].name)}.</p>`
      : `<fieldset>\n      <legend>${APPLICATION_FORM_LABELS.editionId}</legend>\n      ${programme.editions
          .map((edition, index) => `<div><input type="radio" id="edition-choice-${index}" name="editionId" value="${e(edition.id)}" required><label for="edition-choice-${index}">${e(edition.name)}</label></div>`)
          .join('\n      ')}\n    </fieldset>`;
  return `<h2>Aanmelden</h2>
  <p>Meld je hieronder aan; je krijgt een e-mail om je aanmelding te bevestigen. Daarna vragen we je directeur de bestuurlijke bijeenkomsten toe te zeggen. Vragen? Mail ${e(programmeOffice.name)}: <a href="mailto:${e(programmeOffice.email)}">${e(programmeOffice.email)}</a>.</p>
  ${privacyStatement(retentionMonths)}
  <form method="post" action="${e(applicationFormPath(programme.slug))}">
    ${editions}
    <input type="hidden" name="formIssuedAt" value="${e(programme.formIssuedAt)}">
    ${field('name', 'text', 'name')}
    ${field('email', 'email', 'email', 254)}
    ${field('organisation', 'text', 'organization')}
    ${field('jobTitle', 'text', 'organization-title')}
    ${field('region', 'text', 'off', 100)}
    <label for="challenge">${e(APPLICATION_FORM_LABELS.challenge)}</label>
    <textarea id="challenge" name="challenge" required maxlength="4000"></textarea>
    ${field('directorName', 'text', 'off')}
    ${field('directorEmail', 'email', 'off', 254)}
    <div class="trap" aria-hidden="true"><label for="website">Laat dit veld leeg</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
    <button type="submit">Aanmelding versturen</button>
  </form>`;
}

/**
 * The programme's public page (`/programmas/<slug>`): plain HTML with inline styles and no scripts, so it reads on
 * any phone, loads in one request and is indexed as it is.
 */
export function renderPublicProgrammePage(programme: PublicProgramme, pageUrl: string, programmeOffice: { name: string; email: string }, retentionMonths: number): string {
  const title = `${programme.name} (${programme.code})`;
  const description = metaDescription(programme.description || programme.name);
  const editions = programme.editions.length
    ? programme.editions.map(editionSection).join('\n  ')
    : '<p>Er is op dit moment geen editie waarvoor je je kunt aanmelden.</p>';
  const howToApply = programme.editions.length ? applicationForm(programme, programmeOffice, retentionMonths) : '';
  return htmlPage({
    locale: 'nl',
    title,
    heading: programme.name,
    indexable: true,
    head: `<meta name="description" content="${e(description)}">
<link rel="canonical" href="${e(pageUrl)}">
<meta property="og:type" content="website">
<meta property="og:locale" content="nl_NL">
<meta property="og:site_name" content="Koers">
<meta property="og:title" content="${e(title)} – Koers">
<meta property="og:description" content="${e(description)}">
<meta property="og:url" content="${e(pageUrl)}">`,
    style: `  main { max-width: 44rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: 1rem 0; }
  h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
  section { background: #fff; border: 1px solid #d5dae3; border-radius: 6px; padding: 1rem; margin: 0 0 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { color: #4a5263; }
  dd { margin: 0; }
  .sessions { padding-left: 1.25rem; margin: 0; }
  .when { font-weight: 600; }
  .mode { color: #4a5263; }
  form label, form legend { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  form input[type=text], form input[type=email], form textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 0.4rem; border: 1px solid #8a93a6; border-radius: 4px; }
  form textarea { min-height: 6rem; }
  form fieldset { border: 0; padding: 0; margin: 0; }
  form fieldset label { font-weight: normal; display: inline; margin-left: 0.25rem; }
  form button { font: inherit; font-weight: 600; margin-top: 1rem; padding: 0.6rem 1.1rem; border-radius: 6px; border: 1px solid #0a58a8; background: #0a58a8; color: #fff; }
  .trap { display: none; }
  @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }`,
    body: `<p>${e(programme.description)}</p>
  ${programme.audience ? `<h2>Voor wie</h2>\n  <p>${e(programme.audience)}</p>` : ''}
  <h2>Edities waarvoor je je kunt aanmelden</h2>
  ${editions}
  ${howToApply}`,
  });
}

/** The same page's answer for a programme that has none: a 404 a person can read. */
export function renderProgrammeNotFoundPage(): string {
  return htmlPage({
    locale: 'nl',
    title: 'Programma niet gevonden',
    style: '  main { max-width: 44rem; margin: 0 auto; padding: 1rem; }',
    body: '<p>Er is geen programma op dit adres. Controleer of je het adres goed hebt overgenomen.</p>',
  });
}
