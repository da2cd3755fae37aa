import { useMutation } from '@tanstack/react-query';
import type { EnrolmentImportReport } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';
import { useEnrolmentMutation } from './enrolment-mutation';

interface ImportVariables {
  editionId: string;
  file: Blob;
}

/**
 * `POST /api/editions/:id/enrolments/import?dryRun=` with the file itself as the body. The bytes go as they are
 * (Excel's BOM included) and typed text/csv, whatever type the browser guessed from the file name.
 */
function importFile({ editionId, file }: ImportVariables, dryRun: boolean): Promise<EnrolmentImportReport> {
  return api.post<EnrolmentImportReport>(`/editions/${encodeURIComponent(editionId)}/enrolments/import?dryRun=${dryRun}`, new Blob([file], { type: 'text/csv' }));
}

/** The dry run: what each row would do; nothing is stored. */
export const useCheckImport = () => useMutation({ mutationFn: (variables: ImportVariables) => importFile(variables, true) });

/** The import: enrols the good rows in one go. */
export const useImport = () => useEnrolmentMutation((variables: ImportVariables) => importFile(variables, false));
