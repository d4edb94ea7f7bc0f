import { screen } from '@testing-library/react';
import { describePortal, renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from './portal';

describePortal(portal, {
  title: 'e-Lorong',
  staffAllowed: ['officer', 'regency_admin'],
  staffRefused: ['resident', 'health_staff'],
});

it('asks for the road status and the severity on its report form, with the note on whose road it is', async () => {
  renderPortal(portal, { path: '/lapor', user: testUsers.resident });
  const road = await screen.findByRole('group', { name: 'Status jalan' });
  expect(road).toHaveAccessibleDescription(expect.stringContaining('dapat dijawab "Bukan wewenang"'));
  expect(screen.getByRole('group', { name: 'Tingkat kerusakan' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Sembunyikan peta' })).toHaveAttribute('aria-expanded', 'true');
});
