import { useT } from '../../../lib/i18n';
import type { BoardMeetingCommitment } from '../commitment';

/** "2 van 2 bestuurlijke bijeenkomsten": held ones attended plus coming ones said yes to, then the breakdown. */
export function CommitmentLine({ commitment, showEdition }: { commitment: BoardMeetingCommitment; showEdition: boolean }) {
  const t = useT();
  const count = commitment.attended + commitment.committed;
  const complete = count === commitment.total && commitment.awaitingDelegate === 0;
  return (
    <div className={`commitment${complete ? ' commitment--complete' : ''}`}>
      <p className="commitment__line">
        {showEdition && <span className="commitment__edition">{commitment.editionName}: </span>}
        <strong>{t('boardMeetings.commitment.line', { attended: count, count: commitment.total })}</strong>
      </p>
      <p className="commitment__detail">
        {t('boardMeetings.commitment.detail', {
          attended: commitment.attended,
          committed: commitment.committed,
          declined: commitment.declined,
          unanswered: commitment.unanswered,
        })}
      </p>
      {commitment.awaitingDelegate > 0 && <p className="commitment__detail">{t('boardMeetings.commitment.awaitingDelegate', { count: commitment.awaitingDelegate })}</p>}
      {complete && <p className="commitment__detail">{t('boardMeetings.commitment.complete')}</p>}
    </div>
  );
}
