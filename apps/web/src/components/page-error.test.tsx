import { fireEvent, render, screen } from '@testing-library/react';
import { TestI18nProvider } from '../../test/render-app';
import { ApiError } from '../lib/api-client';
import { LoadError } from './page-error';

const failure = (statusCode: number, message: string) => new ApiError({ statusCode, error: 'x', message }, true);

it('offers a retry when the fault may pass (the server, the network), not after a refusal', () => {
  const onRetry = jest.fn();
  const { rerender } = render(
    <TestI18nProvider>
      <LoadError error={failure(403, 'Je hebt geen toegang tot dit onderdeel.')} onRetry={onRetry} />
    </TestI18nProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Je hebt geen toegang tot dit onderdeel.');
  expect(screen.queryByRole('button')).toBeNull();

  for (const statusCode of [503, 0]) {
    rerender(
      <TestI18nProvider>
        <LoadError error={failure(statusCode, 'Koers is even niet bereikbaar.')} onRetry={onRetry} />
      </TestI18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
  }
  expect(onRetry).toHaveBeenCalledTimes(2);
});
