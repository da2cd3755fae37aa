import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { z } from 'zod';
import { calendarDaysBetween, instantToAmsterdam, type CalendarDate } from '../calendar/amsterdam-time';
import { hasControlCharacters } from '../app/text';
import { ValidationFailedError } from '../errors/koers-error';

export interface ImportedSchoolHoliday {
  region: SchoolHolidayRegion;
  name: string;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}

export interface ImportedSchoolYear {
  schoolYear: number;
  holidays: ImportedSchoolHoliday[];
}

/*
 * The Rijksoverheid's open-data file of one school year's holidays (opendata.rijksoverheid.nl, infotype
 * schoolholidays, `?output=json`): `content[0]` holds `schoolyear` ("2026-2027") and `vacations`, each with a `type`
 * ("Herfstvakantie", sometimes with trailing spaces) and `regions` ("noord", "midden", "zuid" or "heel Nederland")
 * with ISO `startdate` and `enddate`. The dates are instants at Amsterdam midnight, written in UTC.
 */
const isoInstant = z.iso.datetime({ offset: true });
const openDataFile = z.object({
  content: z
    .array(
      z.object({
        schoolyear: z.string().regex(/^\s*(\d{4})\s*-\s*(\d{4})\s*$/),
        vacations: z
          .array(
            z.object({
              type: z.string().trim().min(1).max(120),
              regions: z.array(z.object({ region: z.string(), startdate: isoInstant, enddate: isoInstant })).min(1).max(10),
            }),
          )
          .min(1)
          .max(20),
      }),
    )
    .length(1),
});

/**
 * The file as the OpenAPI description shows the request body, written from the declaration that checks it (JSON
 * Schema 2020-12, which OpenAPI 3.1 takes as it is; typed `object` as @nestjs/swagger's older schema type differs).
 */
export const OPEN_DATA_FILE_SCHEMA: object = (({ $schema: _, ...schema }) => schema)(z.toJSONSchema(openDataFile, { io: 'input' }));

const NATIONWIDE = 'heel nederland';
const MAX_HOLIDAY_DAYS = 70;

function regionsOf(name: string): readonly SchoolHolidayRegion[] | null {
  const region = name.trim().toLowerCase().replace(/^regio\s+/, '');
  if (region === NATIONWIDE) return REGIONS;
  return (REGIONS as readonly string[]).includes(region) ? [region as SchoolHolidayRegion] : null;
}

const refused = (nl: string, en: string) => new ValidationFailedError([{ field: 'file', message: { nl, en } }]);

/** The school year and its holidays per region, or a 400 that says in Dutch and English what is wrong with the file. */
export function parseRijksoverheidSchoolHolidays(file: unknown): ImportedSchoolYear {
  const parsed = openDataFile.safeParse(file);
  if (!parsed.success) {
    throw refused(
      'Dit is geen schoolvakantiebestand van de Rijksoverheid. Download het JSON-bestand van één schooljaar van opendata.rijksoverheid.nl.',
      "This is not a Rijksoverheid school-holiday file. Download one school year's JSON file from opendata.rijksoverheid.nl.",
    );
  }
  const [{ schoolyear, vacations }] = parsed.data.content;
  const [startYear, endYear] = schoolyear.split('-').map((year) => Number(year.trim()));
  if (endYear !== startYear + 1) throw refused(`Het schooljaar "${schoolyear}" bestaat niet.`, `The school year "${schoolyear}" does not exist.`);

  const holidays = vacations.flatMap(({ type, regions }) => {
    if (hasControlCharacters(type)) throw refused('Een vakantie heeft een naam met stuurtekens.', 'A holiday has a name with control characters.');
    return regions.flatMap(({ region, startdate, enddate }) => {
      const regionsCovered = regionsOf(region);
      if (!regionsCovered) throw refused(`Onbekende regio "${region}" bij ${type}.`, `Unknown region "${region}" for ${type}.`);
      const firstDay = instantToAmsterdam(new Date(startdate)).date;
      const lastDay = instantToAmsterdam(new Date(enddate)).date;
      if (lastDay < firstDay) throw refused(`${type} eindigt voordat hij begint.`, `${type} ends before it starts.`);
      if (firstDay < `${startYear}-07-01` || lastDay > `${endYear}-09-30`) {
        throw refused(`${type} valt buiten het schooljaar ${schoolyear}.`, `${type} falls outside school year ${schoolyear}.`);
      }
      // The summer holiday, the longest, is six weeks: a longer one is a mistake that would block planning for months.
      if (calendarDaysBetween(firstDay, lastDay) + 1 > MAX_HOLIDAY_DAYS) {
        throw refused(`${type} duurt langer dan ${MAX_HOLIDAY_DAYS} dagen.`, `${type} lasts longer than ${MAX_HOLIDAY_DAYS} days.`);
      }
      return regionsCovered.map((covered) => ({ region: covered, name: type, firstDay, lastDay }));
    });
  });
  const seen = new Set<string>();
  for (const { region, name } of holidays) {
    const key = `${region} ${name.toLowerCase()}`;
    if (seen.has(key)) throw refused(`${name} staat twee keer in het bestand voor regio ${region}.`, `${name} appears twice in the file for region ${region}.`);
    seen.add(key);
  }
  return { schoolYear: startYear, holidays };
}
