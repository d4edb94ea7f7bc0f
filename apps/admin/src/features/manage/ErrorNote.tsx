import { errorText, useT } from '@layanan/ui';

export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const fields =
    error && typeof error === 'object' && 'fields' in error ? (error.fields as Record<string, string>) : {};
  return (
    <div role="alert" className="form-alert">
      <p>{errorText(error, t.lang)}</p>
      {Object.keys(fields).length ? (
        <ul>
          {Object.entries(fields).map(([field, text]) => (
            <li key={field}>
              {field}: {text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
