import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryProfile } from '@koers/shared/directory';
import { api } from '../../../lib/api-client';

const profileKey = ['directory', 'profile'] as const;

/** `GET /api/me/directory-profile` → what the viewer shows of themselves. */
export function useDirectoryProfile() {
  return useQuery({ queryKey: profileKey, queryFn: ({ signal }) => api.get<DirectoryProfile>('/me/directory-profile', { signal }) });
}

/** `PUT /api/me/directory-profile`; the who's who lists are read again. */
export function useSaveDirectoryProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: DirectoryProfile) => api.put<DirectoryProfile>('/me/directory-profile', profile),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKey, profile);
      void queryClient.invalidateQueries({ queryKey: ['directory'], predicate: (query) => query.queryKey[1] !== 'profile' });
    },
  });
}
