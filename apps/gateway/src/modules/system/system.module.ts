import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { LandingController } from './landing.controller';
import { PublicConfigController } from './public-config.controller';

@Module({ controllers: [HealthController, LandingController, PublicConfigController] })
export class SystemModule {}
