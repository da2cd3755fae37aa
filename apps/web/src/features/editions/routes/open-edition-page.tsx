import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { OpenEditionPreview, SessionPlan } from '@koers/shared/editions';
import { Alert } from '../../../components/alert';
import { errorMessage, fieldErrors, formErrorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath } from '../../../lib/paths';
import { useCopySettings } from '../api/copy-settings';
import { useEditions } from '../../../lib/editions';
import { useOpenEdition } from '../api/open-edition';
import { usePreviewEdition } from '../api/preview-edition';
import { useProgrammes } from '../../../lib/programmes';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { SchedulePreview } from '../components/schedule-preview';
import { WizardSettingsForm } from '../components/wizard-settings-form';
import {
  emptySettings,
  settingsFromCopy,
  toPlans,
  toRequest,
  unconfirmedClosedDates,
  validatePlans,
  validateSettings,
  type SettingsErrors,
  type WizardSettings,
} from '../wizard-model';
import '../editions.css';

const PROGRAMME_PARAM = 'programma';
const COPY_PARAM = 'kopie-van';

/**
 * "Open a new edition": step 1 the settings (a programme, or a previous edition to copy), step 2 the generated
 * schedule on the Dutch calendar, where every date, time, venue and link can be changed and checked again before
 * the edition is created in one go.
 */
export function OpenEditionPage() {
  const t = useT();
  const focusAfterRender = useFocusAfterRender();
  usePageTitle(t('editions.wizard.title'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const copyFrom = params.get(COPY_PARAM) ?? '';
  const programmes = useProgrammes();
  const editions = useEditions();
  const copy = useCopySettings(copyFrom || null);
  const previewRequest = usePreviewEdition();
  const openRequest = useOpenEdition();

  const [settings, setSettings] = useState<WizardSettings>(() => emptySettings(params.get(PROGRAMME_PARAM) ?? ''));
  const [settingsErrors, setSettingsErrors] = useState<SettingsErrors>({});
  const [preview, setPreview] = useState<OpenEditionPreview | null>(null);
  const [plans, setPlans] = useState<SessionPlan[]>([]);
  const [planErrors, setPlanErrors] = useState<Record<string, string>>({});
  const [confirmedDates, setConfirmedDates] = useState<string[]>([]);
  const [confirmationMissing, setConfirmationMissing] = useState(false);
  // The plans changed since the last check: their warnings (and the dates to confirm) may no longer be what they show.
  const [edited, setEdited] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);

  // A copied edition fills in the form once, when its settings arrive.
  const [copied, setCopied] = useState('');
  if (copy.data && copied !== copyFrom) {
    setCopied(copyFrom);
    setSettings((current) => settingsFromCopy(copy.data, current.startDate));
  }
  // A programme that is not (or no longer) there is no choice; with a single programme there is nothing to choose.
  if (programmes.data && !programmes.data.some((programme) => programme.id === settings.programmeId)) {
    const only = programmes.data.length === 1 ? programmes.data[0].id : '';
    // An update of what is there by then: a copy's settings that arrived in the same render are not undone.
    if (settings.programmeId !== only) setSettings((current) => ({ ...current, programmeId: only }));
  }

  const step = preview ? 'preview' : 'settings';
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    stepHeadingRef.current?.focus();
  }, [step]);

  const generate = () => {
    const found = validateSettings(settings, t);
    setSettingsErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    previewRequest.mutate(
      { programmeId: settings.programmeId, request: toRequest(settings) },
      {
        onSuccess: (result) => {
          showChecked(result);
          setPlanErrors({});
        },
        // A name another edition has is the API's to know: its field is marked, and the focus goes there.
        onError: () => focusFirstInvalid(),
      },
    );
  };

  const showChecked = (result: OpenEditionPreview) => {
    setPreview(result);
    setPlans(toPlans(result.sessions));
    setEdited(false);
  };

  const checkPlans = (then: () => void) => {
    const found = validatePlans(plans, t);
    setPlanErrors(found);
    if (Object.keys(found).length > 0) {
      setAnnouncement(t('editions.preview.fixFields'));
      focusFirstInvalid();
      return;
    }
    then();
  };

  /** Checks the plans as they are now, shows what they meet, and then does `next` with the checked schedule. */
  const checkEdited = (next: (result: OpenEditionPreview) => void) =>
    previewRequest.mutate(
      { programmeId: settings.programmeId, request: toRequest(settings, plans) },
      {
        onSuccess: (result) => {
          showChecked(result);
          next(result);
        },
      },
    );

  const recheck = () =>
    checkPlans(() =>
      checkEdited((result) => {
        const warnings = result.sessions.reduce((count, session) => count + session.warnings.length, 0);
        setAnnouncement(t('editions.preview.checked', { count: warnings }));
      }),
    );

  // A weekend or holiday is allowed, but only when the admin ticked that date; the API refuses it otherwise.
  const openChecked = (checked: OpenEditionPreview) => {
    if (unconfirmedClosedDates(checked, confirmedDates).length > 0) {
      setConfirmationMissing(true);
      focusAfterRender(() => document.querySelector<HTMLElement>('main .plan-item__confirm input:not(:checked)'));
      return;
    }
    openRequest.mutate(
      { programmeId: settings.programmeId, request: toRequest(settings, toPlans(checked.sessions), confirmedDates) },
      { onSuccess: (created) => navigate(editionPath(created.id)) },
    );
  };

  // Edited plans are checked first, so the dates to confirm are those the edited schedule meets. While a check or the
  // creation runs, a second click does nothing more.
  const create = () => {
    if (previewRequest.isPending || openRequest.isPending) return;
    checkPlans(() => (edited ? checkEdited(openChecked) : openChecked(preview!)));
  };

  const loading = programmes.isPending || editions.isPending;
  const loadError = programmes.error ?? editions.error;
  const requestError = openRequest.error ?? previewRequest.error;

  return (
    <>
      <h1>{t('editions.wizard.title')}</h1>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {loading ? (
        <p role="status">{t('app.loading')}</p>
      ) : loadError ? (
        <Alert tone="error">{errorMessage(loadError, t)}</Alert>
      ) : (
        <section aria-labelledby="wizard-step">
          <h2 id="wizard-step" className="wizard-step" ref={stepHeadingRef} tabIndex={-1}>
            {step === 'settings' ? t('editions.wizard.step1') : t('editions.wizard.step2')}
          </h2>
          {requestError && <Alert tone="error">{formErrorMessage(requestError, t)}</Alert>}
          {preview && confirmationMissing && unconfirmedClosedDates(preview, confirmedDates).length > 0 && <Alert tone="error">{t('editions.preview.confirmFirst')}</Alert>}
          {copy.isError && <Alert tone="error">{errorMessage(copy.error, t)}</Alert>}
          {preview ? (
            <SchedulePreview
              preview={preview}
              plans={plans}
              onChange={(index, changes) => {
                setPlans(plans.map((plan, i) => (i === index ? { ...plan, ...changes } : plan)));
                setEdited(true);
              }}
              errors={{ ...fieldErrors(requestError), ...planErrors }}
              confirmedDates={confirmedDates}
              onConfirmDate={(date, confirmed) => setConfirmedDates(confirmed ? [...confirmedDates, date] : confirmedDates.filter((other) => other !== date))}
              checking={previewRequest.isPending}
              creating={openRequest.isPending}
              onCheck={recheck}
              onCreate={create}
              onBack={() => {
                previewRequest.reset();
                openRequest.reset();
                setPreview(null);
              }}
            />
          ) : (
            <>
              <p>{t('editions.wizard.intro')}</p>
              <WizardSettingsForm
                settings={settings}
                onChange={(changes) => setSettings({ ...settings, ...changes })}
                programmes={programmes.data!}
                editions={editions.data!}
                copyFrom={copyFrom}
                onCopyFrom={(editionId) => setParams(editionId ? { [COPY_PARAM]: editionId } : {}, { replace: true })}
                copiedStaff={copy.data?.staff ?? []}
                errors={{ ...fieldErrors(previewRequest.error), ...settingsErrors }}
                busy={previewRequest.isPending}
                onSubmit={generate}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}
