import type { MeResponse } from '@koers/shared/api';
import type { UpdateMeRequest } from '@koers/shared/people';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PersonName } from '../app/text';
import { Auth, type AuthContext } from '../auth/auth-context';
import { MeService } from './me.service';

class UpdateMeDto implements UpdateMeRequest {
  @PersonName()
  name: string;
}

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly meService: MeService) {}

  @Get()
  me(@Auth() auth: AuthContext): Promise<MeResponse> {
    return this.meService.describe(auth);
  }

  /** One's own name; the answer is `GET /api/me` with it. */
  @Patch()
  update(@Auth() auth: AuthContext, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.meService.rename(auth, dto.name);
  }
}
