import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProgrammeDetail, UpdateProgrammeRequest } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';
import { programmesKey } from '../../../lib/programmes';
import { programmeKey } from './programme';

/** `PATCH /api/programmes/:id`; 409 `programme_slug_taken` when another programme has the address. */
export function updateProgramme({ programmeId, changes }: { programmeId: string; changes: UpdateProgrammeRequest }): Promise<ProgrammeDetail> {
  return api.patch<ProgrammeDetail>(`/programmes/${encodeURIComponent(programmeId)}`, changes);
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeKey(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: programmesKey, exact: true });
    },
  });
}
