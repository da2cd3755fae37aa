import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClosedPeriodView, CreateClosedDayRequest } from '@koers/shared/closed-days';
import { api } from '../../../lib/api-client';
import { closedDaysKey } from './closed-days';

/** `POST /api/closed-days` → 201 with the stored closed day. */
export function addClosedDay(request: CreateClosedDayRequest): Promise<ClosedPeriodView> {
  return api.post<ClosedPeriodView>('/closed-days', request);
}

export function useAddClosedDay() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addClosedDay, onSuccess: () => queryClient.invalidateQueries({ queryKey: closedDaysKey }) });
}
