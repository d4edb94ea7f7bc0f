import { Injectable } from '@nestjs/common';
import {
  type CaseService,
  type CategoryAttribute,
  type CreateCase,
  pointSchema,
  villageCodeSchema,
} from '@layanan/domain';
import { CaseSubmissionService } from '../cases/case-submission.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import type { Category } from '../cases/entities/category.entity';
import { RegionsService } from '../regions/regions.service';
import type { Open311Client } from './entities/open311-client.entity';
import { badRequest311, notFound311, say } from './open311.errors';
import { type RawParams, param, parseW3cDatetime } from './open311.params';
import { principalOf } from './open311-clients.service';
import { Open311RequestsService } from './open311-requests.service';
import { Open311ServicesService } from './open311-services.service';

/** "This may contain line breaks, but not html or code. Otherwise, this is free form text limited to 4,000 characters." */
export const MAX_DESCRIPTION = 4000;
const MAX_TITLE = 150;

/** Statuses mySociety's POST servicerequestupdates may carry (upper case there; any case here). */
const updateStatuses = [
  'OPEN',
  'CLOSED',
  'FIXED',
  'IN_PROGRESS',
  'ACTION_SCHEDULED',
  'INVESTIGATING',
  'DUPLICATE',
  'NOT_COUNCILS_RESPONSIBILITY',
  'NO_FURTHER_ACTION',
  'INTERNAL_REFERRAL',
  'REOPEN',
  'FOR_TRIAGE',
];

type Location =
  | { kind: 'point'; location: CreateCase['location'] }
  | { kind: 'address_string'; location: CreateCase['location'] }
  | { kind: 'address_id'; location: CreateCase['location'] };

/**
 * POST requests and POST servicerequestupdates: Open311 parameters turned into
 * the case engine's input. Requests enter the same routing, service levels and
 * notifications as the portals' reports. The person's own fields (first_name,
 * last_name, email, phone, device_id, account_id) are accepted and not kept:
 * nothing in the suite would read them, and the client remains the way back
 * to the person (it follows the request and its updates).
 */
@Injectable()
export class Open311IntakeService {
  constructor(
    private readonly services: Open311ServicesService,
    private readonly requests: Open311RequestsService,
    private readonly submission: CaseSubmissionService,
    private readonly workflow: CaseWorkflowService,
    private readonly regions: RegionsService,
  ) {}

  async createRequest(client: Open311Client, raw: RawParams) {
    const serviceCode = param(raw, 'service_code');
    if (!serviceCode) throw badRequest311(say('service_code wajib diisi', 'service_code is required'));
    const category = await this.services.byCode(serviceCode);
    if (!category)
      throw notFound311(
        say(`service_code ${serviceCode} tidak ditemukan`, `service_code ${serviceCode} not found`),
      );

    const problems: string[] = [];
    const place = this.location(raw, problems);
    const description = param(raw, 'description') ?? '';
    if (description.length > MAX_DESCRIPTION) {
      problems.push(
        say(
          `description paling panjang ${MAX_DESCRIPTION} karakter (ada ${description.length})`,
          `description may be at most ${MAX_DESCRIPTION} characters (got ${description.length})`,
        ),
      );
    }
    const mediaUrl = param(raw, 'media_url');
    if (mediaUrl !== undefined && !isWebUrl(mediaUrl))
      problems.push(say('media_url harus URL http(s)', 'media_url must be an http(s) URL'));
    if (problems.length || !place) throw badRequest311(...problems);

    const input: CreateCase = {
      service: category.service as CaseService,
      categoryId: category.id,
      title: titleOf(description, category),
      description,
      attributes: this.answers(this.services.attributesOf(category), raw.attribute),
      location: place.location,
      anonim: false,
      rahasia: false,
      photoIds: [],
    };
    const staffNote = [
      `Dikirim melalui klien Open311 “${client.name}”.`,
      mediaUrl ? `Media dari klien (belum diperiksa): ${mediaUrl}` : null,
    ]
      .filter(Boolean)
      .join(' ');
    const created = await this.submission.submit(principalOf(client), input, undefined, {
      addressOnly: place.kind === 'address_string',
      staffNote,
    });
    const filed = (await this.requests.findPublic(created.trackingCode))!;
    return {
      service_request_id: created.trackingCode,
      service_notice: await this.requests.serviceNoticeOf(filed),
      // The spec's account_id is the person's account: none is kept for them here.
      account_id: null,
    };
  }

  /** mySociety's POST servicerequestupdates: a citizen's comment on the public timeline of a request. */
  async createUpdate(client: Open311Client, raw: RawParams) {
    const problems: string[] = [];
    const serviceRequestId = param(raw, 'service_request_id');
    const description = param(raw, 'description');
    if (!serviceRequestId)
      problems.push(say('service_request_id wajib diisi', 'service_request_id is required'));
    if (!description) problems.push(say('description wajib diisi', 'description is required'));
    else if (description.length > MAX_DESCRIPTION)
      problems.push(
        say(
          `description paling panjang ${MAX_DESCRIPTION} karakter`,
          `description may be at most ${MAX_DESCRIPTION} characters`,
        ),
      );
    const status = param(raw, 'status');
    if (status !== undefined && !updateStatuses.includes(status.toUpperCase()))
      problems.push(say(`status ${status} tidak dikenal`, `status ${status} is not known`));
    const updatedAt = param(raw, 'updated_datetime');
    if (updatedAt !== undefined && !parseW3cDatetime(updatedAt))
      problems.push(
        say('updated_datetime harus tanggal-waktu W3C', 'updated_datetime must be a W3C datetime'),
      );
    const updateId = param(raw, 'update_id');
    if (updateId !== undefined && updateId.length > 100)
      problems.push(say('update_id terlalu panjang', 'update_id is too long'));
    if (problems.length || !serviceRequestId || !description) throw badRequest311(...problems);

    const request = await this.requests.findPublic(serviceRequestId);
    if (!request)
      throw notFound311(
        say(
          `service_request_id ${serviceRequestId} tidak ditemukan`,
          `service_request_id ${serviceRequestId} not found`,
        ),
      );
    const event = await this.workflow.comment(principalOf(client), request.trackingCode, description);
    return { update_id: String(event.id) };
  }

  /** Exactly one location: lat & long, or address_string, or address_id (a desa/kelurahan code). */
  private location(raw: RawParams, problems: string[]): Location | null {
    const lat = param(raw, 'lat');
    const long = param(raw, 'long');
    const addressString = param(raw, 'address_string');
    const addressId = param(raw, 'address_id');
    const given = [lat !== undefined || long !== undefined, !!addressString, !!addressId].filter(
      Boolean,
    ).length;
    if (given === 0) {
      problems.push(
        say(
          'Lokasi wajib: lat dan long, atau address_string, atau address_id',
          'A location is required: lat and long, or address_string, or address_id',
        ),
      );
      return null;
    }
    if (given > 1) {
      problems.push(
        say(
          'Berikan satu lokasi saja: lat dan long, atau address_string, atau address_id',
          'Give exactly one location: lat and long, or address_string, or address_id',
        ),
      );
      return null;
    }
    if (lat !== undefined || long !== undefined) {
      const point = pointSchema.safeParse({ lat: Number(lat), lng: Number(long) });
      if (lat === undefined || long === undefined || !point.success) {
        problems.push(
          say(
            'lat dan long wajib berdua, dalam derajat WGS84 di wilayah Indonesia',
            'lat and long are needed together, in WGS84 degrees within Indonesia',
          ),
        );
        return null;
      }
      return { kind: 'point', location: { point: point.data } };
    }
    if (addressString) {
      if (addressString.length < 3 || addressString.length > 300) {
        problems.push(say('address_string harus 3–300 karakter', 'address_string must be 3–300 characters'));
        return null;
      }
      return { kind: 'address_string', location: { address: addressString } };
    }
    // address_id: the desa/kelurahan code of Kemendagri, the regency's master list of places.
    const code = villageCodeSchema.safeParse(addressId);
    const village = code.success ? this.regions.index.village(code.data) : undefined;
    if (!village || !this.regions.index.isInRegency(village.code, this.regions.regencyCode)) {
      problems.push(
        say(
          `address_id ${addressId} bukan kode desa/kelurahan di kabupaten ini (mis. 35.28.01.2001)`,
          `address_id ${addressId} is not a desa/kelurahan code of this regency (e.g. 35.28.01.2001)`,
        ),
      );
      return null;
    }
    const district = this.regions.index.district(village.districtCode);
    return {
      kind: 'address_id',
      location: {
        villageCode: village.code,
        address: [village.name, district ? `Kec. ${district.name}` : null].filter(Boolean).join(', '),
      },
    };
  }

  /**
   * attribute[code]=value and attribute[code][]=value, shaped for the case
   * engine, which checks them (required, datatype, list keys). Codes the
   * service does not ask about are left out, as clients such as FixMyStreet
   * send attributes of their own.
   */
  private answers(questions: CategoryAttribute[], given: unknown): CreateCase['attributes'] {
    if (given === undefined || given === null || given === '') return {};
    if (typeof given !== 'object' || Array.isArray(given))
      throw badRequest311(
        say('attribute harus berbentuk attribute[code]=value', 'attribute must be attribute[code]=value'),
      );
    const answers: CreateCase['attributes'] = {};
    for (const q of questions) {
      const value = (given as Record<string, unknown>)[q.code];
      const values = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string' && v.trim() !== '',
      );
      if (!values.length) continue; // empty is absent; the engine says whether it was required
      if (q.datatype === 'multivaluelist') answers[q.code] = values.map((v) => v.trim());
      else if (values.length > 1)
        answers[q.code] = values; // refused by the engine: one value expected
      else if (q.datatype === 'number') {
        const n = Number(values[0]);
        answers[q.code] = values[0].trim() !== '' && Number.isFinite(n) ? n : values[0];
      } else answers[q.code] = q.datatype === 'text' ? values[0] : values[0].trim();
    }
    return answers;
  }
}

function isWebUrl(text: string): boolean {
  if (text.length > 2000) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Open311 has no title: the first line of the description (or the service's name). */
function titleOf(description: string, category: Category): string {
  const line = description.split(/\r?\n/, 1)[0].replace(/\s+/g, ' ').trim();
  if (line.length < 5) return category.nameId;
  return line.length <= MAX_TITLE ? line : `${line.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
