import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { ApiTokenList } from '../../../components/api-token-list';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useApiTokens } from '../api/list-tokens';
import { useRevokeApiToken } from '../api/revoke-token';
import { CreateTokenForm } from '../components/create-token-form';

/** Under "Mijn instellingen": personal API tokens for scripts that act as oneself. */
export function ApiTokensPage() {
  const t = useT();
  usePageTitle(t('apiTokens.title'));
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();

  return (
    <div className="narrow">
      <p>
        <Link to={paths.mySettings}>{t('apiTokens.back')}</Link>
      </p>
      <h1>{t('apiTokens.title')}</h1>
      <p>{t('apiTokens.intro')}</p>
      <h2>{t('apiTokens.newTitle')}</h2>
      <CreateTokenForm />
      <h2>{t('apiTokens.listTitle')}</h2>
      {tokens.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : tokens.isError ? (
        <Alert tone="error">{errorMessage(tokens.error, t)}</Alert>
      ) : (
        <>
          {revoke.isError && <Alert tone="error">{errorMessage(revoke.error, t)}</Alert>}
          <ApiTokenList tokens={tokens.data} onRevoke={(id) => revoke.mutate(id)} revoking={revoke.isPending ? revoke.variables : undefined} />
        </>
      )}
    </div>
  );
}
