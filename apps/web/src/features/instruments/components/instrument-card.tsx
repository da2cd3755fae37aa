import { useEffect, useId, useRef, useState } from 'react';
import type { InstrumentView } from '@koers/shared/measurements';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useCreateDraftVersion } from '../api/create-draft-version';
import { DraftEditor } from './draft-editor';
import { VersionContent } from './version-content';

/** One instrument: its versions, the chosen one's content (editable while a draft), and a new draft when there is none. */
export function InstrumentCard({ instrument }: { instrument: InstrumentView }) {
  const t = useT();
  const id = useId();
  const createDraft = useCreateDraftVersion();
  const draft = instrument.versions.find((version) => version.publishedAt === null);
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const chosen = instrument.versions.find((version) => version.id === chosenId) ?? draft ?? instrument.versions[0];
  // The button that made the draft is gone once it exists: keyboard and screen-reader users land on the draft instead.
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const [focusDraft, setFocusDraft] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (focusDraft && chosen?.publishedAt === null) {
      chosenHeading.current?.focus();
      setFocusDraft(false);
    }
  }, [focusDraft, chosen]);

  return (
    <section className="instrument" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>
        {instrument.name} {instrument.isExample && <span className="badge badge--edition">{t('instruments.example')}</span>}
      </h2>
      {instrument.description && <p>{instrument.description}</p>}
      {instrument.isExample && <p className="field__hint">{t('instruments.exampleNote')}</p>}

      <h3 id={`${id}-versions`}>{t('instruments.versions')}</h3>
      <ul className="instrument__versions" aria-labelledby={`${id}-versions`}>
        {instrument.versions.map((version) => (
          <li key={version.id}>
            <Button
              variant={version.id === chosen?.id ? 'primary' : 'secondary'}
              aria-pressed={version.id === chosen?.id}
              aria-label={t('instruments.showVersion', { number: version.number, instrument: instrument.name })}
              onClick={() => setChosenId(version.id)}
            >
              {t('instruments.version', { number: version.number })}
            </Button>{' '}
            {version.publishedAt ? (
              <span>
                {t('instruments.publishedOn')} <DateText value={version.publishedAt} format="date" />
              </span>
            ) : (
              <span className="badge badge--moved">{t('instruments.draft')}</span>
            )}
          </li>
        ))}
      </ul>
      {!draft && (
        <div className="form__actions">
          <Button
            variant="secondary"
            busy={createDraft.isPending}
            aria-label={t('instruments.newVersionFor', { instrument: instrument.name })}
            onClick={() =>
              createDraft.mutate(instrument.id, {
                onSuccess: (created) => {
                  setChosenId(created.id);
                  setAnnouncement('');
                  setFocusDraft(true);
                },
              })
            }
          >
            {t('instruments.newVersion')}
          </Button>
        </div>
      )}
      {createDraft.isError && <Alert tone="error">{errorMessage(createDraft.error, t)}</Alert>}
      <p role="status">{announcement}</p>

      {chosen && (
        // Named with the instrument: every instrument shows a "Versie 1", and regions of one name cannot be told apart.
        <section aria-label={t('instruments.versionOf', { number: chosen.number, instrument: instrument.name })}>
          <h3 ref={chosenHeading} tabIndex={-1}>
            {t('instruments.version', { number: chosen.number })}
            {chosen.publishedAt === null && ` (${t('instruments.draft')})`}
          </h3>
          {chosen.publishedAt === null ? <DraftEditor key={chosen.id} version={chosen} onPublished={(published) => setAnnouncement(t('instruments.published', { number: published.number }))} /> : <VersionContent version={chosen} />}
        </section>
      )}
    </section>
  );
}
