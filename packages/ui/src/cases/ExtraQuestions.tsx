import { Controller, useFormContext } from 'react-hook-form';
import type { CategoryAttribute } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { TextField } from '../form/TextField.js';
import { Choice, ChoiceGroup, SelectField, TextAreaField } from '../form/fields.js';
import type { CaseFormValues } from './form-model.js';
import { errorMessage } from './messages.js';

/** The category's extra questions (Open311 attributes), one input per datatype. */
export function ExtraQuestions({ questions }: { questions: readonly CategoryAttribute[] }) {
  const t = useT();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<CaseFormValues>();
  if (!questions.length) return null;
  return (
    <div className="extra-questions">
      {questions.map((q) => {
        const name = `attributes.${q.code}` as const;
        const label = t.pick(q.description);
        const error = errorMessage(errors.attributes?.[q.code], t);
        const requiredText = q.required ? t('case.form.required') : undefined;
        switch (q.datatype) {
          case 'text':
            return (
              <TextAreaField
                key={q.code}
                label={label}
                requiredText={requiredText}
                error={error}
                rows={3}
                maxLength={2000}
                {...register(name)}
              />
            );
          case 'number':
            return (
              <TextField
                key={q.code}
                label={label}
                requiredText={requiredText}
                error={error}
                inputMode="decimal"
                autoComplete="off"
                {...register(name)}
              />
            );
          case 'datetime':
            return (
              <TextField
                key={q.code}
                label={label}
                requiredText={requiredText}
                hint={t('case.form.datetimeHint')}
                error={error}
                type="datetime-local"
                {...register(name)}
              />
            );
          case 'singlevaluelist':
            return (
              <SelectField
                key={q.code}
                label={label}
                requiredText={requiredText}
                error={error}
                defaultValue=""
                {...register(name)}
              >
                <option value="">{t('case.form.choose')}</option>
                {q.values.map((v) => (
                  <option key={v.key} value={v.key}>
                    {v.name}
                  </option>
                ))}
              </SelectField>
            );
          case 'multivaluelist':
            return (
              <Controller
                key={q.code}
                control={control}
                name={name}
                defaultValue={[]}
                render={({ field }) => {
                  const chosen = Array.isArray(field.value) ? field.value : [];
                  return (
                    <ChoiceGroup legend={label} requiredText={requiredText} error={error}>
                      {q.values.map((v, index) => (
                        <Choice
                          key={v.key}
                          type="checkbox"
                          label={v.name}
                          value={v.key}
                          name={field.name}
                          ref={index === 0 ? field.ref : undefined}
                          aria-invalid={error ? true : undefined}
                          checked={chosen.includes(v.key)}
                          onBlur={field.onBlur}
                          onChange={(event) =>
                            field.onChange(
                              event.target.checked
                                ? [...chosen, v.key]
                                : chosen.filter((key) => key !== v.key),
                            )
                          }
                        />
                      ))}
                    </ChoiceGroup>
                  );
                }}
              />
            );
          default:
            return (
              <TextField
                key={q.code}
                label={label}
                requiredText={requiredText}
                error={error}
                maxLength={2000}
                {...register(name)}
              />
            );
        }
      })}
    </div>
  );
}
