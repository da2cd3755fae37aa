import {
  MEASUREMENT_MOMENTS,
  MEASUREMENT_RESPONDENT_ROLES,
  MEASUREMENT_SUBJECTS,
  type MeasurementMoment,
  type MeasurementRespondentRole,
  type MeasurementSubject,
  type MeasurementTemplateLine,
} from '@koers/shared/measurements';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/select-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useInstrumentsForTemplate, useMeasurementTemplate, useSaveMeasurementTemplate } from '../api/measurement-template';

const toRequest = ({ instrumentVersionId, moment, respondents, subject }: MeasurementTemplateLine) => ({ instrumentVersionId, moment, respondents, subject });

/** The programme's measurement template: a list of lines, one added or removed at a time (new editions get its rounds). */
export function MeasurementTemplateSection({ programmeId }: { programmeId: string }) {
  const t = useT();
  const template = useMeasurementTemplate(programmeId);
  const instruments = useInstrumentsForTemplate();
  const save = useSaveMeasurementTemplate(programmeId);
  const versions = (instruments.data ?? []).flatMap((instrument) =>
    instrument.versions.filter((version) => version.publishedAt).map((version) => ({ value: version.id, label: t('programmes.measurements.version', { instrument: instrument.name, number: version.number }) })),
  );
  const [versionId, setVersionId] = useState('');
  const [moment, setMoment] = useState<MeasurementMoment>('before_first_programme_day');
  const [subject, setSubject] = useState<MeasurementSubject>('organisation');
  const [respondents, setRespondents] = useState<MeasurementRespondentRole[]>(['participant', 'director']);
  const lines = template.data ?? [];

  return (
    <section aria-labelledby="measurements-heading">
      <h2 id="measurements-heading">{t('programmes.measurements.title')}</h2>
      <p>{t('programmes.measurements.intro')}</p>
      {template.isError && <Alert tone="error">{errorMessage(template.error, t)}</Alert>}
      {lines.length === 0 ? (
        <p>{t('programmes.measurements.none')}</p>
      ) : (
        <ul>
          {lines.map((line, index) => (
            <li key={line.id}>
              {t('programmes.measurements.line', {
                instrument: `${line.instrumentName} (v${line.versionNumber})`,
                moment: t(`programmes.measurements.moment.${line.moment}`),
                respondents: line.respondents.map((role) => t(`role.${role}`)).join(', '),
                subject: t(`programmes.measurements.subject.${line.subject}`),
              })}{' '}
              <Button variant="secondary" busy={save.isPending} onClick={() => save.mutate({ lines: lines.filter((_, other) => other !== index).map(toRequest) })}>
                {t('programmes.measurements.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = versionId || versions[0]?.value;
          if (chosen) save.mutate({ lines: [...lines.map(toRequest), { instrumentVersionId: chosen, moment, respondents, subject }] });
        }}
      >
        <SelectField name="versionId" label={t('programmes.measurements.instrument')} value={versionId || versions[0]?.value || ''} options={versions} onChange={(event) => setVersionId(event.target.value)} />
        <SelectField
          name="moment"
          label={t('programmes.measurements.when')}
          value={moment}
          options={MEASUREMENT_MOMENTS.map((value) => ({ value, label: t(`programmes.measurements.moment.${value}`) }))}
          onChange={(event) => setMoment(event.target.value as MeasurementMoment)}
        />
        <CheckboxGroup
          legend={t('programmes.measurements.who')}
          name="respondents"
          options={MEASUREMENT_RESPONDENT_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          values={respondents}
          onChange={setRespondents}
        />
        <SelectField
          name="subject"
          label={t('programmes.measurements.about')}
          value={subject}
          options={MEASUREMENT_SUBJECTS.map((value) => ({ value, label: t(`programmes.measurements.subject.${value}`) }))}
          onChange={(event) => setSubject(event.target.value as MeasurementSubject)}
        />
        {save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>}
        <Button type="submit" busy={save.isPending} disabled={respondents.length === 0 || versions.length === 0}>
          {t('programmes.measurements.add')}
        </Button>
      </form>
    </section>
  );
}
