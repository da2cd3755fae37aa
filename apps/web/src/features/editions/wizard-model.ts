import type { SchoolHolidayRegion, SessionKind } from '@koers/shared/domain';
import {
  DEFAULT_EDITION_CAPACITY,
  DEFAULT_SCHEDULE,
  type EditionCopySettings,
  MAX_CADENCE_WEEKS,
  type OpenEditionPreview,
  MAX_NETWORK_GROUPS,
  type OpenEditionRequest,
  type PreviewSession,
  type ProgrammeWeekday,
  type SessionPlan,
  type StaffPlan,
} from '@koers/shared/editions';
import type { Translate } from '../../lib/i18n';

/** The wizard's first step as the form holds it (inputs hold text). */
export interface WizardSettings {
  programmeId: string;
  name: string;
  startDate: string;
  cadenceWeeks: string;
  weekday: string;
  startTime: string;
  schoolHolidayRegion: SchoolHolidayRegion | '';
  capacity: string;
  defaultLocation: string;
  defaultOnlineUrl: string;
  /** Run the programme days and board meetings. */
  trainerIds: string[];
  /** Run the network sessions. */
  facilitatorIds: string[];
  /** How many network groups each network session is planned for ('0': the whole cohort together). */
  networkGroups: string;
}

const TRAINER_KINDS: SessionKind[] = ['programme_day', 'board_meeting'];
const FACILITATOR_KINDS: SessionKind[] = ['network_session'];

export function emptySettings(programmeId = ''): WizardSettings {
  return {
    programmeId,
    name: '',
    startDate: '',
    cadenceWeeks: String(DEFAULT_SCHEDULE.cadenceWeeks),
    weekday: String(DEFAULT_SCHEDULE.weekday),
    startTime: DEFAULT_SCHEDULE.startTime,
    schoolHolidayRegion: '',
    capacity: String(DEFAULT_EDITION_CAPACITY),
    defaultLocation: '',
    defaultOnlineUrl: '',
    trainerIds: [],
    facilitatorIds: [],
    networkGroups: '0',
  };
}

/** A previous edition's settings; the start date is the admin's to choose. */
export function settingsFromCopy(copy: EditionCopySettings, startDate: string): WizardSettings {
  return {
    programmeId: copy.programmeId,
    name: copy.suggestedName,
    startDate,
    cadenceWeeks: String(copy.cadenceWeeks),
    weekday: String(copy.weekday),
    startTime: copy.startTime,
    schoolHolidayRegion: copy.schoolHolidayRegion ?? '',
    capacity: String(copy.capacity),
    defaultLocation: copy.defaultLocation ?? '',
    defaultOnlineUrl: copy.defaultOnlineUrl ?? '',
    trainerIds: copy.staff.filter((member) => member.role === 'trainer').map((member) => member.personId),
    facilitatorIds: copy.staff.filter((member) => member.role === 'facilitator').map((member) => member.personId),
    networkGroups: '0',
  };
}

/** The edition as the API takes it; `confirmedClosedDates` only when creating, after the admin ticked them. */
export function toRequest(settings: WizardSettings, sessions?: SessionPlan[], confirmedClosedDates?: readonly string[]): OpenEditionRequest {
  const staff: StaffPlan[] = [
    ...settings.trainerIds.map((personId) => ({ personId, role: 'trainer' as const, kinds: TRAINER_KINDS })),
    ...settings.facilitatorIds.map((personId) => ({ personId, role: 'facilitator' as const, kinds: FACILITATOR_KINDS })),
  ];
  return {
    name: settings.name.trim(),
    startDate: settings.startDate,
    cadenceWeeks: Number(settings.cadenceWeeks),
    weekday: Number(settings.weekday) as ProgrammeWeekday,
    startTime: settings.startTime,
    ...(settings.schoolHolidayRegion && { schoolHolidayRegion: settings.schoolHolidayRegion }),
    capacity: Number(settings.capacity),
    defaultLocation: settings.defaultLocation.trim() || null,
    defaultOnlineUrl: settings.defaultOnlineUrl.trim() || null,
    ...(staff.length > 0 && { staff }),
    ...(sessions && { sessions }),
    ...(confirmedClosedDates && confirmedClosedDates.length > 0 && { confirmedClosedDates: [...confirmedClosedDates] }),
    ...(Number(settings.networkGroups) > 0 && { networkGroups: Number(settings.networkGroups) }),
  };
}

export type SettingsErrors = Partial<Record<'programmeId' | 'name' | 'startDate' | 'cadenceWeeks' | 'startTime' | 'capacity' | 'networkGroups', string>>;

/** What the admin must fix before a schedule can be made; the API has the last word. */
export function validateSettings(settings: WizardSettings, t: Translate): SettingsErrors {
  const cadence = Number(settings.cadenceWeeks);
  const capacity = Number(settings.capacity);
  const groups = Number(settings.networkGroups);
  return Object.fromEntries(
    Object.entries({
      programmeId: settings.programmeId ? undefined : t('editions.wizard.programmeRequired'),
      name: settings.name.trim() ? undefined : t('editions.wizard.nameRequired'),
      startDate: settings.startDate ? undefined : t('editions.wizard.startDateRequired'),
      cadenceWeeks: Number.isInteger(cadence) && cadence >= 1 && cadence <= MAX_CADENCE_WEEKS ? undefined : t('editions.wizard.cadenceInvalid', { max: MAX_CADENCE_WEEKS }),
      startTime: settings.startTime ? undefined : t('editions.wizard.startTimeRequired'),
      capacity: Number.isInteger(capacity) && capacity >= 1 ? undefined : t('editions.wizard.capacityInvalid'),
      networkGroups: Number.isInteger(groups) && groups >= 0 && groups <= MAX_NETWORK_GROUPS ? undefined : t('editions.wizard.networkGroupsInvalid', { max: MAX_NETWORK_GROUPS }),
    }).filter(([, message]) => message !== undefined),
  ) as SettingsErrors;
}

/** The preview's sessions as editable plans. */
export const toPlans = (sessions: PreviewSession[]): SessionPlan[] =>
  sessions.map(({ slotId, date, startTime, endTime, location, onlineUrl }) => ({ slotId, date, startTime, endTime, location, onlineUrl }));

/** Per session (by index), what is wrong with the admin's edits. */
export function validatePlans(plans: SessionPlan[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  plans.forEach((plan, index) => {
    if (!plan.date) errors[`sessions.${index}.date`] = t('editions.wizard.dateRequired');
    if (!plan.startTime) errors[`sessions.${index}.startTime`] = t('editions.wizard.startTimeRequired');
    if (!plan.endTime || plan.endTime <= plan.startTime) errors[`sessions.${index}.endTime`] = t('editions.wizard.endAfterStart');
  });
  return errors;
}

/** Dates on a weekend or holiday in the checked preview that the admin has not confirmed yet. */
export function unconfirmedClosedDates(preview: OpenEditionPreview, confirmed: readonly string[]): string[] {
  const closed = preview.sessions.flatMap(({ warnings }) => warnings.flatMap((warning) => (warning.code === 'closed_day' ? [warning.date] : [])));
  return [...new Set(closed)].filter((date) => !confirmed.includes(date));
}
