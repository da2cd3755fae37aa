import { useEffect } from 'react';

/** Sets the document title ("Inloggen – Koers") so each page is announced and listed by name. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Koers`;
  }, [title]);
}
