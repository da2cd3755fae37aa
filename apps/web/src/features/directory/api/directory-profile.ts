import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryProfile, SaveDirectoryProfileRequest } from '@koers/shared/directory';
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
    mutationFn: (profile: SaveDirectoryProfileRequest) => api.put<DirectoryProfile>('/me/directory-profile', profile),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKey, profile);
      void queryClient.invalidateQueries({ queryKey: ['directory'], predicate: (query) => query.queryKey[1] !== 'profile' });
    },
  });
}

/** `PUT /api/me/directory-profile/photo` (multipart, field `photo`): a JPEG, PNG or WebP up to 2 MB; 413/415 otherwise. */
export function useSaveDirectoryPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (photo: File) => {
      const form = new FormData();
      form.append('photo', photo, photo.name);
      return api.put<DirectoryProfile>('/me/directory-profile/photo', form);
    },
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKey, profile);
      void queryClient.invalidateQueries({ queryKey: ['directory'], predicate: (query) => query.queryKey[1] !== 'profile' });
    },
  });
}

/** `DELETE /api/me/directory-profile/photo`. */
export function useRemoveDirectoryPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>('/me/directory-profile/photo'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

/** Where a person's photo in an edition's who's who is served. */
export const directoryPhotoUrl = (editionId: string, personId: string) =>
  `/api/editions/${encodeURIComponent(editionId)}/directory/${encodeURIComponent(personId)}/photo`;
