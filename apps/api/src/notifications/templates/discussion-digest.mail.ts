import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { threadTitle } from './discussion-mention.mail';
import { greeting } from './session-details';

export interface DiscussionDigestMail {
  name: string;
  /** The day reported, in words ("dinsdag 9 maart 2027"). */
  dayInWords: string;
  threads: { title: string; editionName: string; posts: number; authors: string[] }[];
  link: string;
  settingsFooter: string;
}

/** Once a day: what is new in the discussions the person reads and has not read yet. */
export function discussionDigestMail(input: DiscussionDigestMail, locale: Locale): MailContent {
  const count = (posts: number) => (locale === 'en' ? (posts === 1 ? '1 new post' : `${posts} new posts`) : posts === 1 ? '1 nieuw bericht' : `${posts} nieuwe berichten`);
  const by = locale === 'en' ? 'by' : 'van';
  const lines = input.threads.map(
    (thread) => `• ${threadTitle(thread.title, locale)} (${thread.editionName}): ${count(thread.posts)} ${by} ${thread.authors.filter(Boolean).join(', ')}`,
  );
  const text =
    locale === 'en'
      ? { subject: `New in your discussions: ${input.dayInWords}`, intro: `This is what was written on ${input.dayInWords} that you have not read yet:`, action: 'Open the discussions in Koers' }
      : { subject: `Nieuw in je gesprekken: ${input.dayInWords}`, intro: `Dit is er op ${input.dayInWords} geschreven dat je nog niet hebt gelezen:`, action: 'Open de gesprekken in Koers' };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, lines.join('\n')],
    action: { label: text.action, url: input.link },
    footer: [input.settingsFooter],
  });
}
