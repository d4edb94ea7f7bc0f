import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type CaseDetail,
  type CaseStatus,
  type CaseSummary,
  type TimelineEntry,
  canReopen,
  firstResponseMinutes,
  laporDeadlines,
  nextStatuses,
  responseMark,
} from '@layanan/domain';
import { PhotosService } from '../files/photos.service';
import { User } from '../identity/entities/user.entity';
import { RegionsService } from '../regions/regions.service';
import { isCaseStaff } from './case-access';
import { CatalogService } from './catalog.service';
import type { Category } from './entities/category.entity';
import { Case } from './entities/case.entity';
import { CaseEvent } from './entities/case-event.entity';
import { CasePhoto } from './entities/case-photo.entity';
import { Agency } from './entities/agency.entity';
import { Facility } from '../sehat/entities/facility.entity';

const officerActions: Record<string, CaseStatus | null> = {
  verify: 'diverifikasi',
  start: 'diproses',
  reroute: 'didisposisikan',
  schedule: 'dijadwalkan',
  resolve: 'selesai',
  reject: 'ditolak',
  not_competent: 'bukan_wewenang',
  wait_budget: 'menunggu_anggaran',
  duplicate: 'duplikat',
};

/** What each kind of viewer sees of a case. The public never sees who reported it, nor a rahasia case at all. */
@Injectable()
export class CaseViewsService {
  constructor(
    private readonly regions: RegionsService,
    private readonly catalog: CatalogService,
    private readonly photos: PhotosService,
  ) {}

  summary(c: Case, category: Category | undefined): CaseSummary {
    return {
      trackingCode: c.trackingCode,
      service: c.service,
      categoryId: c.categoryId,
      categoryName: { id: category?.nameId ?? '-', en: category?.nameEn ?? '-' },
      title: c.title,
      status: c.status,
      districtCode: c.districtCode,
      districtName: c.districtCode ? (this.regions.index.district(c.districtCode)?.name ?? null) : null,
      lat: c.lat,
      lng: c.lng,
      receivedAt: c.receivedAt.toISOString(),
      supporterCount: c.supporterCount,
    };
  }

  async summaries(cases: Case[]): Promise<CaseSummary[]> {
    const categories = await this.catalog.categoriesByIds([...new Set(cases.map((c) => c.categoryId))]);
    return cases.map((c) => this.summary(c, categories.get(c.categoryId)));
  }

  async detail(
    manager: EntityManager,
    c: Case,
    viewer: Principal | null,
    isSupporter: boolean,
  ): Promise<CaseDetail> {
    const staff = isCaseStaff(viewer, c);
    const reporter = viewer?.userId === c.reporterId;
    const kind: CaseDetail['viewer'] = staff
      ? 'staff'
      : reporter
        ? 'reporter'
        : isSupporter
          ? 'supporter'
          : 'public';
    const category = await this.catalog.categoryById(c.categoryId);
    const agency = await manager.getRepository(Agency).findOneBy({ id: c.agencyId });
    const events = await manager
      .getRepository(CaseEvent)
      .find({ where: { caseId: c.id }, order: { id: 'ASC' } });
    const photos = await manager
      .getRepository(CasePhoto)
      .find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } });
    const url = (id: string) => (c.rahasia ? this.photos.signedUrl(id) : this.photos.publicUrl(id));
    const duplicateOf = c.duplicateOfId
      ? await manager.getRepository(Case).findOneBy({ id: c.duplicateOfId })
      : null;
    const timeline: TimelineEntry[] = events
      .filter((e) => e.isPublic || staff)
      .map((e) => {
        const data = JSON.parse(e.data) as Record<string, unknown>;
        if (!staff) delete data.reason; // a reroute's reason is internal
        return {
          id: e.id,
          kind: e.kind,
          at: e.createdAt.toISOString(),
          actorRole: e.actorRole,
          fromStatus: e.fromStatus as CaseStatus | null,
          toStatus: e.toStatus as CaseStatus | null,
          message: e.message,
          isPublic: e.isPublic,
          data: staff
            ? data
            : Object.fromEntries(Object.entries(data).filter(([k]) => !['assigneeId'].includes(k))),
          photoUrls: photos.filter((p) => p.eventId === e.id).map((p) => url(p.uploadId)),
        };
      });
    const actions = staff
      ? [
          'respond',
          'note',
          'assign',
          ...Object.entries(officerActions)
            .filter(([, to]) => to && nextStatuses(c.status, 'officer').includes(to))
            .map(([a]) => a),
        ]
      : reporter
        ? [
            ...(c.status === 'selesai' ? ['confirm'] : []),
            ...(canReopen(c.status, c.reopenCount) ? ['reopen'] : []),
            ...(c.status === 'selesai' || c.status === 'ditutup' ? ['rate'] : []),
          ]
        : viewer && viewer.role === 'resident' && !isSupporter && !c.rahasia
          ? ['support']
          : [];
    const detail: CaseDetail = {
      ...this.summary(c, category ?? undefined),
      description: c.description,
      attributes: JSON.parse(c.attributes) as Record<string, unknown>,
      villageCode: c.villageCode,
      villageName: c.villageCode ? (this.regions.index.village(c.villageCode)?.name ?? null) : null,
      address: c.address,
      roadStatus: c.roadStatus,
      severity: c.severity,
      facility: c.facilityId
        ? await manager
            .getRepository(Facility)
            .findOneBy({ id: c.facilityId })
            .then((f) => (f ? { id: f.id, name: f.name } : null))
        : null,
      agency: { id: c.agencyId, code: agency?.code ?? '-', name: agency?.name ?? '-' },
      promisedBy: c.promisedBy?.toISOString() ?? null,
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      closedAt: c.closedAt?.toISOString() ?? null,
      budgetYear: c.budgetYear,
      responsibleBody: c.responsibleBody,
      duplicateOf: duplicateOf?.trackingCode ?? null,
      rating: c.rating,
      photos: photos.map((p) => ({ url: url(p.uploadId), role: p.role })),
      timeline,
      actions,
      viewer: kind,
    };
    if (reporter || staff)
      Object.assign(detail, { anonim: c.anonim, rahasia: c.rahasia, reopenCount: c.reopenCount });
    if (staff) {
      const reporterRow = await manager.getRepository(User).findOneBy({ id: c.reporterId });
      const sla = this.catalog.slaOf(category ?? { sla: '{}' });
      const due = laporDeadlines(c, sla, await this.catalog.calendar());
      Object.assign(detail, {
        // anonim: the reporter's name is never shown to the agency either.
        reporter: {
          name: c.anonim ? null : (reporterRow?.fullName ?? null),
          verified: !!reporterRow?.verifiedAt,
        },
        assigneeId: c.assigneeId,
        priority: c.priority,
        sla: {
          responseMark: responseMark(c, sla, new Date()),
          firstResponseMinutes: firstResponseMinutes(c),
          verifyBy: due.verifyBy.toISOString(),
          followUpBy: due.followUpBy.toISOString(),
          resolveBy: due.resolveBy.toISOString(),
          autoCloseAt: due.autoCloseAt?.toISOString() ?? null,
          overdue: c.overdue,
          dueAt: c.dueAt?.toISOString() ?? null,
        },
      });
    }
    return detail;
  }
}
