import { Alert } from '../../../components/alert';
import { ApiTokenList } from '../../../components/api-token-list';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePersonApiTokens, useRevokePersonApiToken } from '../api/person-api-tokens';

/** A person's API tokens, for the programme office to revoke (a leaked token, someone leaving). */
export function PersonApiTokens({ personId }: { personId: string }) {
  const t = useT();
  const tokens = usePersonApiTokens(personId);
  const revoke = useRevokePersonApiToken(personId);

  return (
    <>
      <h3>{t('privacy.edit.apiTokens')}</h3>
      {revoke.isError && <Alert tone="error">{errorMessage(revoke.error, t)}</Alert>}
      {tokens.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : tokens.isError ? (
        <Alert tone="error">{errorMessage(tokens.error, t)}</Alert>
      ) : (
        <ApiTokenList tokens={tokens.data} onRevoke={(id) => revoke.mutate(id)} revoking={revoke.isPending ? revoke.variables : undefined} />
      )}
    </>
  );
}
