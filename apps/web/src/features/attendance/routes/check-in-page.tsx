import type { CheckInResponse } from '@koers/shared/attendance';
import { CHECK_IN_CODE_LENGTH } from '@koers/shared/attendance';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { TextField } from '../../../components/text-field';
import { formatTime } from '../../../lib/dates';
import { errorMessage } from '../../../lib/error-message';
import { useI18n, type Translate } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useCheckIn } from '../api/check-in';
import { useCheckInSession } from '../api/get-check-in-session';
import '../attendance.css';

const CODE_PATTERN = new RegExp(`^\\d{${CHECK_IN_CODE_LENGTH}}$`);

function outcomeText(t: Translate, { checkedIn, sessionTitle, mark }: CheckInResponse): string {
  if (checkedIn) return t('attendance.checkIn.done', { session: sessionTitle });
  if (mark.status === 'present') return t('attendance.checkIn.alreadyPresent', { session: sessionTitle });
  return t('attendance.checkIn.alreadyMarked', { session: sessionTitle, status: t(`attendance.status.${mark.status}`).toLowerCase() });
}

/**
 * Where a participant checks in: from the QR code (`/inchecken/:sessionId?code=…`, sent at once, also after a detour
 * through the login page) or by typing the code shown on the trainer's screen (`/inchecken`).
 */
export function CheckInPage() {
  const { t, language } = useI18n();
  usePageTitle(t('attendance.checkIn.title'));
  const { sessionId } = useParams();
  const [searchParams] = useSearchParams();
  const scannedCode = searchParams.get('code')?.replace(/\s+/g, '') ?? '';
  const session = useCheckInSession(sessionId);
  const checkIn = useCheckIn(sessionId);
  const [fieldError, setFieldError] = useState<string>();
  const codeRef = useRef<HTMLInputElement>(null);
  const sentScanned = useRef(false);

  const sessionKnown = !sessionId || session.isSuccess;
  useEffect(() => {
    if (!sessionId || !session.data || sentScanned.current || !CODE_PATTERN.test(scannedCode)) return;
    sentScanned.current = true;
    if (!session.data.mark) checkIn.mutate({ code: scannedCode });
  }, [sessionId, session.data, scannedCode, checkIn]);
  useEffect(() => {
    if (checkIn.isError) codeRef.current?.focus();
  }, [checkIn.isError]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checkIn.isPending) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s+/g, '');
    if (!CODE_PATTERN.test(code)) {
      // The server's refusal of an earlier code is about that code, not this one.
      checkIn.reset();
      setFieldError(t('attendance.checkIn.codeInvalid'));
      codeRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    checkIn.mutate({ code });
  };

  if (sessionId && session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (sessionId && session.isError) {
    return (
      <div className="narrow">
        <h1>{t('attendance.checkIn.title')}</h1>
        <Alert tone="error">{errorMessage(session.error, t)}</Alert>
      </div>
    );
  }

  const existing = session.data?.mark;
  const result = checkIn.data;
  return (
    <div className="narrow check-in-page">
      <h1>{t('attendance.checkIn.title')}</h1>
      {session.data && (
        <p className="check-in-page__session">
          <strong>{session.data.title}</strong>
          <br />
          <DateText value={session.data.startsAt} /> – <DateText value={session.data.endsAt} format="time" />
        </p>
      )}
      {result ? (
        <Alert tone="success">{outcomeText(t, result)}</Alert>
      ) : existing && session.data ? (
        <Alert tone="success">
          {outcomeText(t, { checkedIn: false, sessionId: session.data.sessionId, sessionTitle: session.data.title, mark: existing })}
        </Alert>
      ) : (
        sessionKnown && (
          <>
            {session.data && new Date(session.data.opensAt).getTime() > Date.now() && (
              <p className="notice">{t('attendance.checkIn.opensAt', { time: formatTime(session.data.opensAt, language) })}</p>
            )}
            <p>{t('attendance.checkIn.intro')}</p>
            <form className="form" noValidate onSubmit={onSubmit}>
              {checkIn.isError && <Alert tone="error">{errorMessage(checkIn.error, t)}</Alert>}
              <TextField
                ref={codeRef}
                label={t('attendance.checkIn.code')}
                hint={t('attendance.checkIn.codeHint')}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                defaultValue={scannedCode}
                maxLength={CHECK_IN_CODE_LENGTH + 2}
                className="check-in-page__code"
                required
                error={fieldError}
              />
              <div className="form__actions">
                <Button type="submit" busy={checkIn.isPending}>
                  {checkIn.isPending ? t('attendance.checkIn.busy') : t('attendance.checkIn.submit')}
                </Button>
              </div>
            </form>
          </>
        )
      )}
    </div>
  );
}
