import { act, render, screen, waitFor } from '@testing-library/react';
import type { TokenPair, UserView } from '@layanan/domain';
import { type SessionApi, SessionProvider, accessToken, useSession } from './session.js';

const user: UserView = {
  id: 'u1',
  role: 'resident',
  fullName: 'Siti',
  username: null,
  nikMasked: '3528••••••••0001',
  phoneMasked: null,
  agencyId: null,
  facilityId: null,
  verified: false,
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const pair = (token: string): TokenPair => ({ accessToken: token, expiresIn: 900, user });

function Probe() {
  const session = useSession();
  return (
    <div>
      <p>status: {session.status}</p>
      <p>name: {session.user?.fullName ?? '-'}</p>
      <p>resident: {String(session.hasRole('resident'))}</p>
      <button onClick={() => void session.signIn({ identifier: 'x', password: 'y' })}>in</button>
      <button onClick={() => void session.signOut()}>out</button>
    </div>
  );
}

function api(overrides: Partial<SessionApi> = {}): SessionApi {
  return {
    login: jest.fn(async () => pair('after-login')),
    register: jest.fn(async () => pair('after-register')),
    refresh: jest.fn(async () => Promise.reject(new Error('no cookie'))),
    logout: jest.fn(async () => undefined),
    ...overrides,
  };
}

describe('SessionProvider', () => {
  it('starts signed out when there is no refresh cookie, then signs in and out', async () => {
    const fake = api();
    render(
      <SessionProvider api={fake}>
        <Probe />
      </SessionProvider>,
    );
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    await screen.findByText('status: signed-out');
    act(() => screen.getByText('in').click());
    await screen.findByText('name: Siti');
    expect(screen.getByText('resident: true')).toBeInTheDocument();
    expect(accessToken.get()).toBe('after-login');
    act(() => screen.getByText('out').click());
    await screen.findByText('status: signed-out');
    expect(fake.logout).toHaveBeenCalled();
    expect(accessToken.get()).toBeNull();
  });

  it('starts signed out without calling refresh when the hint says there is no session', async () => {
    const fake = api({ hasSession: () => false });
    render(
      <SessionProvider api={fake}>
        <Probe />
      </SessionProvider>,
    );
    expect(screen.getByText('status: signed-out')).toBeInTheDocument();
    await act(async () => {});
    expect(fake.refresh).not.toHaveBeenCalled();
    act(() => screen.getByText('in').click());
    await screen.findByText('name: Siti');
  });

  it('resumes a session when the hint says there is one', async () => {
    const fake = api({ hasSession: () => true, refresh: jest.fn(async () => pair('hinted')) });
    render(
      <SessionProvider api={fake}>
        <Probe />
      </SessionProvider>,
    );
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    await screen.findByText('status: signed-in');
    expect(fake.refresh).toHaveBeenCalledTimes(1);
    expect(accessToken.get()).toBe('hinted');
  });

  it('resumes a session from the refresh cookie', async () => {
    render(
      <SessionProvider api={api({ refresh: jest.fn(async () => pair('resumed')) })}>
        <Probe />
      </SessionProvider>,
    );
    await waitFor(() => expect(screen.getByText('status: signed-in')).toBeInTheDocument());
    expect(accessToken.get()).toBe('resumed');
  });

  it('resumes after a network failure (no signal yet) without asking to sign in again', async () => {
    jest.useFakeTimers();
    try {
      const refresh = jest
        .fn<Promise<TokenPair>, []>()
        .mockRejectedValueOnce(new TypeError('Failed to fetch'))
        .mockResolvedValueOnce(pair('after-signal'));
      render(
        <SessionProvider api={api({ hasSession: () => true, refresh })}>
          <Probe />
        </SessionProvider>,
      );
      await act(async () => {
        await Promise.resolve();
      });
      expect(screen.getByText('status: signed-out')).toBeInTheDocument();
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1000);
      });
      expect(screen.getByText('status: signed-in')).toBeInTheDocument();
      expect(refresh).toHaveBeenCalledTimes(2);
      expect(accessToken.get()).toBe('after-signal');
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not retry a refused refresh (401): the session is over', async () => {
    jest.useFakeTimers();
    try {
      const refresh = jest.fn(async (): Promise<TokenPair> => Promise.reject(new Error('401')));
      render(
        <SessionProvider api={api({ hasSession: () => true, refresh })}>
          <Probe />
        </SessionProvider>,
      );
      await act(async () => {
        await jest.advanceTimersByTimeAsync(60_000);
      });
      expect(screen.getByText('status: signed-out')).toBeInTheDocument();
      expect(refresh).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
