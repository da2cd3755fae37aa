import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EditionCertificates, IssuedCertificateSummary, RevokeCertificateRequest } from '@koers/shared/completion';
import { api } from '../../../lib/api-client';

const editionCertificatesKey = (editionId: string) => ['editions', editionId, 'certificates'] as const;

/** `GET /api/editions/:id/certificates`: the certificates issued in the edition, withdrawn ones included (programme office). */
export function useEditionCertificates(editionId: string) {
  return useQuery({
    queryKey: editionCertificatesKey(editionId),
    queryFn: ({ signal }) => api.get<EditionCertificates>(`/editions/${encodeURIComponent(editionId)}/certificates`, { signal }),
  });
}

/** `POST /api/certificates/:id/revoke`, then the edition's list again. */
export function useRevokeCertificate(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ certificateId, reason }: { certificateId: string } & RevokeCertificateRequest) =>
      api.post<IssuedCertificateSummary>(`/certificates/${encodeURIComponent(certificateId)}/revoke`, { reason } satisfies RevokeCertificateRequest),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editionCertificatesKey(editionId) }),
  });
}
