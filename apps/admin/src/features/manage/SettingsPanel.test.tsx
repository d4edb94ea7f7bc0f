import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppError, type BabharSettingsView, defaultBabharConfig } from '@layanan/domain';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

const settings: BabharSettingsView = {
  crudeBirthRatePerMille: 20,
  crudeBirthRateDefault: 20,
  crudeBirthRateSaved: false,
  rules: defaultBabharConfig,
  rulesDefault: defaultBabharConfig,
  rulesSaved: false,
  updatedAt: null,
};

describe('regency settings', () => {
  it('saves the crude birth rate with an idempotency key, and a threshold in the rules', async () => {
    const api = fakeAdminApi({
      babharSettings: () => Promise.resolve(settings),
      saveBabharSettings: () => Promise.resolve(settings),
    });
    renderPortal(portal, {
      path: '/kelola?bagian=pengaturan',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    const rate = await screen.findByLabelText(/^Angka kelahiran kasar/);
    await userEvent.clear(rate);
    await userEvent.type(rate, '25,5');
    await userEvent.click(screen.getAllByRole('button', { name: 'Simpan' })[0]);
    expect(api.saveBabharSettings).toHaveBeenCalledWith({ crudeBirthRatePerMille: 25.5 }, expect.any(String));

    const hb = screen.getByLabelText(/^Anemia: Hb \(g\/dL\): nilai/);
    await userEvent.clear(hb);
    await userEvent.type(hb, '12');
    await userEvent.click(screen.getAllByRole('button', { name: 'Simpan' })[1]);
    const [input] = api.saveBabharSettings.mock.calls[1];
    expect(input.rules?.flags.hbGdl).toEqual({ op: '<', value: 12 });
    expect(input.rules?.flags.lilaCm).toEqual(defaultBabharConfig.flags.lilaCm);
  });

  it('shows the fields the gateway refuses', async () => {
    const api = fakeAdminApi({
      babharSettings: () => Promise.resolve(settings),
      saveBabharSettings: () =>
        Promise.reject(
          Object.assign(new AppError('validation_failed', 400, { crudeBirthRatePerMille: 'Terlalu kecil' }), {
            message: 'Data tidak valid',
          }),
        ),
    });
    renderPortal(portal, {
      path: '/kelola?bagian=pengaturan',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    await userEvent.click((await screen.findAllByRole('button', { name: 'Simpan' }))[0]);
    expect(await screen.findByRole('alert')).toHaveTextContent('crudeBirthRatePerMille: Terlalu kecil');
  });

  it('edits the population of the desa of one kecamatan, sending only the changes', async () => {
    const rows = [
      {
        villageCode: '35.28.01.2001',
        villageName: 'Ambat',
        districtCode: '35.28.01',
        districtName: 'Tlanakan',
        population: 10000,
        defaultPopulation: 10000,
        saved: false,
      },
      {
        villageCode: '35.28.01.2002',
        villageName: 'Bandaran',
        districtCode: '35.28.01',
        districtName: 'Tlanakan',
        population: null,
        defaultPopulation: null,
        saved: false,
      },
      {
        villageCode: '35.28.02.2001',
        villageName: 'Bajur',
        districtCode: '35.28.02',
        districtName: 'Pademawu',
        population: null,
        defaultPopulation: null,
        saved: false,
      },
    ];
    const api = fakeAdminApi({
      population: () => Promise.resolve({ rows }),
      savePopulation: () => Promise.resolve({ rows }),
    });
    renderPortal(portal, {
      path: '/kelola?bagian=penduduk',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    const bandaran = await screen.findByLabelText(/^Bandaran/);
    expect(screen.queryByLabelText(/^Bajur/)).toBeNull();
    await userEvent.type(bandaran, '3500');
    await userEvent.click(screen.getByRole('button', { name: /Simpan penduduk/ }));
    expect(api.savePopulation).toHaveBeenCalledWith({ '35.28.01.2002': 3500 }, expect.any(String));
  });
});
