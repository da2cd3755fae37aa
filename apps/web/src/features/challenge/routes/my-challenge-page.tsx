import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { useEditionChoice } from '../../../lib/edition-choice';
import { errorMessage } from '../../../lib/error-message';
import { useInlineForm } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useMyChallenge } from '../api/get-my-challenge';
import { ChallengeDetails } from '../components/challenge-details';
import { ChallengeForm } from '../components/challenge-form';
import { ChallengeLog } from '../components/challenge-log';
import { LogForm } from '../components/log-form';
import '../challenge.css';

/** My implementation challenge: describe it, move it along the innovation route, keep a dated log. */
export function MyChallengePage() {
  const t = useT();
  usePageTitle(t('challenge.mine.title'));
  const { editions, editionId, goTo } = useEditionChoice('challenge.own');
  const challenge = useMyChallenge(editionId);
  const { editing, edit, discard, formRef, openerRef } = useInlineForm<HTMLElement>();

  return (
    <>
      <h1 className="challenge-heading">{t('challenge.mine.title')}</h1>
      <p className="notice">{t('challenge.mine.intro')}</p>
      {editions.length > 1 && (
        <SelectField
          className="edition-picker"
          name="editie"
          label={t('challenge.edition')}
          options={editions}
          value={editionId}
          onChange={(event) => {
            discard();
            goTo({ editie: event.target.value });
          }}
        />
      )}
      {challenge.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : challenge.isError ? (
        <Alert tone="error">{errorMessage(challenge.error, t)}</Alert>
      ) : editing || !challenge.data.described ? (
        <section ref={formRef} aria-labelledby="challenge-form-heading">
          <h2 id="challenge-form-heading">{challenge.data.described ? t('challenge.mine.edit') : t('challenge.mine.describe')}</h2>
          <ChallengeForm key={challenge.data.enrolmentId} challenge={challenge.data} onDone={() => edit(false)} />
        </section>
      ) : (
        <>
          <ChallengeDetails challenge={challenge.data} />
          <p>
            <Button ref={openerRef} variant="secondary" onClick={() => edit(true)}>
              {t('challenge.mine.edit')}
            </Button>
          </p>
          <section aria-labelledby="log-heading">
            <h2 id="log-heading">{t('challenge.log.title')}</h2>
            <LogForm editionId={challenge.data.editionId} />
            <ChallengeLog entries={challenge.data.log} canComment={challenge.data.canComment} canModerate={challenge.data.canModerate} />
          </section>
        </>
      )}
    </>
  );
}
