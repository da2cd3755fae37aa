import type { Locale } from '@koers/shared/domain';
import type { ScheduleWarning } from '@koers/shared/editions';
import { calendarDayInWords, instantToAmsterdam } from './amsterdam-time';
import { holidayNameIn } from './holiday-names';
import { ROLE_NAMES } from '../app/role-names';

/** A warning before it is put into words for the reader (`describeWarning`). */
export type PlanWarning = DistributiveOmit<ScheduleWarning, 'message'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Puts a schedule warning into words in the reader's language, the holidays Koers knows named in it too. */
export function describeWarning(planned: PlanWarning, locale: Locale): ScheduleWarning {
  const en = locale === 'en';
  const warning = 'holidayName' in planned && planned.holidayName ? { ...planned, holidayName: holidayNameIn(planned.holidayName, locale) } : planned;
  switch (warning.code) {
    case 'moved_off_holiday': {
      const from = calendarDayInWords(warning.originalDate, locale);
      const why = warning.holidayName;
      if (warning.sameWeekdayNextWeek) {
        return {
          ...warning,
          message: en ? `Moved from ${from} (${why}) to the same weekday one week later.` : `Verplaatst van ${from} (${why}) naar dezelfde weekdag een week later.`,
        };
      }
      return { ...warning, message: en ? `Moved from ${from} (${why}) to the next open day.` : `Verplaatst van ${from} (${why}) naar de eerstvolgende open dag.` };
    }
    case 'shifted_past_holiday': {
      const [from, to] = [warning.originalDate, warning.shiftedTo].map((date) => calendarDayInWords(date, locale));
      return {
        ...warning,
        message: en
          ? `Moved ${warning.weeks} weeks on, from ${from} (${warning.holidayName}) to ${to}; the sessions after it move along, keeping their weekday and rhythm.`
          : `${warning.weeks} weken later gezet, van ${from} (${warning.holidayName}) naar ${to}; de bijeenkomsten daarna schuiven mee en houden hun weekdag en ritme.`,
      };
    }
    case 'moved_after_previous_session': {
      const from = calendarDayInWords(warning.originalDate, locale);
      return {
        ...warning,
        message: en
          ? `Moved from ${from}, because an earlier session was pushed back by a closed day.`
          : `Verplaatst van ${from}, omdat een eerdere bijeenkomst door een vrije dag is opgeschoven.`,
      };
    }
    case 'closed_day': {
      // 'weekend' reads the same in both languages.
      const why = warning.holidayName ?? 'weekend';
      return { ...warning, message: en ? `This date falls on a closed day (${why}).` : `Deze datum valt op een vrije dag (${why}).` };
    }
    case 'staff_double_booked': {
      const [first, second] = warning.sessionTitles;
      const when = calendarDayInWords(warning.date, locale);
      return {
        ...warning,
        message: en
          ? `${warning.personName} runs two sessions at the same time on ${when}: “${first}” and “${second}”.`
          : `${warning.personName} verzorgt op ${when} twee bijeenkomsten tegelijk: “${first}” en “${second}”.`,
      };
    }
    case 'attendees_double_booked': {
      const [moved, other] = warning.sessionTitles;
      const when = calendarDayInWords(warning.date, locale);
      const people = warning.people;
      return {
        ...warning,
        message: en
          ? `${people === 1 ? '1 person is' : `${people} people are`} expected at two sessions at once on ${when}: “${moved}” and “${other}”.`
          : `${people === 1 ? '1 persoon wordt' : `${people} mensen worden`} op ${when} bij twee bijeenkomsten tegelijk verwacht: “${moved}” en “${other}”.`,
      };
    }
    case 'deadline_moved': {
      const due = instantToAmsterdam(new Date(warning.dueAt));
      const when = `${calendarDayInWords(due.date, locale)}, ${due.time}`;
      const title = warning.assignmentTitle;
      return {
        ...warning,
        message: en
          ? `The deadline of “${title}” moved along to ${when}.${warning.passed ? ' That has passed: whoever has not handed it in is late now.' : ''}`
          : `De deadline van “${title}” schuift mee naar ${when}.${warning.passed ? ' Die is al voorbij: wie nog niets inleverde, is nu te laat.' : ''}`,
      };
    }
    case 'group_without_facilitator':
      return {
        ...warning,
        message: en
          ? `${warning.groupName} has no facilitator: nobody runs or records its network sessions. Choose one, or ask a trainer to run them.`
          : `${warning.groupName} heeft geen begeleider: niemand leidt haar netwerksessies of legt de aanwezigheid vast. Kies er een, of vraag een trainer ze te leiden.`,
      };
    case 'staff_without_sessions': {
      const role = ROLE_NAMES[warning.role][locale];
      const sees = warning.role === 'trainer' ? (en ? ', and sees every participant’s work' : ' en ziet het werk van alle deelnemers') : '';
      return {
        ...warning,
        message: en
          ? `${warning.personName} no longer runs a session of ${warning.editionName}, but stays its ${role}${sees}. Withdraw them under Enrolments if that is not meant.`
          : `${warning.personName} leidt geen bijeenkomst van ${warning.editionName} meer, maar blijft er ${role}${sees}. Haal ${warning.personName} onder Inschrijvingen uit de editie als dat niet de bedoeling is.`,
      };
    }
    case 'trainer_busy':
      return {
        ...warning,
        message: en
          ? `${warning.personName} already runs “${warning.sessionTitle}” in ${warning.editionName} that day.`
          : `${warning.personName} verzorgt die dag al “${warning.sessionTitle}” in ${warning.editionName}.`,
      };
  }
}
