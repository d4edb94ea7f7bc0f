import { useState } from 'react';
import { errorText, useT } from '@layanan/ui';
import { type CsvRequest, useAdminApi } from '../../api';
import { L } from '../../text';

/**
 * Downloads a CSV export. The gateway streams it without a length, so the
 * button shows the rows received so far, then saves the file.
 */
export function CsvButton({
  request,
  filename,
  label,
}: {
  request: CsvRequest;
  filename: string;
  label?: string;
}) {
  const t = useT();
  const api = useAdminApi();
  const [rows, setRows] = useState<number | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setState('busy');
    setError(null);
    setRows(0);
    try {
      const blob = await api.downloadCsv(request, setRows);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('done');
    } catch (e) {
      setError(e);
      setState('idle');
    }
  };

  return (
    <div className="csv-export">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void run()}
        disabled={state === 'busy'}
      >
        {label ?? t.pick(L.exportCsv)}
      </button>
      <span className="muted" aria-live="polite">
        {rows !== null && state !== 'idle'
          ? `${rows} ${t.pick(L.rowsReceived)}${state === 'done' ? ` · ${t.pick(L.downloaded)}` : ''}`
          : ''}
      </span>
      {error ? (
        <p role="alert" className="form-alert">
          {errorText(error, t.lang)}
        </p>
      ) : null}
    </div>
  );
}
