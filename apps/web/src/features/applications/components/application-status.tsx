import type { ApplicationListItem } from '@koers/shared/applications';
import { useT } from '../../../lib/i18n';

/** The application's status (with its place on the waiting list) and the director's answer, as badges. */
export function ApplicationBadges({ application }: { application: Pick<ApplicationListItem, 'status' | 'waitlistPosition' | 'directorCommitment'> }) {
  const t = useT();
  return (
    <span className="badges">
      <span className="badge">
        {application.status === 'waitlisted' && application.waitlistPosition !== null
          ? t('applications.waitlistPosition', { position: application.waitlistPosition })
          : t(`applications.status.${application.status}`)}
      </span>
      <span className="badge">{t(`applications.commitment.${application.directorCommitment}`)}</span>
    </span>
  );
}
