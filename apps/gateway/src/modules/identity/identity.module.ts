import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { RegionsModule } from '../regions/regions.module';
import { AuditService } from './audit.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuditLogEntry } from './entities/audit-log.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { ResidentsController } from './residents.controller';
import { ResidentsService } from './residents.service';
import { SessionsService } from './sessions.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken, AuditLogEntry]), RegionsModule],
  controllers: [AuthController, StaffController, ResidentsController],
  providers: [
    FieldCipher,
    UsersService,
    SessionsService,
    AuthService,
    StaffService,
    ResidentsService,
    AuditService,
  ],
  exports: [UsersService, AuditService, FieldCipher],
})
export class IdentityModule {}
