import { Agency } from '../modules/cases/entities/agency.entity';
import { Category } from '../modules/cases/entities/category.entity';
import { AuditLogEntry } from '../modules/identity/entities/audit-log.entity';
import { RefreshToken } from '../modules/identity/entities/refresh-token.entity';
import { User } from '../modules/identity/entities/user.entity';
import { Facility } from '../modules/sehat/entities/facility.entity';

/** Every entity of every module; the migrations of both drivers must match these. */
export const entities = [User, RefreshToken, AuditLogEntry, Agency, Category, Facility];
