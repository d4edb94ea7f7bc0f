import { Inject, Injectable } from '@nestjs/common';
import type { BabharConfig } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import type { BabharSettings } from '../../config/config.schema';

/** e-Babhar's configuration (env BABHAR_*), read once. */
@Injectable()
export class BabharSettingsService {
  readonly settings: BabharSettings;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.settings = config.babhar;
  }

  get rules(): BabharConfig {
    return this.settings.rules;
  }
}
