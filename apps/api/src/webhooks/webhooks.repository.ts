import type { WebhookDeliverySummary, WebhookEndpointSummary, WebhookEvent } from '@koers/shared/webhooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { holdsAsProgrammeOffice } from '../access/access.repository';
import { INSERT_DELIVERY, ON_CONFLICT } from '../mail/mail-queue.repository';

/** A delivery the worker leased (claimNextDue), with where it goes. */
export interface ClaimedWebhookDelivery {
  id: string;
  event: WebhookEvent;
  data: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
  endpoint: { id: string; url: string; secretSalt: string };
}

/** What one attempt got back: an HTTP answer, or why there was none (status null). */
export interface AttemptAnswer {
  status: number | null;
  snippet: string;
}

const ENDPOINT_COLUMNS = `ep.id, ep.url, ep.description, ep.events::text[] AS events, ep.disabled_at IS NULL AS enabled, ep.disabled_at AS "disabledAt",
  ep.failing_since AS "failingSince", ep.created_at AS "createdAt"`;

@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Every endpoint, oldest first: a handful per installation, so one list without pages. */
  async findEndpoints(): Promise<WebhookEndpointSummary[]> {
    return this.db.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint ep ORDER BY ep.created_at, ep.id`);
  }

  async endpointCount(manager: EntityManager): Promise<number> {
    const [{ endpoints }] = await manager.query(`SELECT count(*)::int AS endpoints FROM webhook_endpoint`);
    return endpoints;
  }

  async endpointWithUrlExists(manager: EntityManager, url: string, exceptId?: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM webhook_endpoint WHERE url = $1 AND id IS DISTINCT FROM $2::uuid`, [url, exceptId ?? null]);
    return rows.length > 0;
  }

  async createEndpoint(
    endpoint: { url: string; description: string; events: WebhookEvent[]; secretSalt: string },
    manager: EntityManager,
  ): Promise<WebhookEndpointSummary> {
    const [row] = await manager.query(
      `INSERT INTO webhook_endpoint AS ep (url, description, events, secret_salt) VALUES ($1, $2, $3::webhook_event[], $4) RETURNING ${ENDPOINT_COLUMNS}`,
      [endpoint.url, endpoint.description, endpoint.events, endpoint.secretSalt],
    );
    return row;
  }

  /**
   * Changes what is given; switching an endpoint back on also forgets its failures, so it gets a new day. Null when
   * there is no such endpoint.
   */
  async updateEndpoint(
    id: string,
    change: { url?: string; description?: string; events?: WebhookEvent[]; enabled?: boolean; secretSalt?: string },
    manager: EntityManager = this.db.manager,
  ): Promise<WebhookEndpointSummary | null> {
    const [rows] = await manager.query(
      `UPDATE webhook_endpoint ep
          SET url = COALESCE($2, ep.url),
              description = COALESCE($3, ep.description),
              events = COALESCE($4::webhook_event[], ep.events),
              disabled_at = CASE WHEN $5::boolean IS NULL THEN ep.disabled_at WHEN $5 THEN NULL ELSE COALESCE(ep.disabled_at, now()) END,
              failing_since = CASE WHEN $5::boolean AND ep.disabled_at IS NOT NULL THEN NULL ELSE ep.failing_since END,
              secret_salt = COALESCE($6, ep.secret_salt)
        WHERE ep.id = $1
        RETURNING ${ENDPOINT_COLUMNS}`,
      [id, change.url ?? null, change.description ?? null, change.events ?? null, change.enabled ?? null, change.secretSalt ?? null],
    );
    return rows[0] ?? null;
  }

  /** Its deliveries go with it. */
  async deleteEndpoint(id: string): Promise<boolean> {
    const [, affected] = await this.db.query(`DELETE FROM webhook_endpoint WHERE id = $1`, [id]);
    return affected > 0;
  }

  /**
   * One page of an endpoint's deliveries, newest first, with the total, in one statement; null when there is no such
   * endpoint (an endpoint without deliveries on this page answers its one row with the delivery's columns empty).
   */
  async findDeliveries(endpointId: string, limit: number, offset: number): Promise<{ items: WebhookDeliverySummary[]; total: number } | null> {
    const rows: (Omit<WebhookDeliverySummary, 'id'> & { id: string | null; total: number | null })[] = await this.db.query(
      `SELECT page.*
         FROM webhook_endpoint ep
         LEFT JOIN LATERAL (
           SELECT d.id, d.event, d.status, d.attempts, d.response_status AS "responseStatus", d.response_snippet AS "responseSnippet",
                  d.created_at AS "createdAt", d.last_attempt_at AS "lastAttemptAt",
                  CASE WHEN d.status = 'pending' THEN d.next_attempt_at END AS "nextAttemptAt", d.delivered_at AS "deliveredAt",
                  count(*) OVER ()::int AS total
             FROM webhook_delivery d
            WHERE d.endpoint_id = ep.id
            ORDER BY d.created_at DESC, d.id
            LIMIT $2 OFFSET $3
         ) page ON true
        WHERE ep.id = $1
        ORDER BY page."createdAt" DESC, page.id`,
      [endpointId, limit, offset],
    );
    if (rows.length === 0) return null;
    return {
      items: rows.filter((row) => row.id !== null).map(({ total: _, ...delivery }) => delivery as WebhookDeliverySummary),
      total: rows[0].total ?? 0,
    };
  }

  /**
   * The oldest due delivery to an endpoint that is switched on and not passed over, leased to the caller for
   * `leaseSeconds` (longer than a request may take) and counted as an attempt: it is not due for anyone else
   * meanwhile, and the lease is committed before the request goes out, so no database connection waits on a
   * receiver. An instance that stops mid-request leaves the delivery due again when the lease ends (the receiver may
   * then get it twice, by its id); one whose outcome can never be written is leased at most `maxAttempts` times.
   */
  async claimNextDue(passedOverEndpointIds: readonly string[], leaseSeconds: number, maxAttempts: number): Promise<ClaimedWebhookDelivery | null> {
    const [rows] = await this.db.query(
      `WITH next AS (
         SELECT d.id FROM webhook_delivery d
           JOIN webhook_endpoint ep ON ep.id = d.endpoint_id AND ep.disabled_at IS NULL
          WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND d.attempts < $3 AND d.endpoint_id <> ALL($1::uuid[])
          ORDER BY d.next_attempt_at, d.id
          LIMIT 1
          FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => $2), attempts = d.attempts + 1, last_attempt_at = now()
         FROM next, webhook_endpoint ep
        WHERE d.id = next.id AND ep.id = d.endpoint_id
       RETURNING d.id, d.event, d.data, d.attempts, d.created_at AS "createdAt",
                 json_build_object('id', ep.id, 'url', ep.url, 'secretSalt', ep.secret_salt) AS endpoint`,
      [passedOverEndpointIds, leaseSeconds, maxAttempts],
    );
    return rows[0] ?? null;
  }

  /** The receiver answered 2xx: the delivery is done and its endpoint counts as healthy again. */
  async markDelivered(id: string, answer: AttemptAnswer): Promise<void> {
    await this.db.query(
      `WITH delivered AS (
         UPDATE webhook_delivery
            SET status = 'delivered', delivered_at = now(),
                response_status = $2, response_snippet = $3
          WHERE id = $1
          RETURNING endpoint_id
       )
       UPDATE webhook_endpoint ep SET failing_since = NULL FROM delivered WHERE ep.id = delivered.endpoint_id`,
      [id, answer.status, answer.snippet],
    );
  }

  /**
   * Counts a failed attempt: with a delay the delivery is tried again after it, without one it is `failed`. Its
   * endpoint is failing from now on, if it was not already; once it has been failing for `switchOffAfterHours`, it
   * is switched off, and everyone in the programme office who manages webhooks (the permission table) gets a mail
   * saying so, queued in the same statement. Only while the delivery is pending: an instance whose lease ran out
   * must not overwrite another's success.
   */
  async recordFailure(
    id: string,
    answer: AttemptAnswer,
    retryDelaySeconds: number | null,
    switchOffAfterHours: number,
  ): Promise<{ officeMailsQueued: number }> {
    const mails = await this.db.query(
      `WITH failed AS (
         UPDATE webhook_delivery
            SET response_status = $2, response_snippet = $3,
                status = CASE WHEN $4::int IS NULL THEN 'failed'::webhook_delivery_status ELSE status END,
                next_attempt_at = CASE WHEN $4::int IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $4::int) END
          WHERE id = $1 AND status = 'pending'
          RETURNING endpoint_id
       ), endpoint AS (
         UPDATE webhook_endpoint ep
            SET failing_since = COALESCE(ep.failing_since, now()),
                disabled_at = CASE WHEN ep.disabled_at IS NULL AND ep.failing_since <= now() - make_interval(hours => $5)
                                   THEN now() ELSE ep.disabled_at END
           FROM failed
          WHERE ep.id = failed.endpoint_id
          RETURNING ep.id, ep.url, ep.description, ep.disabled_at = now() AS "switchedOff"
       )
       ${INSERT_DELIVERY}
       SELECT p.id, 'webhook:' || endpoint.id || ':off:' || extract(epoch FROM now())::bigint, 'webhook_disabled',
              jsonb_build_object('endpointId', endpoint.id, 'url', endpoint.url, 'description', endpoint.description)
         FROM endpoint
         JOIN person p ON ${holdsAsProgrammeOffice('webhooks.manage', 'p')}
        WHERE endpoint."switchedOff"
       ${ON_CONFLICT}
       RETURNING id`,
      [id, answer.status, answer.snippet, retryDelaySeconds, switchOffAfterHours],
    );
    return { officeMailsQueued: mails.length };
  }
}
