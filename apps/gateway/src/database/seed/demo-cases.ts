import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type CaseStatus, WorkingCalendar, defaultSlaConfig, generateTrackingCode } from '@layanan/domain';
import { refreshClock } from '../../modules/cases/case-clock';
import { HolidayRow } from '../../modules/cases/entities/holiday.entity';
import { Case } from '../../modules/cases/entities/case.entity';
import { CaseEvent } from '../../modules/cases/entities/case-event.entity';
import type { Category } from '../../modules/cases/entities/category.entity';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * A few weeks of demo cases so that a first look at the portals shows a
 * living regency: public list and map, an officer's queue with overdue cases,
 * and first responses on both sides of the 10-minute and 1-day lines.
 */
const stories: {
  category: string;
  title: string;
  description: string;
  village: number;
  ageDays: number;
  /** Minutes to the first public response; null: unanswered. */
  respondAfter: number | null;
  status: CaseStatus;
}[] = [
  {
    category: 'jalan_berlubang',
    title: 'Lubang besar di depan SDN Tlanakan 1',
    description: 'Lubang selebar satu meter, anak sekolah harus turun ke bahu jalan.',
    village: 0,
    ageDays: 20,
    respondAfter: 6,
    status: 'selesai',
  },
  {
    category: 'jalan_berlubang',
    title: 'Jalan berlubang menuju pasar Pademawu',
    description: 'Beberapa lubang dalam, berbahaya saat hujan dan malam hari.',
    village: 20,
    ageDays: 12,
    respondAfter: 45,
    status: 'dijadwalkan',
  },
  {
    category: 'jalan_retak',
    title: 'Aspal amblas di tikungan Galis',
    description: 'Aspal turun sekitar 15 cm di tikungan, truk sering oleng.',
    village: 40,
    ageDays: 9,
    respondAfter: 1600,
    status: 'diproses',
  },
  {
    category: 'jembatan',
    title: 'Pagar jembatan desa patah',
    description: 'Pagar besi jembatan kecil patah sebelah kiri, rawan untuk anak-anak.',
    village: 60,
    ageDays: 6,
    respondAfter: 9,
    status: 'dijadwalkan',
  },
  {
    category: 'lampu_jalan',
    title: 'Lampu jalan mati sepanjang 200 m',
    description: 'Lima lampu berturut-turut mati sejak seminggu, jalan gelap.',
    village: 80,
    ageDays: 4,
    respondAfter: 3,
    status: 'selesai',
  },
  {
    category: 'drainase',
    title: 'Saluran tersumbat, air meluap ke jalan',
    description: 'Setiap hujan air meluap karena saluran penuh sampah dan lumpur.',
    village: 100,
    ageDays: 3,
    respondAfter: null,
    status: 'diterima',
  },
  {
    category: 'jalan_berlubang',
    title: 'Lubang di jalan poros Waru',
    description: 'Lubang di tengah jalan poros, sudah ada motor yang jatuh.',
    village: 150,
    ageDays: 2,
    respondAfter: 600,
    status: 'diverifikasi',
  },
  {
    category: 'air_bersih',
    title: 'Air PDAM keruh tiga hari',
    description: 'Air yang keluar berwarna coklat dan berbau sejak Senin.',
    village: 120,
    ageDays: 5,
    respondAfter: 8,
    status: 'selesai',
  },
  {
    category: 'adminduk',
    title: 'KTP elektronik belum jadi dua bulan',
    description: 'Sudah rekam dua bulan lalu tapi KTP belum bisa diambil.',
    village: 10,
    ageDays: 8,
    respondAfter: 2000,
    status: 'diproses',
  },
  {
    category: 'bansos',
    title: 'Bantuan sosial belum cair',
    description: 'Nama terdaftar sebagai penerima tetapi bantuan belum diterima.',
    village: 30,
    ageDays: 1,
    respondAfter: null,
    status: 'diterima',
  },
];

export async function seedDemoCases(
  manager: EntityManager,
  categories: Map<string, Category>,
  villages: { code: string; districtCode: string }[],
  reporterId: string,
  now = new Date(),
) {
  const calendar = new WorkingCalendar(await manager.getRepository(HolidayRow).find());
  for (const story of stories) {
    const category = categories.get(story.category);
    const village = villages[story.village % villages.length];
    if (!category || !village) continue;
    const receivedAt = new Date(now.getTime() - story.ageDays * DAY);
    const firstResponseAt =
      story.respondAfter === null ? null : new Date(receivedAt.getTime() + story.respondAfter * MIN);
    const resolvedAt = story.status === 'selesai' ? new Date(receivedAt.getTime() + 2 * DAY) : null;
    const row: Case = manager.getRepository(Case).create({
      id: randomUUID(),
      trackingCode: generateTrackingCode(category.service as Case['service'], (n) => randomBytes(n)),
      service: category.service as Case['service'],
      categoryId: category.id,
      status: story.status,
      title: story.title,
      description: story.description,
      attributes: '{}',
      lat: -7.16 + (story.village % 13) * 0.01,
      lng: 113.42 + (story.village % 11) * 0.012,
      districtCode: village.districtCode,
      villageCode: village.code,
      address: null,
      roadStatus: category.service === 'lorong' ? 'kabupaten' : null,
      severity: category.service === 'lorong' ? 'sedang' : null,
      anonim: false,
      rahasia: false,
      reporterId,
      agencyId: category.defaultAgencyId,
      assigneeId: null,
      priority: 3,
      duplicateOfId: null,
      reopenCount: 0,
      budgetYear: null,
      responsibleBody: null,
      rating: story.status === 'selesai' ? 4 : null,
      supporterCount: 0,
      receivedAt,
      routedAt: story.status === 'diterima' ? null : (firstResponseAt ?? receivedAt),
      firstResponseAt,
      promisedBy: story.status === 'dijadwalkan' ? new Date(now.getTime() + 5 * DAY) : null,
      resolvedAt,
      closedAt: null,
      dueAt: null,
      overdue: false,
      escalationLevel: 0,
    });
    Object.assign(row, refreshClock(row, defaultSlaConfig, calendar, now));
    await manager.getRepository(Case).insert(row);
    const events = manager.getRepository(CaseEvent);
    await events.insert({
      caseId: row.id,
      kind: 'submitted',
      isPublic: true,
      actorId: reporterId,
      actorRole: 'resident',
      toStatus: 'diterima',
      data: '{}',
      createdAt: receivedAt,
    });
    if (firstResponseAt) {
      await events.insert({
        caseId: row.id,
        kind: 'response',
        isPublic: true,
        actorId: null,
        actorRole: 'officer',
        message: 'Terima kasih atas laporannya, petugas kami akan menindaklanjuti.',
        data: '{}',
        createdAt: firstResponseAt,
      });
    }
    if (story.status !== 'diterima') {
      await events.insert({
        caseId: row.id,
        kind: 'status',
        isPublic: true,
        actorId: null,
        actorRole: 'officer',
        fromStatus: 'diterima',
        toStatus: story.status,
        data: '{}',
        createdAt: resolvedAt ?? firstResponseAt ?? receivedAt,
      });
    }
  }
}
