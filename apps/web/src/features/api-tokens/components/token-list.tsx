import type { ApiTokenSummary } from '@koers/shared/api-tokens';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useRevokeApiToken } from '../api/revoke-token';

/** One's tokens with what they may do, when they were made, last used and expire; each can be revoked. */
export function TokenList({ tokens }: { tokens: ApiTokenSummary[] }) {
  const t = useT();
  const revoke = useRevokeApiToken();
  if (tokens.length === 0) return <p>{t('apiTokens.none')}</p>;
  const now = Date.now();

  return (
    <>
      {revoke.isError && <Alert tone="error">{errorMessage(revoke.error, t)}</Alert>}
      <ul className="card-list card-list--wide">
        {tokens.map((token) => {
          const headingId = `api-token-${token.id}`;
          const expired = new Date(token.expiresAt).getTime() <= now;
          return (
            <li key={token.id} className="card" aria-labelledby={headingId}>
              <div className="card__body">
                <h3 id={headingId} className="card__title">
                  {token.name}
                </h3>
                <p className="card__meta">{t(`apiTokens.scope.${token.scope}`)}</p>
                <p className="card__meta">
                  {t('apiTokens.createdAt')} <DateText value={token.createdAt} format="date" />
                  {' · '}
                  {token.lastUsedAt ? (
                    <>
                      {t('apiTokens.lastUsedAt')} <DateText value={token.lastUsedAt} />
                    </>
                  ) : (
                    t('apiTokens.neverUsed')
                  )}
                  {' · '}
                  {expired ? t('apiTokens.expiredAt') : t('apiTokens.expiresAt')} <DateText value={token.expiresAt} format="date" />
                </p>
              </div>
              <Button variant="secondary" busy={revoke.isPending && revoke.variables === token.id} onClick={() => revoke.mutate(token.id)}>
                {t('apiTokens.revoke')}
                <span className="visually-hidden"> {token.name}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
