import { ApiError } from '../lib/api-client';
import { errorMessage } from '../lib/error-message';
import { useT } from '../lib/i18n';
import { Alert } from './alert';
import { Button } from './button';

/**
 * Why data could not be read (no access, not found, the server away), and a retry when the fault may pass (the server
 * or the network): retrying a refusal only gets the same refusal.
 */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <>
      <Alert tone="error">{errorMessage(error, t)}</Alert>
      {onRetry && (status >= 500 || status === 0) && <Button onClick={onRetry}>{t('app.tryAgain')}</Button>}
    </>
  );
}

/** A page whose data could not be read: the page's title as its heading, so the page still has one, and why. */
export function PageError({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  return (
    <>
      <h1>{title}</h1>
      <LoadError error={error} onRetry={onRetry} />
    </>
  );
}
