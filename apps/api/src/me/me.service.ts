import type { MeResponse } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { NotAuthenticatedError } from '../errors/koers-error';
import { MeRepository } from './me.repository';

@Injectable()
export class MeService {
  constructor(private readonly me: MeRepository) {}

  async describe(personId: string): Promise<MeResponse> {
    const me = await this.me.findMe(personId);
    // A session can outlive its person only if the person was erased mid-request.
    if (!me) throw new NotAuthenticatedError();
    return me;
  }
}
