import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { MeResponse } from '@koers/shared/api';
import { useDraft } from './draft';
import { meQueryKey } from './session';

const lotte: MeResponse = { id: 'p-1', name: 'Lotte Bakker', email: 'lotte@zorg.example', isAdmin: false, locale: 'nl', enrolments: [] };

function asLotte() {
  const client = new QueryClient();
  client.setQueryData(meQueryKey, lotte);
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => window.sessionStorage.clear());

describe('useDraft', () => {
  it('keeps each place its own draft, also when the form stays on screen while the place changes', () => {
    const { result, rerender } = renderHook(({ key }) => useDraft(key), { wrapper: asLotte(), initialProps: { key: 'challenge-log:e-1' } });
    act(() => result.current[1]('Over editie 1'));
    rerender({ key: 'challenge-log:e-2' });
    expect(result.current[0]).toBe('');
    act(() => result.current[1]('Over editie 2'));
    rerender({ key: 'challenge-log:e-1' });
    expect(result.current[0]).toBe('Over editie 1');
    // Sent: that draft goes, the other stays.
    act(() => result.current[2]());
    expect(window.sessionStorage.getItem('koers:draft:p-1:challenge-log:e-1')).toBeNull();
    expect(window.sessionStorage.getItem('koers:draft:p-1:challenge-log:e-2')).toBe('Over editie 2');
  });
});
