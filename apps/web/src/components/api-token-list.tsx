import type { ApiTokenSummary } from '@koers/shared/api-tokens';
import { useT } from '../lib/i18n';
import { Button } from './button';
import { DateText } from './date-text';

export interface ApiTokenListProps {
  tokens: ApiTokenSummary[];
  onRevoke: (tokenId: string) => void;
  /** The token being revoked now, whose button shows it is busy. */
  revoking?: string;
}

/**
 * Personal API tokens with what each may do, when it was made, last used and expires, each with a button to revoke
 * it: one's own under "Mijn instellingen", anyone's for the programme office.
 */
export function ApiTokenList({ tokens, onRevoke, revoking }: ApiTokenListProps) {
  const t = useT();
  if (tokens.length === 0) return <p>{t('apiToken.none')}</p>;
  const now = Date.now();

  return (
    <ul className="card-list card-list--wide">
      {tokens.map((token) => {
        const headingId = `api-token-${token.id}`;
        const expired = new Date(token.expiresAt).getTime() <= now;
        return (
          <li key={token.id} className="card" aria-labelledby={headingId}>
            <div className="card__body">
              <span id={headingId} className="card__title">
                {token.name}
              </span>
              <span className="card__meta">{t(`apiToken.scope.${token.scope}`)}</span>
              <span className="card__meta">
                {t('apiToken.createdAt')} <DateText value={token.createdAt} format="date" />
                {' · '}
                {token.lastUsedAt ? (
                  <>
                    {t('apiToken.lastUsedAt')} <DateText value={token.lastUsedAt} />
                  </>
                ) : (
                  t('apiToken.neverUsed')
                )}
                {' · '}
                {expired ? t('apiToken.expiredAt') : t('apiToken.expiresAt')} <DateText value={token.expiresAt} format="date" />
              </span>
            </div>
            <Button variant="secondary" busy={revoking === token.id} onClick={() => onRevoke(token.id)}>
              {t('apiToken.revoke')}
              <span className="visually-hidden"> {token.name}</span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
