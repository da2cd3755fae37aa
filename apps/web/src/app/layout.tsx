import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LogoutButton } from '../features/auth/components/logout-button';
import { InvitationsNotice } from '../features/invitations/components/invitations-notice';
import { deviceShowsAmsterdamTime } from '../lib/device-clock';
import { useI18n } from '../lib/i18n';
import { menuHint } from '../lib/menu-hint';
import { paths } from '../lib/paths';
import { useMe, viewerOf } from '../lib/session';
import { navEntries, visibleNavEntries } from './navigation';

export function AppLayout() {
  const { t, language, setLanguage, followPersonLanguage } = useI18n();
  const { data: me, isPending } = useMe();
  const personLanguage = me?.locale;
  // While `/api/me` is asked (not once it failed), the menu the last person on this browser saw holds its place.
  const [hinted] = useState(() => menuHint.read());
  const entries = me ? visibleNavEntries(viewerOf(me)) : isPending && hinted ? navEntries.filter((entry) => hinted.includes(entry.to)) : null;
  const shownPaths = me ? JSON.stringify(entries!.map((entry) => entry.to)) : null;
  useEffect(() => {
    if (shownPaths !== null) menuHint.write(JSON.parse(shownPaths) as string[]);
  }, [shownPaths]);
  useEffect(() => {
    if (me === null) menuHint.clear();
  }, [me]);
  useEffect(() => {
    if (personLanguage) followPersonLanguage(personLanguage);
  }, [personLanguage, followPersonLanguage]);
  const [showsAmsterdamTime] = useState(() => deviceShowsAmsterdamTime());
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const otherLanguage = language === 'nl' ? 'en' : 'nl';

  // On a phone the menu hides behind a button (a disclosure), so the page itself starts above the fold.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  // After a client-side navigation, start screen readers and keyboards at the new content
  // (not on the first page load, where focus belongs at the top of the document).
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    setMenuOpen(false);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home} className="site-header__brand">
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="button button--quiet site-header__language"
            lang={otherLanguage}
            onClick={() => setLanguage(otherLanguage)}
          >
            {t('language.switchTo')}
          </button>
          {entries && (
            <>
              <button
                ref={menuButtonRef}
                type="button"
                className="button button--secondary site-header__menu-button"
                aria-expanded={menuOpen}
                aria-controls="site-menu"
                onClick={() => setMenuOpen((open) => !open)}
              >
                {t('app.menu')}
              </button>
              <div id="site-menu" className={`site-header__menu${menuOpen ? ' site-header__menu--open' : ''}`}>
                <nav className="site-nav" aria-label={t('app.mainNavigation')}>
                  <ul className="site-nav__list">
                    {entries.map((entry) => (
                      <li key={entry.to}>
                        <NavLink to={entry.to} end={entry.end} className="site-nav__link" onClick={() => setMenuOpen(false)}>
                          {t(entry.label)}
                          {me && entry.marker && <entry.marker />}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </nav>
                {me && (
                  <div className="site-header__tools">
                    <span className="site-header__person">{t('app.loggedInAs', { name: me.name })}</span>
                    <LogoutButton />
                  </div>
                )}
              </div>
            </>
          )}
        </div>
      </header>
      <main id="main-content" className="page" ref={mainRef} tabIndex={-1}>
        {!showsAmsterdamTime && <p className="time-zone-notice">{t('app.amsterdamTime')}</p>}
        {me && pathname !== paths.invitations && <InvitationsNotice />}
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
