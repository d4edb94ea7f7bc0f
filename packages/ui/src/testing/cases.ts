/**
 * Case data for the portals' Jest suites, shaped like the gateway's answers.
 * Each builder takes overrides.
 */
import type { CaseDetail, CaseSummary, TimelineEntry } from '@layanan/domain';
import type { RawCategory, StaffQueueItem } from '../cases/api.js';

export function categoryFixture(overrides: Partial<RawCategory> = {}): RawCategory {
  return {
    id: 'cat-pothole',
    service: 'lorong',
    code: 'jalan_berlubang',
    nameId: 'Jalan berlubang',
    nameEn: 'Pothole',
    duplicateRadiusM: 50,
    attributes: '[]',
    ...overrides,
  };
}

export function caseSummaryFixture(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    trackingCode: 'LRG-7K2Q-9M4X',
    service: 'lorong',
    categoryId: 'cat-pothole',
    categoryName: { id: 'Jalan berlubang', en: 'Pothole' },
    title: 'Lubang besar di Jl. Raya Tlanakan',
    status: 'diterima',
    districtCode: '35.28.01',
    districtName: 'Tlanakan',
    lat: -7.1566,
    lng: 113.4746,
    receivedAt: '2026-01-05T02:30:00.000Z',
    supporterCount: 0,
    ...overrides,
  };
}

export function queueItemFixture(overrides: Partial<StaffQueueItem> = {}): StaffQueueItem {
  return {
    ...caseSummaryFixture(),
    agencyId: 'agency-pupr',
    assigneeId: null,
    overdue: false,
    dueAt: '2099-01-01T00:00:00.000Z',
    responseMark: 'pending',
    priority: 2,
    ...overrides,
  };
}

export function timelineFixture(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 1,
    kind: 'submitted',
    at: '2026-01-05T02:30:00.000Z',
    actorRole: 'resident',
    fromStatus: null,
    toStatus: 'diterima',
    message: null,
    isPublic: true,
    data: {},
    photoUrls: [],
    ...overrides,
  };
}

export function caseDetailFixture(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...caseSummaryFixture(),
    description: 'Lubang selebar satu meter, sudah dua motor jatuh minggu ini.',
    attributes: {},
    villageCode: '35.28.01.2001',
    villageName: 'Tlanakan',
    address: 'Depan pasar',
    roadStatus: 'kabupaten',
    severity: 'berat',
    agency: { id: 'agency-pupr', code: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
    promisedBy: null,
    resolvedAt: null,
    closedAt: null,
    budgetYear: null,
    responsibleBody: null,
    duplicateOf: null,
    rating: null,
    photos: [],
    timeline: [timelineFixture()],
    actions: [],
    viewer: 'public',
    ...overrides,
  };
}
