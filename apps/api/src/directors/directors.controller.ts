import type { DirectorParticipant } from '@koers/shared/directors';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { DirectorsService } from './directors.service';

@ApiTags('director')
@Controller('director')
export class DirectorsController {
  constructor(private readonly directorsService: DirectorsService) {}

  @Get('participants')
  participants(@Auth() auth: AuthContext): Promise<DirectorParticipant[]> {
    return this.directorsService.participants(auth);
  }
}
