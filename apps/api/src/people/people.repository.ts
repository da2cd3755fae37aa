import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';
import type { MeResponse } from '@koers/shared/api';
import { PREPARERS } from '@koers/shared/permissions';
import { EDITION_ROLES } from '@koers/shared/roles';
import type { PersonChangeEntry, PersonField } from '@koers/shared/people';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { editionsAsMet } from '../database/edition-sql';

export interface NewPerson {
  name: string;
  /** Lower-cased by the caller's DTO. */
  email: string;
  organisationId?: string | null;
  /** A new account's language; the default when not given. An existing account keeps its own. */
  locale?: Locale;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
  /** True when this call created the person (so they need an invitation to set a password). */
  created: boolean;
}

/** What can be corrected about a person, as it is now. */
export interface CorrectableDetails {
  name: string;
  email: string;
  organisationId: string | null;
  organisationName: string | null;
}

/** The details as they stand, and whether the account was ever taken into use (a password chosen, or a login). */
export interface LockedDetails extends CorrectableDetails {
  activated: boolean;
}

/** One corrected field, old and new, for the history. */
export interface FieldChange {
  field: PersonField;
  oldValue: string | null;
  newValue: string | null;
}

/**
 * What makes two organisation names the same one: the letters whatever their capitals, with the Greek final ς as σ
 * (PostgreSQL lower-cases Σ to σ always, so "ΟΙΚΟΣ Zorg" and "οικος zorg" typed with a final ς would be two).
 */
export const organisationKey = (name: string) => `translate(lower(${name}), 'ς', 'σ')`;

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Who the logged-in person is: the person with every active enrolment, the regions they manage and whether they go to
   * a board meeting as a delegate, in one query (the
   * login answer, and `GET /api/me` with what waits for them). Null when the person no longer exists. A draft edition
   * belongs to those who prepare it: other roles in it are left out until it is published, as the permission table
   * counts them.
   */
  async describeMe(personId: string): Promise<MeResponse | null> {
    const rows = await this.db.query(
      `SELECT p.id, p.name, p.email, p.is_admin AS "isAdmin", p.locale,
              COALESCE(json_agg(json_build_object('editionId', e.id, 'editionName', e.name, 'role', en.role, 'draft', e.status = 'draft')
                                ORDER BY ${editionsAsMet('e')}, en.role)
                       FILTER (WHERE en.id IS NOT NULL), '[]') AS enrolments,
              COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r.name)
                          FROM regional_programme_manager m JOIN region r ON r.id = m.region_id WHERE m.person_id = p.id), '[]') AS "managedRegions",
              EXISTS (SELECT 1 FROM session_rsvp dr
                        JOIN session ds ON ds.id = dr.session_id
                        JOIN edition de ON de.id = ds.edition_id AND de.status <> 'draft'
                       WHERE dr.delegate_person_id = p.id AND dr.response = 'delegate') AS "delegateAtBoardMeetings"
         FROM person p
         LEFT JOIN (enrolment en JOIN edition e ON e.id = en.edition_id AND (e.status <> 'draft' OR en.role::text = ANY($2::text[])))
                ON en.person_id = p.id AND en.status = 'active'
        WHERE p.id = $1
        GROUP BY p.id`,
      [personId, EDITION_ROLES.filter((role) => PREPARERS.includes(role))],
    );
    return rows[0] ?? null;
  }

  /**
   * The people with these emails, creating the ones that do not exist yet, in one statement, each with the first
   * name, organisation and locale given for their address. An existing person keeps their name and organisation:
   * enrolling someone never overwrites who they are; only one without an organisation (a trainer or director before)
   * gets the one given, so a participant is never left without.
   */
  async findOrCreateByEmail(people: NewPerson[], manager: EntityManager = this.db.manager): Promise<PersonRef[]> {
    if (people.length === 0) return [];
    const found: PersonRef[] = await manager.query(
      `WITH input AS (
         SELECT DISTINCT ON (email) name, email, organisation_id, locale
           FROM unnest($1::text[], $2::text[], $3::uuid[], $4::locale[]) WITH ORDINALITY AS i(name, email, organisation_id, locale, n)
          ORDER BY email, n
       ), created AS (
         INSERT INTO person (name, email, organisation_id, locale)
         SELECT name, email, organisation_id, locale FROM input
         ON CONFLICT (email) DO NOTHING
         RETURNING id, name, email
       ), organised AS (
         -- Passing over a person another transaction holds: erasure locks the person before the editions, the caller
         -- holds its edition first, so waiting could deadlock (and a person being erased needs no organisation).
         UPDATE person p SET organisation_id = i.organisation_id
           FROM input i
          WHERE p.email = i.email AND i.organisation_id IS NOT NULL
            AND p.id IN (SELECT id FROM person WHERE email IN (SELECT email FROM input) AND organisation_id IS NULL AND erased_at IS NULL
                            FOR UPDATE SKIP LOCKED)
       )
       SELECT id, name, email, true AS created FROM created
       UNION ALL
       SELECT p.id, p.name, p.email, false FROM person p JOIN input i ON i.email = p.email
        WHERE NOT EXISTS (SELECT 1 FROM created c WHERE c.email = p.email)`,
      [people.map((p) => p.name), people.map((p) => p.email), people.map((p) => p.organisationId ?? null), people.map((p) => p.locale ?? DEFAULT_LOCALE)],
    );
    // A person a concurrent transaction created while this statement waited for it is in neither half of its
    // snapshot; a statement of its own sees them.
    const missing = [...new Set(people.map((p) => p.email))].filter((email) => !found.some((person) => person.email === email));
    if (missing.length === 0) return found;
    const concurrent: PersonRef[] = await manager.query(`SELECT id, name, email, false AS created FROM person WHERE email = ANY($1::text[])`, [missing]);
    return [...found, ...concurrent];
  }

  /** The person's correctable details, locked until the transaction ends; null for an unknown or erased person. */
  async lockDetails(personId: string, manager: EntityManager): Promise<LockedDetails | null> {
    const [row] = await manager.query(
      `SELECT p.name, p.email, p.organisation_id AS "organisationId", o.name AS "organisationName",
              p.password_hash IS NOT NULL OR p.last_login_at IS NOT NULL AS activated
         FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE p.id = $1 AND p.erased_at IS NULL
          FOR UPDATE OF p`,
      [personId],
    );
    return row ?? null;
  }

  /**
   * Writes the corrected details and one history row per changed field, in the caller's transaction. Answers
   * `email_taken` (and writes nothing) when another person has the address.
   */
  async correct(
    personId: string,
    details: Omit<CorrectableDetails, 'organisationName'>,
    changes: readonly FieldChange[],
    changedByPersonId: string,
    manager: EntityManager,
  ): Promise<'corrected' | 'email_taken'> {
    if (changes.length === 0) return 'corrected';
    try {
      await manager.query(`SAVEPOINT correct_person`);
      await manager.query(`UPDATE person SET name = $2, email = $3, organisation_id = $4 WHERE id = $1`, [
        personId,
        details.name,
        details.email,
        details.organisationId,
      ]);
      await manager.query(`RELEASE SAVEPOINT correct_person`);
    } catch (error) {
      if (!(error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')) throw error;
      await manager.query(`ROLLBACK TO SAVEPOINT correct_person`);
      return 'email_taken';
    }
    await manager.query(
      `INSERT INTO person_change (person_id, field, old_value, new_value, changed_by_person_id)
       SELECT $1, c.field::person_field, c.old_value, c.new_value, $2 FROM unnest($3::text[], $4::text[], $5::text[]) AS c(field, old_value, new_value)`,
      [personId, changedByPersonId, changes.map((c) => c.field), changes.map((c) => c.oldValue), changes.map((c) => c.newValue)],
    );
    return 'corrected';
  }

  /** One page of the person's corrections, newest first, with who made each, and the total. */
  async changes(personId: string, limit: number, offset: number): Promise<{ items: PersonChangeEntry[]; total: number }> {
    const rows = await this.db.query(
      `SELECT c.id, c.field, c.old_value AS "oldValue", c.new_value AS "newValue", c.changed_at AS "changedAt",
              CASE WHEN changer.erased_at IS NULL THEN changer.name END AS "changedByName", count(*) OVER ()::int AS total
         FROM person_change c LEFT JOIN person changer ON changer.id = c.changed_by_person_id
        WHERE c.person_id = $1
        ORDER BY c.changed_at DESC, c.id
        LIMIT $2 OFFSET $3`,
      [personId, limit, offset],
    );
    return {
      items: rows.map(({ total: _, changedAt, ...entry }: PersonChangeEntry & { total: number; changedAt: Date }) => ({ ...entry, changedAt: changedAt.toISOString() })),
      total: rows[0]?.total ?? 0,
    };
  }

  /** Whether the person exists (erased ones included: their history is gone, the answer is an empty page). */
  async exists(personId: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM person WHERE id = $1`, [personId])).length > 0;
  }

  /**
   * Of these people, those whose account was made for something they no longer have: no password chosen yet, no
   * programme office, no enrolment left in any edition (active or waiting), no invitation waiting for their answer, no
   * region they manage, no session they speak at and no board meeting they go to as a delegate.
   */
  async accountsLeftUnused(personIds: readonly string[], manager: EntityManager): Promise<string[]> {
    if (personIds.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT p.id FROM person p
        WHERE p.id = ANY($1::uuid[]) AND p.password_hash IS NULL AND NOT p.is_admin
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id AND e.status <> 'withdrawn')
          AND NOT EXISTS (SELECT 1 FROM invitation i WHERE i.person_id = p.id AND i.status = 'pending')
          AND NOT EXISTS (SELECT 1 FROM regional_programme_manager m WHERE m.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM session_staff st WHERE st.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM session_rsvp r WHERE r.delegate_person_id = p.id AND r.response = 'delegate')`,
      [personIds],
    );
    return rows.map((row) => row.id);
  }

  /**
   * An invited person who accepted takes the inviter's organisation (a participant's, for their internal team; a
   * director's, for their delegate) when they have none of their own: not before, since until then the invitation is
   * only what someone typed, and several people may invite one address.
   */
  async adoptInvitersOrganisation(personId: string, inviterPersonId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE person SET organisation_id = (SELECT organisation_id FROM person WHERE id = $2) WHERE id = $1 AND organisation_id IS NULL`,
      [personId, inviterPersonId],
    );
  }

  /** Which of these addresses belong to someone who has an organisation. */
  async withOrganisation(emails: string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    const rows: { email: string }[] = await manager.query(`SELECT email FROM person WHERE email = ANY($1::text[]) AND organisation_id IS NOT NULL`, [emails]);
    return new Set(rows.map((row) => row.email));
  }

  /**
   * Organisations by name whatever its capitals (`organisationKey`), creating missing ones, each spelled as the first
   * of `organisations` that names it (a file's first row, not a later one typed in lower case), with the first region
   * given for it.
   */
  async findOrCreateOrganisations(
    organisations: { name: string; region?: string | null }[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, { id: string; name: string }>> {
    if (organisations.length === 0) return new Map();
    await manager.query(
      `INSERT INTO organisation (name, region)
       SELECT (array_agg(name ORDER BY n))[1], (array_agg(region ORDER BY n) FILTER (WHERE region IS NOT NULL))[1]
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS o(name, region, n)
        WHERE NOT EXISTS (SELECT 1 FROM organisation x WHERE ${organisationKey('x.name')} = ${organisationKey('o.name')})
        GROUP BY ${organisationKey('name')}
       ON CONFLICT (name) DO NOTHING`,
      [organisations.map((o) => o.name), organisations.map((o) => o.region ?? null)],
    );
    // Each name is matched in PostgreSQL alone: JavaScript lower-cases İ, I and a final Σ otherwise, and a name matched
    // one way but not the other was left without its organisation.
    const rows: { requested: string; id: string; name: string }[] = await manager.query(
      `SELECT DISTINCT ON (o.requested) o.requested, x.id, x.name
         FROM unnest($1::text[]) AS o(requested)
         JOIN organisation x ON ${organisationKey('x.name')} = ${organisationKey('o.requested')}
        ORDER BY o.requested, x.name = o.requested DESC, x.created_at`,
      [organisations.map((o) => o.name)],
    );
    return new Map(rows.map(({ requested, id, name }) => [requested, { id, name }]));
  }
}
