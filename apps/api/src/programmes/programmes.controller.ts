import type { AssignmentTemplate, CurriculumSlot, ProgrammeDetail, ProgrammeSummary } from '@koers/shared/programmes';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { AssignmentTemplateDto, CreateProgrammeDto, CurriculumSlotDto, SlotOrderDto, UpdateProgrammeDto } from './dto/programme.dto';
import { ProgrammesService } from './programmes.service';

/** Programmes and the curriculum template editor: the programme office only. */
@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  list(@Auth() auth: AuthContext): Promise<ProgrammeSummary[]> {
    return this.programmes.list(auth);
  }

  @Post()
  create(@Auth() auth: AuthContext, @Body() dto: CreateProgrammeDto): Promise<ProgrammeDetail> {
    return this.programmes.create(auth, dto);
  }

  @Get(':programmeId')
  detail(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string): Promise<ProgrammeDetail> {
    return this.programmes.detail(auth, programmeId);
  }

  @Patch(':programmeId')
  update(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @Body() dto: UpdateProgrammeDto): Promise<ProgrammeDetail> {
    return this.programmes.update(auth, programmeId, dto);
  }

  @Post(':programmeId/slots')
  addSlot(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @Body() dto: CurriculumSlotDto): Promise<CurriculumSlot> {
    return this.programmes.addSlot(auth, programmeId, dto);
  }

  @Put(':programmeId/slots/order')
  reorderSlots(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @Body() dto: SlotOrderDto): Promise<ProgrammeDetail> {
    return this.programmes.reorderSlots(auth, programmeId, dto.slotIds);
  }

  @Put(':programmeId/slots/:slotId')
  updateSlot(
    @Auth() auth: AuthContext,
    @IdParam('programmeId') programmeId: string,
    @IdParam('slotId') slotId: string,
    @Body() dto: CurriculumSlotDto,
  ): Promise<CurriculumSlot> {
    return this.programmes.updateSlot(auth, programmeId, slotId, dto);
  }

  @Delete(':programmeId/slots/:slotId')
  @HttpCode(204)
  deleteSlot(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @IdParam('slotId') slotId: string): Promise<void> {
    return this.programmes.deleteSlot(auth, programmeId, slotId);
  }

  @Post(':programmeId/assignment-templates')
  addAssignmentTemplate(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @Body() dto: AssignmentTemplateDto): Promise<AssignmentTemplate> {
    return this.programmes.addAssignmentTemplate(auth, programmeId, dto);
  }

  @Put(':programmeId/assignment-templates/:templateId')
  updateAssignmentTemplate(
    @Auth() auth: AuthContext,
    @IdParam('programmeId') programmeId: string,
    @IdParam('templateId') templateId: string,
    @Body() dto: AssignmentTemplateDto,
  ): Promise<AssignmentTemplate> {
    return this.programmes.updateAssignmentTemplate(auth, programmeId, templateId, dto);
  }

  @Delete(':programmeId/assignment-templates/:templateId')
  @HttpCode(204)
  deleteAssignmentTemplate(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @IdParam('templateId') templateId: string): Promise<void> {
    return this.programmes.deleteAssignmentTemplate(auth, programmeId, templateId);
  }
}
