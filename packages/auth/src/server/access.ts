import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '@layanan/domain';
import { type Permission, type Principal, canAny } from '../permissions.js';
import { verifyAccessToken } from './tokens.js';

/** Every route declares who may call it: public, or the permissions it needs (any of them). */
export type AccessRule = { kind: 'public' } | { kind: 'permissions'; permissions: Permission[] };

export const ACCESS_METADATA = 'layanan:access';

/** Anyone may call this route (a signed-in caller is still recognised). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** The caller must be signed in with a role that grants one of these permissions. */
export const RequirePermission = (...permissions: [Permission, ...Permission[]]) =>
  SetMetadata(ACCESS_METADATA, { kind: 'permissions', permissions } satisfies AccessRule);

/** The rule declared on a handler (method first, then its controller); undefined when none. */
export function accessRuleOf(
  reflector: Reflector,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  handler: Function,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  controller: Function,
): AccessRule | undefined {
  return reflector.getAllAndOverride<AccessRule | undefined, string>(ACCESS_METADATA, [handler, controller]);
}

export interface AuthOptions {
  accessTokenSecret: string;
}
export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal | null;
}

/**
 * The global guard. A route with no declaration is refused (and a test lists
 * every route to make sure none lacks one).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const rule = accessRuleOf(this.reflector, context.getHandler(), context.getClass());
    const principal = this.principalOf(request);
    request.principal = principal;
    if (!rule) throw forbidden();
    if (rule.kind === 'public') return true;
    if (!principal) throw unauthenticated();
    if (!canAny(principal, rule.permissions)) throw forbidden();
    return true;
  }

  private principalOf(request: RequestWithPrincipal): Principal | null {
    const header = request.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value?.startsWith('Bearer ')) return null;
    return verifyAccessToken(value.slice(7).trim(), { secret: this.options.accessTokenSecret });
  }
}

/** The signed-in caller (null on a public route called anonymously). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<RequestWithPrincipal>().principal ?? null;
});
