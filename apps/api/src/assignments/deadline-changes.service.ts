import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailQueueRepository } from '../mail/mail-queue.repository';
import { AssignmentsRepository, type PersonalDeadline } from './assignments.repository';

const deadlineKey = (deadline: Pick<PersonalDeadline, 'assignmentId' | 'personId'>) => `${deadline.assignmentId}:${deadline.personId}`;

/**
 * A participant's own deadline is theirs to plan by: whoever still has to hand in (nothing yet, or work sent back)
 * hears when it moves (an assignment's deadline changed, or moved along with its session; an extension granted,
 * changed or taken back).
 */
@Injectable()
export class DeadlineChangesService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly mailQueue: MailQueueRepository,
  ) {}

  /**
   * Runs `change` within `manager`'s transaction and queues a mail to everyone whose deadline of these assignments
   * (`personId`: only theirs) it moved. A mail still waiting keeps the deadline they knew; the new one is read when it
   * goes out, so a burst of changes mails once, and none when the deadline came back to where it was. Changes to the
   * same assignments' deadlines take turns: side by side (an extension granted and taken back in two tabs), each read
   * the deadline before it while the other changed it, and neither saw the other's waiting mail, so one person got six
   * mails from deadlines they were never told. They take the assignments' edition, as every change to an edition's
   * sessions does first (a session moved takes its assignments' deadlines along): one order of locks, so the two never
   * wait for each other in a circle.
   */
  async tellingWhoseDeadlineMoves<T>(manager: EntityManager, assignmentIds: readonly string[], personId: string | null, change: () => Promise<T>): Promise<T> {
    await this.assignments.lockEditionsOf(assignmentIds, manager);
    const before = await this.assignments.deadlinesStillToMeet(manager, assignmentIds, personId);
    const result = await change();
    const after = new Map((await this.assignments.deadlinesStillToMeet(manager, assignmentIds, personId)).map((deadline) => [deadlineKey(deadline), deadline.dueAt.getTime()]));
    const at = new Date().toISOString();
    await this.mailQueue.enqueueFolded(
      manager,
      before
        .filter((deadline) => (after.get(deadlineKey(deadline)) ?? deadline.dueAt.getTime()) !== deadline.dueAt.getTime())
        .map(({ assignmentId, personId: participantId, dueAt }) => ({
          personId: participantId,
          kind: 'deadline_changed' as const,
          eventKey: `deadline:${assignmentId}:${at}`,
          payload: { assignmentId, previousDueAt: dueAt.toISOString() },
        })),
      'assignmentId',
      [],
    );
    return result;
  }
}
