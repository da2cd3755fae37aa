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
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../errors/koers-error';
import { ProgrammeCodeTakenError, ProgrammeSlugTakenError, SlotHasAssignmentTemplatesError, SlotOrderMismatchError, UnknownSlotError } from './programmes.errors';
import { ProgrammesRepository } from './programmes.repository';

/**
 * Programmes and their curriculum template, for the programme office (the routes are admin-only).
 * Editing the template changes the editions opened afterwards, never the sessions of existing ones.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly access: AccessService,
    private readonly programmes: ProgrammesRepository) {}

  list(auth: AuthContext): Promise<ProgrammeSummary[]> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    return this.programmes.list();
  }

  async detail(auth: AuthContext, programmeId: string): Promise<ProgrammeDetail> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    const programme = await this.programmes.detail(programmeId);
    if (!programme) throw new NotFoundError();
    return programme;
  }

  async create(auth: AuthContext, request: CreateProgrammeRequest): Promise<ProgrammeDetail> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    const id = await this.programmes.create(request);
    if (!id) throw new ProgrammeCodeTakenError();
    return this.detail(auth, id);
  }

  async update(auth: AuthContext, programmeId: string, changes: UpdateProgrammeRequest): Promise<ProgrammeDetail> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    const outcome = await this.programmes.update(programmeId, changes);
    if (outcome === 'not_found') throw new NotFoundError();
    if (outcome === 'slug_taken') throw new ProgrammeSlugTakenError();
    return this.detail(auth, programmeId);
  }

  addSlot(auth: AuthContext, programmeId: string, slot: CurriculumSlotRequest): Promise<CurriculumSlot> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    return this.withLockedTemplate(programmeId, (_, manager) => this.programmes.appendSlot(programmeId, slot, manager));
  }

  async updateSlot(auth: AuthContext, programmeId: string, slotId: string, slot: CurriculumSlotRequest): Promise<CurriculumSlot> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    const updated = await this.programmes.updateSlot(programmeId, slotId, slot);
    if (!updated) throw new NotFoundError();
    return updated;
  }

  /** Removes a slot from the template; sessions of existing editions made from it stay. */
  deleteSlot(auth: AuthContext, programmeId: string, slotId: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
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

  async reorderSlots(auth: AuthContext, programmeId: string, orderedSlotIds: string[]): Promise<ProgrammeDetail> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    await this.withLockedTemplate(programmeId, async (slotIds, manager) => {
      const sameSlots = orderedSlotIds.length === slotIds.length && orderedSlotIds.every((id) => slotIds.includes(id));
      if (!sameSlots) throw new SlotOrderMismatchError();
      await this.programmes.renumberSlots(programmeId, orderedSlotIds, manager);
    });
    return this.detail(auth, programmeId);
  }

  async addAssignmentTemplate(auth: AuthContext, programmeId: string, template: AssignmentTemplateRequest): Promise<AssignmentTemplate> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    const created = await this.programmes.createAssignmentTemplate(programmeId, template);
    if (created) return created;
    await this.detail(auth, programmeId); // 404 for a programme that does not exist, before blaming the slot
    throw new UnknownSlotError();
  }

  async updateAssignmentTemplate(auth: AuthContext, programmeId: string, templateId: string, template: AssignmentTemplateRequest): Promise<AssignmentTemplate> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
    const updated = await this.programmes.updateAssignmentTemplate(programmeId, templateId, template);
    if (updated === 'missing_template') throw new NotFoundError();
    if (updated === 'missing_slot') throw new UnknownSlotError();
    return updated;
  }

  async deleteAssignmentTemplate(auth: AuthContext, programmeId: string, templateId: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'programmes.manage');
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
