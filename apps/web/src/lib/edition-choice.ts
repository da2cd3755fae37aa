import type { Permission } from '@koers/shared/permissions';
import { useSearchParams } from 'react-router';
import { editionsWhere, useCurrentPerson } from './session';

/**
 * Which of the viewer's editions (those where they hold `permission`) a page shows, and which page of its list:
 * kept in the address (`?editie=&pagina=`), so a link or a reload shows the same. By default the first: `/api/me` lists
 * the editions as the person meets them, the one under way first.
 */
export function useEditionChoice(permission: Permission) {
  const me = useCurrentPerson();
  const [search, setSearch] = useSearchParams();
  const editions = [...editionsWhere(me, permission)].map(([value, label]) => ({ value, label }));
  const editionId = search.get('editie') ?? editions[0]?.value;
  const page = Math.max(1, Number(search.get('pagina')) || 1);
  const goTo = (next: { editie?: string; pagina?: number }) => setSearch({ editie: next.editie ?? editionId ?? '', pagina: String(next.pagina ?? 1) });
  return { editions, editionId, page, goTo };
}
