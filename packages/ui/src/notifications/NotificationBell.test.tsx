import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { fakeNotificationsApi, renderPortal, testUsers } from '../testing/index.js';

const config = { service: 'lorong' as const, basename: '/lorong', staffRoles: ['officer' as const] };
const item = (id: string, read: boolean) => ({
  id,
  kind: 'case.updated' as const,
  lang: 'id' as const,
  title: `LRG-7K2Q-9M4X: Dijadwalkan ${id}`,
  body: 'Ditambal minggu depan',
  titleId: 'x',
  titleEn: 'x',
  bodyId: 'x',
  bodyEn: 'x',
  link: '/lorong/kasus/LRG-7K2Q-9M4X',
  readAt: read ? '2026-11-27T01:00:00.000Z' : null,
  createdAt: '2026-11-27T01:00:00.000Z',
});

it('is not shown to visitors', async () => {
  renderPortal(config);
  await screen.findByRole('link', { name: 'Masuk' });
  expect(screen.queryByRole('button', { name: /Notifikasi/ })).not.toBeInTheDocument();
});

it('shows the unread count, lists the notifications with their links, and marks them read', async () => {
  const inbox = fakeNotificationsApi([item('a', false), item('b', true)]);
  renderPortal(config, { user: testUsers.resident, notifications: inbox });
  const bell = await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
  await userEvent.click(bell);
  const panel = screen.getByRole('region', { name: 'Notifikasi' });
  const links = within(panel).getAllByRole('link');
  expect(links).toHaveLength(2);
  expect(links[0]).toHaveAttribute('href', '/lorong/kasus/LRG-7K2Q-9M4X');
  expect(links[0]).toHaveTextContent('Ditambal minggu depan');
  await userEvent.click(within(panel).getByRole('button', { name: 'Tandai semua dibaca' }));
  expect(inbox.reads).toEqual(['*']);
  await screen.findByRole('button', { name: 'Notifikasi, 0 belum dibaca' });
});

it('says so when there is nothing yet', async () => {
  renderPortal(config, { user: testUsers.resident });
  await userEvent.click(await screen.findByRole('button', { name: 'Notifikasi, 0 belum dibaca' }));
  expect(screen.getByText('Belum ada notifikasi.')).toBeInTheDocument();
});
