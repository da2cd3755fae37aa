import type { EditionRole } from '@koers/shared/roles';
import type { WebhookEvent } from '@koers/shared/webhooks';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One thing that happened, for every endpoint subscribed to its event. */
export interface WebhookEventOccurrence {
  event: WebhookEvent;
  /** Names this occurrence: the same key queued again (a repeated run) is skipped. */
  key: string;
  /** Ids and states only; receivers look the details up through the API. */
  data: Record<string, string | number | boolean | null>;
}

/**
 * The webhook outbox as other features see it: they queue their events here with the EntityManager of the change,
 * so a delivery exists if and only if the change committed. One statement for any number of events and endpoints;
 * endpoints that are switched off get nothing.
 */
/** `enrolment.withdrawn` for each of these enrolments, withdrawn now: withdrawn, enrolled again and withdrawn again is two events. */
export function enrolmentsWithdrawn(
  withdrawn: readonly { enrolmentId: string; editionId: string; personId: string; role: EditionRole }[],
  at = new Date().toISOString(),
): WebhookEventOccurrence[] {
  return withdrawn.map(({ enrolmentId, editionId, personId, role }) => ({
    event: 'enrolment.withdrawn',
    key: `enrolment.withdrawn:${enrolmentId}:${at}`,
    data: { enrolmentId, editionId, personId, role },
  }));
}

/** `enrolment.promoted` for each participant who moved up from the waiting list to a place. */
export function enrolmentsPromoted(
  editionId: string,
  promoted: readonly { enrolmentId: string; personId: string }[],
  at = new Date().toISOString(),
): WebhookEventOccurrence[] {
  return promoted.map(({ enrolmentId, personId }) => ({
    event: 'enrolment.promoted',
    key: `enrolment.promoted:${enrolmentId}:${at}`,
    data: { enrolmentId, editionId, personId, role: 'participant', status: 'active' },
  }));
}

@Injectable()
export class WebhookOutboxRepository {
  async enqueue(manager: EntityManager, occurrences: readonly WebhookEventOccurrence[]): Promise<number> {
    if (occurrences.length === 0) return 0;
    const rows = await manager.query(
      `INSERT INTO webhook_delivery (endpoint_id, event, event_key, data)
       SELECT ep.id, o.event::webhook_event, o.key, o.data
         FROM jsonb_to_recordset($1::jsonb) AS o(event text, key text, data jsonb)
         JOIN webhook_endpoint ep ON ep.disabled_at IS NULL AND o.event::webhook_event = ANY(ep.events)
       ON CONFLICT (endpoint_id, event_key) DO NOTHING
       RETURNING id`,
      [JSON.stringify(occurrences)],
    );
    return rows.length;
  }
}
