import { useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useParticipantChallenge } from '../api/get-participant-challenge';
import { ChallengeDetails } from '../components/challenge-details';
import { ChallengeLog } from '../components/challenge-log';
import '../challenge.css';

/** A participant's challenge, read by their trainers, director and internal team, and by their network group, who comment on its log. */
export function ParticipantChallengePage() {
  const t = useT();
  const { enrolmentId = '' } = useParams();
  const challenge = useParticipantChallenge(enrolmentId);
  const heading = challenge.data ? t('challenge.of', { name: challenge.data.participantName }) : t('challenge.title');
  usePageTitle(heading);

  if (challenge.isPending) return <p role="status">{t('app.loading')}</p>;
  if (challenge.isError) {
    return (
      <>
        <h1 className="challenge-heading">{heading}</h1>
        <Alert tone="error">{errorMessage(challenge.error, t)}</Alert>
      </>
    );
  }
  return (
    <>
      <h1 className="challenge-heading">{heading}</h1>
      <p className="notice">{challenge.data.editionName}</p>
      {challenge.data.described ? <ChallengeDetails challenge={challenge.data} /> : <p>{t('challenge.notDescribedYet')}</p>}
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">{t('challenge.log.title')}</h2>
        <ChallengeLog entries={challenge.data.log} canComment={challenge.data.canComment} canModerate={challenge.data.canModerate} />
      </section>
    </>
  );
}
