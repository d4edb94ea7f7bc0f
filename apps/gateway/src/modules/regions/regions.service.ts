import { dirname, join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { type District, type RegionIndex, type Village, notFound } from '@layanan/domain';
import { loadRegionIndex } from '@layanan/domain/regions-node';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';

/** Kecamatan and desa of the configured regency, from idn-area-data (loaded once). */
@Injectable()
export class RegionsService {
  readonly index: RegionIndex;
  readonly regencyCode: string;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.regencyCode = config.regencyCode;
    this.index = loadRegionIndex({
      dataDir: join(dirname(require.resolve('idn-area-data/package.json')), 'data'),
      villagesOf: [config.regencyCode],
    });
    if (!this.index.regency(config.regencyCode)) {
      throw new Error(`REGENCY_CODE ${config.regencyCode} is not a regency in idn-area-data`);
    }
  }

  regency() {
    const regency = this.index.regency(this.regencyCode)!;
    return { ...regency, province: this.index.province(regency.provinceCode)!.name };
  }

  districts(): District[] {
    return this.index.districtsOf(this.regencyCode);
  }

  villagesOf(districtCode: string): Village[] {
    const district = this.index.district(districtCode);
    if (!district || district.regencyCode !== this.regencyCode) throw notFound();
    return this.index.villagesOf(districtCode);
  }
}
