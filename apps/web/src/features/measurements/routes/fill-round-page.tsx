import { type InstrumentItemView, MIN_GROUP_SIZE, type MeasurementAnswer, type MeasurementForm } from '@koers/shared/measurements';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { PageError } from '../../../components/page-error';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useMeasurementForm, useSaveMeasurementAnswer } from '../api/measurement-form';
import '../measurements.css';

const SCALE_VALUES = { agree_1_5: [1, 2, 3, 4, 5], in_place_3: [1, 2, 3] } as const;

/**
 * Filling a round, made for a phone: one statement after another, each answer saved the moment it is given (a remark
 * when the field is left), so closing the page or coming back on another day loses nothing.
 */
export function FillRoundPage() {
  const t = useT();
  usePageTitle(t('measurements.fill.title'));
  const { roundId = '' } = useParams();
  const [search] = useSearchParams();
  const participantEnrolmentId = search.get('deelnemer');
  const form = useMeasurementForm(roundId, participantEnrolmentId);

  if (form.isPending) return <p role="status">{t('app.loading')}</p>;
  if (form.isError) return <PageError title={t('measurements.fill.title')} error={form.error} onRetry={() => void form.refetch()} />;
  return <Questionnaire form={form.data} roundId={roundId} participantEnrolmentId={participantEnrolmentId} />;
}

function Questionnaire({ form, roundId, participantEnrolmentId }: { form: MeasurementForm; roundId: string; participantEnrolmentId: string | null }) {
  const t = useT();
  const { task, version, open, dayCancelled } = form;
  const answers = new Map(form.answers.map((answer) => [answer.itemId, answer]));
  return (
    <article className="measurement-form">
      <h1>{task.instrumentName}</h1>
      <p>{t('measurements.fill.intro', { participant: task.participantName, organisation: task.organisationName ?? task.editionName })}</p>
      <p>
        {task.organisationName
          ? t('measurements.fill.whoSees', { organisation: task.organisationName, k: MIN_GROUP_SIZE })
          : t('measurements.fill.whoSeesWithoutOrganisation', { k: MIN_GROUP_SIZE })}
      </p>
      <p>
        {t('measurements.fill.deadline')} <DateText value={task.closesAt} />
      </p>
      <p role="status" className="measurement-form__progress">
        {t('measurements.fill.progress', { answered: task.answered, items: task.items })}
      </p>
      {!open && (
        <Alert tone="info">
          {dayCancelled ? (
            t('measurements.fill.dayCancelled')
          ) : new Date(task.opensAt) > new Date() ? (
            <>
              {t('measurements.fill.notOpenYet')} <DateText value={task.opensAt} />.
            </>
          ) : (
            t('measurements.fill.closed')
          )}
        </Alert>
      )}
      {version.dimensions.map((dimension) => (
        <section key={dimension.id} aria-labelledby={`dimension-${dimension.id}`}>
          <h2 id={`dimension-${dimension.id}`}>{dimension.name}</h2>
          {dimension.items.map((item) => (
            <ItemQuestion
              key={item.id}
              item={item}
              answer={answers.get(item.id)}
              disabled={!open}
              roundId={roundId}
              participantEnrolmentId={participantEnrolmentId}
            />
          ))}
        </section>
      ))}
      {task.answered === task.items && <Alert tone="success">{t('measurements.fill.done')}</Alert>}
      <p>
        <Link to={paths.home}>{t('measurements.fill.backHome')}</Link>
      </p>
    </article>
  );
}

interface ItemQuestionProps {
  item: InstrumentItemView;
  answer: MeasurementAnswer | undefined;
  disabled: boolean;
  roundId: string;
  participantEnrolmentId: string | null;
}

/** One statement as a group of radio buttons; the choice is saved at once and shown as chosen while it is on its way. */
function ItemQuestion({ item, answer, disabled, roundId, participantEnrolmentId }: ItemQuestionProps) {
  const t = useT();
  const save = useSaveMeasurementAnswer(roundId, participantEnrolmentId);
  const [value, setValue] = useState<number | null>(answer?.value ?? null);
  const [remark, setRemark] = useState(answer?.remark ?? '');
  const submit = (next: { value?: number | null; remark?: string }) =>
    save.mutate({ itemId: item.id, value: next.value ?? value, remark: item.freeTextAllowed ? (next.remark ?? remark).trim() || null : null });
  const legendId = `statement-${item.id}`;
  return (
    <fieldset className="measurement-item" disabled={disabled}>
      <legend id={legendId}>{item.statement}</legend>
      <div className="measurement-item__scale">
        {SCALE_VALUES[item.scale].map((option) => (
          <label key={option} className="measurement-item__option">
            <input
              type="radio"
              name={`item-${item.id}`}
              value={option}
              checked={value === option}
              onChange={() => {
                setValue(option);
                submit({ value: option });
              }}
            />
            <span>{t(`measurements.scale.${item.scale}.${option}` as 'measurements.scale.agree_1_5.1')}</span>
          </label>
        ))}
      </div>
      {item.freeTextAllowed && (
        <TextAreaField
          className="measurement-item__remark"
          name={`remark-${item.id}`}
          label={t('measurements.fill.remark')}
          value={remark}
          maxLength={2000}
          onChange={(event) => setRemark(event.target.value)}
          onBlur={() => remark !== (answer?.remark ?? '') && submit({ remark })}
        />
      )}
      <p className="measurement-item__state" aria-live="polite">
        {save.isPending ? t('measurements.fill.saving') : save.isError ? t('measurements.fill.notSaved', { error: errorMessage(save.error, t) }) : save.isSuccess ? t('measurements.fill.saved') : ''}
      </p>
    </fieldset>
  );
}
