import 'reflect-metadata';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@layanan/domain';
import { Permission } from '../permissions.js';
import { AccessGuard, Public, RequirePermission } from './access.js';
import { signAccessToken, verifyAccessToken } from './tokens.js';

class Routes {
  @Public() open() {}
  @RequirePermission(Permission.StaffManage) adminOnly() {}
  undeclared() {}
}

const secret = 'x'.repeat(40);
const guard = new AccessGuard(new Reflector(), { accessTokenSecret: secret });

function context(handler: keyof Routes, token?: string) {
  const request: { headers: Record<string, string>; principal?: unknown } = {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  };
  const ctx = {
    getType: () => 'http',
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { ctx, request };
}

const token = (role: 'resident' | 'regency_admin') =>
  signAccessToken(
    { userId: 'u1', role, agencyId: null, facilityId: null, sessionId: 's1' },
    { secret, ttlSeconds: 60 },
  );

function statusOf(fn: () => unknown): number | 'allowed' {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    return (error as AppError).status;
  }
}

describe('AccessGuard', () => {
  it('lets anyone call a public route and still recognises a signed-in caller', () => {
    expect(statusOf(() => guard.canActivate(context('open').ctx))).toBe('allowed');
    const { ctx, request } = context('open', token('resident'));
    guard.canActivate(ctx);
    expect(request.principal).toMatchObject({ userId: 'u1', role: 'resident' });
  });

  it('asks for sign-in (401) and then for the permission (403)', () => {
    expect(statusOf(() => guard.canActivate(context('adminOnly').ctx))).toBe(401);
    expect(statusOf(() => guard.canActivate(context('adminOnly', token('resident')).ctx))).toBe(403);
    expect(statusOf(() => guard.canActivate(context('adminOnly', token('regency_admin')).ctx))).toBe(
      'allowed',
    );
  });

  it('refuses a route that declares nothing, even to the admin', () => {
    expect(statusOf(() => guard.canActivate(context('undeclared', token('regency_admin')).ctx))).toBe(403);
  });

  it('treats a token signed with another secret as no token', () => {
    const foreign = signAccessToken(
      { userId: 'u1', role: 'regency_admin', agencyId: null, facilityId: null, sessionId: 's' },
      { secret: 'y'.repeat(40), ttlSeconds: 60 },
    );
    expect(verifyAccessToken(foreign, { secret })).toBeNull();
    expect(statusOf(() => guard.canActivate(context('adminOnly', foreign).ctx))).toBe(401);
  });
});
