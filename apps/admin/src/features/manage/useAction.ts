import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** Runs a change, remembers its error, and refreshes the admin's lists and figures afterwards. */
export function useAction() {
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await change();
      // The back office's figures depend on what is managed here (settings, populations, mixes, holidays).
      await Promise.all([
        queries.invalidateQueries({ queryKey: ['manage'] }),
        queries.invalidateQueries({ queryKey: ['admin'] }),
      ]);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}
