import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { CaseDetail } from '@layanan/domain';
import {
  FakeApiError,
  caseDetailFixture,
  fakeCasesApi,
  renderPortal,
  testUsers,
  timelineFixture,
} from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import { caseFeatures } from './routes.js';
import { todayWib } from './officer-actions.js';

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong', roadFields: true }),
};

const allActions = [
  'respond',
  'note',
  'assign',
  'verify',
  'start',
  'reroute',
  'schedule',
  'resolve',
  'reject',
  'not_competent',
  'wait_budget',
  'duplicate',
];

const officer = { ...testUsers.officer, id: '5b0f7c9e-2d7a-4f7e-9a51-3c7f8a1d2e40' };

function staffDetail(overrides: Partial<CaseDetail> = {}) {
  return caseDetailFixture({
    viewer: 'staff',
    actions: allActions,
    anonim: true,
    rahasia: false,
    reporter: { name: null, verified: false },
    assigneeId: null,
    sla: {
      responseMark: 'pending',
      firstResponseMinutes: null,
      verifyBy: '2026-01-08T10:00:00.000Z',
      followUpBy: '2026-01-12T10:00:00.000Z',
      resolveBy: '2026-01-15T10:00:00.000Z',
      autoCloseAt: null,
      overdue: true,
      dueAt: '2026-01-08T10:00:00.000Z',
    },
    timeline: [
      timelineFixture(),
      timelineFixture({
        id: 2,
        kind: 'note',
        actorRole: 'officer',
        isPublic: false,
        toStatus: null,
        message: 'Cek lokasi besok',
      }),
    ],
    ...overrides,
  });
}

async function openCase(detail = staffDetail(), extra: Parameters<typeof fakeCasesApi>[0] = {}) {
  const cases = fakeCasesApi({
    detail: () => Promise.resolve(detail),
    agencies: () =>
      Promise.resolve([
        { id: 'agency-pupr', code: 'PUPR', name: 'Dinas PUPR' },
        { id: 'agency-dishub', code: 'DISHUB', name: 'Dinas Perhubungan' },
      ]),
    responseTemplates: () =>
      Promise.resolve([
        { id: 't1', title: 'Terima kasih', body: 'Terima kasih, laporan sedang kami tinjau.' },
      ]),
    ...extra,
  });
  const rendered = renderPortal(config, { path: `/staf/kasus/${detail.trackingCode}`, user: officer, cases });
  await screen.findByRole('heading', { level: 1, name: detail.title });
  return { ...rendered, cases, user: userEvent.setup() };
}

async function open(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name }));
  return screen.getByRole('form', { name });
}

const submit = (form: HTMLElement) => within(form).getAllByRole('button').at(-1)!;

it('shows what staff need: anonymity kept, lateness, the clock and internal notes', async () => {
  await openCase();
  const handling = screen.getByRole('region', { name: 'Penanganan' });
  expect(handling).toHaveClass('queue-overdue');
  expect(within(handling).getByText('Terlambat')).toBeInTheDocument();
  expect(within(handling).getByText('Anonim (nama disembunyikan)')).toBeInTheDocument();
  expect(within(handling).getByText('Belum ada respons petugas')).toBeInTheDocument();
  expect(screen.getByText('Cek lokasi besok')).toBeInTheDocument();
  expect(screen.getByText(/hanya petugas/)).toBeInTheDocument();
});

it('offers only the steps the gateway allows now', async () => {
  await openCase(staffDetail({ actions: ['respond', 'note', 'assign', 'start'] }));
  const region = within(screen.getByRole('region', { name: 'Tindakan' }));
  const names = ['Jawab secara publik', 'Mulai proses', 'Catatan internal', 'Penugasan'];
  expect(region.getAllByRole('button')).toEqual(names.map((name) => region.getByRole('button', { name })));
});

it.each([
  ['Jawab secara publik', ['Isi pesan, paling banyak 4.000 karakter']],
  ['Catatan internal', ['Isi pesan, paling banyak 4.000 karakter']],
  ['Jadwalkan penanganan', ['Pilih tanggal']],
  ['Tandai selesai', ['Isi pesan, paling banyak 4.000 karakter', 'Unggah foto bukti penyelesaian']],
  ['Tolak laporan', ['Alasan 5–1.000 karakter']],
  ['Teruskan ke instansi lain (disposisi)', ['Pilih instansi tujuan', 'Alasan 5–1.000 karakter']],
  [
    'Bukan wewenang kabupaten',
    ['Tulis instansi yang berwenang (3–200 karakter)', 'Tulis ke mana warga dapat melapor (3–300 karakter)'],
  ],
  ['Tandai sebagai duplikat', ['Isi kode pelacakan laporan asal']],
  ['Penugasan', ['Pilih salah satu']],
])('“%s” refuses to send without what the schema requires', async (name, messages) => {
  const { user, cases } = await openCase();
  const form = await open(user, name);
  await user.click(submit(form));
  for (const text of messages) expect(await within(form).findByText(text)).toBeInTheDocument();
  expect(within(form).getByRole('alert')).toHaveTextContent('Periksa kembali isian yang ditandai.');
  expect(cases.officerAction).not.toHaveBeenCalled();
});

it('marks as required exactly what officerActionSchema requires', async () => {
  const { user } = await openCase();
  const respond = await open(user, 'Jawab secara publik');
  expect(within(respond).getByRole('textbox', { name: /^Pesan untuk pelapor/ })).toHaveAccessibleName(
    /\(wajib\)$/,
  );
  expect(within(respond).getByRole('group', { name: 'Foto' })).toBeInTheDocument();

  const resolve = await open(user, 'Tandai selesai');
  expect(within(resolve).getByRole('group', { name: 'Foto bukti penyelesaian (wajib)' })).toBeInTheDocument();

  const verify = await open(user, 'Verifikasi laporan');
  expect(
    within(verify).getByRole('textbox', { name: 'Pesan untuk pelapor (tampil di halaman publik)' }),
  ).toBeInTheDocument();
});

it('answers publicly with a ready answer inserted into the box', async () => {
  const { user, cases } = await openCase();
  const form = await open(user, 'Jawab secara publik');
  await user.selectOptions(await within(form).findByLabelText('Jawaban siap pakai'), 'Terima kasih');
  await user.click(within(form).getByRole('button', { name: 'Sisipkan' }));
  const box = within(form).getByRole('textbox', { name: /^Pesan untuk pelapor/ });
  expect(box).toHaveValue('Terima kasih, laporan sedang kami tinjau.');
  expect(box).toHaveFocus();
  await user.type(box, ' Petugas datang besok.');
  await user.click(submit(form));

  expect(await screen.findByText('Tersimpan: Jawab secara publik.')).toBeInTheDocument();
  expect(cases.officerAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', {
    action: 'respond',
    message: 'Terima kasih, laporan sedang kami tinjau. Petugas datang besok.',
  });
  expect(cases.responseTemplates).toHaveBeenCalledWith('agency-pupr');
  // The form closes and the case is read again.
  expect(screen.queryByRole('form', { name: 'Jawab secara publik' })).not.toBeInTheDocument();
  expect(cases.detail).toHaveBeenCalledTimes(2);
});

it('verifies without a message (it is optional)', async () => {
  const { user, cases } = await openCase();
  await user.click(submit(await open(user, 'Verifikasi laporan')));
  expect(await screen.findByText('Tersimpan: Verifikasi laporan.')).toBeInTheDocument();
  expect(cases.officerAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', { action: 'verify' });
});

it('schedules with a promised date, never in the past', async () => {
  const { user, cases } = await openCase();
  const form = await open(user, 'Jadwalkan penanganan');
  const date = within(form).getByLabelText('Selesai paling lambat (wajib)');
  expect(date).toHaveAttribute('min', todayWib());
  await user.type(date, '2020-01-01');
  await user.click(submit(form));
  expect(await within(form).findByText('Tanggal janji tidak boleh lewat')).toBeInTheDocument();

  await user.clear(date);
  await user.type(date, '2099-03-01');
  await user.click(submit(form));
  expect(await screen.findByText('Tersimpan: Jadwalkan penanganan.')).toBeInTheDocument();
  expect(cases.officerAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', {
    action: 'schedule',
    promisedBy: '2099-03-01',
  });
});

it('resolves only with an uploaded proof photo', async () => {
  URL.createObjectURL = jest.fn(() => 'blob:proof');
  URL.revokeObjectURL = jest.fn();
  const proofId = '0d9c1e34-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  const { user, cases } = await openCase(staffDetail(), {
    uploadPhoto: () => Promise.resolve({ id: proofId, width: 10, height: 10, gps: null }),
  });
  const form = await open(user, 'Tandai selesai');
  await user.type(
    within(form).getByRole('textbox', { name: /^Pesan untuk pelapor/ }),
    'Lubang sudah ditambal.',
  );
  await user.upload(
    within(form).getByLabelText('Tambah foto'),
    new File(['x'], 'bukti.jpg', { type: 'image/jpeg' }),
  );
  expect(await within(form).findByText('Terunggah')).toBeInTheDocument();
  await user.click(submit(form));
  expect(await screen.findByText('Tersimpan: Tandai selesai.')).toBeInTheDocument();
  expect(cases.officerAction).toHaveBeenCalledWith('LRG-7K2Q-9M4X', {
    action: 'resolve',
    message: 'Lubang sudah ditambal.',
    proofPhotoId: proofId,
  });
});

it('sends the other steps with exactly their fields', async () => {
  const { user, cases } = await openCase();

  let form = await open(user, 'Teruskan ke instansi lain (disposisi)');
  const agency = await within(form).findByRole('option', { name: 'Dinas Perhubungan' });
  expect(within(form).queryByRole('option', { name: 'Dinas PUPR' })).not.toBeInTheDocument();
  await user.selectOptions(within(form).getByLabelText('Instansi tujuan (wajib)'), agency);
  await user.type(within(form).getByLabelText(/^Alasan/), 'Lampu lalu lintas, bukan jalan');
  await user.click(submit(form));
  await screen.findByText(/Tersimpan: Teruskan/);

  form = await open(user, 'Bukan wewenang kabupaten');
  await user.type(within(form).getByLabelText(/^Instansi yang berwenang/), 'BBPJN Jawa Timur–Bali');
  await user.type(within(form).getByLabelText(/^Tempat melapor/), 'Jl. Raya Waru 20, Sidoarjo');
  await user.click(submit(form));
  await screen.findByText(/Tersimpan: Bukan wewenang/);

  form = await open(user, 'Menunggu anggaran');
  expect(within(form).getByLabelText(/^Tahun anggaran/)).toHaveValue(
    String(Number(todayWib().slice(0, 4)) + 1),
  );
  await user.click(submit(form));
  await screen.findByText(/Tersimpan: Menunggu anggaran/);

  form = await open(user, 'Tandai sebagai duplikat');
  await user.type(within(form).getByLabelText(/^Sama dengan laporan/), 'LRG-AAAA-BBBB');
  await user.click(submit(form));
  await screen.findByText(/Tersimpan: Tandai sebagai duplikat/);

  form = await open(user, 'Penugasan');
  await user.click(within(form).getByRole('radio', { name: 'Tugaskan ke saya' }));
  await user.click(submit(form));
  await screen.findByText(/Tersimpan: Penugasan/);

  expect(cases.officerAction.mock.calls.map(([, body]) => body)).toEqual([
    { action: 'reroute', agencyId: 'agency-dishub', reason: 'Lampu lalu lintas, bukan jalan' },
    {
      action: 'not_competent',
      responsibleBody: 'BBPJN Jawa Timur–Bali',
      whereToReport: 'Jl. Raya Waru 20, Sidoarjo',
    },
    { action: 'wait_budget', budgetYear: Number(todayWib().slice(0, 4)) + 1 },
    { action: 'duplicate', duplicateOf: 'LRG-AAAA-BBBB' },
    { action: 'assign', assigneeId: officer.id },
  ]);
});

it('assigns the case to a colleague of the agency', async () => {
  const { user, cases } = await openCase(staffDetail(), {
    colleagues: () =>
      Promise.resolve([
        { id: officer.id, fullName: officer.fullName },
        { id: '6f1c2b8e-1d2a-4b3c-8d4e-5f6a7b8c9d0e', fullName: 'Petugas Dua' },
      ]),
  });
  const form = await open(user, 'Penugasan');
  // The officer appears once, as "me"; the colleague by name.
  expect(
    within(form)
      .getAllByRole('radio')
      .map((r) => r.getAttribute('value')),
  ).toEqual(['me', '6f1c2b8e-1d2a-4b3c-8d4e-5f6a7b8c9d0e', 'none']);
  await user.click(within(form).getByRole('radio', { name: 'Petugas Dua' }));
  await user.click(submit(form));
  await screen.findByText(/Tersimpan: Penugasan/);
  expect(cases.officerAction.mock.calls.map(([, body]) => body)).toEqual([
    { action: 'assign', assigneeId: '6f1c2b8e-1d2a-4b3c-8d4e-5f6a7b8c9d0e' },
  ]);
});

it('shows the gateway’s refusal of a step', async () => {
  const { user } = await openCase(staffDetail(), {
    officerAction: () => Promise.reject(new FakeApiError(409, 'transition_not_allowed', { action: 'x' })),
  });
  const form = await open(user, 'Verifikasi laporan');
  await user.click(submit(form));
  expect(await within(form).findByRole('alert')).toHaveTextContent(
    'Langkah ini tidak bisa dilakukan pada status kasus sekarang',
  );
});

it('tells an officer of another agency that the case is not theirs', async () => {
  await openCase(staffDetail({ viewer: 'public', actions: [] }));
  expect(screen.getByText(/Laporan ini ditangani instansi lain/)).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Tindakan' })).not.toBeInTheDocument();
});
