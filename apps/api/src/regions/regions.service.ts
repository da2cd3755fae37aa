import type { RegionManager, RegionOrganisation, RegionOrganisationEdition, RegionOverview, RegionSummary } from '@koers/shared/regions';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError, NotFoundError } from '../errors/koers-error';
import { RegionManagerAccountNotFoundError } from './regions.errors';
import { type RegionParticipation, RegionsRepository } from './regions.repository';

/**
 * The regional networks: which regions someone may see, a region's overview, and its programme managers. Every
 * figure about people is per organisation and edition together; nothing here reads answers or work. Further views
 * of a region (the measurement aggregates) check access the same way, `requireInRegion(auth, 'regions.read', id)`,
 * and take the region's organisations from this repository.
 */
@Injectable()
export class RegionsService {
  constructor(
    private readonly access: AccessService,
    private readonly regions: RegionsRepository,
    private readonly rates: AttendanceRatesRepository,
  ) {}

  /** The regions the caller may see: the programme office all, a regional programme manager theirs. */
  async list(auth: AuthContext): Promise<RegionSummary[]> {
    const regionIds = await this.access.regionsHolding(auth, 'regions.read');
    if (regionIds?.length === 0) throw new ForbiddenError();
    return this.regions.findSummaries(regionIds);
  }

  /**
   * One page of the region's organisations with, per edition they take part in, their participants, attendance rate
   * and completions: five queries (access, region, organisations, participations, attendance rates), whatever the
   * number of organisations, editions and people.
   */
  async overview(auth: AuthContext, regionId: string, query: PageQueryDto): Promise<RegionOverview> {
    await this.access.requireInRegion(auth, 'regions.read', regionId);
    const [region, page] = await Promise.all([
      this.regions.findRef(regionId),
      readPage(query, (limit, offset) => this.regions.findOrganisationPage(regionId, limit, offset)),
    ]);
    if (!region) throw new NotFoundError();
    const participations = await this.regions.findParticipations(page.items.map((organisation) => organisation.id));
    const rates = await this.rates.participantRates(
      [...new Set(participations.map((participation) => participation.editionId))],
      [...new Set(participations.map((participation) => participation.personId))],
    );
    const rateOf = new Map(rates.map((rate) => [`${rate.editionId} ${rate.personId}`, rate]));
    const organisations = page.items.map(
      (organisation): RegionOrganisation => ({
        ...organisation,
        editions: perEdition(participations.filter((participation) => participation.organisationId === organisation.id), (participation) =>
          rateOf.get(`${participation.editionId} ${participation.personId}`),
        ),
      }),
    );
    return { region, organisations: toPage(organisations, page.total, query) };
  }

  async managers(auth: AuthContext, regionId: string): Promise<RegionManager[]> {
    await this.access.requireInRegion(auth, 'regions.manage', regionId);
    return this.regions.findManagers(regionId);
  }

  /** Makes an existing account a programme manager of the region (again: no change). */
  async assignManager(auth: AuthContext, regionId: string, email: string): Promise<RegionManager> {
    await this.access.requireInRegion(auth, 'regions.manage', regionId);
    const manager = await this.regions.addManager(regionId, email);
    if (!manager) throw new RegionManagerAccountNotFoundError();
    return manager;
  }

  async removeManager(auth: AuthContext, regionId: string, personId: string): Promise<void> {
    await this.access.requireInRegion(auth, 'regions.manage', regionId);
    await this.regions.removeManager(regionId, personId);
  }
}

/** An organisation's participations grouped per edition (kept in the repository's order: newest edition first). */
function perEdition(
  participations: RegionParticipation[],
  rateOf: (participation: RegionParticipation) => { counted: number; attended: number } | undefined,
): RegionOrganisationEdition[] {
  const editions = new Map<string, RegionOrganisationEdition & { counted: number; attended: number }>();
  for (const participation of participations) {
    const { editionId, editionName, startDate, endDate } = participation;
    const edition = editions.get(editionId) ?? { editionId, editionName, startDate, endDate, participants: [], attendanceRate: null, completed: 0, counted: 0, attended: 0 };
    const rate = rateOf(participation);
    edition.participants.push(participation.name);
    edition.counted += rate?.counted ?? 0;
    edition.attended += rate?.attended ?? 0;
    if (participation.completed) edition.completed += 1;
    editions.set(editionId, edition);
  }
  return [...editions.values()].map(({ counted, attended, ...edition }) => ({ ...edition, attendanceRate: counted === 0 ? null : attended / counted }));
}
