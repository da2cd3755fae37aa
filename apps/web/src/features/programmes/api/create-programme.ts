import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProgrammeRequest, ProgrammeDetail } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';
import { programmesKey } from '../../../lib/programmes';

/** `POST /api/programmes`; 409 `programme_code_taken`. */
export function createProgramme(request: CreateProgrammeRequest): Promise<ProgrammeDetail> {
  return api.post<ProgrammeDetail>('/programmes', request);
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProgramme, onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }) });
}
