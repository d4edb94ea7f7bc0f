import { screen } from '@testing-library/react';
import { describePortal, renderPortal, testUsers } from '../testing/index.js';
import { resolvePortal } from './config.js';
import { services } from '../theme/services.js';

describePortal(
  { service: 'sehat', basename: '/sehat', staffRoles: ['health_staff', 'regency_admin'] },
  {
    title: 'e-Sehat',
    staffAllowed: ['health_staff', 'regency_admin'],
    staffRefused: ['resident', 'officer'],
  },
);

describePortal(
  { service: 'admin', basename: '/admin', staffRoles: ['regency_admin'], restricted: true },
  {
    title: 'Admin',
    staffAllowed: ['regency_admin'],
    staffRefused: ['resident', 'officer', 'health_staff'],
    restricted: true,
  },
);

describe('a restricted portal', () => {
  const admin = {
    service: 'admin',
    basename: '/admin',
    staffRoles: ['regency_admin'],
    restricted: true,
  } as const;

  it('refuses other roles everywhere, including its home page', async () => {
    renderPortal(admin, { path: '/', user: testUsers.officer });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('still opens its sign-in page', async () => {
    renderPortal(admin, { path: '/masuk' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Daftar sebagai warga' })).not.toBeInTheDocument();
  });
});

describe('the theme', () => {
  it('lets a portal override the name and colour', () => {
    const portal = resolvePortal({
      service: 'madul',
      basename: '/madul',
      staffRoles: [],
      title: 'Lapor Bupati',
      colour: '#000',
    });
    expect(portal).toMatchObject({ title: 'Lapor Bupati', colour: '#000', restricted: false, nav: [] });
    expect(portal.description).toBe(services.madul.description);
  });

  it.each(Object.values(services))('$name has a colour with white text at 4.5:1 or more', (theme) => {
    const channel = (hex: string) => {
      const c = parseInt(hex, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const [r, g, b] = [1, 3, 5].map((i) => channel(theme.colour.slice(i, i + 2)));
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    expect(1.05 / (luminance + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
