import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { LandingController } from './landing.controller';

@Module({ controllers: [HealthController, LandingController] })
export class SystemModule {}
