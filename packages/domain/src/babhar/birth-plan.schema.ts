import { z } from 'zod';
import type { Bilingual } from '../common/language.js';
import { phoneSchema } from '../identity/identity.schema.js';
import { type BloodType, babharCoded, bloodTypeSchema, bloodTypesMatch } from './schema-helpers.js';

/** Places of birth on the P4K sticker. */
export const birthPlaces = ['hospital', 'puskesmas', 'clinic', 'polindes', 'poskesdes', 'home'] as const;
export const birthPlaceSchema = z.enum(birthPlaces);
export type BirthPlace = z.infer<typeof birthPlaceSchema>;
export const birthPlaceLabels: Record<BirthPlace, Bilingual> = {
  hospital: { id: 'Rumah sakit', en: 'Hospital' },
  puskesmas: { id: 'Puskesmas', en: 'Puskesmas' },
  clinic: { id: 'Klinik / praktik mandiri bidan', en: 'Clinic / private midwife practice' },
  polindes: { id: 'Polindes', en: 'Village maternity post (polindes)' },
  poskesdes: { id: 'Poskesdes', en: 'Village health post (poskesdes)' },
  home: { id: 'Rumah', en: 'Home' },
};

export const birthAttendants = ['bidan', 'doctor'] as const;

export const transportKinds = ['desa_vehicle', 'ambulance', 'private_car', 'motorbike', 'other'] as const;
export const transportKindLabels: Record<(typeof transportKinds)[number], Bilingual> = {
  desa_vehicle: { id: 'Ambulans desa / kendaraan siaga', en: 'Village ambulance / standby vehicle' },
  ambulance: { id: 'Ambulans', en: 'Ambulance' },
  private_car: { id: 'Mobil pribadi', en: 'Private car' },
  motorbike: { id: 'Sepeda motor', en: 'Motorbike' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** Postpartum family planning (KB pasca persalinan). */
export const familyPlanningMethods = [
  'iud',
  'implant',
  'injection',
  'pill',
  'condom',
  'tubectomy',
  'vasectomy',
  'lactational_amenorrhoea',
  'none',
  'undecided',
] as const;
export const familyPlanningMethodSchema = z.enum(familyPlanningMethods);
export const familyPlanningLabels: Record<(typeof familyPlanningMethods)[number], Bilingual> = {
  iud: { id: 'IUD / AKDR', en: 'IUD' },
  implant: { id: 'Implan', en: 'Implant' },
  injection: { id: 'Suntik', en: 'Injection' },
  pill: { id: 'Pil', en: 'Pill' },
  condom: { id: 'Kondom', en: 'Condom' },
  tubectomy: { id: 'Tubektomi (MOW)', en: 'Tubal ligation' },
  vasectomy: { id: 'Vasektomi (MOP)', en: 'Vasectomy' },
  lactational_amenorrhoea: { id: 'MAL (menyusui)', en: 'Lactational amenorrhoea' },
  none: { id: 'Tidak ber-KB', en: 'None' },
  undecided: { id: 'Belum memutuskan', en: 'Undecided' },
};

const name = z.string().trim().min(2).max(120);

export const bloodDonorSchema = z.strictObject({
  name,
  phone: phoneSchema.optional(),
  bloodType: bloodTypeSchema,
});

/**
 * The P4K birth plan (DOMAIN §5.7, the sticker on the house): attendant, place,
 * companion, transport, at least 2 blood donors with the mother's blood type
 * (checked when her type is known: same ABO group, and the same rhesus when
 * both are known), savings, JKN card, postpartum family planning, sticker posted.
 */
export function birthPlanSchema(options: { motherBloodType?: BloodType | null } = {}) {
  const mother = options.motherBloodType;
  return z
    .strictObject({
      attendant: z.strictObject({ kind: z.enum(birthAttendants), name }).describe('Birth attendant'),
      place: z
        .strictObject({ kind: birthPlaceSchema, name: z.string().trim().min(2).max(200).optional() })
        .describe('Place of birth'),
      companion: z
        .strictObject({ name, relationship: z.string().trim().min(2).max(60) })
        .describe('Who accompanies the mother'),
      transport: z
        .strictObject({
          kind: z.enum(transportKinds),
          driverName: name.optional(),
          phone: phoneSchema.optional(),
        })
        .describe('Transport to the place of birth'),
      bloodDonors: z.array(bloodDonorSchema).min(2, babharCoded('donors_min_two')).max(10),
      savings: z
        .strictObject({
          has: z.boolean(),
          amountRupiah: z.number().int().min(0).optional(),
        })
        .describe('Savings (tabungan ibu bersalin)'),
      jkn: z
        .strictObject({
          has: z.boolean(),
          number: z
            .string()
            .regex(/^\d{13}$/, babharCoded('jkn_number_format'))
            .optional(),
        })
        .describe('JKN (national health insurance) card'),
      postpartumFamilyPlanning: familyPlanningMethodSchema.describe('Postpartum family planning method'),
      stickerPosted: z.boolean().describe('The P4K sticker is posted on the house'),
    })
    .superRefine((v, ctx) => {
      if (!mother || v.bloodDonors.length < 2) return;
      const matching = v.bloodDonors.filter((d) => bloodTypesMatch(d.bloodType, mother)).length;
      if (matching < 2)
        ctx.addIssue({ code: 'custom', path: ['bloodDonors'], ...babharCoded('donors_matching_min_two') });
    });
}
export type BirthPlanInput = z.input<ReturnType<typeof birthPlanSchema>>;
export type BirthPlan = z.output<ReturnType<typeof birthPlanSchema>>;
