import { useEffect, useState } from 'react';
import { generatePath, Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { formatTime } from '../../../lib/dates';
import { errorMessage } from '../../../lib/error-message';
import { useI18n } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useCheckInCode } from '../api/get-check-in-code';
import '../attendance.css';

/** "123456" → "123 456", easier to read from the back of the room. */
const spaced = (code: string) => code.replace(/^(\d{3})(\d{3})$/, '$1 $2');

/** Seconds until the shown code rotates, ticking. */
function useSecondsUntil(instant: string | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return instant ? Math.max(0, Math.ceil((new Date(instant).getTime() - now) / 1000)) : null;
}

/** Keeps a projector or tablet from dimming while it shows the code; where the browser cannot, nothing happens. */
function useScreenWakeLock() {
  useEffect(() => {
    let lock: { release(): Promise<void> } | undefined;
    let released = false;
    const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock;
    wakeLock
      ?.request('screen')
      .then((granted) => (released ? void granted.release() : (lock = granted)))
      .catch(() => undefined);
    return () => {
      released = true;
      void lock?.release().catch(() => undefined);
    };
  }, []);
}

/** The trainer's screen during the check-in window: a QR code and a short code, both new every 30 seconds. */
export function CheckInDisplayPage() {
  const { t, language } = useI18n();
  usePageTitle(t('attendance.display.title'));
  const { sessionId = '' } = useParams();
  const code = useCheckInCode(sessionId);
  const secondsLeft = useSecondsUntil(code.data?.rotatesAt);
  useScreenWakeLock();
  const typeUrl = `${window.location.host}${paths.checkIn}`;
  const back = (
    <Link to={generatePath(paths.sessionRoster, { sessionId })} className="no-print">
      {t('attendance.display.backToRoster')}
    </Link>
  );

  if (code.isPending) return <p role="status">{t('app.loading')}</p>;
  // Only a lost connection keeps the last code on screen (it may still be valid); a refusal replaces it.
  const offline = code.error instanceof ApiError && code.error.code === CLIENT_ERROR_CODES.network;
  if (code.isError && !(offline && code.data)) {
    return (
      <div className="narrow">
        <h1>{t('attendance.display.title')}</h1>
        <Alert tone="error">{errorMessage(code.error, t)}</Alert>
        <p>{back}</p>
      </div>
    );
  }
  const { data } = code;
  return (
    <div className="check-in-display">
      <h1>{data.sessionTitle}</h1>
      <div className="check-in-display__body">
        <figure className="check-in-display__qr">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(data.qrSvg)}`} alt={t('attendance.display.qrAlt', { session: data.sessionTitle })} />
          <figcaption>{t('attendance.display.scan')}</figcaption>
        </figure>
        <div className="check-in-display__code">
          <p>{t('attendance.display.orType', { url: typeUrl })}</p>
          <p className="check-in-display__digits">
            <span aria-hidden="true">{spaced(data.code)}</span>
            {/* Read out digit by digit; a paragraph cannot carry an aria-label. */}
            <span className="visually-hidden">{`${t('attendance.display.code')}: ${data.code.split('').join(' ')}`}</span>
          </p>
          <div className="check-in-display__timer" aria-hidden="true">
            <span style={{ width: `${((secondsLeft ?? 0) / 30) * 100}%` }} />
          </div>
          <p className="notice">{t('attendance.display.rotates')}</p>
          <p className="notice">{t('attendance.display.closes', { time: formatTime(data.closesAt, language) })}</p>
        </div>
      </div>
      {code.isError && <Alert tone="error">{errorMessage(code.error, t)}</Alert>}
      <p>{back}</p>
    </div>
  );
}
