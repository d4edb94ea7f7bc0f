import { useState } from 'react';

type Values = Record<string, string | boolean>;
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
type BoxKey<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;

/**
 * A form's values and the props that bind a field to one of them: `field('weightKg')` gives a text or
 * select field its value, its change handler and the server's error for that field; `box('oedema')`
 * does the same for a checkbox. `errors` are the failed submission's field errors (fieldErrors()).
 */
export function useFormState<T extends Values>(initial: T) {
  const [values, setValues] = useState(initial);
  const set = (k: TextKey<T>) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const check = (k: BoxKey<T>) => (e: { target: { checked: boolean } }) =>
    setValues((v) => ({ ...v, [k]: e.target.checked }));
  const bind = (errors: Record<string, string>) => ({
    field: (k: TextKey<T>, errorKey: string = k) => ({
      value: values[k] as string,
      onChange: set(k),
      error: errors[errorKey],
    }),
    box: (k: BoxKey<T>, errorKey: string = k) => ({
      checked: values[k] as boolean,
      onChange: check(k),
      error: errors[errorKey],
    }),
  });
  return { values, setValues, set, bind };
}
