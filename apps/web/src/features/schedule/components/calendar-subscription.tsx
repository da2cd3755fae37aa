import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useCalendarLinks } from '../api/get-calendar-links';
import { useResetCalendarLinks } from '../api/reset-calendar-links';

/**
 * The personal calendar feed: subscribe once (webcal://) or paste the https address into a calendar app.
 * Only a hash is stored, so the address shows right after it is made; a new one replaces the old.
 */
export function CalendarSubscription() {
  const t = useT();
  const links = useCalendarLinks();
  const reset = useResetCalendarLinks();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('schedule.feed.copied', { what }));
    } catch {
      setCopied(t('schedule.feed.copyFailed'));
    }
  };
  const renew = () => {
    setConfirming(false);
    setCopied(null);
    reset.mutate();
  };

  return (
    <section className="feed-card" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('schedule.feed.title')}</h2>
      <p>{t('schedule.feed.intro')}</p>
      {links.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : links.isError ? (
        <Alert tone="error">{errorMessage(links.error, t)}</Alert>
      ) : (
        <>
          <p>
            <a className="button button--primary" href={links.data.webcalUrl}>
              {t('schedule.feed.subscribe')}
            </a>
          </p>
          <div className="field">
            <label className="field__label" htmlFor="feed-url">
              {t('schedule.feed.httpsLabel')}
            </label>
            <p className="field__hint" id="feed-url-hint">
              {t('schedule.feed.secretHint')}
            </p>
            <div className="copy-row">
              <input id="feed-url" className="field__input" readOnly value={links.data.feedUrl} aria-describedby="feed-url-hint" onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" onClick={() => void copy(links.data.feedUrl, t('schedule.feed.httpsShort'))}>
                {t('schedule.feed.copy')}
                <span className="visually-hidden"> {t('schedule.feed.httpsShort')}</span>
              </Button>
            </div>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="webcal-url">
              {t('schedule.feed.webcalLabel')}
            </label>
            <div className="copy-row">
              <input id="webcal-url" className="field__input" readOnly value={links.data.webcalUrl} onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" onClick={() => void copy(links.data.webcalUrl, t('schedule.feed.webcalShort'))}>
                {t('schedule.feed.copy')}
                <span className="visually-hidden"> {t('schedule.feed.webcalShort')}</span>
              </Button>
            </div>
          </div>
        </>
      )}
      <p role="status" aria-live="polite" className="feed-card__status">
        {copied}
      </p>
      {reset.isError && <Alert tone="error">{errorMessage(reset.error, t)}</Alert>}
      {confirming ? (
        <div className="feed-card__confirm" role="group" aria-labelledby="feed-confirm-text">
          <p id="feed-confirm-text">{t('schedule.feed.confirmReset')}</p>
          <div className="form__actions">
            <Button onClick={renew} busy={reset.isPending} autoFocus>
              {t('schedule.feed.confirmResetYes')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              {t('schedule.feed.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" busy={reset.isPending} onClick={() => setConfirming(true)}>
          {t('schedule.feed.reset')}
        </Button>
      )}
    </section>
  );
}
