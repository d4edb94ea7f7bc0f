import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  ancContactFieldsSchema,
  birthPlanSchema,
  contactViewSchema,
  kohortPageSchema,
  ksprCardSchema,
  ksprSavedSchema,
  motherLookupSchema,
  motherViewSchema,
  pregnancyDetailSchema,
  pregnancyViewSchema,
  pwsReportSchema,
  worklistViewSchema,
  ksprAssessmentSchema,
  motherRegistrationSchema,
  nikSchema,
  outcomeSchema,
  postpartumContactSchema,
  pregnancyRegistrationSchema,
  referralInputSchema,
  villageCodeSchema,
  worklistReasons,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { BabharCareService } from './babhar-care.service';
import { BabharListsService } from './babhar-lists.service';
import { BabharRegistryService } from './babhar-registry.service';
import { BabharSettingsService } from './babhar-settings';
import { PwsKiaService } from './pws-kia.service';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { Inject } from '@nestjs/common';
import { pregnancyBundle } from './fhir/pregnancy-bundle';

const idParam = z.string().uuid();
const idempotencyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key returns the first answer',
};
// Shapes for the request documentation and a first check; the services check again with today's date.
const motherBody = z.strictObject(motherRegistrationSchema().shape);
const pregnancyBody = z.strictObject(pregnancyRegistrationSchema().shape);
const birthPlanBody = z.strictObject(birthPlanSchema().shape);
const outcomeBody = z.strictObject(outcomeSchema().shape);
const postpartumBody = z.strictObject(postpartumContactSchema().shape);
const worklistQuery = z.strictObject({
  reason: z.enum(worklistReasons).optional(),
  puskesmasId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const kohortQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(['active', 'delivered', 'miscarriage', 'lost_to_follow_up', 'pending']).optional(),
  villageCode: villageCodeSchema.optional(),
  puskesmasId: z.string().uuid().optional(),
});
const pwsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
  puskesmasId: z.string().uuid().optional(),
});

/** Health staff (their puskesmas) and the regency admin (all): e-Babhar records, lists and reports. */
@ApiTags('babhar')
@ApiBearerAuth()
@Controller('api/babhar')
export class BabharStaffController {
  constructor(
    private readonly registry: BabharRegistryService,
    private readonly care: BabharCareService,
    private readonly lists: BabharListsService,
    private readonly pws: PwsKiaService,
    private readonly settings: BabharSettingsService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  @Post('mothers/lookup')
  @HttpCode(200)
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(motherLookupSchema)
  @ApiOperation({ summary: 'Find a mother by NIK (in the body, never in a URL) before registering; audited' })
  lookup(
    @CurrentUser() actor: Principal,
    @Body({ schema: z.strictObject({ nik: nikSchema() }) }) body: { nik: string },
  ) {
    return this.registry.lookup(actor, body.nik);
  }

  @Post('mothers')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiJson(motherViewSchema, 201)
  @ApiOperation({ summary: 'Register a mother (409 when her NIK is already registered)' })
  registerMother(
    @CurrentUser() actor: Principal,
    @Body({ schema: motherBody }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.registry.registerMother(actor, body, key);
  }

  @Get('mothers/:id')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(z.object({ mother: motherViewSchema, pregnancies: z.array(pregnancyViewSchema) }))
  @ApiOperation({ summary: 'A mother and her pregnancies followed by my puskesmas; audited' })
  mother(@CurrentUser() actor: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.registry.readMother(actor, id);
  }

  @Post('pregnancies')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiJson(pregnancyViewSchema, 201)
  @ApiOperation({ summary: 'Register a pregnancy (HPL computed: Naegele and HPHT + 280 days)' })
  registerPregnancy(
    @CurrentUser() actor: Principal,
    @Body({ schema: pregnancyBody }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.registry.registerPregnancy(actor, body, key);
  }

  @Get('pregnancies/:id')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(pregnancyDetailSchema)
  @ApiOperation({
    summary: 'The whole pregnancy record (dates, schedule, contacts, KSPR, P4K, outcome); audited',
  })
  async pregnancy(@CurrentUser() actor: Principal, @Param('id', { schema: idParam }) id: string) {
    return (await this.registry.detail(actor, id)).detail;
  }

  @Get('pregnancies/:id/fhir')
  @RequirePermission(Permission.MaternalCare)
  @ApiOperation({ summary: 'The pregnancy as a FHIR R4 collection Bundle (SATUSEHAT-shaped); audited' })
  async fhir(@CurrentUser() actor: Principal, @Param('id', { schema: idParam }) id: string) {
    const { file } = await this.registry.detail(actor, id, 'babhar.pregnancy.fhir');
    return pregnancyBundle(file, {
      config: await this.settings.rules(),
      localSystemBase: `https://${this.config.open311.jurisdictionId}/fhir`,
      now: new Date(),
    });
  }

  @Post('pregnancies/:id/verify')
  @HttpCode(200)
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(pregnancyViewSchema)
  @ApiOperation({ summary: 'Verify a pregnancy the mother registered herself' })
  verify(@CurrentUser() actor: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.registry.verify(actor, id);
  }

  @Post('pregnancies/:id/contacts')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiJson(contactViewSchema, 201)
  @ApiOperation({ summary: 'Record an ANC contact (10T); returns GA, trimester, K-code and flags' })
  contact(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: ancContactFieldsSchema }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.care.recordContact(actor, id, body, key);
  }

  @Get('pregnancies/:id/kspr')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(ksprCardSchema)
  @ApiOperation({ summary: 'The KSPR card: items, prefilled from the records, history and current total' })
  ksprCard(@CurrentUser() actor: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.care.ksprCard(actor, id);
  }

  @Post('pregnancies/:id/kspr')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiJson(ksprSavedSchema, 201)
  @ApiOperation({ summary: 'Save a KSPR assessment (merged with earlier ones: the score never goes down)' })
  kspr(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: ksprAssessmentSchema }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.care.assessKspr(actor, id, body, key);
  }

  @Put('pregnancies/:id/birth-plan')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(birthPlanBody)
  @ApiOperation({ summary: 'Save the P4K birth plan' })
  birthPlan(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: birthPlanBody }) body: unknown,
  ) {
    return this.care.saveBirthPlan(actor, id, body);
  }

  @Post('pregnancies/:id/referrals')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiOperation({ summary: 'Record a referral' })
  refer(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: referralInputSchema }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.care.refer(actor, id, body, key);
  }

  @Post('pregnancies/:id/outcome')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiOperation({ summary: 'Record the outcome (birth or miscarriage); closes the pregnancy' })
  outcome(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: outcomeBody }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.care.recordOutcome(actor, id, body, key);
  }

  @Post('pregnancies/:id/postpartum-contacts')
  @RequirePermission(Permission.MaternalCare)
  @ApiHeader(idempotencyHeader)
  @ApiOperation({ summary: 'Record a postpartum contact (KF1–KF4 from the delivery date)' })
  postpartum(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: postpartumBody }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.care.recordPostpartum(actor, id, body, key);
  }

  @Post('danger-signs/:id/acknowledge')
  @HttpCode(200)
  @RequirePermission(Permission.MaternalCare)
  @ApiOperation({ summary: 'Acknowledge a danger-sign report (it leaves the worklist)' })
  acknowledge(@CurrentUser() actor: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.care.acknowledgeDangerSign(actor, id);
  }

  @Get('worklist')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(worklistViewSchema)
  @ApiOperation({
    summary:
      'Worklists with counts: not yet K1, at risk, doctor/USG missing, overdue, due, high risk, danger sign',
  })
  worklist(
    @CurrentUser() actor: Principal,
    @Query({ schema: worklistQuery }) query: z.infer<typeof worklistQuery>,
  ) {
    return this.lists.worklist(actor, query);
  }

  @Get('kohort')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(kohortPageSchema)
  @ApiOperation({ summary: 'The kohort register (paged)' })
  kohort(
    @CurrentUser() actor: Principal,
    @Query({ schema: kohortQuery }) query: z.infer<typeof kohortQuery>,
  ) {
    return this.lists.kohort(actor, query);
  }

  @Get('staff')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(z.array(z.object({ id: z.string(), fullName: z.string() })))
  @ApiOperation({ summary: 'Health staff of my puskesmas (to assign a bidan)' })
  staff(
    @CurrentUser() actor: Principal,
    @Query({ schema: z.strictObject({ puskesmasId: z.string().uuid().optional() }) })
    query: { puskesmasId?: string },
  ) {
    return this.registry.staffOf(actor, query.puskesmasId);
  }

  @Get('reports/pws-kia')
  @RequirePermission(Permission.MaternalCare)
  @ApiJson(pwsReportSchema)
  @ApiOperation({ summary: 'PWS-KIA per desa: the month, cumulative from January, % of the target' })
  pwsKia(@CurrentUser() actor: Principal, @Query({ schema: pwsQuery }) query: z.infer<typeof pwsQuery>) {
    return this.pws.report(actor, query);
  }

  @Get('reports/pws-kia.csv')
  @RequirePermission(Permission.MaternalCare)
  @ApiOperation({ summary: 'PWS-KIA as CSV (streamed)' })
  async pwsKiaCsv(
    @CurrentUser() actor: Principal,
    @Query({ schema: pwsQuery }) query: z.infer<typeof pwsQuery>,
  ) {
    const stream = await this.pws.csv(actor, query);
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="pws-kia-${query.year}-${String(query.month).padStart(2, '0')}.csv"`,
    });
  }
}
