import { Agency } from '../modules/cases/entities/agency.entity';
import { Case } from '../modules/cases/entities/case.entity';
import { CaseEvent } from '../modules/cases/entities/case-event.entity';
import { CasePhoto } from '../modules/cases/entities/case-photo.entity';
import { Category } from '../modules/cases/entities/category.entity';
import { HolidayRow } from '../modules/cases/entities/holiday.entity';
import { ResponseTemplate } from '../modules/cases/entities/response-template.entity';
import { RoutingRule } from '../modules/cases/entities/routing-rule.entity';
import { Supporter } from '../modules/cases/entities/supporter.entity';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { Upload } from '../modules/files/entities/upload.entity';
import { AuditLogEntry } from '../modules/identity/entities/audit-log.entity';
import { RefreshToken } from '../modules/identity/entities/refresh-token.entity';
import { User } from '../modules/identity/entities/user.entity';
import { Notification } from '../modules/notifications/entities/notification.entity';
import { OutboxMessage } from '../modules/notifications/entities/outbox-message.entity';
import { Open311Client } from '../modules/open311/entities/open311-client.entity';
import { BookingDay } from '../modules/sehat/entities/booking-day.entity';
import { ConsultationMessage } from '../modules/sehat/entities/consultation-message.entity';
import { Consultation } from '../modules/sehat/entities/consultation.entity';
import { Booking } from '../modules/sehat/entities/booking.entity';
import { Facility } from '../modules/sehat/entities/facility.entity';
import { PolyclinicQuota } from '../modules/sehat/entities/polyclinic-quota.entity';
import { TransportRequest } from '../modules/sehat/entities/transport-request.entity';
import { Vehicle } from '../modules/sehat/entities/vehicle.entity';
import { babharEntities } from '../modules/babhar/entities';

/** Every entity of every module; the migrations of both drivers must match these. */
export const entities = [
  User,
  RefreshToken,
  AuditLogEntry,
  Agency,
  Category,
  Facility,
  Notification,
  OutboxMessage,
  Case,
  CaseEvent,
  CasePhoto,
  Supporter,
  RoutingRule,
  HolidayRow,
  ResponseTemplate,
  IdempotencyKey,
  Upload,
  Open311Client,
  PolyclinicQuota,
  BookingDay,
  Booking,
  Vehicle,
  TransportRequest,
  Consultation,
  ConsultationMessage,
  ...babharEntities,
];
