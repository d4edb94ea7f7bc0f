import { screen } from '@testing-library/react';
import { describePortal, renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from './portal';

describePortal(portal, {
  title: 'e-Madul',
  staffAllowed: ['officer', 'regency_admin'],
  staffRefused: ['resident', 'health_staff'],
});

it('files complaints without road questions, the map behind a button', async () => {
  const { cases } = renderPortal(portal, { path: '/lapor', user: testUsers.resident });
  expect(await screen.findByRole('button', { name: 'Tampilkan peta' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  expect(screen.queryByRole('group', { name: 'Status jalan' })).not.toBeInTheDocument();
  expect(cases.categories).toHaveBeenCalledWith('madul');
});
