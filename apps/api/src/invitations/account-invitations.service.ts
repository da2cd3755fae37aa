import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import type { Localized } from '../errors/localized';
import { NotificationsService } from '../notifications/notifications.service';

const ACCOUNT_INVITATION_VALID_DAYS = 14;

export interface InviteOptions {
  /** A person already queued under this key is skipped (their extra link is never mailed and expires unused). */
  eventKey?: string;
  /** The pending invitation (internal team, delegate) the account was made for: the mail says who invites them to what. */
  invitationId?: string;
}

/**
 * The "choose your password" mail for people who were just given an account (enrolled by the programme office,
 * invited to an internal team or as a delegate). Moved out of auth/ so that auth does not depend on notifications.
 */
@Injectable()
export class AccountInvitations {
  constructor(
    private readonly auth: AuthService,
    private readonly notifications: NotificationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * The person's address was corrected: the password links sent to the old one end, and someone who never took
   * their account into use gets a new invitation at the new one (a corrected typo is the usual reason).
   */
  async readdress(person: { id: string; activated: boolean; newEmail: string }, manager: EntityManager): Promise<void> {
    await this.auth.voidPasswordLinks([person.id], manager);
    if (person.activated) return;
    await this.invite([person], {
      nl: `Het programmabureau heeft je e-mailadres in Koers gewijzigd in ${person.newEmail}; met dat adres log je voortaan in.`,
      en: `The programme office changed your email address in Koers to ${person.newEmail}; from now on you log in with that address.`,
    }, manager);
  }

  /**
   * Accounts no longer needed before they were taken into use (everything they were made for withdrawn): their
   * password links end and invitation mails still waiting are taken back, so nobody activates an empty Koers. A
   * fixed number of statements, also for nobody.
   */
  async withdraw(personIds: readonly string[], manager: EntityManager): Promise<void> {
    await this.auth.voidPasswordLinks(personIds, manager);
  }

  /**
   * `reason` is one sentence per language saying why they get it ("Je bent ingeschreven voor HIS-I 3.0."); each mail
   * is written in the person's own language. The mails are queued, in `manager`'s transaction when given (so they
   * go out only if the change commits), and sent by the notification worker within seconds.
   */
  async invite(people: readonly { id: string }[], reason: Localized, manager?: EntityManager, options: InviteOptions = {}): Promise<void> {
    if (people.length === 0) return;
    if (!manager) return this.db.transaction((own) => this.invite(people, reason, own, options));
    const links = await this.auth.passwordLinks(
      people.map((person) => person.id),
      ACCOUNT_INVITATION_VALID_DAYS * 24 * 60,
      manager,
    );
    await this.notifications.notify(
      manager,
      links.map(({ personId, linkRef }) => ({
        personId,
        kind: 'invitation' as const,
        // Without `eventKey` every invitation is its own event: a second enrolment later brings a new link. With
        // it (publishing an edition), a person gets that invitation once. The key is never the link's reference,
        // which leaves the row once the mail is sent.
        eventKey: options.eventKey ?? `invitation:${randomUUID()}`,
        payload: { linkRef, reason, validDays: ACCOUNT_INVITATION_VALID_DAYS, ...(options.invitationId && { invitationId: options.invitationId }) },
      })),
    );
  }
}
