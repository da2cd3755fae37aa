import type { SessionRecord, SessionRecordConflict } from '@koers/shared/sessions';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { MarkdownText } from '../../../components/markdown-text';
import { TextAreaField } from '../../../components/text-area-field';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useSaveSessionRecord } from '../api/save-session-record';

function conflictOf(error: unknown): SessionRecord | null {
  if (!(error instanceof ApiError) || error.code !== 'session_record_conflict') return null;
  return (error.body.details as unknown as SessionRecordConflict | undefined)?.current ?? null;
}

/**
 * What was covered and the notes, which participants read, and the staff's private notes, labelled apart so a
 * trainer always knows who reads what; for the edition's trainers and the programme office. A save names the version it started from; when a
 * colleague saved in between, their version is shown and the trainer chooses: take theirs, or keep their own.
 */
export function RecordEditor({ sessionId, record, labelledBy }: { sessionId: string; record: SessionRecord; labelledBy: string }) {
  const t = useT();
  const save = useSaveSessionRecord(sessionId);
  const [notes, setNotes] = useState(record.notes);
  const [covered, setCovered] = useState(record.covered);
  const [staffNotes, setStaffNotes] = useState(record.staffNotes ?? '');
  const [baseVersion, setBaseVersion] = useState(record.notesVersion);
  const [theirs, setTheirs] = useState<SessionRecord | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (version: number) => {
    setSaved(false);
    save.mutate(
      { notes, covered, staffNotes, notesVersion: version },
      {
        onSuccess: (result) => {
          setBaseVersion(result.notesVersion);
          setTheirs(null);
          setSaved(true);
        },
        onError: (error) => setTheirs(conflictOf(error)),
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(baseVersion);
  };
  const takeTheirs = () => {
    if (!theirs) return;
    setNotes(theirs.notes);
    setCovered(theirs.covered);
    setStaffNotes(theirs.staffNotes ?? '');
    setBaseVersion(theirs.notesVersion);
    setTheirs(null);
    save.reset();
  };
  const changed = notes !== record.notes || covered !== record.covered || staffNotes !== (record.staffNotes ?? '');

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={labelledBy}>
      <fieldset className="record-part">
        <legend>{t('sessions.record.forParticipants')}</legend>
        <TextAreaField
          name="covered"
          label={t('sessions.record.covered')}
          hint={t('sessions.record.coveredHint')}
          rows={4}
          maxLength={20_000}
          value={covered}
          onChange={(event) => setCovered(event.target.value)}
        />
        <TextAreaField
          name="notes"
          label={t('sessions.record.notes')}
          hint={t('sessions.record.notesHint')}
          rows={10}
          maxLength={50_000}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
      </fieldset>
      <fieldset className="record-part record-part--private">
        <legend>{t('sessions.record.forStaff')}</legend>
        <TextAreaField
          name="staffNotes"
          label={t('sessions.record.staffNotes')}
          hint={t('sessions.record.staffNotesHint')}
          rows={6}
          maxLength={50_000}
          value={staffNotes}
          onChange={(event) => setStaffNotes(event.target.value)}
        />
      </fieldset>

      {theirs ? (
        <Alert tone="error" title={t('sessions.record.conflictTitle')}>
          <p>{errorMessage(save.error, t)}</p>
          <h4>{t('sessions.record.theirVersion')}</h4>
          <dl className="record-diff">
            <dt>{t('sessions.record.covered')}</dt>
            <dd>{theirs.covered ? <MarkdownText source={theirs.covered} /> : t('sessions.record.emptyField')}</dd>
            <dt>{t('sessions.record.notes')}</dt>
            <dd>{theirs.notes ? <MarkdownText source={theirs.notes} /> : t('sessions.record.emptyField')}</dd>
            <dt>{t('sessions.record.staffNotes')}</dt>
            <dd>{theirs.staffNotes ? <MarkdownText source={theirs.staffNotes} /> : t('sessions.record.emptyField')}</dd>
          </dl>
          <div className="form__actions">
            <Button variant="secondary" onClick={takeTheirs}>
              {t('sessions.record.takeTheirs')}
            </Button>
            <Button busy={save.isPending} onClick={() => submit(theirs.notesVersion)}>
              {t('sessions.record.keepMine')}
            </Button>
          </div>
        </Alert>
      ) : (
        save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>
      )}
      {saved && !changed && <Alert tone="success">{t('sessions.record.saved')}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={save.isPending}>
          {t('sessions.record.save')}
        </Button>
      </div>
    </form>
  );
}
