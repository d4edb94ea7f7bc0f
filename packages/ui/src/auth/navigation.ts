import { useCallback, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { type Session, useSession } from '@layanan/auth/client';

/** Router state carried to the sign-in page so that it can return to where the user was. */
export interface ReturnState {
  from?: string;
}

/** Where to go after signing in: the page that asked for it, if it is a path inside the portal. */
export function returnPath(state: unknown, fallback = '/'): string {
  const from = (state as ReturnState | null | undefined)?.from;
  // Only same-portal paths: never "//host" or a full URL.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : fallback;
}

/** Signs out (locally even when the server cannot be reached) and goes to the portal's home. */
export function useSignOut(): () => Promise<void> {
  const { signOut } = useSession();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await signOut();
    } catch {
      // SessionProvider clears the local session whatever the server says.
    }
    await navigate('/', { replace: true });
  }, [signOut, navigate]);
}

/**
 * Runs a sign-in or a registration. On success it returns to the page that
 * asked for it (or home); on failure it keeps the error for the form to show.
 */
export function useSessionAction() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<unknown>(null);
  const run = useCallback(
    async (action: (session: Session) => Promise<unknown>, onError?: (error: unknown) => void) => {
      setFailure(null);
      try {
        await action(session);
      } catch (error) {
        onError?.(error);
        setFailure(error);
        return;
      }
      await navigate(returnPath(location.state), { replace: true });
    },
    [session, navigate, location.state],
  );
  return { failure, run };
}
