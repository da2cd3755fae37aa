import { useMutation } from '@tanstack/react-query';
import type { EnrolmentImportReport } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';
import { useEnrolmentMutation } from './enrolment-mutation';

interface ImportVariables {
  editionId: string;
  file: Blob;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook by its name or the type the browser gave it; the server looks at the content itself either way. */
const isWorkbook = (file: Blob) => file.type === XLSX_MEDIA_TYPE || (file instanceof File && file.name.toLowerCase().endsWith('.xlsx'));

/**
 * `POST /api/editions/:id/enrolments/import?dryRun=` with the file itself as the body. The bytes go as they are
 * (Excel's BOM included), typed as a workbook or text/csv, whatever else the browser guessed from the file name.
 */
function importFile({ editionId, file }: ImportVariables, dryRun: boolean): Promise<EnrolmentImportReport> {
  const body = new Blob([file], { type: isWorkbook(file) ? XLSX_MEDIA_TYPE : 'text/csv' });
  return api.post<EnrolmentImportReport>(`/editions/${encodeURIComponent(editionId)}/enrolments/import?dryRun=${dryRun}`, body);
}

/** The dry run: what each row would do; nothing is stored. */
export const useCheckImport = () => useMutation({ mutationFn: (variables: ImportVariables) => importFile(variables, true) });

/** The import: enrols the good rows in one go. */
export const useImport = () => useEnrolmentMutation((variables: ImportVariables) => importFile(variables, false));
