import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { LoginInput, RegisterResidentInput, Role, TokenPair, UserView } from '@layanan/domain';

/** What the session needs from the gateway; the portals pass the api-client's calls. */
export interface SessionApi {
  login(input: LoginInput): Promise<TokenPair>;
  register(input: RegisterResidentInput): Promise<TokenPair>;
  /** Rotates the refresh token held in the HttpOnly cookie. */
  refresh(): Promise<TokenPair>;
  logout(): Promise<void>;
  /**
   * Whether there may be a session to resume (the gateway's readable hint
   * cookie, set and cleared with the refresh cookie). When it says no, the
   * session starts signed out without calling `refresh`.
   */
  hasSession?(): boolean;
}

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

export interface Session {
  status: SessionStatus;
  user: UserView | null;
  signIn(input: LoginInput): Promise<UserView>;
  register(input: RegisterResidentInput): Promise<UserView>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

/**
 * The access token lives only in memory; the refresh token in an HttpOnly
 * cookie. The api-client reads the token through this holder.
 */
export const accessToken = (() => {
  let current: string | null = null;
  return {
    get: () => current,
    set: (token: string | null) => {
      current = token;
    },
  };
})();

const SessionContext = createContext<Session | null>(null);

/**
 * The refresh never reached the gateway (no signal, or the phone's network
 * just changed): fetch rejects with a TypeError. A gateway's answer (401) is not.
 */
function isNetworkFailure(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError;
}

/** Tries to resume a session after a network failure: 1, 2, 4, 8, 16 s, then every 30 s, 8 in all. */
export const RESUME_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000];

export function SessionProvider({ api, children }: { api: SessionApi; children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>(() =>
    api.hasSession?.() === false ? 'signed-out' : 'loading',
  );
  const [user, setUser] = useState<UserView | null>(null);

  const clear = useCallback(() => {
    accessToken.set(null);
    setUser(null);
    setStatus('signed-out');
  }, []);

  const [expiresIn, setExpiresIn] = useState(0);

  const accept = useCallback((pair: TokenPair) => {
    accessToken.set(pair.accessToken);
    setUser(pair.user);
    setStatus('signed-in');
    setExpiresIn(pair.expiresIn);
    return pair.user;
  }, []);

  // Renew a little before the access token expires; each renewal re-arms the timer.
  useEffect(() => {
    if (status !== 'signed-in' || !expiresIn) return;
    const timer = setTimeout(
      () => {
        api.refresh().then(accept, clear);
      },
      Math.max(5, expiresIn - 30) * 1000,
    );
    return () => clearTimeout(timer);
  }, [api, accept, clear, status, expiresIn, user]);

  // Set once the person signs in or out themselves: a pending resume then stays undone.
  const settled = useRef(false);

  useEffect(() => {
    // A signed-out visitor (the state started signed out): nothing to resume,
    // no call (it would answer 401).
    if (api.hasSession?.() === false) return;
    let cancelled = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = false;
    const resume = () => {
      waiting = false;
      api.refresh().then(
        (pair) => {
          if (!cancelled && !settled.current) accept(pair);
        },
        (error: unknown) => {
          if (cancelled || settled.current) return;
          clear();
          // No answer at all: the session may well be there; try again, at once when back online.
          if (isNetworkFailure(error) && attempt < RESUME_RETRY_DELAYS_MS.length) {
            waiting = true;
            timer = setTimeout(resume, RESUME_RETRY_DELAYS_MS[attempt++]);
          }
        },
      );
    };
    const onOnline = () => {
      if (!waiting) return;
      clearTimeout(timer);
      resume();
    };
    resume();
    window.addEventListener('online', onOnline);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [api, accept, clear]);

  const session = useMemo<Session>(
    () => ({
      status,
      user,
      signIn: async (input) => {
        const pair = await api.login(input);
        settled.current = true;
        return accept(pair);
      },
      register: async (input) => {
        const pair = await api.register(input);
        settled.current = true;
        return accept(pair);
      },
      signOut: async () => {
        settled.current = true;
        try {
          await api.logout();
        } finally {
          clear();
        }
      },
      hasRole: (...roles) => !!user && roles.includes(user.role),
    }),
    [status, user, api, accept, clear],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
