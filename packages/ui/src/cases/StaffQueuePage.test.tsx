import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import {
  categoryFixture,
  fakeCasesApi,
  queueItemFixture,
  renderPortal,
  testUsers,
} from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import { caseFeatures } from './routes.js';

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong', roadFields: true }),
};

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

const items = [
  queueItemFixture({
    trackingCode: 'LRG-0000-0001',
    title: 'Jembatan ambrol',
    overdue: true,
    dueAt: hours(-30),
    responseMark: 'sanction',
  }),
  queueItemFixture({
    trackingCode: 'LRG-0000-0002',
    title: 'Lubang di tikungan',
    dueAt: hours(5),
    responseMark: 'reward',
  }),
  queueItemFixture({
    trackingCode: 'LRG-0000-0003',
    title: 'Lampu mati',
    dueAt: hours(72),
    responseMark: 'pending',
  }),
];

async function openQueue() {
  const cases = fakeCasesApi({
    staffQueue: () => Promise.resolve({ items, total: 3, page: 1, pageSize: 20 }),
    categories: () => Promise.resolve([categoryFixture()]),
    agencies: () => Promise.resolve([{ id: 'pupr', code: 'PUPR', name: 'Dinas PUPR' }]),
  });
  const rendered = renderPortal(config, { path: '/staf', user: testUsers.officer, cases });
  await screen.findByRole('heading', { level: 1, name: 'Area petugas' });
  const list = await screen.findByRole('list', { name: 'Antrean laporan' });
  return { ...rendered, cases, list };
}

const card = (list: HTMLElement, title: string) =>
  within(list).getByRole('link', { name: title }).closest('li') as HTMLElement;

it('lists the agency’s cases in the gateway’s (urgency) order, overdue ones highlighted red and said in words', async () => {
  const { list } = await openQueue();
  expect(
    within(list)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual(['Jembatan ambrol', 'Lubang di tikungan', 'Lampu mati']);

  const overdue = card(list, 'Jembatan ambrol');
  expect(overdue).toHaveClass('queue-overdue');
  expect(within(overdue).getByText('Terlambat')).toBeInTheDocument();
  expect(within(overdue).getByText('Respons lambat (tanda sanksi)')).toBeInTheDocument();

  const soon = card(list, 'Lubang di tikungan');
  expect(soon).toHaveClass('queue-due-soon');
  expect(soon).not.toHaveClass('queue-overdue');
  expect(within(soon).getByText('Batas waktu kurang dari 24 jam')).toBeInTheDocument();
  expect(within(soon).getByText('Respons cepat (tanda penghargaan)')).toBeInTheDocument();

  const later = card(list, 'Lampu mati');
  expect(later).toHaveClass('queue-normal');
  expect(within(later).queryByText('Terlambat')).not.toBeInTheDocument();
  expect(within(later).getByText('Belum ada respons petugas')).toBeInTheDocument();
  expect(within(later).getByText(/^Batas: .* WIB$/)).toBeInTheDocument();

  expect(within(list).getByRole('link', { name: 'Jembatan ambrol' })).toHaveAttribute(
    'href',
    '/staf/kasus/LRG-0000-0001',
  );
});

it('keeps the staff area’s greeting: the officer’s name, role and agency', async () => {
  await openQueue();
  expect(screen.getByText('Budi Santoso')).toBeInTheDocument();
  expect(await screen.findByText(/Dinas PUPR/)).toBeInTheDocument();
});

it('filters by category, lateness and text, kept in the address', async () => {
  const { cases, router } = await openQueue();
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('Batas waktu'), 'Hanya yang terlambat');
  await screen.findByRole('option', { name: 'Jalan berlubang' });
  await user.selectOptions(screen.getByLabelText('Kategori'), 'Jalan berlubang');
  await user.type(screen.getByLabelText('Cari (judul, uraian atau kode)'), 'jembatan');
  await user.click(screen.getByRole('button', { name: 'Terapkan' }));

  expect(router.state.location.search).toBe('?categoryId=cat-pothole&overdue=true&q=jembatan');
  expect(cases.staffQueue).toHaveBeenLastCalledWith({
    service: 'lorong',
    categoryId: 'cat-pothole',
    overdue: true,
    q: 'jembatan',
    page: 1,
    pageSize: 20,
  });
  // The form keeps what was chosen.
  expect(screen.getByLabelText('Batas waktu')).toHaveValue('true');
});

it('says so when the queue is empty', async () => {
  const cases = fakeCasesApi();
  renderPortal(config, { path: '/staf', user: testUsers.regency_admin, cases });
  expect(await screen.findByText('Tidak ada laporan di antrean ini.')).toBeInTheDocument();
  expect(screen.getByText(/Seluruh Kabupaten Pamekasan/)).toBeInTheDocument();
});
