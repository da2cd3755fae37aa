import { ERASED_PERSON_NAME } from '@koers/shared/privacy';
import { useT } from './i18n';

/** A person's name as the UI shows it: an erased person's stored placeholder reads in the UI's language. */
export function usePersonName(): (name: string) => string {
  const t = useT();
  return (name) => (name === ERASED_PERSON_NAME ? t('person.erased') : name);
}
