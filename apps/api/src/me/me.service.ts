import type { MeResponse } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { NotAuthenticatedError } from '../errors/koers-error';
import { PeopleRepository } from '../people/people.repository';

@Injectable()
export class MeService {
  constructor(private readonly people: PeopleRepository) {}

  async describe(auth: AuthContext): Promise<MeResponse> {
    const me = await this.people.describeMe(auth.personId);
    // A session can outlive its person only if the person was erased mid-request.
    if (!me) throw new NotAuthenticatedError();
    return me;
  }
}
