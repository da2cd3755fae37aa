import type { SessionKind } from '@koers/shared/domain';
import { useT } from '../../../lib/i18n';

/** Sessions that ask for answers are board meetings, or programme days the internal teams join. */
export function SessionKindLabel({ kind }: { kind: SessionKind }) {
  const t = useT();
  return <span className="badge">{kind === 'board_meeting' ? t('boardMeetings.overview.kind.boardMeeting') : t('boardMeetings.overview.kind.internalTeamDay')}</span>;
}
