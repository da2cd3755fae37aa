import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmesKey } from '../../../lib/programmes';

/**
 * A change to a programme's curriculum template: afterwards the programme (and the counts in the list) are
 * fetched again, so the page shows the template as the server keeps it.
 */
export function useTemplateMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }) });
}
