import { MAX_ATTENDANCE_NOTE_LENGTH, type RosterEntry } from '@koers/shared/attendance';
import type { AttendanceStatus } from '@koers/shared/domain';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { StatusButtons } from './status-buttons';

export type SaveState = 'saved' | 'pending' | 'sending' | 'failed' | 'empty';

export interface RosterRowProps {
  entry: RosterEntry;
  /** The mark as the trainer last set it: the pending one if it has not reached the server yet. */
  status: AttendanceStatus | null;
  note: string;
  saveState: SaveState;
  failure?: string;
  onMark: (status: AttendanceStatus, note?: string) => void;
  /** Whether a status may be recorded now, and the id of the text saying from when (StatusButtons). */
  markOpen: (status: AttendanceStatus) => boolean;
  markClosedHint?: string;
  /** The internal team or delegate listed under this person. */
  children?: ReactNode;
}

const SAVE_STATE_ICON: Record<SaveState, string> = { saved: '✓', pending: '…', sending: '↑', failed: '!', empty: '·' };

export function RosterRow({ entry, status, note, saveState, failure, onMark, markOpen, markClosedHint, children }: RosterRowProps) {
  const t = useT();
  const nameId = useId();
  const noteId = useId();
  const [noteOpen, setNoteOpen] = useState(false);

  const onSaveNote = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!status) return;
    onMark(status, String(new FormData(event.currentTarget).get('note') ?? '').trim());
    setNoteOpen(false);
  };

  return (
    <li className="roster-row" data-person-id={entry.personId} data-save-state={saveState}>
      <div className="roster-row__main">
        <div className="roster-row__who">
          <span id={nameId} className="roster-row__name">
            {entry.name}
          </span>
          <span className="roster-row__meta">
            {[t(`attendance.role.${entry.role}`), entry.organisation, entry.workshop].filter(Boolean).join(' · ')}
            {entry.source === 'self_check_in' && <span className="badge">{t('attendance.source.self_check_in')}</span>}
          </span>
          {note && !noteOpen && <span className="roster-row__note">{note}</span>}
        </div>
        <StatusButtons labelledBy={nameId} current={status} onChoose={(next) => onMark(next)} open={markOpen} closedHint={markClosedHint} />
        <div className="roster-row__footer">
          <span className={`save-state save-state--${saveState}`}>
            <span aria-hidden="true">{SAVE_STATE_ICON[saveState]} </span>
            {saveState === 'failed' ? t('attendance.roster.saveState.failed', { message: failure ?? '' }) : t(`attendance.roster.saveState.${saveState}`)}
          </span>
          <button
            type="button"
            className="button button--quiet roster-row__note-toggle"
            aria-expanded={noteOpen}
            aria-controls={noteId}
            onClick={() => setNoteOpen((open) => !open)}
          >
            {t('attendance.roster.note')}
            <span className="visually-hidden"> {entry.name}</span>
          </button>
        </div>
        <div id={noteId} hidden={!noteOpen} className="roster-row__note-form">
          {noteOpen &&
            (status ? (
              <form className="form form--inline" noValidate onSubmit={onSaveNote}>
                <TextField
                  label={t('attendance.roster.noteFor', { name: entry.name })}
                  hint={t('attendance.roster.noteSeen', { name: entry.name })}
                  name="note"
                  defaultValue={note}
                  maxLength={MAX_ATTENDANCE_NOTE_LENGTH}
                  autoFocus
                />
                <Button type="submit" variant="secondary">
                  {t('attendance.roster.noteSave')}
                </Button>
              </form>
            ) : (
              <p className="notice">{t('attendance.roster.noteNeedsStatus')}</p>
            ))}
        </div>
      </div>
      {children}
    </li>
  );
}
