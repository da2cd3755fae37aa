import { LOCALES, type Locale } from '@koers/shared/domain';
import type { MailContent } from '../../mail/mailer';
import { assignmentDueMail } from './assignment-due.mail';
import { calendarUpdatedMail } from './calendar-updated.mail';
import { challengeCommentMail } from './challenge-comment.mail';
import { deadlineChangedMail } from './deadline-changed.mail';
import { discussionMentionMail } from './discussion-mention.mail';
import { feedbackGivenMail } from './feedback-given.mail';
import { invitationMail } from './invitation.mail';
import { invitationReceivedMail } from './invitation-received.mail';
import { rsvpReminderMail } from './rsvp-reminder.mail';
import { schedulePublishedMail } from './schedule-published.mail';
import { sessionChangedMail } from './session-changed.mail';
import { sessionReminderMail } from './session-reminder.mail';
import { webhookDisabledMail } from './webhook-disabled.mail';

const calendar = { fileName: 'Lesdag 4 2027-03-09.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: 'BEGIN:VCALENDAR' };
// 09:30–16:00 in Amsterdam (winter time), and a summer date to show the clock change is handled.
const session = {
  title: 'Lesdag 4: <Veranderkunde> & weerstand',
  editionName: 'HIS-I 3.0',
  startsAt: new Date('2027-03-09T08:30:00Z'),
  endsAt: new Date('2027-03-09T15:00:00Z'),
  mode: 'hybrid' as const,
  location: 'Utrechtseweg 10, Amersfoort',
};
const common = { name: 'Lotte Bakker', link: 'https://koers.example.nl/sessies/1', settingsLink: 'https://koers.example.nl/mijn-instellingen' };

const quoted = {
  name: common.name,
  authorName: 'Sanne de Vries',
  body: '**Mooi** gedaan',
  link: 'https://koers.example.nl/gesprekken/1',
  settingsFooter: 'https://koers.example.nl/mijn-instellingen',
};

const mails: Record<string, (locale: Locale) => MailContent> = {
  invitation: (locale) =>
    invitationMail({ name: 'Lotte Bakker', reason: locale === 'en' ? 'You are enrolled in HIS-I 3.0.' : 'Je bent ingeschreven voor HIS-I 3.0.', link: common.link, validDays: 14 }, locale),
  invitationReceived: (locale) =>
    invitationReceivedMail(
      { name: common.name, reason: locale === 'en' ? 'Anouk Jansen invites you to her internal team.' : 'Anouk Jansen nodigt je uit voor haar intern team.', link: 'https://koers.example.nl/uitnodigingen' },
      locale,
    ),
  schedulePublished: (locale) =>
    schedulePublishedMail(
      {
        name: common.name,
        editionName: 'HIS-I 3.0',
        sessions: [
          { ...session, networkGroup: null, status: 'scheduled' },
          { title: 'Lesdag 5', networkGroup: null, startsAt: new Date('2027-06-08T07:30:00Z'), endsAt: new Date('2027-06-08T14:00:00Z'), status: 'cancelled', mode: 'on_site', location: 'Zaal 1' },
          {
            title: 'Netwerksessie 2',
            networkGroup: 'Netwerkgroep Zuyd',
            startsAt: new Date('2027-06-15T07:30:00Z'),
            endsAt: new Date('2027-06-15T09:30:00Z'),
            status: 'scheduled',
            mode: 'online',
            location: null,
          },
        ],
        link: common.link,
        invitations: [calendar],
        takesPartFor: { directorOf: [], teamOf: [] },
      },
      locale,
    ),
  sessionMoved: (locale) =>
    sessionChangedMail(
      {
        name: common.name,
        session: { ...session, status: 'moved' },
        previous: { startsAt: new Date('2027-03-02T08:30:00Z'), endsAt: new Date('2027-03-02T15:00:00Z') },
        wasCancelled: false,
        heldAlready: false,
        reason: 'Trainer ziek',
        link: common.link,
        invitations: [calendar],
      },
      locale,
    ),
  sessionCancelled: (locale) =>
    sessionChangedMail(
      { name: common.name, session: { ...session, status: 'cancelled' }, previous: null, wasCancelled: false, heldAlready: false, reason: '', link: common.link, invitations: [calendar] },
      locale,
    ),
  sessionBackOn: (locale) =>
    sessionChangedMail(
      { name: common.name, session: { ...session, status: 'scheduled' }, previous: null, wasCancelled: true, heldAlready: false, reason: 'Trainer beter', link: common.link, invitations: [calendar] },
      locale,
    ),
  sessionReminder: (locale) => sessionReminderMail({ ...common, session }, locale),
  assignmentDue: (locale) =>
    assignmentDueMail({ ...common, assignmentTitle: 'Plan van aanpak', editionName: 'HIS-I 3.0', dueAt: new Date('2027-03-06T22:59:00Z') }, locale),
  deadlineBroughtForward: (locale) =>
    deadlineChangedMail(
      { ...common, assignmentTitle: 'Plan van aanpak', editionName: 'HIS-I 3.0', previousDueAt: new Date('2027-03-06T22:59:00Z'), dueAt: new Date('2027-03-02T16:00:00Z'), now: 'late' },
      locale,
    ),
  feedbackGiven: (locale) =>
    feedbackGivenMail(
      { name: common.name, assignmentTitle: 'Plan van aanpak', editionName: 'HIS-I 3.0', outcome: 'revise', reviewerName: 'Sanne de Vries', comment: locale === 'en' ? 'Make the goal concrete.' : 'Maak het doel concreter.', link: common.link },
      locale,
    ),
  rsvpReminder: (locale) => rsvpReminderMail({ ...common, session: { ...session, title: 'Bestuurlijke bijeenkomst 1' } }, locale),
  discussionMention: (locale) =>
    discussionMentionMail({ ...quoted, discussionTitle: 'Weerstand op de afdeling', editionName: 'HIS-I 3.0' }, locale),
  challengeComment: (locale) =>
    challengeCommentMail(
      { ...quoted, challengeTitle: 'Slimme sensoren', editionName: 'HIS-I 3.0', entryDayInWords: locale === 'en' ? 'Friday 20 November 2026' : 'vrijdag 20 november 2026' },
      locale,
    ),
  webhookDisabled: (locale) =>
    webhookDisabledMail({ name: common.name, url: 'https://crm.example.nl/koers', description: 'CRM <sync>', link: 'https://koers.example.nl/beheer/webhooks' }, locale),
};

describe('notification mails', () => {
  it.each(Object.keys(mails).flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))('%s renders in %s', (name, locale) => {
    const mail = mails[name](locale);
    expect(mail.subject).not.toBe('');
    expect(mail.text).toContain(locale === 'en' ? 'Hello Lotte Bakker,' : 'Beste Lotte Bakker,');
    expect(mail.html).toContain(locale === 'en' ? 'Hello Lotte Bakker,' : 'Beste Lotte Bakker,');
    // Every mail links into Koers, in both parts.
    expect(mail.text).toContain('https://koers.example.nl/');
    expect(mail.html).toMatch(/<a href="https:\/\/koers\.example\.nl\//);
    // The other language never leaks in.
    expect(`${mail.subject} ${mail.text}`).not.toMatch(locale === 'en' ? /\b(je|het|een|Beste)\b/ : /\b(the|your|Hello)\b/);
  });

  it('writes times in Amsterdam time in the mail language, and escapes what people typed in the HTML', () => {
    const nl = mails.sessionReminder('nl');
    expect(nl.subject).toBe('Herinnering: Lesdag 4: <Veranderkunde> & weerstand, dinsdag 9 maart 2027, 09:30');
    expect(nl.text).toContain('Wanneer: dinsdag 9 maart 2027, 09:30 – 16:00');
    expect(nl.text).toContain('Waar: Utrechtseweg 10, Amersfoort of online');
    expect(nl.html).toContain('Lesdag 4: &lt;Veranderkunde&gt; &amp; weerstand');
    expect(nl.html).not.toContain('<Veranderkunde>');
    expect(mails.sessionReminder('en').text).toContain('When: Tuesday 9 March 2027, 09:30 – 16:00 (Amsterdam time)');
    // Summer time: 07:30 UTC is 09:30 in Amsterdam.
    expect(mails.schedulePublished('nl').text).toContain('dinsdag 8 juni 2027, 09:30 – 16:00: Lesdag 5 (geannuleerd)');
    // One group's network session told from another's, as a facilitator of two groups needs.
    // Each with where it is: on site, online or both.
    expect(mails.schedulePublished('nl').text).toContain('dinsdag 15 juni 2027, 09:30 – 11:30: Netwerksessie 2 (Netwerkgroep Zuyd) · Online');
    expect(mails.schedulePublished('nl').text).toContain('dinsdag 9 maart 2027, 09:30 – 16:00: Lesdag 4: <Veranderkunde> & weerstand · Utrechtseweg 10, Amersfoort of online');
    expect(mails.schedulePublished('en').text).toContain('Tuesday 9 March 2027, 09:30 – 16:00: Lesdag 4: <Veranderkunde> & weerstand · Utrechtseweg 10, Amersfoort or online');
    // Said once above the list, not on every line of it; Dutch readers read Dutch time.
    expect(mails.schedulePublished('en').text.match(/Amsterdam time/g)).toEqual(['Amsterdam time']);
    expect(mails.schedulePublished('nl').text).not.toContain('Nederlandse tijd');
  });

  it('says from when to when a deadline moved, that it came earlier, and that it has passed', () => {
    const nl = mails.deadlineBroughtForward('nl');
    expect(nl.subject).toBe('Eerdere deadline: Plan van aanpak');
    expect(nl.text).toContain('De deadline van Plan van aanpak (HIS-I 3.0) is vervroegd van zaterdag 6 maart 2027, 23:59 naar dinsdag 2 maart 2027, 17:00.');
    expect(nl.text).toContain('Dat moment is al voorbij');
    const later = deadlineChangedMail(
      { ...common, assignmentTitle: 'Plan van aanpak', editionName: 'HIS-I 3.0', previousDueAt: new Date('2027-03-02T16:00:00Z'), dueAt: new Date('2027-04-02T15:00:00Z'), now: 'ahead' },
      'en',
    );
    expect(later.subject).toBe('New deadline: Plan van aanpak');
    // Summer time at the new deadline: 15:00 UTC is 17:00 in Amsterdam.
    expect(later.text).toContain('The deadline for Plan van aanpak (HIS-I 3.0) moved from Tuesday 2 March 2027, 17:00 (Amsterdam time) to Friday 2 April 2027, 17:00 (Amsterdam time).');
    expect(later.text).not.toContain('passed');
    const closed = deadlineChangedMail(
      { ...common, assignmentTitle: 'Plan van aanpak', editionName: 'HIS-I 3.0', previousDueAt: new Date('2027-03-06T22:59:00Z'), dueAt: new Date('2027-03-02T16:00:00Z'), now: 'closed' },
      'nl',
    );
    expect(closed.text).toContain('inleveren kan niet meer. Wil je dat toch, neem dan contact op met je trainer.');
    expect(closed.text).toContain('Bekijk de opdracht');
    expect(closed.text).not.toContain('Lever je werk in');
  });

  it('names the day of the board meeting a director has not answered for, however far off it is', () => {
    expect(mails.rsvpReminder('nl').text).toContain('Op dinsdag 9 maart 2027 is Bestuurlijke bijeenkomst 1 en we weten nog niet of je komt.');
    expect(mails.rsvpReminder('en').text).toContain('Bestuurlijke bijeenkomst 1 is on Tuesday 9 March 2027 and we do not know yet whether you will come.');
  });

  it('ends a sentence on a title that ends in a question mark without a second full stop', () => {
    const asking = sessionReminderMail({ ...common, session: { ...session, title: 'Lesdag 2 – wat is het probleem echt?' } }, 'nl');
    expect(asking.text).toContain('Binnenkort is Lesdag 2 – wat is het probleem echt? Op de pagina');
  });

  it('speaks of the online link only in a reminder of a session one can join online', () => {
    expect(mails.sessionReminder('nl').text).toContain('wat je voorbereidt en, vanaf 30 minuten voor de start, de online link.');
    const onSite = sessionReminderMail({ ...common, session: { ...session, mode: 'on_site' } }, 'nl');
    expect(onSite.text).toContain('Op de pagina van de bijeenkomst staan het programma en wat je voorbereidt.');
    expect(onSite.text).not.toContain('online link');
  });

  it('says what changed about a session and attaches the calendar file', () => {
    const moved = mails.sessionMoved('nl');
    expect(moved.subject).toBe('Verplaatst: Lesdag 4: <Veranderkunde> & weerstand');
    expect(moved.text).toContain('Eerst stond deze op dinsdag 2 maart 2027, 09:30 – 16:00.');
    expect(moved.text).toContain('Reden: Trainer ziek');
    expect(moved.attachments).toEqual([calendar]);
    const cancelled = mails.sessionCancelled('en');
    expect(cancelled.subject).toBe('Cancelled: Lesdag 4: <Veranderkunde> & weerstand');
    expect(cancelled.text).not.toContain('Reason:');
    expect(cancelled.text).toContain('on Tuesday 9 March 2027, 09:30 – 16:00 (Amsterdam time) has been cancelled');
    expect(cancelled.attachments).toEqual([calendar]);
    const backOn = mails.sessionBackOn('nl');
    expect(backOn.subject).toBe('Gaat toch door: Lesdag 4: <Veranderkunde> & weerstand');
    expect(backOn.text).toContain('was geannuleerd, maar gaat toch door, op dinsdag 9 maart 2027, 09:30 – 16:00.');
    expect(mails.sessionBackOn('en').subject).toBe('Back on: Lesdag 4: <Veranderkunde> & weerstand');
    // Moved to a time that has passed, as the programme office confirmed: it was held then, not moved ahead.
    const heldEarlier = (locale: 'nl' | 'en') =>
      sessionChangedMail(
        {
          ...common,
          session: { ...session, status: 'moved' },
          previous: { startsAt: new Date('2027-03-16T08:30:00Z'), endsAt: new Date('2027-03-16T15:00:00Z') },
          wasCancelled: false,
          heldAlready: true,
          reason: '',
          invitations: [calendar],
        },
        locale,
      );
    expect(heldEarlier('nl').subject).toBe('Eerder gehouden: Lesdag 4: <Veranderkunde> & weerstand');
    expect(heldEarlier('nl').text).toContain('is al gehouden, op dinsdag 9 maart 2027, 09:30 – 16:00, en niet op dinsdag 16 maart 2027, 09:30 – 16:00 zoals gepland.');
    expect(heldEarlier('en').text).toContain('already took place, on Tuesday 9 March 2027, 09:30 – 16:00 (Amsterdam time), not on Tuesday 16 March 2027, 09:30 – 16:00 (Amsterdam time) as planned.');
    // On site with the venue still to come is no online session.
    expect(sessionChangedMail({ ...common, session: { ...session, mode: 'on_site', location: null, status: 'moved' }, previous: null, wasCancelled: false, heldAlready: false, reason: '', invitations: [] }, 'nl').text).toContain(
      'Op locatie (de locatie volgt)',
    );
  });

  it('attaches no invitations for a calendar that follows the feed, and says the subscription shows the change', () => {
    const moved = sessionChangedMail(
      { name: common.name, session: { ...session, status: 'moved' }, previous: null, wasCancelled: false, heldAlready: false, reason: '', link: common.link, invitations: [] },
      'nl',
    );
    expect(moved.attachments).toEqual([]);
    expect(moved.text).toContain('Je agenda-abonnement op Koers werkt de bijeenkomst vanzelf bij.');
    expect(moved.text).not.toContain('.ics');
    expect(mails.schedulePublished('nl').text).toContain('Elke agenda-uitnodiging (.ics) in de bijlage zet een bijeenkomst in je agenda');
  });

  it('says what the attached calendar files do: one session in, several out, or both', () => {
    const updated = (added: number, removed: number, locale: Locale = 'nl') =>
      calendarUpdatedMail(
        {
          name: common.name,
          editionName: 'HIS-I 2.0',
          added: Array.from({ length: added }, () => ({ ...session, networkGroup: null })),
          removed: Array.from({ length: removed }, () => ({ ...session, networkGroup: null })),
          link: common.link,
          invitations: [calendar],
        },
        locale,
      ).text;
    expect(updated(1, 0)).toContain('Met het agendabestand (.ics) in de bijlage komt de bijeenkomst in je agenda.');
    expect(updated(0, 2)).toContain('Met de agendabestanden (.ics) in de bijlage gaan de bijeenkomsten uit je agenda.');
    expect(updated(1, 1)).toContain('komen de nieuwe bijeenkomsten in je agenda en gaan de andere eruit.');
    expect(updated(0, 1, 'en')).toContain('The attached calendar file (.ics) takes the session out of your calendar.');
  });

  it('tells a removed team member whether the participant took them off the team or left the programme', () => {
    const removed = (why: 'team_removed' | 'team_ended') =>
      calendarUpdatedMail(
        { name: common.name, editionName: 'HIS-I 2.0', why, added: [], removed: [{ ...session, networkGroup: null }], link: common.link, invitations: [calendar] },
        'nl',
      ).text;
    expect(removed('team_removed')).toContain('Je hoort niet meer bij het intern team in HIS-I 2.0: de deelnemer voor wie je in het team zat, heeft je eruit gehaald.');
    expect(removed('team_ended')).toContain('Je hoort niet meer bij het intern team in HIS-I 2.0: de deelnemer voor wie je in het team zat, neemt niet meer deel.');
  });

  it('asks someone invited by a colleague to choose a password first and accept after that', () => {
    const invited = invitationMail(
      { name: common.name, reason: 'Lotte Bakker nodigt je uit voor haar intern team.', link: common.link, validDays: 7, occasion: { kind: 'internal_team', inviterName: 'Lotte Bakker', invitedAs: common.name, editionName: 'HIS-I 2.0' } },
      'nl',
    );
    expect(invited.text).toContain('Kies een wachtwoord om in te loggen op Koers; daarna accepteer je de uitnodiging onder Uitnodigingen.');
  });

  it('greets someone known only by their address without it', () => {
    const occasion = { kind: 'internal_team' as const, inviterName: 'Lotte Bakker', invitedAs: 'dir.w@zorg.example', editionName: 'HIS-I 2.0' };
    const toAddress = (locale: Locale) => invitationMail({ name: 'dir.w@zorg.example', reason: 'Welkom.', link: common.link, validDays: 7, occasion }, locale).text;
    expect(toAddress('nl')).toMatch(/^Goedendag,$/m);
    expect(toAddress('en')).toMatch(/^Hello,$/m);
    expect(toAddress('nl')).not.toContain('Beste dir.w@zorg.example');
  });

  it('lets reminders, and only reminders, point to the switch that turns them off', () => {
    for (const name of ['sessionReminder', 'assignmentDue', 'rsvpReminder']) {
      expect(mails[name]('nl').text).toContain('Zet ze uit bij Mijn instellingen: https://koers.example.nl/mijn-instellingen');
    }
    for (const name of ['invitation', 'invitationReceived', 'sessionMoved', 'feedbackGiven']) expect(mails[name]('nl').text).not.toContain('mijn-instellingen');
  });

  it('quotes a post in the mails about it, cut after 600 characters, by "Iemand" once its author is gone', () => {
    const long = 'a'.repeat(601);
    for (const mail of [
      discussionMentionMail({ ...quoted, authorName: null, body: long, discussionTitle: 'Weerstand', editionName: 'HIS-I 3.0' }, 'nl'),
      challengeCommentMail({ ...quoted, authorName: null, body: long, challengeTitle: 'Sensoren', editionName: 'HIS-I 3.0', entryDayInWords: 'vrijdag 20 november 2026' }, 'nl'),
    ]) {
      expect(mail.subject).toMatch(/^Iemand /);
      expect(mail.text).toContain(`${'a'.repeat(600)}…`);
      expect(mail.text).not.toContain('a'.repeat(601));
      expect(mail.text).toContain('Lees en reageer in Koers: https://koers.example.nl/gesprekken/1');
    }
    expect(mails.challengeComment('nl').html).toContain('<strong>Mooi</strong> gedaan');
    expect(mails.discussionMention('en').text).toContain('Sanne de Vries mentioned you in the discussion "Weerstand op de afdeling" (HIS-I 3.0):\n\n**Mooi** gedaan');
  });

  it('renders feedback written in Markdown as the web app does, and keeps the written text in the plain part', () => {
    const comment = [
      'Zie project_plan_v2.docx, en let op:',
      '- de doelgroep',
      '  - cliënten',
      '- de planning',
      '',
      'Meer: https://nl.wikipedia.org/wiki/Implementatie_(zorg) <script>alert(1)</script>',
    ].join('\n');
    const mail = feedbackGivenMail({ name: 'Lotte Bakker', assignmentTitle: 'Plan', editionName: 'HIS-I 3.0', outcome: 'revise', reviewerName: null, comment, link: 'https://koers.example.nl/x' }, 'nl');
    expect(mail.html).toContain('project_plan_v2.docx');
    expect(mail.html).not.toContain('<em>');
    // Each block takes the direction of its own text (an Arabic paragraph reads right to left).
    expect(mail.html).toMatch(/<ul dir="auto">\s*<li>de doelgroep\s*<ul dir="auto">\s*<li>cliënten<\/li>\s*<\/ul>\s*<\/li>\s*<li>de planning<\/li>\s*<\/ul>/);
    expect(mail.html).toContain('<p dir="auto">Zie project_plan_v2.docx');
    expect(mail.html).toContain('<a href="https://nl.wikipedia.org/wiki/Implementatie_(zorg)"');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain(comment);
  });

  it('shows beside a link in a post its address, so words chosen by a writer cannot pass another site off as Koers', () => {
    const body = ['[Log opnieuw in bij Koers](https://evil.example/login)', '![logo](https://evil.example/x.png)', 'Zie https://www.zorgschool.nl en <https://koers.example.nl/a>'].join('\n\n');
    const { html } = discussionMentionMail({ ...quoted, body, discussionTitle: 'Weerstand', editionName: 'HIS-I 3.0' }, 'nl');
    expect(html).toContain('>Log opnieuw in bij Koers</a> (https://evil.example/login)');
    expect(html).toContain('>logo</a> (https://evil.example/x.png)');
    // Bare links are their own address: shown once.
    expect(html).toContain('>https://www.zorgschool.nl</a> en');
    expect(html).toContain('>https://koers.example.nl/a</a></p>');
  });
});
