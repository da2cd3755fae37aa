import type { DirectoryPerson } from '@koers/shared/directory';
import { useT } from '../../../lib/i18n';

/** Below a who's who card's name: the person's implementation challenge with its phase, and their introduction. */
export function PersonStory({ person }: { person: Pick<DirectoryPerson, 'challenge' | 'introduction'> }) {
  const t = useT();
  return (
    <>
      {person.challenge && (
        <p className="directory-card__challenge">
          {t('directory.challenge')} {person.challenge.title} <span className="badge">{t(`innovationPhase.${person.challenge.phase}`)}</span>
        </p>
      )}
      {person.introduction && <p className="directory-card__intro">{person.introduction}</p>}
    </>
  );
}
