import { useMutation, useQueryClient } from '@tanstack/react-query';
import { editionKey } from './edition';

/** After enrolling or withdrawing, the edition's counts and lists are fetched again (also the editions overview). */
export function useEnrolmentMutation<TVariables extends { editionId: string }, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_, { editionId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: editionKey(editionId) }), queryClient.invalidateQueries({ queryKey: ['editions'], exact: true })]),
  });
}
