import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type CreateTransport,
  type DispatchEntry,
  type MaternalSummary,
  type TransportStatus,
  type TransportView,
  badRequest,
  canMoveTransport,
  compareTriage,
  conflict,
  nearestFreeVehicle,
  notFound,
} from '@layanan/domain';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import {
  MATERNAL_SUMMARY_READER,
  type MaternalSummaryReader,
} from '../../common/maternal/maternal-summary.reader';
import { RegionsService } from '../regions/regions.service';
import { DispatchAccess } from './dispatch-access';
import { Facility } from './entities/facility.entity';
import { TransportRequest } from './entities/transport-request.entity';
import { Vehicle } from './entities/vehicle.entity';
import { transportView } from './transport-view';

const OPEN: TransportStatus[] = ['requested', 'assigned', 'on_the_way', 'picked_up'];
const FINAL: TransportStatus[] = ['arrived', 'cancelled', 'invalid'];

/** Health transport (Pamekasan Call Care): requests, the dispatcher's triage queue, vehicle assignment. */
@Injectable()
export class TransportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly idempotency: IdempotencyService,
    private readonly regions: RegionsService,
    private readonly access: DispatchAccess,
    /** Provided by e-Babhar; without it the maternal summary is simply absent. */
    @Optional()
    @Inject(MATERNAL_SUMMARY_READER)
    private readonly maternal: MaternalSummaryReader | null = null,
  ) {}

  async request(user: Principal, input: CreateTransport, key: string | undefined): Promise<TransportView> {
    const destination = await this.dataSource
      .getRepository(Facility)
      .findOneBy({ id: input.destinationFacilityId, active: true });
    if (!destination) throw badRequest('facility_unknown', { destinationFacilityId: 'facility_unknown' });
    if (input.villageCode && !this.regions.index.village(input.villageCode))
      throw badRequest('validation_failed', { villageCode: 'not_found' });
    const summary = await this.maternalSummary(user, input);
    const { motherNik: _never, ...stored } = input;
    const view = await this.idempotency.transaction(
      { userId: user.userId, key, scope: 'POST /api/sehat/transport', body: stored },
      async (tx) => {
        const now = new Date();
        const row = Object.assign(new TransportRequest(), {
          id: randomUUID(),
          requesterId: user.userId,
          patientName: input.patientName,
          phoneEnc: this.cipher.encrypt(input.phone),
          lat: input.pickup?.lat ?? null,
          lng: input.pickup?.lng ?? null,
          villageCode: input.villageCode ?? null,
          address: input.address ?? null,
          destinationFacilityId: destination.id,
          urgency: input.urgency,
          pregnant: input.pregnant,
          hpl: summary?.hpl ?? null,
          ksprCategory: summary?.ksprCategory ?? null,
          dangerSign: summary?.openDangerSign ?? false,
          pregnancyId: summary?.pregnancyId ?? null,
          notes: input.notes ?? null,
          status: 'requested' as const,
          statusReason: null,
          vehicleId: null,
          dispatcherId: null,
          requestedAt: now,
          assignedAt: null,
          onTheWayAt: null,
          pickedUpAt: null,
          arrivedAt: null,
          closedAt: null,
          updatedAt: now,
        });
        await tx.getRepository(TransportRequest).insert(row);
        return transportView(row, this.cipher, { destination: destination.name, vehicle: null });
      },
    );
    return view;
  }

  /** The pregnancy of the mother (the requester, or the NIK given), only with her consent. */
  private async maternalSummary(user: Principal, input: CreateTransport): Promise<MaternalSummary | null> {
    if (!input.pregnant || !input.maternalConsent || !this.maternal) return null;
    return input.motherNik ? this.maternal.forNik(input.motherNik) : this.maternal.forResident(user.userId);
  }

  async mine(user: Principal): Promise<TransportView[]> {
    const rows = await this.dataSource
      .getRepository(TransportRequest)
      .find({ where: { requesterId: user.userId }, order: { requestedAt: 'DESC' }, take: 50 });
    return this.views(rows);
  }

  /** One request: to its requester, or to a dispatcher. */
  async get(user: Principal, id: string): Promise<TransportView> {
    const row = await this.dataSource.getRepository(TransportRequest).findOneBy({ id });
    if (!row) throw notFound();
    if (row.requesterId !== user.userId && !(await this.access.isDispatcher(user))) throw notFound();
    return (await this.views([row]))[0];
  }

  async cancelOwn(user: Principal, id: string): Promise<TransportView> {
    const row = await this.dataSource
      .getRepository(TransportRequest)
      .findOneBy({ id, requesterId: user.userId });
    if (!row) throw notFound();
    return this.move(user, row, 'cancelled', null, false);
  }

  /** The dispatcher's queue: open requests in triage order, each with the nearest free vehicle. */
  async queue(user: Principal, scope: 'open' | 'all'): Promise<DispatchEntry[]> {
    await this.access.check(user);
    const since = new Date(Date.now() - 24 * 3_600_000);
    const visible = await this.dataSource.getRepository(TransportRequest).find({
      where:
        scope === 'open'
          ? { status: In(OPEN) }
          : [{ status: In(OPEN) }, { updatedAt: MoreThanOrEqual(since) }],
    });
    const vehicles = await this.dataSource.getRepository(Vehicle).find();
    const free = vehicles.map((v) => ({ ...v, free: v.state === 'available' }));
    const sorted = [...visible].sort(
      (a, b) => Number(FINAL.includes(a.status)) - Number(FINAL.includes(b.status)) || compareTriage(a, b),
    );
    const views = await this.views(sorted);
    return views.map((v, i) => {
      const row = sorted[i];
      const suggestion = row.status === 'requested' ? this.suggest(row, free) : null;
      return {
        ...v,
        rank: i + 1,
        suggestedVehicleId: suggestion?.id ?? null,
        suggestedDistanceM: suggestion?.distanceM ?? null,
      };
    });
  }

  /** Nearest free vehicle by distance; without a map point, a free vehicle of the desa, then of the kecamatan. */
  private suggest<V extends Vehicle & { free: boolean }>(
    row: TransportRequest,
    vehicles: V[],
  ): (V & { distanceM: number | null }) | null {
    if (row.lat !== null && row.lng !== null)
      return nearestFreeVehicle({ lat: row.lat, lng: row.lng }, vehicles);
    if (!row.villageCode) return null;
    const free = vehicles.filter((v) => v.free);
    const district = row.villageCode.slice(0, 8);
    const local =
      free.find((v) => v.villageCode === row.villageCode) ??
      free.find((v) => v.villageCode.startsWith(district));
    return local ? { ...local, distanceM: null } : null;
  }

  /** Assign a vehicle: the one named, or the nearest free one. The vehicle is taken atomically. */
  async assign(user: Principal, id: string, vehicleId: string | undefined): Promise<TransportView> {
    await this.access.check(user);
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.getRepository(TransportRequest).findOneBy({ id });
      if (!row) throw notFound();
      if (!canMoveTransport(row.status, 'assigned'))
        throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
      let chosen = vehicleId;
      if (!chosen) {
        const vehicles = await tx.getRepository(Vehicle).findBy({ state: 'available' });
        chosen = this.suggest(
          row,
          vehicles.map((v) => ({ ...v, free: true })),
        )?.id;
        if (!chosen) throw conflict('no_free_vehicle', { vehicleId: 'no_free_vehicle' });
      } else if (!(await tx.getRepository(Vehicle).existsBy({ id: chosen }))) {
        throw badRequest('vehicle_unknown', { vehicleId: 'vehicle_unknown' });
      }
      if (row.vehicleId === chosen) return this.viewIn(tx, row);
      const taken = await tx
        .getRepository(Vehicle)
        .update({ id: chosen, state: 'available' }, { state: 'on_duty', currentRequestId: row.id });
      if (!taken.affected) throw conflict('vehicle_busy', { vehicleId: 'vehicle_busy' });
      if (row.vehicleId) await this.freeVehicle(tx, row.vehicleId, null);
      const now = new Date();
      const changes = {
        status: 'assigned' as const,
        vehicleId: chosen,
        dispatcherId: user.userId,
        assignedAt: row.assignedAt ?? now,
        updatedAt: now,
      };
      const moved = await tx.getRepository(TransportRequest).update({ id, status: row.status }, changes);
      if (!moved.affected) throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
      return this.viewIn(tx, Object.assign(row, changes));
    });
  }

  /** Dispatcher moves: on the way, picked up, arrived, cancelled, invalid (a prank call). */
  async setStatus(
    user: Principal,
    id: string,
    status: 'on_the_way' | 'picked_up' | 'arrived' | 'cancelled' | 'invalid',
    reason: string | undefined,
  ): Promise<TransportView> {
    await this.access.check(user);
    const row = await this.dataSource.getRepository(TransportRequest).findOneBy({ id });
    if (!row) throw notFound();
    if ((status === 'invalid' || status === 'cancelled') && !reason)
      throw badRequest('validation_failed', { reason: 'validation_failed' });
    return this.move(user, row, status, reason ?? null, true);
  }

  private move(
    user: Principal,
    row: TransportRequest,
    status: TransportStatus,
    reason: string | null,
    byDispatcher: boolean,
  ): Promise<TransportView> {
    if (!canMoveTransport(row.status, status))
      throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
    return this.dataSource.transaction(async (tx) => {
      const now = new Date();
      const stamp: Partial<TransportRequest> =
        status === 'on_the_way'
          ? { onTheWayAt: now }
          : status === 'picked_up'
            ? { pickedUpAt: now }
            : status === 'arrived'
              ? { arrivedAt: now, closedAt: now }
              : { closedAt: now };
      const changes: Partial<TransportRequest> = {
        status,
        statusReason: reason,
        updatedAt: now,
        ...stamp,
        ...(byDispatcher ? { dispatcherId: user.userId } : {}),
      };
      const moved = await tx
        .getRepository(TransportRequest)
        .update({ id: row.id, status: row.status }, changes);
      if (!moved.affected) throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
      if (FINAL.includes(status) && row.vehicleId) {
        const destination =
          status === 'arrived'
            ? await tx.getRepository(Facility).findOneBy({ id: row.destinationFacilityId })
            : null;
        await this.freeVehicle(tx, row.vehicleId, destination);
      }
      return this.viewIn(tx, Object.assign(row, changes));
    });
  }

  /** The vehicle is free again; after an arrival it stands at the destination. */
  private async freeVehicle(tx: EntityManager, vehicleId: string, at: Facility | null) {
    await tx.getRepository(Vehicle).update(
      { id: vehicleId },
      {
        state: 'available',
        currentRequestId: null,
        ...(at && at.lat !== null && at.lng !== null ? { lat: at.lat, lng: at.lng } : {}),
      },
    );
  }

  async stats(user: Principal) {
    await this.access.check(user);
    const rows = await this.dataSource.getRepository(TransportRequest).find();
    const median = (values: number[]) => {
      if (!values.length) return null;
      const s = [...values].sort((a, b) => a - b);
      const mid = Math.floor(s.length / 2);
      return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    };
    const secs = (from: Date, to: Date | null) => (to ? (to.getTime() - from.getTime()) / 1000 : null);
    return {
      requests: rows.length,
      invalid: rows.filter((r) => r.status === 'invalid').length,
      arrived: rows.filter((r) => r.status === 'arrived').length,
      medianSecondsToAssign: median(
        rows.map((r) => secs(r.requestedAt, r.assignedAt)).filter((v): v is number => v !== null),
      ),
      medianSecondsToPickup: median(
        rows.map((r) => secs(r.requestedAt, r.pickedUpAt)).filter((v): v is number => v !== null),
      ),
    };
  }

  private async viewIn(tx: EntityManager, row: TransportRequest): Promise<TransportView> {
    return (await this.views([row], tx))[0];
  }

  private async views(rows: TransportRequest[], manager: EntityManager = this.dataSource.manager) {
    const facilityIds = [...new Set(rows.map((r) => r.destinationFacilityId))];
    const vehicleIds = [...new Set(rows.map((r) => r.vehicleId).filter((v): v is string => !!v))];
    const [facilities, vehicles] = await Promise.all([
      facilityIds.length ? manager.getRepository(Facility).findBy({ id: In(facilityIds) }) : [],
      vehicleIds.length ? manager.getRepository(Vehicle).findBy({ id: In(vehicleIds) }) : [],
    ]);
    const fname = new Map(facilities.map((f) => [f.id, f.name]));
    const vname = new Map(vehicles.map((v) => [v.id, `${v.label} (${v.plate})`]));
    return rows.map((r) =>
      transportView(r, this.cipher, {
        destination: fname.get(r.destinationFacilityId) ?? '',
        vehicle: r.vehicleId ? (vname.get(r.vehicleId) ?? null) : null,
      }),
    );
  }
}
