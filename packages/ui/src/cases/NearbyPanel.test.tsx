import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import {
  FakeApiError,
  caseSummaryFixture,
  categoryFixture,
  fakeCasesApi,
  renderPortal,
  testUsers,
} from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import { caseFeatures } from './routes.js';

jest.mock('./MapView.js', () => ({ __esModule: true, default: () => null }));

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong', roadFields: true }),
};

const nearbyCase = {
  ...caseSummaryFixture({ trackingCode: 'LRG-AAAA-BBBB', title: 'Lubang di depan pasar', supporterCount: 2 }),
  distanceM: 23,
};

async function pickCategoryAndPoint(overrides: Parameters<typeof fakeCasesApi>[0]) {
  const cases = fakeCasesApi({ categories: () => Promise.resolve([categoryFixture()]), ...overrides });
  renderPortal(config, { path: '/lapor', user: testUsers.resident, cases });
  const user = userEvent.setup();
  await screen.findByRole('option', { name: 'Jalan berlubang' });
  await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Jalan berlubang');
  await user.type(screen.getByLabelText('Lintang (latitude)'), '-7.1566');
  await user.type(screen.getByLabelText('Bujur (longitude)'), '113.4746');
  return { cases, user };
}

it('shows open cases of the same category near the point before sending, and lets the resident support one', async () => {
  const { cases, user } = await pickCategoryAndPoint({ nearby: () => Promise.resolve([nearbyCase]) });

  expect(
    await screen.findByRole('heading', { name: 'Sudah ada laporan serupa di dekat sini' }),
  ).toBeInTheDocument();
  // Asked once the typing settled, not at every keystroke.
  expect(cases.nearby).toHaveBeenCalledTimes(1);
  expect(cases.nearby).toHaveBeenCalledWith('cat-pothole', { lat: -7.1566, lng: 113.4746 });
  expect(screen.getByRole('link', { name: 'Lubang di depan pasar' })).toHaveAttribute(
    'href',
    '/kasus/LRG-AAAA-BBBB',
  );
  expect(screen.getByText(/23 m dari titik Anda/)).toHaveTextContent('2 warga juga mengalami');
  // It comes before the send button.
  const panel = screen.getByRole('heading', { name: /laporan serupa/ });
  expect(panel.compareDocumentPosition(screen.getByRole('button', { name: 'Kirim laporan' }))).toBe(
    Node.DOCUMENT_POSITION_FOLLOWING,
  );

  await user.click(screen.getByRole('button', { name: 'Saya juga mengalami' }));
  expect(await screen.findByText(/Dukungan Anda tercatat/)).toBeInTheDocument();
  expect(cases.support).toHaveBeenCalledWith('LRG-AAAA-BBBB');
  expect(cases.submit).not.toHaveBeenCalled();
});

it('says why a support was refused', async () => {
  const { user } = await pickCategoryAndPoint({
    nearby: () => Promise.resolve([nearbyCase]),
    support: () => Promise.reject(new FakeApiError(400, 'own_case')),
  });
  await user.click(await screen.findByRole('button', { name: 'Saya juga mengalami' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Ini laporan Anda sendiri');
});

it('asks nothing without a category or a point', async () => {
  const cases = fakeCasesApi({ categories: () => Promise.resolve([categoryFixture()]) });
  renderPortal(config, { path: '/lapor', user: testUsers.resident, cases });
  await userEvent.setup().type(await screen.findByLabelText('Lintang (latitude)'), '-7.1');
  expect(cases.nearby).not.toHaveBeenCalled();
});
