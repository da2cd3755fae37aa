import { LoadError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useDirectorParticipants } from '../api/director-participants';
import { ParticipantProgressCard } from '../components/participant-progress-card';
import '../director.css';

/** The director's read-only view of the participants they sponsor. */
export function ParticipantsProgressPage() {
  const t = useT();
  usePageTitle(t('director.title'));
  const participants = useDirectorParticipants();

  return (
    <>
      <h1>{t('director.title')}</h1>
      <p>{t('director.intro')}</p>
      {participants.isPending && <p role="status">{t('app.loading')}</p>}
      {participants.isError && <LoadError error={participants.error} onRetry={() => void participants.refetch()} />}
      {participants.data?.length === 0 && <p>{t('director.empty')}</p>}
      {participants.data && participants.data.length > 0 && (
        <div className="progress-list">
          {participants.data.map((participant) => (
            <ParticipantProgressCard key={`${participant.editionId}-${participant.personId}`} participant={participant} />
          ))}
        </div>
      )}
    </>
  );
}
