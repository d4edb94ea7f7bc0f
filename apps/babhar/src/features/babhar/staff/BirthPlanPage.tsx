import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  birthPlaceLabels,
  birthPlaces,
  familyPlanningLabels,
  familyPlanningMethods,
  transportKindLabels,
  transportKinds,
} from '@layanan/domain';
import { CheckboxField, FormAlert, SelectField, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { useBabharApi } from '../api';
import { useFormState } from '../form-state';
import { L, fieldErrors, numberOf } from '../common';

const abo = ['A', 'B', 'AB', 'O'] as const;

/** The P4K birth plan (the sticker on the house). */
export function BirthPlanPage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  const client = useQueryClient();
  usePageTitle('P4K');
  const { values: f, bind } = useFormState({
    attendantKind: 'bidan',
    attendantName: '',
    placeKind: 'puskesmas',
    placeName: '',
    companionName: '',
    companionRelationship: '',
    transportKind: 'desa_vehicle',
    driverName: '',
    donor1: '',
    donor1Abo: 'O',
    donor2: '',
    donor2Abo: 'O',
    savings: false,
    savingsAmount: '',
    jkn: false,
    jknNumber: '',
    familyPlanning: 'undecided',
    sticker: false,
  });
  const save = useMutation({
    mutationFn: () =>
      api.saveBirthPlan(id, {
        attendant: { kind: f.attendantKind as 'bidan', name: f.attendantName },
        place: { kind: f.placeKind as 'puskesmas', ...(f.placeName ? { name: f.placeName } : {}) },
        companion: { name: f.companionName, relationship: f.companionRelationship },
        transport: {
          kind: f.transportKind as 'desa_vehicle',
          ...(f.driverName ? { driverName: f.driverName } : {}),
        },
        bloodDonors: [
          { name: f.donor1, bloodType: { abo: f.donor1Abo as 'O' } },
          { name: f.donor2, bloodType: { abo: f.donor2Abo as 'O' } },
        ],
        savings: {
          has: f.savings,
          ...(numberOf(f.savingsAmount) !== undefined ? { amountRupiah: numberOf(f.savingsAmount) } : {}),
        },
        jkn: { has: f.jkn, ...(f.jknNumber ? { number: f.jknNumber } : {}) },
        postpartumFamilyPlanning: f.familyPlanning as 'undecided',
        stickerPosted: f.sticker,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar'] }),
  });
  const errors = fieldErrors(save.error);
  const { field, box } = bind(errors);
  return (
    <section className="page narrow" aria-labelledby="p4k-title">
      <h1 id="p4k-title">{t.pick(L('Rencana persalinan (P4K)', 'Birth plan (P4K)'))}</h1>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <SelectField label={t.pick(L('Penolong persalinan', 'Birth attendant'))} {...field('attendantKind')}>
          <option value="bidan">Bidan</option>
          <option value="doctor">{t.pick(L('Dokter', 'Doctor'))}</option>
        </SelectField>
        <TextField
          label={t.pick(L('Nama penolong', 'Attendant’s name'))}
          {...field('attendantName', 'attendant.name')}
          required
        />
        <SelectField label={t.pick(L('Tempat bersalin', 'Place of birth'))} {...field('placeKind')}>
          {birthPlaces.map((p) => (
            <option key={p} value={p}>
              {t.pick(birthPlaceLabels[p])}
            </option>
          ))}
        </SelectField>
        <TextField label={t.pick(L('Nama tempat', 'Name of the place'))} {...field('placeName')} />
        <TextField
          label={t.pick(L('Pendamping', 'Companion'))}
          {...field('companionName', 'companion.name')}
          required
        />
        <TextField
          label={t.pick(L('Hubungan', 'Relationship'))}
          {...field('companionRelationship', 'companion.relationship')}
          required
        />
        <SelectField label={t.pick(L('Transportasi', 'Transport'))} {...field('transportKind')}>
          {transportKinds.map((k) => (
            <option key={k} value={k}>
              {t.pick(transportKindLabels[k])}
            </option>
          ))}
        </SelectField>
        <TextField label={t.pick(L('Pengemudi', 'Driver'))} {...field('driverName')} />
        <fieldset className="field">
          <legend>
            {t.pick(
              L(
                'Pendonor darah (paling sedikit 2, golongan darah cocok)',
                'Blood donors (at least 2, matching blood type)',
              ),
            )}
          </legend>
          <div className="babhar-row">
            <TextField
              label={t.pick(L('Pendonor 1', 'Donor 1'))}
              {...field('donor1', 'bloodDonors.0.name')}
              required
            />
            <SelectField label={t.pick(L('Gol. darah', 'Blood group'))} {...field('donor1Abo')}>
              {abo.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </SelectField>
          </div>
          <div className="babhar-row">
            <TextField
              label={t.pick(L('Pendonor 2', 'Donor 2'))}
              {...field('donor2', 'bloodDonors.1.name')}
              required
            />
            <SelectField label={t.pick(L('Gol. darah', 'Blood group'))} {...field('donor2Abo')}>
              {abo.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </SelectField>
          </div>
          {errors.bloodDonors ? <p className="field-error">{errors.bloodDonors}</p> : null}
        </fieldset>
        <CheckboxField
          label={t.pick(L('Ada tabungan persalinan', 'Has savings for the birth'))}
          {...box('savings')}
        />
        <TextField
          label={t.pick(L('Jumlah tabungan (Rp)', 'Savings (Rp)'))}
          inputMode="numeric"
          {...field('savingsAmount')}
        />
        <CheckboxField label={t.pick(L('Punya kartu JKN', 'Has a JKN card'))} {...box('jkn')} />
        <TextField
          label={t.pick(L('Nomor JKN', 'JKN number'))}
          inputMode="numeric"
          {...field('jknNumber', 'jkn.number')}
        />
        <SelectField
          label={t.pick(L('KB pasca persalinan', 'Postpartum family planning'))}
          {...field('familyPlanning')}
        >
          {familyPlanningMethods.map((m) => (
            <option key={m} value={m}>
              {t.pick(familyPlanningLabels[m])}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t.pick(L('Stiker P4K sudah ditempel', 'P4K sticker posted'))}
          {...box('sticker')}
        />
        <FormAlert>{save.error ? errorText(save.error, t.lang) : null}</FormAlert>
        {save.isSuccess ? (
          <p role="status" className="success-text">
            {t.pick(L('P4K tersimpan.', 'Birth plan saved.'))}{' '}
            <Link to={`/staf/kehamilan/${id}`}>{t.pick(L('Kembali', 'Back'))}</Link>
          </p>
        ) : (
          <button type="submit" className="button" disabled={save.isPending}>
            {t.pick(L('Simpan P4K', 'Save P4K'))}
          </button>
        )}
      </form>
    </section>
  );
}
