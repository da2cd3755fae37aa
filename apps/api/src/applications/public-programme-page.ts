import type { KoersConfig } from '../app/config';
import { publicProgrammePath } from '@koers/shared/applications';
import type { PublicEdition, PublicProgramme } from '@koers/shared/applications';
import type { Locale, SessionKind, SessionMode } from '@koers/shared/domain';
import { calendarDayInWords } from '../calendar/amsterdam-time';
import { wallClockTimeRange } from '../mail/mail-dates';
import { htmlPage } from '../app/html-page';
import { escapeHtml as e } from '../mail/escape-html';
import { UNCONFIRMED_EXPIRY_DAYS } from './applications.repository';

/** The page's own words in each language; what the programme office wrote (name, description, titles) stays as written. */
const TEXT: Record<Locale, {
  kind: Record<SessionKind, string>;
  mode: Record<SessionMode, string>;
  period: string;
  range: (from: string, to: string) => string;
  places: string;
  placesLeft: string;
  full: string;
  deadline: string;
  price: string;
  sessions: string;
  scheduleFollows: string;
  audience: string;
  editions: string;
  noEditions: string;
  otherLanguage: string;
  apply: string;
  applyIntro: string;
  questionsTo: (office: string) => string;
  applyingFor: (edition: string) => string;
  leaveEmpty: string;
  send: string;
  notFoundTitle: string;
  notFound: string;
}> = {
  nl: {
    kind: { programme_day: 'Lesdag', network_session: 'Netwerksessie', board_meeting: 'Bestuurlijke bijeenkomst' },
    mode: { on_site: 'op locatie', online: 'online', hybrid: 'op locatie en online' },
    period: 'Periode',
    range: (from, to) => `${from} tot en met ${to}`,
    places: 'Plaatsen',
    placesLeft: 'Nog beschikbaar',
    full: 'Vol: je kunt je aanmelden voor de wachtlijst',
    deadline: 'Aanmelden kan tot en met',
    price: 'Prijs per deelnemer',
    sessions: 'Bijeenkomsten (Nederlandse tijd)',
    scheduleFollows: 'Het rooster volgt.',
    audience: 'Voor wie',
    editions: 'Edities waarvoor je je kunt aanmelden',
    noEditions: 'Er is op dit moment geen editie waarvoor je je kunt aanmelden.',
    otherLanguage: 'This page in English',
    apply: 'Aanmelden',
    applyIntro: 'Meld je hieronder aan; je krijgt een e-mail om je aanmelding te bevestigen. Daarna vragen we je directeur de bestuurlijke bijeenkomsten toe te zeggen.',
    questionsTo: (office) => `Vragen? Mail ${office}:`,
    applyingFor: (edition) => `Je meldt je aan voor ${edition}.`,
    leaveEmpty: 'Laat dit veld leeg',
    send: 'Aanmelding versturen',
    notFoundTitle: 'Programma niet gevonden',
    notFound: 'Er is geen programma op dit adres. Controleer of je het adres goed hebt overgenomen.',
  },
  en: {
    kind: { programme_day: 'Programme day', network_session: 'Network session', board_meeting: 'Board meeting' },
    mode: { on_site: 'on site', online: 'online', hybrid: 'on site and online' },
    period: 'Period',
    range: (from, to) => `${from} to ${to}`,
    places: 'Places',
    placesLeft: 'Still available',
    full: 'Full: you can apply for the waiting list',
    deadline: 'Applications close after',
    price: 'Price per participant',
    sessions: 'Sessions (Amsterdam time)',
    scheduleFollows: 'The schedule will follow.',
    audience: 'Who it is for',
    editions: 'Editions you can apply for',
    noEditions: 'There is no edition you can apply for at the moment.',
    otherLanguage: 'Deze pagina in het Nederlands',
    apply: 'Apply',
    applyIntro: 'Apply below; you will receive an email to confirm your application. We then ask your director to commit to the board meetings.',
    questionsTo: (office) => `Questions? Email ${office}:`,
    applyingFor: (edition) => `You are applying for ${edition}.`,
    leaveEmpty: 'Leave this field empty',
    send: 'Send application',
    notFoundTitle: 'Programme not found',
    notFound: 'There is no programme at this address. Check that you copied the address correctly.',
  },
};

/** Search engines show about 155 characters; a longer description is cut at a word. */
function metaDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 155) return flat;
  return `${flat.slice(0, 155).replace(/\s+\S*$/, '')}…`;
}

const EURO_FORMAT: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' }),
};

function editionSection(edition: PublicEdition, locale: Locale): string {
  const t = TEXT[locale];
  const facts: [string, string][] = [
    [t.period, t.range(calendarDayInWords(edition.startDate, locale), calendarDayInWords(edition.endDate, locale))],
    [t.places, String(edition.capacity)],
    [t.placesLeft, edition.placesLeft > 0 ? String(edition.placesLeft) : t.full],
    [t.deadline, calendarDayInWords(edition.applicationDeadline ?? edition.startDate, locale)],
  ];
  if (edition.priceCents !== null) facts.push([t.price, EURO_FORMAT[locale].format(edition.priceCents / 100)]);
  const sessions = edition.sessions
    .map((s) => `<li><span class="when">${e(wallClockTimeRange(new Date(s.startsAt), new Date(s.endsAt), locale))}</span> ${e(t.kind[s.kind])}: ${e(s.title)} <span class="mode">(${e(t.mode[s.mode])})</span></li>`)
    .join('\n      ');
  return `<section aria-labelledby="edition-${e(edition.id)}">
    <h3 id="edition-${e(edition.id)}">${e(edition.name)}</h3>
    <dl>
      ${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('\n      ')}
    </dl>
    <h4>${t.sessions}</h4>
    ${sessions ? `<ol class="sessions">\n      ${sessions}\n    </ol>` : `<p>${t.scheduleFollows}</p>`}
  </section>`;
}

/** The path the page's application form posts to (outside /api: it takes a form and answers HTML). */
export const applicationFormPath = (slug: string) => `${publicProgrammePath(slug)}/aanmelden`;

/** An address of the page or its form in one language, whatever the reader's browser prefers. */
export const inLanguage = (path: string, locale: Locale) => `${path}?lang=${locale}`;

/** What is kept of an application, who sees it and for how long: shown above the form, so it is read before sending. */
function privacyStatement(retentionMonths: number, locale: Locale): string {
  if (locale === 'en') {
    return `<h3 id="privacy">What we keep</h3>
  <p>With your application we keep what you fill in on the form: your name, email address, organisation, job title and region, your implementation challenge, and your director's name and email address. We use it only to select participants for this edition, and only the programme office sees it; your director receives one email asking them to commit to the board meetings.</p>
  <ul>
    <li>If you do not confirm your application within ${UNCONFIRMED_EXPIRY_DAYS} days, we erase it.</li>
    <li>An application that was declined or withdrawn, or not accepted when the edition starts, is erased after ${retentionMonths} ${retentionMonths === 1 ? 'month' : 'months'}.</li>
    <li>If you are accepted, we enrol you and your director in the edition; you both get an account in Koers.</li>
    <li>You can always withdraw your application with the link in our emails; a place you had then goes to the next person on the waiting list.</li>
  </ul>`;
  }
  return `<h3 id="privacy">Wat we bewaren</h3>
  <p>Met je aanmelding bewaren we wat je in het formulier invult: je naam, e-mailadres, organisatie, functie en regio, je implementatievraagstuk, en naam en e-mailadres van je directeur. We gebruiken het alleen voor de selectie van deze editie, en alleen het programmabureau ziet het; je directeur krijgt één e-mail met de vraag de bestuurlijke bijeenkomsten toe te zeggen.</p>
  <ul>
    <li>Bevestig je je aanmelding niet binnen ${UNCONFIRMED_EXPIRY_DAYS} dagen, dan wissen we haar.</li>
    <li>Een afgewezen of ingetrokken aanmelding, en een aanmelding die niet is aangenomen als de editie begint, wissen we na ${retentionMonths} ${retentionMonths === 1 ? 'maand' : 'maanden'}.</li>
    <li>Word je aangenomen, dan schrijven we jou en je directeur in voor de editie; jullie krijgen een account in Koers.</li>
    <li>Je kunt je aanmelding altijd intrekken met de link in onze e-mails; een plaats die je had, gaat dan naar de volgende op de wachtlijst.</li>
  </ul>`;
}

type ApplicationFormField = 'editionId' | 'name' | 'email' | 'organisation' | 'jobTitle' | 'region' | 'challenge' | 'directorName' | 'directorEmail';

/** The form's fields as the page labels them, so a refusal names a field as the applicant saw it. */
export const APPLICATION_FORM_LABELS: Record<Locale, Record<ApplicationFormField, string>> = {
  nl: {
    editionId: 'Editie',
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    jobTitle: 'Functie',
    region: 'Regio',
    challenge: 'Je implementatievraagstuk, in een paar zinnen',
    directorName: 'Naam van je directeur',
    directorEmail: 'E-mailadres van je directeur',
  },
  en: {
    editionId: 'Edition',
    name: 'Name',
    email: 'Email address',
    organisation: 'Organisation',
    jobTitle: 'Job title',
    region: 'Region',
    challenge: 'Your implementation challenge, in a few sentences',
    directorName: "Your director's name",
    directorEmail: "Your director's email address",
  },
};

/**
 * The application form, without scripts: the browser checks the required fields, `formIssuedAt` carries the signed
 * moment the page was served, and `website` is the honeypot, not shown to people (nor to screen readers), out of the tab order.
 * It posts with the page's language in its address, so the answer and the application's mails speak it too.
 */
function applicationForm(programme: PublicProgramme, programmeOffice: KoersConfig['programmeOffice'], retentionMonths: number, locale: Locale): string {
  const t = TEXT[locale];
  const labels = APPLICATION_FORM_LABELS[locale];
  const field = (name: ApplicationFormField, type: 'text' | 'email', autocomplete: string, max = 200) =>
    `<label for="${name}">${e(labels[name])}</label>\n    <input type="${type}" id="${name}" name="${name}" required maxlength="${max}" autocomplete="${autocomplete}">`;
  const editions =
    programme.editions.length === 1
      ? `<input type="hidden" name="editionId" value="${e(programme.editions[0].id)}">\n    <p>${e(t.applyingFor(programme.editions[0].name))}</p>`
      : `<fieldset>\n      <legend>${labels.editionId}</legend>\n      ${programme.editions
          .map((edition, index) => `<div><input type="radio" id="edition-choice-${index}" name="editionId" value="${e(edition.id)}" required><label for="edition-choice-${index}">${e(edition.name)}</label></div>`)
          .join('\n      ')}\n    </fieldset>`;
  return `<h2>${t.apply}</h2>
  <p>${e(t.applyIntro)}${
    programmeOffice.contactEmail
      ? ` ${e(t.questionsTo(programmeOffice.name))} <a href="mailto:${e(programmeOffice.contactEmail)}">${e(programmeOffice.contactEmail)}</a>.`
      : ''
  }</p>
  ${privacyStatement(retentionMonths, locale)}
  <form method="post" action="${e(inLanguage(applicationFormPath(programme.slug), locale))}">
    ${editions}
    <input type="hidden" name="formIssuedAt" value="${e(programme.formIssuedAt)}">
    ${field('name', 'text', 'name')}
    ${field('email', 'email', 'email', 254)}
    ${field('organisation', 'text', 'organization')}
    ${field('jobTitle', 'text', 'organization-title')}
    ${field('region', 'text', 'off', 100)}
    <label for="challenge">${e(labels.challenge)}</label>
    <textarea id="challenge" name="challenge" required maxlength="4000"></textarea>
    ${field('directorName', 'text', 'off')}
    ${field('directorEmail', 'email', 'off', 254)}
    <div class="trap" aria-hidden="true"><label for="website">${t.leaveEmpty}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
    <button type="submit">${t.send}</button>
  </form>`;
}

const OTHER_LOCALE: Record<Locale, Locale> = { nl: 'en', en: 'nl' };

/**
 * The programme's public page (`/programmas/<slug>`): plain HTML with inline styles and no scripts, so it reads on
 * any phone, loads in one request and is indexed as it is. In the reader's language, with a link to the other one;
 * `pageUrl` is its address without a language, which speaks Dutch to a search engine.
 */
export function renderPublicProgrammePage(
  programme: PublicProgramme,
  pageUrl: string,
  programmeOffice: KoersConfig['programmeOffice'],
  retentionMonths: number,
  locale: Locale,
): string {
  const t = TEXT[locale];
  const title = `${programme.name} (${programme.code})`;
  const description = metaDescription(programme.description || programme.name);
  const editions = programme.editions.length ? programme.editions.map((edition) => editionSection(edition, locale)).join('\n  ') : `<p>${t.noEditions}</p>`;
  const howToApply = programme.editions.length ? applicationForm(programme, programmeOffice, retentionMonths, locale) : '';
  const other = OTHER_LOCALE[locale];
  const canonical = locale === 'nl' ? pageUrl : inLanguage(pageUrl, locale);
  return htmlPage({
    locale,
    title,
    heading: programme.name,
    indexable: true,
    head: `<meta name="description" content="${e(description)}">
<link rel="canonical" href="${e(canonical)}">
<link rel="alternate" hreflang="nl" href="${e(pageUrl)}">
<link rel="alternate" hreflang="en" href="${e(inLanguage(pageUrl, 'en'))}">
<meta property="og:type" content="website">
<meta property="og:locale" content="${locale === 'en' ? 'en_GB' : 'nl_NL'}">
<meta property="og:site_name" content="Koers">
<meta property="og:title" content="${e(title)} – Koers">
<meta property="og:description" content="${e(description)}">
<meta property="og:url" content="${e(canonical)}">`,
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
    body: `<p><a href="${e(inLanguage(publicProgrammePath(programme.slug), other))}" hreflang="${other}" lang="${other}">${t.otherLanguage}</a></p>
  <p>${e(programme.description)}</p>
  ${programme.audience ? `<h2>${t.audience}</h2>\n  <p>${e(programme.audience)}</p>` : ''}
  <h2>${t.editions}</h2>
  ${editions}
  ${howToApply}`,
  });
}

/** The same page's answer for a programme that has none: a 404 a person can read. */
export function renderProgrammeNotFoundPage(locale: Locale): string {
  return htmlPage({
    locale,
    title: TEXT[locale].notFoundTitle,
    style: '  main { max-width: 44rem; margin: 0 auto; padding: 1rem; }',
    body: `<p>${TEXT[locale].notFound}</p>`,
  });
}
