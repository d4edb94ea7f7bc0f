import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** Runs a change, remembers its error, and refreshes the admin's lists afterwards. */
export function useAction() {
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await change();
      await queries.invalidateQueries({ queryKey: ['manage'] });
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
