import type { AssignmentTemplate, CurriculumSlot, ProgrammeDetail, ProgrammeSummary } from '@koers/shared/programmes';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { AdminOnly } from '../auth/auth-context';
import { AssignmentTemplateDto, CreateProgrammeDto, CurriculumSlotDto, SlotOrderDto, UpdateProgrammeDto } from './dto/programme.dto';
import { ProgrammesService } from './programmes.service';

/** Programmes and the curriculum template editor: the programme office only. */
@ApiTags('programmes')
@AdminOnly()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  list(): Promise<ProgrammeSummary[]> {
    return this.programmes.list();
  }

  @Post()
  create(@Body() dto: CreateProgrammeDto): Promise<ProgrammeDetail> {
    return this.programmes.create(dto);
  }

  @Get(':programmeId')
  detail(@IdParam('programmeId') programmeId: string): Promise<ProgrammeDetail> {
    return this.programmes.detail(programmeId);
  }

  @Patch(':programmeId')
  update(@IdParam('programmeId') programmeId: string, @Body() dto: UpdateProgrammeDto): Promise<ProgrammeDetail> {
    return this.programmes.update(programmeId, dto);
  }

  @Post(':programmeId/slots')
  addSlot(@IdParam('programmeId') programmeId: string, @Body() dto: CurriculumSlotDto): Promise<CurriculumSlot> {
    return this.programmes.addSlot(programmeId, dto);
  }

  @Put(':programmeId/slots/order')
  reorderSlots(@IdParam('programmeId') programmeId: string, @Body() dto: SlotOrderDto): Promise<ProgrammeDetail> {
    return this.programmes.reorderSlots(programmeId, dto.slotIds);
  }

  @Put(':programmeId/slots/:slotId')
  updateSlot(
    @IdParam('programmeId') programmeId: string,
    @IdParam('slotId') slotId: string,
    @Body() dto: CurriculumSlotDto,
  ): Promise<CurriculumSlot> {
    return this.programmes.updateSlot(programmeId, slotId, dto);
  }

  @Delete(':programmeId/slots/:slotId')
  @HttpCode(204)
  deleteSlot(@IdParam('programmeId') programmeId: string, @IdParam('slotId') slotId: string): Promise<void> {
    return this.programmes.deleteSlot(programmeId, slotId);
  }

  @Post(':programmeId/assignment-templates')
  addAssignmentTemplate(@IdParam('programmeId') programmeId: string, @Body() dto: AssignmentTemplateDto): Promise<AssignmentTemplate> {
    return this.programmes.addAssignmentTemplate(programmeId, dto);
  }

  @Put(':programmeId/assignment-templates/:templateId')
  updateAssignmentTemplate(
    @IdParam('programmeId') programmeId: string,
    @IdParam('templateId') templateId: string,
    @Body() dto: AssignmentTemplateDto,
  ): Promise<AssignmentTemplate> {
    return this.programmes.updateAssignmentTemplate(programmeId, templateId, dto);
  }

  @Delete(':programmeId/assignment-templates/:templateId')
  @HttpCode(204)
  deleteAssignmentTemplate(@IdParam('programmeId') programmeId: string, @IdParam('templateId') templateId: string): Promise<void> {
    return this.programmes.deleteAssignmentTemplate(programmeId, templateId);
  }
}
