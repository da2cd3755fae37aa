import { REMINDERS_OFF_PATH } from '@koers/shared/notifications';
import { linkPage } from '../app/html-page';
import { escapeHtml as e } from '../mail/escape-html';
import type { RemindersLinkHolder } from './reminders-off.service';

const SETTINGS = { nl: 'Mijn instellingen', en: 'My settings' };

/**
 * The page behind the link in every reminder: a button that switches the reminders off (posting what a mail
 * program's one-click request posts), or, once they are off, where to switch them on again.
 */
export function renderRemindersOffPage(holder: RemindersLinkHolder, token: string, settingsUrl: string, justSwitchedOff: boolean): string {
  const { locale } = holder;
  const en = locale === 'en';
  const settings = `<a href="${e(settingsUrl)}">${SETTINGS[locale]}</a>`;
  if (!holder.remindersEnabled) {
    return linkPage({
      locale,
      title: en ? 'Reminders are off' : 'Herinneringen staan uit',
      body: `<p>${
        en
          ? `${e(holder.name)}, your reminders are ${justSwitchedOff ? 'now' : 'already'} off. You can switch them on again under ${settings}.`
          : `${e(holder.name)}, je herinneringen staan ${justSwitchedOff ? 'nu' : 'al'} uit. Je kunt ze weer aanzetten bij ${settings}.`
      }</p>`,
    });
  }
  return linkPage({
    locale,
    title: en ? 'Switch reminders off' : 'Herinneringen uitzetten',
    body: `<p>${
      en
        ? `${e(holder.name)}, do you want no more reminders by e-mail? You then get no reminders of sessions, deadlines, board meetings and measurements, and no mails about mentions, comments on your log or the daily overview of your discussions. Invitations and changes to your programme still come.`
        : `${e(holder.name)}, wil je geen herinneringen meer per e-mail? Je krijgt dan geen herinneringen meer voor bijeenkomsten, deadlines, bestuurlijke bijeenkomsten en metingen, en geen e-mails over vermeldingen, reacties op je logboek of het dagelijkse overzicht van je gesprekken. Uitnodigingen en wijzigingen in je programma blijven komen.`
    }</p>
  <form method="post" action="${e(`${REMINDERS_OFF_PATH}?token=${encodeURIComponent(token)}`)}">
    <input type="hidden" name="List-Unsubscribe" value="One-Click">
    <button type="submit">${en ? 'Switch reminders off' : 'Herinneringen uitzetten'}</button>
  </form>
  <p>${en ? `Or choose in ${settings}.` : `Of kies zelf bij ${settings}.`}</p>`,
  });
}
