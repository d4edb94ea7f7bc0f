import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { throttlerOptions } from './common/http/throttles';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AUTH_OPTIONS, AccessGuard } from '@layanan/auth/server';
import type { Writable } from 'node:stream';
import { ConfigModule, type ResolvedConfig } from './config/config.module';
import { AllExceptionsFilter } from './common/http/exception.filter';
import { ZodValidationPipe } from './common/http/validation.pipe';
import { loggerParams } from './common/logging';
import { dataSourceOptions } from './database/data-source-options';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { AdminModule } from './modules/admin/admin.module';
import { BabharModule } from './modules/babhar/babhar.module';
import { CasesModule } from './modules/cases/cases.module';
import { FilesModule } from './modules/files/files.module';
import { IdentityModule } from './modules/identity/identity.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { Open311Module } from './modules/open311/open311.module';
import { RegionsModule } from './modules/regions/regions.module';
import { SehatModule } from './modules/sehat/sehat.module';
import { SystemModule } from './modules/system/system.module';

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig, logStream?: Writable): DynamicModule {
    const throttle = throttlerOptions(config);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, logStream)),
        TypeOrmModule.forRoot(dataSourceOptions(config)),
        ThrottlerModule.forRoot(throttle),
        IdempotencyModule,
        RegionsModule,
        IdentityModule,
        FilesModule,
        CasesModule,
        SehatModule,
        BabharModule,
        NotificationsModule,
        Open311Module,
        AdminModule,
        SystemModule,
      ],
      providers: [
        { provide: AUTH_OPTIONS, useValue: { accessTokenSecret: config.jwtSecret } },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // The rate-limit storage as a provider too, so that it is closed on shutdown.
        { provide: 'THROTTLE_STORAGE', useValue: throttle.storage },
      ],
    };
  }
}
