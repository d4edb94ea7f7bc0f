import type { SehatConfig } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';

export const SEHAT_CONFIG = Symbol('SEHAT_CONFIG');
export type SehatSettings = SehatConfig;

export const sehatConfigProvider = {
  provide: SEHAT_CONFIG,
  inject: [APP_CONFIG],
  useFactory: (config: ResolvedConfig): SehatSettings => config.sehat,
};
