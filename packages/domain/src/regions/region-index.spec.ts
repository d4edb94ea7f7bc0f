import { pamekasanRegions } from './test-regions.js';

describe('regions of Kabupaten Pamekasan (35.28) from idn-area-data', () => {
  const regions = pamekasanRegions();

  it('has the regency and its province', () => {
    expect(regions.regency('35.28')?.name).toMatch(/pamekasan/i);
    expect(regions.province('35')?.name).toMatch(/jawa timur/i);
  });

  it('has 13 kecamatan in code order, Tlanakan first and Pasean last', () => {
    const districts = regions.districtsOf('35.28');
    expect(districts).toHaveLength(13);
    expect(districts[0]).toMatchObject({ code: '35.28.01', name: 'Tlanakan' });
    expect(districts[12]).toMatchObject({ code: '35.28.13', name: 'Pasean' });
  });

  it('has 189 villages: 178 desa and 11 kelurahan', () => {
    const villages = regions.villagesOfRegency('35.28');
    expect(villages).toHaveLength(189);
    expect(villages.filter((v) => v.kind === 'desa')).toHaveLength(178);
    expect(villages.filter((v) => v.kind === 'kelurahan')).toHaveLength(11);
  });

  it('lists the villages of one kecamatan and places them in the regency', () => {
    const tlanakan = regions.villagesOf('35.28.01');
    expect(tlanakan.length).toBeGreaterThan(5);
    expect(tlanakan.every((v) => v.districtCode === '35.28.01')).toBe(true);
    expect(regions.isInRegency(tlanakan[0].code, '35.28')).toBe(true);
    expect(regions.isInRegency(tlanakan[0].code, '35.27')).toBe(false);
  });

  it('knows districts nationwide for NIK checks but loads villages only where asked', () => {
    expect(regions.hasDistrict('357801')).toBe(true);
    expect(regions.villagesOf('35.78.01')).toEqual([]);
    expect(regions.district('35.28.99')).toBeUndefined();
  });
});
