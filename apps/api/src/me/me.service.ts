import type { MeResponse } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { NotAuthenticatedError } from '../errors/koers-error';
import { PeopleRepository } from '../people/people.repository';
import { PersonCorrectionsService } from '../privacy/person-corrections.service';

@Injectable()
export class MeService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly corrections: PersonCorrectionsService,
  ) {}

  async describe(auth: AuthContext): Promise<MeResponse> {
    const me = await this.people.describeMe(auth.personId);
    // A session can outlive its person only if the person was erased mid-request.
    if (!me) throw new NotAuthenticatedError();
    return me;
  }

  /** Everyone may correct their own name (the programme office corrects the rest). */
  async rename(auth: AuthContext, name: string): Promise<MeResponse> {
    await this.corrections.renameMyself(auth, name);
    return this.describe(auth);
  }
}
