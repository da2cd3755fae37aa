import type {
  AssignmentTemplate,
  AssignmentTemplateRequest,
  CreateProgrammeRequest,
  CurriculumSlot,
  CurriculumSlotRequest,
  ProgrammeDetail,
  ProgrammeSummary,
  UpdateProgrammeRequest,
} from '@koers/shared/programmes';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../errors/koers-error';
import { ProgrammeCodeTakenError, SlotHasAssignmentTemplatesError, SlotOrderMismatchError, UnknownSlotError } from './programmes.errors';
import { ProgrammesRepository } from './programmes.repository';

/**
 * Programmes and their curriculum template, for the programme office (the routes are admin-only).
 * Editing the template changes the editions opened afterwards, never the sessions of existing ones.
 */
@Injectable()
export class ProgrammesService {
  constructor(private readonly programmes: ProgrammesRepository) {}

  list(): Promise<ProgrammeSummary[]> {
    return this.programmes.list();
  }

  async detail(programmeId: string): Promise<ProgrammeDetail> {
    const programme = await this.programmes.detail(programmeId);
    if (!programme) throw new NotFoundError();
    return programme;
  }

  async create(request: CreateProgrammeRequest): Promise<ProgrammeDetail> {
    const id = await this.programmes.create(request);
    if (!id) throw new ProgrammeCodeTakenError();
    return this.detail(id);
  }

  async update(programmeId: string, changes: UpdateProgrammeRequest): Promise<ProgrammeDetail> {
    if (!(await this.programmes.update(programmeId, changes))) throw new NotFoundError();
    return this.detail(programmeId);
  }

  addSlot(programmeId: string, slot: CurriculumSlotRequest): Promise<CurriculumSlot> {
    return this.withLockedTemplate(programmeId, (_, manager) => this.programmes.appendSlot(programmeId, slot, manager));
  }

  async updateSlot(programmeId: string, slotId: string, slot: CurriculumSlotRequest): Promise<CurriculumSlot> {
    const updated = await this.programmes.updateSlot(programmeId, slotId, slot);
    if (!updated) throw new NotFoundError();
    return updated;
  }

  /** Removes a slot from the template; sessions of existing editions made from it stay. */
  deleteSlot(programmeId: string, slotId: string): Promise<void> {
    return this.withLockedTemplate(programmeId, async (slotIds, manager) => {
      if (!slotIds.includes(slotId)) throw new NotFoundError();
      if (await this.programmes.slotHasAssignmentTemplates(slotId, manager)) throw new SlotHasAssignmentTemplatesError();
      await this.programmes.deleteSlot(slotId, manager);
      await this.programmes.renumberSlots(
        programmeId,
        slotIds.filter((id) => id !== slotId),
        manager,
      );
    });
  }

  async reorderSlots(programmeId: string, orderedSlotIds: string[]): Promise<ProgrammeDetail> {
    await this.withLockedTemplate(programmeId, async (slotIds, manager) => {
      const sameSlots = orderedSlotIds.length === slotIds.length && orderedSlotIds.every((id) => slotIds.includes(id));
      if (!sameSlots) throw new SlotOrderMismatchError();
      await this.programmes.renumberSlots(programmeId, orderedSlotIds, manager);
    });
    return this.detail(programmeId);
  }

  async addAssignmentTemplate(programmeId: string, template: AssignmentTemplateRequest): Promise<AssignmentTemplate> {
    const created = await this.programmes.createAssignmentTemplate(programmeId, template);
    if (created) return created;
    await this.detail(programmeId); // 404 for a programme that does not exist, before blaming the slot
    throw new UnknownSlotError();
  }

  async updateAssignmentTemplate(programmeId: string, templateId: string, template: AssignmentTemplateRequest): Promise<AssignmentTemplate> {
    const updated = await this.programmes.updateAssignmentTemplate(programmeId, templateId, template);
    if (updated === 'missing_template') throw new NotFoundError();
    if (updated === 'missing_slot') throw new UnknownSlotError();
    return updated;
  }

  async deleteAssignmentTemplate(programmeId: string, templateId: string): Promise<void> {
    if (!(await this.programmes.deleteAssignmentTemplate(programmeId, templateId))) throw new NotFoundError();
  }

  /** Slot additions, removals and reorders renumber positions; one at a time per programme. */
  private withLockedTemplate<T>(programmeId: string, work: (slotIds: string[], manager: EntityManager) => Promise<T>): Promise<T> {
    return this.programmes.transaction(async (manager) => {
      const slotIds = await this.programmes.lockTemplate(programmeId, manager);
      if (!slotIds) throw new NotFoundError();
      return work(slotIds, manager);
    });
  }
}
