import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { CaseDetail } from '@layanan/domain';
import {
  FakeApiError,
  caseDetailFixture,
  categoryFixture,
  fakeCasesApi,
  renderPortal,
  testUsers,
  timelineFixture,
} from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import { caseFeatures } from './routes.js';

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong', roadFields: true }),
};

const resolved = (overrides: Partial<CaseDetail> = {}) =>
  caseDetailFixture({
    status: 'selesai',
    viewer: 'reporter',
    actions: ['confirm', 'reopen', 'rate'],
    anonim: false,
    rahasia: true,
    reopenCount: 0,
    promisedBy: '2026-01-10T16:59:59.999Z',
    attributes: { ukuran: 'besar' },
    photos: [{ url: '/api/files/photos/p1', role: 'report' }],
    timeline: [
      timelineFixture(),
      timelineFixture({
        id: 2,
        kind: 'response',
        actorRole: 'officer',
        toStatus: null,
        message: 'Tim kami akan datang besok.',
      }),
      timelineFixture({
        id: 3,
        kind: 'status',
        actorRole: 'officer',
        fromStatus: 'diverifikasi',
        toStatus: 'dijadwalkan',
        data: { promisedBy: '2026-01-10' },
      }),
      timelineFixture({
        id: 4,
        kind: 'status',
        actorRole: 'officer',
        fromStatus: 'dijadwalkan',
        toStatus: 'selesai',
        message: 'Sudah ditambal.',
        photoUrls: ['/api/files/photos/proof'],
      }),
    ],
    ...overrides,
  });

async function openCase(
  detail: CaseDetail,
  user = testUsers.resident,
  extra: Parameters<typeof fakeCasesApi>[0] = {},
) {
  const cases = fakeCasesApi({
    detail: () => Promise.resolve(detail),
    categories: () =>
      Promise.resolve([
        categoryFixture({
          attributes: JSON.stringify([
            {
              code: 'ukuran',
              datatype: 'singlevaluelist',
              required: false,
              description: { id: 'Perkiraan ukuran lubang', en: 'Size' },
              values: [{ key: 'besar', name: '> 1 m' }],
            },
          ]),
        }),
      ]),
    ...extra,
  });
  const rendered = renderPortal(config, { path: `/kasus/${detail.trackingCode.toLowerCase()}`, user, cases });
  await screen.findByRole('heading', { level: 1, name: detail.title });
  return { ...rendered, cases, user: userEvent.setup() };
}

it('shows the status, the details, the photos and the public timeline', async () => {
  const { cases } = await openCase(resolved());
  expect(cases.detail).toHaveBeenCalledWith('LRG-7K2Q-9M4X');
  expect(screen.getAllByText('Selesai')[0]).toHaveClass('status-badge');
  expect(screen.getByText('Jalan kabupaten')).toBeInTheDocument();
  expect(screen.getByText('Berat: berbahaya atau tidak dapat dilalui')).toBeInTheDocument();
  expect(await screen.findByText('> 1 m')).toBeInTheDocument();
  expect(screen.getByText('Perkiraan ukuran lubang')).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Foto 1 (dari pelapor)' })).toHaveAttribute(
    'src',
    '/api/files/photos/p1',
  );

  const timeline = within(screen.getByRole('region', { name: 'Riwayat penanganan' })).getAllByRole(
    'listitem',
  );
  expect(timeline.map((entry) => entry.querySelector('.timeline-headline')?.textContent)).toEqual([
    'Laporan dikirim',
    'Jawaban petugas',
    'Status: Dijadwalkan',
    'Status: Selesai',
  ]);
  expect(timeline[1]).toHaveTextContent('Tim kami akan datang besok.');
  expect(timeline[1]).toHaveTextContent('Petugas');
  expect(timeline[2]).toHaveTextContent('Dijanjikan selesai paling lambat 10 Jan 2026');
  expect(within(timeline[3]).getByRole('img', { name: 'Foto 1' })).toHaveAttribute(
    'src',
    '/api/files/photos/proof',
  );
  expect(screen.getByText(/Laporan ini dirahasiakan dari publik/)).toBeInTheDocument();
});

it('lets the reporter confirm a resolution', async () => {
  const { user, cases } = await openCase(resolved());
  await user.click(screen.getByRole('button', { name: 'Ya, sudah selesai' }));
  expect(cases.reporterAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', { action: 'confirm' });
  expect(cases.detail).toHaveBeenCalledTimes(2);
});

it('lets the reporter reopen once, with a reason', async () => {
  const { user, cases } = await openCase(resolved());
  const section = screen.getByRole('region', { name: 'Belum selesai?' });
  await user.click(within(section).getByRole('button', { name: 'Buka kembali laporan' }));
  expect(await within(section).findByText('Alasan 5–1.000 karakter')).toBeInTheDocument();
  expect(cases.reporterAction).not.toHaveBeenCalled();
  await user.type(within(section).getByLabelText('Alasan (wajib)'), 'Lubangnya muncul lagi');
  await user.click(within(section).getByRole('button', { name: 'Buka kembali laporan' }));
  expect(cases.reporterAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', {
    action: 'reopen',
    reason: 'Lubangnya muncul lagi',
  });
});

it('does not offer reopening a second time', async () => {
  await openCase(resolved({ actions: ['confirm', 'rate'], reopenCount: 1 }));
  expect(screen.queryByRole('region', { name: 'Belum selesai?' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Ya, sudah selesai' })).toBeInTheDocument();
});

it('rates 1–5 stars with an optional comment', async () => {
  const { user, cases } = await openCase(resolved({ status: 'ditutup', actions: ['rate'] }));
  const section = screen.getByRole('region', { name: 'Nilai penanganan laporan ini' });
  await user.click(within(section).getByRole('button', { name: 'Kirim penilaian' }));
  expect(await within(section).findByText('Pilih 1 sampai 5 bintang')).toBeInTheDocument();

  expect(within(section).getAllByRole('radio')).toHaveLength(5);
  await user.click(within(section).getByRole('radio', { name: '4 bintang' }));
  expect(section.querySelectorAll('.star-on')).toHaveLength(4);
  await user.click(within(section).getByRole('button', { name: 'Kirim penilaian' }));
  expect(cases.reporterAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', { action: 'rate', rating: 4 });
});

it('shows a given rating instead of the form', async () => {
  await openCase(resolved({ status: 'ditutup', actions: ['rate'], rating: 4 }));
  expect(screen.getByText('Penilaian Anda: 4 dari 5 bintang. Terima kasih.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Kirim penilaian' })).not.toBeInTheDocument();
});

it('offers other residents "Saya juga mengalami"', async () => {
  const detail = caseDetailFixture({ viewer: 'public', actions: ['support'] });
  const { user, cases } = await openCase(detail, testUsers.resident);
  await user.click(screen.getByRole('button', { name: 'Saya juga mengalami' }));
  expect(cases.support).toHaveBeenCalledWith('LRG-7K2Q-9M4X');
  expect(screen.queryByRole('button', { name: 'Ya, sudah selesai' })).not.toBeInTheDocument();
});

it('asks a visitor to sign in to support', async () => {
  await openCase(caseDetailFixture(), null as never);
  expect(screen.getByText(/untuk menyatakan bahwa Anda juga mengalami/)).toBeInTheDocument();
  expect(within(screen.getByRole('main')).getByRole('link', { name: 'Masuk' })).toHaveAttribute(
    'href',
    '/masuk',
  );
});

it('says a case is not found, and that a code is not a code', async () => {
  const cases = fakeCasesApi({ detail: () => Promise.reject(new FakeApiError(404, 'not_found')) });
  renderPortal(config, { path: '/kasus/LRG-0000-0000', cases });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Laporan tidak ditemukan' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/Laporan yang dirahasiakan hanya dapat dibuka/)).toBeInTheDocument();

  const other = fakeCasesApi();
  renderPortal(config, { path: '/kasus/bukan-kode', cases: other });
  expect(await screen.findByText(/Kode pelacakan tidak sesuai format/)).toBeInTheDocument();
  expect(other.detail).not.toHaveBeenCalled();
});
