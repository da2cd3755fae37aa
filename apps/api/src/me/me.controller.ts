import type { MeResponse } from '@koers/shared/api';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { MeService } from './me.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly meService: MeService) {}

  @Get()
  me(@Auth() auth: AuthContext): Promise<MeResponse> {
    return this.meService.describe(auth);
  }
}
