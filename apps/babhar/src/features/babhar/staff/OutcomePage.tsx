import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type OutcomeInput,
  babySexLabels,
  babySexes,
  deliveryModeLabels,
  deliveryModes,
  outcomeAttendantLabels,
  outcomeAttendants,
  outcomeKindLabels,
  outcomeKinds,
  outcomePlaceLabels,
  outcomePlaces,
} from '@layanan/domain';
import { CheckboxField, FormAlert, SelectField, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { type PregnancyDetail, newKey, useBabharApi } from '../api';
import { useFormState } from '../form-state';
import { L, Loadable, fieldErrors, numberOf, todayText } from '../common';

interface BabyDraft {
  sex: string;
  bornAlive: boolean;
  weightGrams: string;
}
const newBaby = (): BabyDraft => ({ sex: 'female', bornAlive: true, weightGrams: '' });

/** The end of a pregnancy: a birth (mode, babies) or a miscarriage; it closes the pregnancy. */
export function OutcomePage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  usePageTitle(t.pick(L('Persalinan', 'Outcome')));
  const query = useQuery({ queryKey: ['babhar', 'pregnancy', id], queryFn: () => api.pregnancy(id) });
  return (
    <section className="page narrow" aria-labelledby="outcome-title">
      <h1 id="outcome-title">
        {t.pick(L('Catat persalinan / keguguran', 'Record the birth / miscarriage'))}
      </h1>
      <Loadable query={query}>{(data) => <OutcomeForm detail={data} />}</Loadable>
    </section>
  );
}

function OutcomeForm({ detail }: { detail: PregnancyDetail }) {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const [key] = useState(newKey);
  const pregnancyId = detail.pregnancy.id;
  const { values: f, bind } = useFormState({
    kind: 'birth',
    date: todayText(),
    place: 'puskesmas',
    attendant: 'bidan',
    mode: 'spontaneous',
    maternalDeath: false,
    note: '',
  });
  const [babies, setBabies] = useState<BabyDraft[]>([newBaby()]);
  const birth = f.kind === 'birth';
  const setBaby = (i: number, change: Partial<BabyDraft>) =>
    setBabies((list) => list.map((b, j) => (j === i ? { ...b, ...change } : b)));
  const save = useMutation({
    mutationFn: () => {
      const body: OutcomeInput = {
        kind: f.kind as OutcomeInput['kind'],
        date: f.date,
        place: f.place as OutcomeInput['place'],
        attendant: f.attendant as OutcomeInput['attendant'],
        ...(birth ? { mode: f.mode as NonNullable<OutcomeInput['mode']> } : {}),
        babies: birth
          ? babies.map((b) => ({
              sex: b.sex as 'female',
              bornAlive: b.bornAlive,
              ...(numberOf(b.weightGrams) !== undefined ? { weightGrams: numberOf(b.weightGrams) } : {}),
            }))
          : [],
        maternalDeath: f.maternalDeath,
        ...(f.note.trim() ? { note: f.note.trim() } : {}),
      };
      return api.recordOutcome(pregnancyId, body, key);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar'] }),
  });
  const errors = fieldErrors(save.error);
  const { field, box } = bind(errors);
  if (save.isSuccess)
    return (
      <div className="notice" role="status" data-testid="outcome-saved">
        <p>
          {t.pick(
            birth
              ? L('Persalinan tercatat; kehamilan ditutup.', 'Birth recorded; the pregnancy is closed.')
              : L('Keguguran tercatat; kehamilan ditutup.', 'Miscarriage recorded; the pregnancy is closed.'),
          )}
        </p>
        <Link className="button" to={`/staf/kehamilan/${pregnancyId}`}>
          {t.pick(L('Kembali ke data kehamilan', 'Back to the pregnancy'))}
        </Link>
      </div>
    );
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <p className="muted">
        {detail.mother.fullName} · HPHT {detail.pregnancy.hpht}
      </p>
      <SelectField label={t.pick(L('Hasil', 'Outcome'))} {...field('kind')}>
        {outcomeKinds.map((k) => (
          <option key={k} value={k}>
            {t.pick(outcomeKindLabels[k])}
          </option>
        ))}
      </SelectField>
      <TextField label={t.pick(L('Tanggal', 'Date'))} type="date" {...field('date')} required />
      <SelectField label={t.pick(L('Tempat', 'Place'))} {...field('place')}>
        {outcomePlaces.map((p) => (
          <option key={p} value={p}>
            {t.pick(outcomePlaceLabels[p])}
          </option>
        ))}
      </SelectField>
      <SelectField label={t.pick(L('Penolong', 'Attendant'))} {...field('attendant')}>
        {outcomeAttendants.map((a) => (
          <option key={a} value={a}>
            {t.pick(outcomeAttendantLabels[a])}
          </option>
        ))}
      </SelectField>
      {birth ? (
        <>
          <SelectField label={t.pick(L('Cara persalinan', 'Mode of delivery'))} {...field('mode')}>
            {deliveryModes.map((m) => (
              <option key={m} value={m}>
                {t.pick(deliveryModeLabels[m])}
              </option>
            ))}
          </SelectField>
          {babies.map((b, i) => (
            <fieldset key={i} className="field">
              <legend>
                {t.pick(L('Bayi', 'Baby'))} {babies.length > 1 ? i + 1 : null}
              </legend>
              <SelectField
                label={t.pick(L('Jenis kelamin', 'Sex'))}
                value={b.sex}
                onChange={(e) => setBaby(i, { sex: e.target.value })}
              >
                {babySexes.map((s) => (
                  <option key={s} value={s}>
                    {t.pick(babySexLabels[s])}
                  </option>
                ))}
              </SelectField>
              <CheckboxField
                label={t.pick(L('Lahir hidup', 'Born alive'))}
                checked={b.bornAlive}
                onChange={(e) => setBaby(i, { bornAlive: e.target.checked })}
              />
              <TextField
                label={t.pick(L('Berat lahir (gram)', 'Birth weight (grams)'))}
                inputMode="numeric"
                value={b.weightGrams}
                onChange={(e) => setBaby(i, { weightGrams: e.target.value })}
                error={errors[`babies.${i}.weightGrams`]}
              />
            </fieldset>
          ))}
          <div className="home-actions">
            {babies.length < 6 ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setBabies((list) => [...list, newBaby()])}
              >
                {t.pick(L('Tambah bayi (kembar)', 'Add a baby (twins)'))}
              </button>
            ) : null}
            {babies.length > 1 ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setBabies((list) => list.slice(0, -1))}
              >
                {t.pick(L('Hapus bayi terakhir', 'Remove the last baby'))}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      <CheckboxField label={t.pick(L('Ibu meninggal', 'Maternal death'))} {...box('maternalDeath')} />
      <TextField label={t.pick(L('Catatan', 'Note'))} {...field('note')} />
      <FormAlert>{save.error ? errorText(save.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={save.isPending}>
        {t.pick(L('Simpan', 'Save'))}
      </button>
    </form>
  );
}
