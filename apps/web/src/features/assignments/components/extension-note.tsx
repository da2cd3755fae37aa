import type { MyAssignmentState } from '@koers/shared/assignments';
import { useT } from '../../../lib/i18n';

/** Says why a participant's deadline is their own, beside it: an extension, or having joined the edition later. */
export function ExtensionNote({ mine }: { mine: MyAssignmentState | null }) {
  const t = useT();
  return mine?.extension ? <> ({t(`assignments.extended.${mine.extension}`)})</> : null;
}
