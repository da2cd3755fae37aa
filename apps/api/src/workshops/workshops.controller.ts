import type { AssignRestResponse, MyWorkshopChoice, SessionWorkshopsResponse, WorkshopChoicesResponse } from '@koers/shared/workshops';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { ChooseWorkshopDto } from './dto/choose-workshop.dto';
import { SaveWorkshopsDto } from './dto/save-workshops.dto';
import { WorkshopsService } from './workshops.service';

@ApiTags('workshops')
@Controller('sessions/:id/workshops')
export class WorkshopsController {
  constructor(private readonly workshops: WorkshopsService) {}

  @Get()
  list(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<SessionWorkshopsResponse> {
    return this.workshops.list(auth, sessionId);
  }

  @Put()
  save(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Body() dto: SaveWorkshopsDto): Promise<SessionWorkshopsResponse> {
    return this.workshops.save(auth, sessionId, dto);
  }

  @Get('choices')
  choices(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<WorkshopChoicesResponse> {
    return this.workshops.choices(auth, sessionId);
  }

  @Put('choice')
  choose(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Body() dto: ChooseWorkshopDto): Promise<MyWorkshopChoice> {
    return this.workshops.choose(auth, sessionId, dto);
  }

  @Post('assign-rest')
  @HttpCode(200)
  assignRest(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<AssignRestResponse> {
    return this.workshops.assignRest(auth, sessionId);
  }
}
