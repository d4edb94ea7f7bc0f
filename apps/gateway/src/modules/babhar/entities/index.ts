import { AncContactRow } from './anc-contact.entity';
import { BirthPlanRow } from './birth-plan.entity';
import { DangerSignReportRow } from './danger-sign-report.entity';
import { KsprAssessmentRow } from './kspr-assessment.entity';
import { Mother } from './mother.entity';
import { OutcomeRow } from './outcome.entity';
import { PostpartumContactRow } from './postpartum-contact.entity';
import { Pregnancy } from './pregnancy.entity';
import { ReferralRow } from './referral.entity';

export {
  AncContactRow,
  BirthPlanRow,
  DangerSignReportRow,
  KsprAssessmentRow,
  Mother,
  OutcomeRow,
  PostpartumContactRow,
  Pregnancy,
  ReferralRow,
};

export const babharEntities = [
  Mother,
  Pregnancy,
  AncContactRow,
  KsprAssessmentRow,
  BirthPlanRow,
  ReferralRow,
  OutcomeRow,
  PostpartumContactRow,
  DangerSignReportRow,
];
