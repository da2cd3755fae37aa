import type { SessionWorkshopsResponse } from '@koers/shared/workshops';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/text-field';
import { fromDateTimeInputValue, isSkippedOnTheClock, toDateTimeInputValue } from '../../../lib/dates';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useSaveWorkshops } from '../api/save-workshops';

const MAX_WORKSHOPS = 20;
const MAX_CAPACITY = 1000;

/** A workshop as the form holds it: `key` tells rows apart on screen, `id` is set for a saved workshop (which keeps its choices). */
interface WorkshopRow {
  key: string;
  id?: string;
  title: string;
  speaker: string;
  room: string;
  capacity: string;
}

type Problems = Record<string, string | undefined>;

const rowsOf = (saved: SessionWorkshopsResponse): WorkshopRow[] =>
  saved.workshops.map((workshop) => ({ key: workshop.id, id: workshop.id, title: workshop.title, speaker: workshop.speaker, room: workshop.room, capacity: String(workshop.capacity) }));

/**
 * The programme office sets up the session's parallel workshops (title, speaker, room, places) and until when
 * participants choose. A saved workshop keeps its id, and with it who chose it; one removed here loses its choices.
 */
export function WorkshopSetup({
  sessionId,
  saved,
  onReload,
}: {
  sessionId: string;
  saved: SessionWorkshopsResponse;
  /** Reads the workshops again, as someone else saved them. */
  onReload: () => Promise<SessionWorkshopsResponse | undefined>;
}) {
  const t = useT();
  const focusAfterRender = useFocusAfterRender();
  const id = useId();
  const save = useSaveWorkshops(sessionId);
  const [rows, setRows] = useState<WorkshopRow[]>(() => rowsOf(saved));
  const [closesAt, setClosesAt] = useState(saved.choiceClosesAt ? toDateTimeInputValue(saved.choiceClosesAt) : '');
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState(false);
  // What the form was read at: a save after someone else's is refused (409 workshops_changed) instead of undoing it.
  const [version, setVersion] = useState(saved.version);
  // A saved workshop with people in it or waiting for it is removed only once confirmed: they lose their place.
  const [confirmingRemoval, setConfirmingRemoval] = useState<WorkshopRow | null>(null);
  const nextKey = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  // A row just added takes the focus, so a keyboard user types its title at once.
  const [added, setAdded] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (added) form.current?.querySelector<HTMLElement>(`[data-row="${added}"] input`)?.focus();
  }, [added]);
  const server = fieldErrors(save.error);

  const change = (key: string, field: keyof Omit<WorkshopRow, 'key' | 'id'>, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const deadline = closesAt ? fromDateTimeInputValue(closesAt, saved.choiceClosesAt) : null;
    const found: Problems = {
      choiceClosesAt: isSkippedOnTheClock(closesAt)
        ? t('errors.skippedOnTheClock')
        : rows.length > 0 && !deadline
          ? t('sessions.workshops.setup.deadlineRequired')
          : undefined,
    };
    rows.forEach((row, index) => {
      const capacity = Number(row.capacity);
      if (!row.title.trim()) found[`workshops.${index}.title`] = t('sessions.workshops.setup.titleRequired');
      if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) found[`workshops.${index}.capacity`] = t('sessions.workshops.setup.capacityInvalid');
    });
    setProblems(found);
    const firstProblem = Object.entries(found).find(([, message]) => message)?.[0];
    if (firstProblem) {
      form.current?.querySelector<HTMLElement>(`[data-field="${firstProblem}"]`)?.focus();
      return;
    }
    save.mutate(
      {
        choiceClosesAt: deadline,
        workshops: rows.map((row) => ({ ...(row.id && { id: row.id }), title: row.title.trim(), speaker: row.speaker.trim(), room: row.room.trim(), capacity: Number(row.capacity) })),
        version,
      },
      {
        onSuccess: (result) => {
          setRows(rowsOf(result));
          setVersion(result.version);
          setDone(true);
        },
      },
    );
  };

  const problem = (field: string) => problems[field] ?? server[field];
  const remove = (row: WorkshopRow) => {
    setRows((current) => current.filter((other) => other.key !== row.key));
    focusAfterRender(() => addButton.current);
  };
  const changedMeanwhile = save.error instanceof ApiError && save.error.code === 'workshops_changed';
  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setRows(rowsOf(fresh));
    setClosesAt(fresh.choiceClosesAt ? toDateTimeInputValue(fresh.choiceClosesAt) : '');
    setVersion(fresh.version);
    save.reset();
    // The button goes with the refusal: focus goes on to the first field of the form read again.
    focusAfterRender(() => form.current?.querySelector<HTMLElement>('[data-field="choiceClosesAt"]'));
  };
  const peopleIn = (row: WorkshopRow) => saved.workshops.find((workshop) => workshop.id === row.id);
  const inRemoval = confirmingRemoval && peopleIn(confirmingRemoval);

  return (
    <form ref={form} className="form subform workshop-setup" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sessions.workshops.setup.title')}</h3>
      <p className="field__hint">{t('sessions.workshops.setup.intro')}</p>
      <TextField
        label={t('sessions.workshops.setup.deadline')}
        name="choiceClosesAt"
        type="datetime-local"
        hint={t('sessions.workshops.setup.deadlineHint')}
        value={closesAt}
        data-field="choiceClosesAt"
        error={problem('choiceClosesAt')}
        onChange={(event) => setClosesAt(event.target.value)}
      />
      {rows.length === 0 && <p>{t('sessions.workshops.setup.none')}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="workshop-setup__row" data-row={row.key}>
          <legend>{t('sessions.workshops.setup.workshop', { number: index + 1 })}</legend>
          <TextField
            label={t('sessions.workshops.setup.workshopTitle')}
            name={`workshops.${index}.title`}
            value={row.title}
            maxLength={200}
            required
            data-field={`workshops.${index}.title`}
            error={problem(`workshops.${index}.title`)}
            onChange={(event) => change(row.key, 'title', event.target.value)}
          />
          <TextField
            label={t('sessions.workshops.setup.speaker')}
            name={`workshops.${index}.speaker`}
            value={row.speaker}
            maxLength={200}
            error={problem(`workshops.${index}.speaker`)}
            onChange={(event) => change(row.key, 'speaker', event.target.value)}
          />
          <TextField
            label={t('sessions.workshops.setup.room')}
            name={`workshops.${index}.room`}
            value={row.room}
            maxLength={200}
            error={problem(`workshops.${index}.room`)}
            onChange={(event) => change(row.key, 'room', event.target.value)}
          />
          <TextField
            label={t('sessions.workshops.setup.capacity')}
            name={`workshops.${index}.capacity`}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_CAPACITY}
            value={row.capacity}
            required
            data-field={`workshops.${index}.capacity`}
            error={problem(`workshops.${index}.capacity`)}
            onChange={(event) => change(row.key, 'capacity', event.target.value)}
          />
          <Button
            variant="quiet"
            onClick={() => {
              const inIt = peopleIn(row);
              if (inIt && inIt.placed + inIt.waitlisted > 0) setConfirmingRemoval(row);
              else remove(row);
            }}
          >
            {t('sessions.workshops.setup.remove')}
            <span className="visually-hidden"> {t('sessions.workshops.setup.workshop', { number: index + 1 })}</span>
          </Button>
        </fieldset>
      ))}
      <div className="workshop-setup__actions">
        <Button
          ref={addButton}
          variant="secondary"
          disabled={rows.length >= MAX_WORKSHOPS}
          onClick={() => {
            const key = `new-${nextKey.current++}`;
            setRows((current) => [...current, { key, title: '', speaker: '', room: '', capacity: '' }]);
            setAdded(key);
          }}
        >
          {t('sessions.workshops.setup.add')}
        </Button>
        <Button type="submit" busy={save.isPending}>
          {t('sessions.workshops.setup.save')}
        </Button>
      </div>
      {confirmingRemoval && inRemoval && (
        <ConfirmDialog
          title={t('sessions.workshops.setup.confirmRemoveTitle', { workshop: inRemoval.title })}
          text={t('sessions.workshops.setup.confirmRemoveText', { placed: inRemoval.placed, waitlisted: inRemoval.waitlisted })}
          confirmLabel={t('sessions.workshops.setup.remove')}
          initialFocus="cancel"
          busy={false}
          onConfirm={() => {
            remove(confirmingRemoval);
            setConfirmingRemoval(null);
          }}
          onCancel={() => setConfirmingRemoval(null)}
        />
      )}
      {save.isError && (
        <Alert tone="error">
          {errorMessage(save.error, t)}
          {changedMeanwhile && (
            <Button variant="quiet" onClick={() => void reload()}>
              {t('sessions.workshops.setup.reload')}
            </Button>
          )}
        </Alert>
      )}
      <div role="status">{done && <Alert tone="success" live="off">{t('sessions.workshops.setup.saved')}</Alert>}</div>
    </form>
  );
}
