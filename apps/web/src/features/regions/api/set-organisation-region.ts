import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganisationSummary } from '@koers/shared/api';
import { api } from '../../../lib/api-client';
import { regionsKey } from './list-regions';
import { organisationsKey } from './list-organisations';

/** `PATCH /api/organisations/:id` → the organisation in its new region (null: in none). */
export function setOrganisationRegion(organisationId: string, regionId: string | null): Promise<OrganisationSummary> {
  return api.patch<OrganisationSummary>(`/organisations/${encodeURIComponent(organisationId)}`, { regionId });
}

export function useSetOrganisationRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, regionId }: { organisationId: string; regionId: string | null }) => setOrganisationRegion(organisationId, regionId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: organisationsKey });
      await queryClient.invalidateQueries({ queryKey: regionsKey });
    },
  });
}
