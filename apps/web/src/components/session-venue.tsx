import type { SessionMode, SessionStatus } from '@koers/shared/domain';
import { onlineLinkOpensAt } from '@koers/shared/sessions';
import { formatTime } from '../lib/dates';
import { useI18n } from '../lib/i18n';
import './session-info.css';

export interface VenueSession {
  mode: SessionMode;
  location: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  /** Whether the session has a link at all, where the page knows it (a withheld link reads as null until it opens). */
  hasOnlineLink?: boolean;
}

/** A map search for the address; OpenStreetMap needs no account or cookie consent. */
const mapUrl = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

/**
 * Where a session takes place: the address with a map link, and the online link once it is shown (from 30 minutes
 * before the start; each page's query asks for it again then) or the time it will appear.
 */
export function SessionVenue({ session, now }: { session: VenueSession; now: Date }) {
  const { t, language } = useI18n();
  const over = new Date(session.endsAt) <= now || session.status === 'cancelled';
  const onSite = session.mode !== 'online' && session.location;
  const online = session.mode !== 'on_site';
  const linkOpensAt = onlineLinkOpensAt(session.startsAt);
  return (
    <div className="venue">
      {onSite && (
        <p className="venue__line">
          <span className="venue__label">{t('session.venue.address')}: </span>
          {session.location}{' '}
          <a href={mapUrl(session.location!)} target="_blank" rel="noreferrer">
            {t('session.venue.map')}
            <span className="visually-hidden"> {t('session.opensInNewWindow')}</span>
          </a>
        </p>
      )}
      {online && !over && (
        <p className="venue__line">
          <span className="venue__label">{t('session.venue.online')}: </span>
          {session.onlineUrl ? (
            <a className="venue__join" href={session.onlineUrl} target="_blank" rel="noreferrer">
              {t('session.venue.join')}
              <span className="visually-hidden"> {t('session.opensInNewWindow')}</span>
            </a>
          ) : now < linkOpensAt ? (
            t('session.venue.linkLater', { time: formatTime(linkOpensAt, language) })
          ) : session.hasOnlineLink === false ? (
            t('session.venue.noLink')
          ) : (
            t('session.venue.linkSoon')
          )}
        </p>
      )}
    </div>
  );
}
