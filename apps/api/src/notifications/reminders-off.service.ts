import type { Locale } from '@koers/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { personIdFromRemindersOffToken } from '../app/tokens';
import { RemindersLinkInvalidError } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';

/** Whom a reminders-off link names, as its page greets them. */
export interface RemindersLinkHolder {
  name: string;
  locale: Locale;
  remindersEnabled: boolean;
}

/**
 * The link in every reminder that switches the person's reminders off without logging in (the mail's one-click
 * `List-Unsubscribe`, RFC 8058): a mail program posts to it, or the person presses the button on its page.
 */
@Injectable()
export class RemindersOffService {
  constructor(
    private readonly notifications: NotificationsRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async holder(token: string): Promise<RemindersLinkHolder> {
    const holder = await this.notifications.findRemindersLinkHolder(this.personId(token));
    if (!holder) throw new RemindersLinkInvalidError();
    return holder;
  }

  async turnOff(token: string): Promise<RemindersLinkHolder> {
    const holder = await this.notifications.turnRemindersOff(this.personId(token));
    if (!holder) throw new RemindersLinkInvalidError();
    return { ...holder, remindersEnabled: false };
  }

  private personId(token: string): string {
    const personId = personIdFromRemindersOffToken(serverSecret(this.config), token);
    if (!personId) throw new RemindersLinkInvalidError();
    return personId;
  }
}
