import type { MeResponse } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { DiscussionsService } from '../discussions/discussions.service';
import { NotAuthenticatedError } from '../errors/koers-error';
import { InvitationsService } from '../invitations/invitations.service';
import { PeopleRepository } from '../people/people.repository';
import { PersonCorrectionsService } from '../privacy/person-corrections.service';

@Injectable()
export class MeService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly corrections: PersonCorrectionsService,
    private readonly discussions: DiscussionsService,
    private readonly invitations: InvitationsService,
  ) {}

  /**
   * Who is logged in, with what waits for them: the menu's unread marker and the invitations notice then need no
   * request of their own after the app's code has run (the page's HTML asks for `/api/me` beside that code).
   */
  async describe(auth: AuthContext): Promise<MeResponse> {
    const [me, unread, invitations] = await Promise.all([this.people.describeMe(auth.personId), this.discussions.unread(auth), this.invitations.countReceived(auth)]);
    // A session can outlive its person only if the person was erased mid-request.
    if (!me) throw new NotAuthenticatedError();
    return { ...me, waiting: { unreadDiscussionThreads: unread.threads, invitations } };
  }

  /** Everyone may correct their own name (the programme office corrects the rest). */
  async rename(auth: AuthContext, name: string): Promise<MeResponse> {
    await this.corrections.renameMyself(auth, name);
    return this.describe(auth);
  }
}
