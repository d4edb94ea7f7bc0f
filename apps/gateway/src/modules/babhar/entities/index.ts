import { AncContactRow } from './anc-contact.entity';
import { BabharSettingRow } from './babhar-setting.entity';
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
  BabharSettingRow,
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
  BabharSettingRow,
];
