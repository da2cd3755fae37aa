import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ApiTokenSummary } from '@koers/shared/api-tokens';
import { Alert } from '../../../components/alert';
import { ApiTokenList } from '../../../components/api-token-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useCreateApiToken } from '../api/create-token';
import { useApiTokens } from '../api/list-tokens';
import { useRevokeApiToken } from '../api/revoke-token';
import { CreateTokenForm } from '../components/create-token-form';

/** Under "Mijn instellingen": personal API tokens for scripts that act as oneself. */
export function ApiTokensPage() {
  const t = useT();
  usePageTitle(t('apiTokens.title'));
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [confirming, setConfirming] = useState<ApiTokenSummary | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  const revokeToken = (token: ApiTokenSummary) =>
    revoke.mutate(token.id, {
      onSuccess: () => {
        setConfirming(null);
        setRevoked(token.name);
        // The token just made, shown once, is no use any more: that panel goes rather than offer a dead secret.
        if (create.data?.id === token.id) create.reset();
        // The revoked token's button has gone with it: focus goes to the list it was in.
        focusAfterRender(() => listHeadingRef.current);
      },
      onError: () => setConfirming(null),
    });

  return (
    <div className="narrow">
      <p>
        <Link to={paths.mySettings}>{t('apiTokens.back')}</Link>
      </p>
      <h1>{t('apiTokens.title')}</h1>
      <p>{t('apiTokens.intro')}</p>
      <h2>{t('apiTokens.newTitle')}</h2>
      <CreateTokenForm create={create} />
      <h2 ref={listHeadingRef} tabIndex={-1}>
        {t('apiTokens.listTitle')}
      </h2>
      <div aria-live="polite">{revoked && <Alert tone="success" live="off">{t('apiTokens.revoked', { name: revoked })}</Alert>}</div>
      {tokens.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : tokens.isError ? (
        <Alert tone="error">{errorMessage(tokens.error, t)}</Alert>
      ) : (
        <>
          {revoke.isError && <Alert tone="error">{errorMessage(revoke.error, t)}</Alert>}
          <ApiTokenList
            tokens={tokens.data}
            onRevoke={(id) => {
              setRevoked(null);
              revoke.reset();
              setConfirming(tokens.data.find((token) => token.id === id) ?? null);
            }}
            revoking={revoke.isPending ? revoke.variables : undefined}
          />
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('apiTokens.confirmRevoke.title', { name: confirming.name })}
          text={t('apiTokens.confirmRevoke.text')}
          confirmLabel={t('apiTokens.confirmRevoke.confirm')}
          initialFocus="cancel"
          busy={revoke.isPending}
          onConfirm={() => revokeToken(confirming)}
          onCancel={() => {
            if (!revoke.isPending) setConfirming(null);
          }}
        />
      )}
    </div>
  );
}
