import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SchoolHolidayImportResult } from '@koers/shared/closed-days';
import { api } from '../../../lib/api-client';
import { closedDaysKey } from './closed-days';

/** `PUT /api/closed-days/school-holidays` with the Rijksoverheid's open-data JSON: replaces that school year's table. */
export function importSchoolHolidays(file: unknown): Promise<SchoolHolidayImportResult> {
  return api.put<SchoolHolidayImportResult>('/closed-days/school-holidays', file);
}

export function useImportSchoolHolidays() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importSchoolHolidays, onSuccess: () => queryClient.invalidateQueries({ queryKey: closedDaysKey }) });
}
