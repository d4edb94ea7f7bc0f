import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource, In } from 'typeorm';
import {
  type TransportStatsRow,
  endOfWibDay,
  nearestRankMedian,
  nearestRankPercentile,
  parseCalendarDate,
  startOfWibDay,
} from '@layanan/domain';
import { TransportRequest } from './entities/transport-request.entity';
import { Facility } from './entities/facility.entity';

const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * Health-transport requests of a period per destination facility, for the regency back office:
 * how many, how they ended, and the minutes from the request to the vehicle's assignment and to the
 * pick-up (nearest-rank median and p90 over the requests that reached that step).
 */
@Injectable()
export class TransportStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byFacility(from: string, to: string, districtCode?: string): Promise<TransportStatsRow[]> {
    const facilities = await this.dataSource
      .getRepository(Facility)
      .find({ where: districtCode ? { districtCode } : {}, select: { id: true, name: true } });
    const names = new Map(facilities.map((f) => [f.id, f.name]));
    if (!facilities.length) return [];
    const rows = await this.dataSource.getRepository(TransportRequest).find({
      where: {
        requestedAt: Between(startOfWibDay(parseCalendarDate(from)!), endOfWibDay(parseCalendarDate(to)!)),
        ...(districtCode ? { destinationFacilityId: In([...names.keys()]) } : {}),
      },
      select: {
        id: true,
        destinationFacilityId: true,
        status: true,
        requestedAt: true,
        assignedAt: true,
        pickedUpAt: true,
      },
    });
    const groups = new Map<string, TransportRequest[]>();
    for (const r of rows)
      groups.set(r.destinationFacilityId, [...(groups.get(r.destinationFacilityId) ?? []), r]);
    const minutes = (list: TransportRequest[], at: (r: TransportRequest) => Date | null) =>
      list.flatMap((r) => {
        const end = at(r);
        return end ? [(end.getTime() - r.requestedAt.getTime()) / 60_000] : [];
      });
    return [...groups.entries()]
      .map(([facilityId, list]) => {
        const toAssign = minutes(list, (r) => r.assignedAt);
        const toPickup = minutes(list, (r) => r.pickedUpAt);
        const by = (status: string) => list.filter((r) => r.status === status).length;
        return {
          facilityId,
          facilityName: names.get(facilityId) ?? '',
          requests: list.length,
          assigned: toAssign.length,
          arrived: by('arrived'),
          cancelled: by('cancelled'),
          invalid: by('invalid'),
          open: list.length - by('arrived') - by('cancelled') - by('invalid'),
          medianMinutesToAssign: round(nearestRankMedian(toAssign)),
          p90MinutesToAssign: round(nearestRankPercentile(toAssign, 90)),
          medianMinutesToPickup: round(nearestRankMedian(toPickup)),
          p90MinutesToPickup: round(nearestRankPercentile(toPickup, 90)),
        };
      })
      .sort((a, b) => a.facilityName.localeCompare(b.facilityName));
  }
}
