import { useState, type FormEvent } from 'react';
import { ITEM_SCALES, MAX_DIMENSION_NAME_LENGTH, MAX_STATEMENT_LENGTH, type InstrumentVersionView, type ItemScale } from '@koers/shared/measurements';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePublishVersion } from '../api/publish-version';
import { useUpdateDraftVersion } from '../api/update-draft-version';

interface EditedItem {
  key: string;
  statement: string;
  scale: ItemScale;
  freeTextAllowed: boolean;
}

interface EditedDimension {
  key: string;
  name: string;
  items: EditedItem[];
}

let nextKey = 0;
/** React keys for rows added in the browser, which have no id until the draft is saved. */
const newKey = () => `new-${++nextKey}`;

const editable = (version: InstrumentVersionView): EditedDimension[] =>
  version.dimensions.map((dimension) => ({
    key: dimension.id,
    name: dimension.name,
    items: dimension.items.map(({ id, statement, scale, freeTextAllowed }) => ({ key: id, statement, scale, freeTextAllowed })),
  }));

export interface DraftEditorProps {
  version: InstrumentVersionView;
  /** Called once the draft is published (this editor then makes way for the read-only version). */
  onPublished: (published: InstrumentVersionView) => void;
}

/** Edits a draft version's dimensions and statements; saving replaces the draft's content, publishing freezes it. */
export function DraftEditor({ version, onPublished }: DraftEditorProps) {
  const t = useT();
  const update = useUpdateDraftVersion();
  const publish = usePublishVersion();
  const [dimensions, setDimensions] = useState(() => editable(version));
  const [saved, setSaved] = useState(false);
  const scaleOptions = ITEM_SCALES.map((scale) => ({ value: scale, label: t(`instruments.scale.${scale}`) }));
  const failure = update.error ?? publish.error;

  const changeDimension = (key: string, change: (dimension: EditedDimension) => EditedDimension) => {
    setSaved(false);
    setDimensions((current) => current.map((dimension) => (dimension.key === key ? change(dimension) : dimension)));
  };
  const changeItem = (dimensionKey: string, itemKey: string, change: Partial<EditedItem>) =>
    changeDimension(dimensionKey, (dimension) => ({ ...dimension, items: dimension.items.map((item) => (item.key === itemKey ? { ...item, ...change } : item)) }));
  const newItem = (scale: ItemScale): EditedItem => ({ key: newKey(), statement: '', scale, freeTextAllowed: false });

  const request = () => ({
    id: version.id,
    dimensions: dimensions.map(({ name, items }) => ({ name, items: items.map(({ statement, scale, freeTextAllowed }) => ({ statement, scale, freeTextAllowed })) })),
  });
  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(request(), { onSuccess: () => setSaved(true) });
  };
  const onPublish = () => {
    publish.reset();
    update.mutate(request(), { onSuccess: () => publish.mutate(version.id, { onSuccess: onPublished }) });
  };

  return (
    <form className="form instrument-editor" noValidate onSubmit={onSave}>
      {dimensions.map((dimension, dimensionIndex) => {
        const named = dimension.name || t('instruments.dimension', { position: dimensionIndex + 1 });
        return (
          <fieldset key={dimension.key} className="instrument-editor__dimension">
            <legend>{t('instruments.dimension', { position: dimensionIndex + 1 })}</legend>
            <TextField
              label={t('instruments.dimensionName', { position: dimensionIndex + 1 })}
              name={`dimension-${dimension.key}`}
              value={dimension.name}
              maxLength={MAX_DIMENSION_NAME_LENGTH}
              required
              onChange={(event) => changeDimension(dimension.key, (current) => ({ ...current, name: event.target.value }))}
            />
            <ol className="instrument-editor__items">
              {dimension.items.map((item, itemIndex) => {
                const at = { position: itemIndex + 1, dimension: named };
                return (
                  <li key={item.key} className="instrument-editor__item">
                    <TextField
                      label={t('instruments.statementOf', at)}
                      name={`statement-${item.key}`}
                      value={item.statement}
                      maxLength={MAX_STATEMENT_LENGTH}
                      required
                      onChange={(event) => changeItem(dimension.key, item.key, { statement: event.target.value })}
                    />
                    <SelectField
                      label={t('instruments.scaleOf', at)}
                      name={`scale-${item.key}`}
                      options={scaleOptions}
                      value={item.scale}
                      onChange={(event) => changeItem(dimension.key, item.key, { scale: event.target.value as ItemScale })}
                    />
                    <label className="instrument-editor__check">
                      <input
                        type="checkbox"
                        checked={item.freeTextAllowed}
                        onChange={(event) => changeItem(dimension.key, item.key, { freeTextAllowed: event.target.checked })}
                      />{' '}
                      {t('instruments.freeText')}
                    </label>
                    {dimension.items.length > 1 && (
                      <Button
                        variant="quiet"
                        aria-label={t('instruments.removeItemOf', at)}
                        onClick={() => changeDimension(dimension.key, (current) => ({ ...current, items: current.items.filter((one) => one.key !== item.key) }))}
                      >
                        {t('instruments.removeItem')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ol>
            <div className="instrument-editor__actions">
              <Button
                variant="secondary"
                aria-label={t('instruments.addItemTo', { dimension: named })}
                onClick={() => changeDimension(dimension.key, (current) => ({ ...current, items: [...current.items, newItem(current.items.at(-1)?.scale ?? 'agree_1_5')] }))}
              >
                {t('instruments.addItem')}
              </Button>
              {dimensions.length > 1 && (
                <Button
                  variant="quiet"
                  aria-label={t('instruments.removeDimensionNamed', { dimension: named })}
                  onClick={() => {
                    setSaved(false);
                    setDimensions((current) => current.filter((one) => one.key !== dimension.key));
                  }}
                >
                  {t('instruments.removeDimension')}
                </Button>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className="form__actions">
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setDimensions((current) => [...current, { key: newKey(), name: t('instruments.newDimension'), items: [newItem(current.at(-1)?.items.at(-1)?.scale ?? 'agree_1_5')] }]);
          }}
        >
          {t('instruments.addDimension')}
        </Button>
      </div>
      {failure && <Alert tone="error">{errorMessage(failure, t)}</Alert>}
      <p role="status">{saved ? t('instruments.saved') : ''}</p>
      <p className="field__hint">{t('instruments.publishHint')}</p>
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={update.isPending && !publish.isPending}>
          {t('instruments.save')}
        </Button>
        <Button busy={publish.isPending} onClick={onPublish}>
          {t('instruments.publish')}
        </Button>
      </div>
    </form>
  );
}
