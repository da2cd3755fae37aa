import type { Locale } from '@koers/shared/domain';
import type { ImportProblemCode, ImportRowReport } from '@koers/shared/enrolments';
import type { RowProblem } from './enrolment-csv';

export type ImportProblem = RowProblem | { code: 'over_capacity'; waitlistPosition: number } | { code: 'withdrawn_from_edition' } | { code: 'staff_in_edition' } | { code: 'internal_team_in_edition' } | { code: 'director_in_internal_team' }
  | { code: 'already_enrolled_other_director'; currentDirector: string | null };

/** See roles-in-edition.rules.ts. */
export const STAFF_IN_EDITION = {
  nl: 'Deze persoon is trainer of begeleider in deze editie en kan er geen deelnemer van zijn.',
  en: 'This person is a trainer or facilitator in this edition and cannot be a participant in it.',
};

/** See roles-in-edition.rules.ts: a participant's internal team takes nobody with another part in the edition, nor the other way round. */
export const INTERNAL_TEAM_OTHER_ROLE = {
  nl: 'Wie in het intern team van een deelnemer zit, heeft geen andere rol in dezelfde editie (en wie al een andere rol heeft, komt niet in een intern team): op de teamdagen, in de metingen en bij de aanwezigheid telde die persoon anders dubbel. Deze persoon heeft in deze editie al een van beide.',
  en: 'A member of a participant’s internal team has no other role in the same edition (and someone who has another role does not join an internal team): they would count twice on the team days, in the measurements and in attendance. This person already has one of the two in this edition.',
};

/** The same rule for the director a participant names: a member of an internal team of the edition is not also its director. */
export const DIRECTOR_IN_INTERNAL_TEAM = {
  nl: 'De directeur die bij deze deelnemer staat, zit in het intern team van een deelnemer van deze editie, en kan er daarom geen directeur van zijn. Vul het e-mailadres van een andere directeur in.',
  en: 'The director given for this participant is in the internal team of a participant of this edition, and so cannot be a director in it. Enter another director’s email address.',
};

const MESSAGES: Record<ImportProblemCode, (problem: ImportProblem) => { nl: string; en: string }> = {
  missing_name: () => ({ nl: 'De naam ontbreekt.', en: 'The name is missing.' }),
  invalid_email: () => ({ nl: 'Het e-mailadres is ongeldig.', en: 'The email address is not valid.' }),
  duplicate_in_file: (problem) => {
    const row = 'firstRow' in problem ? problem.firstRow : '?';
    return { nl: `Dit e-mailadres staat al in rij ${row}.`, en: `This email address already appears in row ${row}.` };
  },
  missing_organisation: () => ({ nl: 'De organisatie ontbreekt.', en: 'The organisation is missing.' }),
  invalid_director_email: () => ({ nl: 'Het e-mailadres van de directeur is ongeldig.', en: "The director's email address is not valid." }),
  own_director: () => ({
    nl: 'De directeur heeft hetzelfde e-mailadres als de deelnemer; vul het e-mailadres van de directeur in.',
    en: "The director has the participant's own email address; enter the director's email address.",
  }),
  too_long: (problem) => {
    const { label, maxLength } = (problem as RowProblem).column!;
    return { nl: `De kolom "${label.nl}" is te lang: gebruik hoogstens ${maxLength} tekens.`, en: `The column "${label.en}" is too long: use at most ${maxLength} characters.` };
  },
  control_characters: () => ({
    nl: 'Een veld bevat onzichtbare stuurtekens, zoals een tekstrichtingsteken; haal ze weg.',
    en: 'A field holds invisible control characters, such as a text-direction mark; remove them.',
  }),
  stacked_marks: () => ({
    nl: 'Een veld stapelt meer accenten op één letter dan een schrift doet; laat er hoogstens vier op een letter staan.',
    en: 'A field stacks more accents on one letter than any script does; keep at most four on a letter.',
  }),
  lost_characters: (problem) => {
    const label = (problem as RowProblem).column?.label ?? { nl: 'naam', en: 'name' };
    return {
      nl: `De kolom "${label.nl}" bevat een ? waar een letter hoort: die is verloren gegaan toen het bestand als gewone CSV werd opgeslagen. Sla het op als "CSV UTF-8 (door komma's gescheiden)" en controleer opnieuw.`,
      en: `The column "${label.en}" holds a ? where a letter belongs: it was lost when the file was saved as a plain CSV. Save it as "CSV UTF-8 (comma delimited)" and check again.`,
    };
  },
  withdrawn: () => ({
    nl: 'Deze persoon is uitgeschreven (kolom Status); de import schrijft niemand opnieuw in die zich heeft uitgeschreven.',
    en: 'This person withdrew (column Status); the import enrols nobody again who withdrew.',
  }),
  other_role: () => ({
    nl: 'Deze rij heeft een andere rol dan deelnemer; de import schrijft alleen deelnemers in (hun directeur via de kolommen van de directeur).',
    en: "This row has a role other than participant; the import only enrols participants (their director through the director's columns).",
  }),
  withdrawn_from_edition: () => ({
    nl: 'Eerder uitgeschreven uit deze editie; de import schrijft niemand opnieuw in die is uitgeschreven. Is dat wel de bedoeling, schrijf diegene dan in met Iemand inschrijven.',
    en: 'Withdrawn from this edition earlier; the import enrols nobody again who withdrew. If that is intended, enrol them with Enrol someone.',
  }),
  staff_in_edition: () => STAFF_IN_EDITION,
  internal_team_in_edition: () => INTERNAL_TEAM_OTHER_ROLE,
  director_in_internal_team: () => DIRECTOR_IN_INTERNAL_TEAM,
  already_enrolled: () => ({ nl: 'Al ingeschreven voor deze editie; wordt overgeslagen.', en: 'Already enrolled in this edition; skipped.' }),
  already_enrolled_other_director: (problem) => {
    const current = 'currentDirector' in problem ? problem.currentDirector : null;
    return {
      nl: `Al ingeschreven voor deze editie, ${current ? `met ${current} als directeur` : 'zonder directeur'}; de directeur in deze rij wordt niet overgenomen. Moet die de directeur worden, schrijf diegene dan in met Iemand inschrijven (rol directeur, met het e-mailadres van de deelnemer).`,
      en: `Already enrolled in this edition, ${current ? `with ${current} as director` : 'without a director'}; the director in this row is not taken over. If they are to be the director, enrol them with Enrol someone (role director, with the participant’s email address).`,
    };
  },
  extra_cells: (problem) => {
    const count = (problem as RowProblem).count ?? 1;
    return {
      nl: `Deze rij heeft ${count === 1 ? 'een gevulde cel' : `${count} gevulde cellen`} zonder kolomnaam erboven; ${count === 1 ? 'die is' : 'die zijn'} niet gelezen. Staat er een scheidingsteken in een naam, zet de naam dan tussen aanhalingstekens.`,
      en: `This row has ${count === 1 ? 'a filled cell' : `${count} filled cells`} without a column heading above, which ${count === 1 ? 'was' : 'were'} not read. If a name holds a separator, put the name in quotes.`,
    };
  },
  director_named_differently: (problem) => {
    const { firstName, firstRow } = problem as RowProblem;
    return {
      nl: `Rij ${firstRow} noemt deze directeur anders: ${firstName}. Iemand heeft één naam in Koers; controleer welke klopt.`,
      en: `Row ${firstRow} names this director otherwise: ${firstName}. Someone has one name in Koers; check which is right.`,
    };
  },
  over_capacity: (problem) => {
    const position = 'waitlistPosition' in problem ? problem.waitlistPosition : '?';
    return {
      nl: `De editie is vol: komt op de wachtlijst (plaats ${position}).`,
      en: `The edition is full: goes on the waiting list (place ${position}).`,
    };
  },
};

/** A row's problem in the reader's language. */
export function describeProblem(problem: ImportProblem, locale: Locale): ImportRowReport['problems'][number] {
  return { code: problem.code, message: MESSAGES[problem.code](problem)[locale] };
}
