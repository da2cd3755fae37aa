const MENU_HINT_KEY = 'koers:menu';

/**
 * Which menu entries (their paths) the person who last used this browser saw: on a reload or a deep link the menu
 * takes its place at once, before `/api/me` answers, instead of pushing the page down when it does (a layout shift
 * of up to 0.4 on a slow connection). Paths only, no name or data; gone when nobody is logged in any more.
 */
export const menuHint = {
  read(): string[] | null {
    try {
      const paths: unknown = JSON.parse(window.localStorage.getItem(MENU_HINT_KEY) ?? 'null');
      return Array.isArray(paths) && paths.every((path) => typeof path === 'string') ? paths : null;
    } catch {
      return null;
    }
  },
  write(paths: readonly string[]): void {
    window.localStorage.setItem(MENU_HINT_KEY, JSON.stringify(paths));
  },
  clear(): void {
    window.localStorage.removeItem(MENU_HINT_KEY);
  },
};
