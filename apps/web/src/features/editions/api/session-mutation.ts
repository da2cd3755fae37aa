import { useMutation, useQueryClient } from '@tanstack/react-query';
import { editionKey } from './edition';
import { editionsKey } from '../../../lib/editions';

/**
 * A change to one session of an edition: afterwards the edition (next session) and its sessions are fetched again,
 * also after a refusal, which may come from a change made meanwhile elsewhere (a session cancelled in another tab).
 */
export function useSessionMutation<TVariables extends { editionId: string }, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: (_result, _error, { editionId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: editionKey(editionId) }), queryClient.invalidateQueries({ queryKey: editionsKey, exact: true })]),
  });
}
