import { useMutation, useQueryClient } from '@tanstack/react-query';
import { editionKey } from './edition';
import { editionsKey } from './editions';

/** A change to one session of an edition: afterwards the edition (next session) and its sessions are fetched again. */
export function useSessionMutation<TVariables extends { editionId: string }, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_, { editionId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: editionKey(editionId) }), queryClient.invalidateQueries({ queryKey: editionsKey, exact: true })]),
  });
}
