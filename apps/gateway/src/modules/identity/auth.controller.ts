import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthThrottle } from '../../common/http/throttles';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type SerializeOptions, parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { CurrentUser, Permission, type Principal, Public, RequirePermission } from '@layanan/auth/server';
import {
  type LoginInput,
  type TokenPair,
  changePasswordSchema,
  loginSchema,
  refreshSchema,
  registerResidentSchema,
  tokenPairSchema,
  updateMeSchema,
  userViewSchema,
} from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { ApiJson } from '../../common/http/api-response';
import { AuthService, type RegisterInput } from './auth.service';
import { SessionsService } from './sessions.service';

export const REFRESH_COOKIE = 'layanan_rt';
const COOKIE_PATH = '/api/auth';
/**
 * Set and cleared with the refresh cookie, readable by the page: it holds no
 * secret (always `1`), only tells a portal that there is a session to resume,
 * so that a signed-out visitor's page makes no refresh call (that would answer
 * 401). The refresh cookie alone still decides.
 */
export const SESSION_HINT_COOKIE = 'layanan_sesi';
const HINT_PATH = '/';

/** Browsers ask for cookie mode: the refresh token then travels only in an HttpOnly cookie. */
const cookieModeHeader = {
  name: 'X-Auth-Mode',
  required: false,
  description: '`cookie`: keep the refresh token in an HttpOnly cookie and leave it out of the body',
};

function readCookie(req: FastifyRequest, name: string): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[name] : undefined;
}

type CookieOptions = Pick<SerializeOptions, 'path' | 'httpOnly' | 'sameSite' | 'secure' | 'maxAge'>;

/** Adds a Set-Cookie (Fastify keeps every value of that header); maxAge in seconds, with Expires. */
function setCookie(res: FastifyReply, name: string, value: string, options: CookieOptions): void {
  const expires = options.maxAge !== undefined ? new Date(Date.now() + options.maxAge * 1000) : undefined;
  res.header('set-cookie', serializeCookie(name, value, { ...options, expires }));
}

function clearCookie(res: FastifyReply, name: string, path: string): void {
  res.header('set-cookie', serializeCookie(name, '', { path, expires: new Date(0) }));
}

@ApiTags('auth')
@Controller('api/auth')
@AuthThrottle()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  @Post('register')
  @Public()
  @ApiHeader(cookieModeHeader)
  @ApiJson(tokenPairSchema, 201)
  @ApiOperation({ summary: 'A resident registers with NIK, name, phone and password, and is signed in' })
  async register(
    @Body({ schema: registerResidentSchema() }) body: RegisterInput,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<TokenPair> {
    return this.deliver(await this.auth.register(body), req, res);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiHeader(cookieModeHeader)
  @ApiJson(tokenPairSchema)
  @ApiOperation({ summary: 'Sign in: residents with their NIK, staff with their username' })
  async login(
    @Body({ schema: loginSchema }) body: LoginInput,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<TokenPair> {
    return this.deliver(await this.auth.login(body), req, res);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiHeader(cookieModeHeader)
  @ApiJson(tokenPairSchema)
  @ApiOperation({
    summary: 'Exchange a refresh token (body or cookie) for a new pair; the old one stops working',
  })
  async refresh(
    @Body({ schema: refreshSchema }) body: { refreshToken?: string },
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<TokenPair> {
    try {
      return this.deliver(
        await this.sessions.refresh(body.refreshToken ?? readCookie(req, REFRESH_COOKIE)),
        req,
        res,
      );
    } catch (error) {
      this.clearCookies(res);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiJson(null, 204)
  @ApiOperation({ summary: 'End the session of a refresh token (body or cookie)' })
  async logout(
    @Body({ schema: refreshSchema }) body: { refreshToken?: string },
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    await this.sessions.logout(body.refreshToken ?? readCookie(req, REFRESH_COOKIE));
    this.clearCookies(res);
  }

  @Get('me')
  @RequirePermission(Permission.AccountSelf)
  @ApiBearerAuth()
  @ApiJson(userViewSchema)
  @ApiOperation({ summary: 'The signed-in account' })
  me(@CurrentUser() user: Principal) {
    return this.auth.me(user);
  }

  @Patch('me')
  @RequirePermission(Permission.AccountSelf)
  @ApiBearerAuth()
  @ApiJson(userViewSchema)
  @ApiOperation({ summary: 'Change one’s own name or phone' })
  updateMe(
    @CurrentUser() user: Principal,
    @Body({ schema: updateMeSchema }) body: { fullName?: string; phone?: string },
  ) {
    return this.auth.updateMe(user, body);
  }

  @Post('me/password')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiJson(null, 204)
  @ApiOperation({ summary: 'Change one’s own password; other sessions end' })
  async changePassword(
    @CurrentUser() user: Principal,
    @Body({ schema: changePasswordSchema }) body: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    await this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }

  private deliver(pair: TokenPair, req: FastifyRequest, res: FastifyReply): TokenPair {
    if (req.headers['x-auth-mode'] !== 'cookie') return pair;
    const common = {
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      maxAge: this.config.refreshTokenTtlDays * 86_400,
    } as const;
    setCookie(res, REFRESH_COOKIE, pair.refreshToken ?? '', { ...common, httpOnly: true, path: COOKIE_PATH });
    setCookie(res, SESSION_HINT_COOKIE, '1', { ...common, httpOnly: false, path: HINT_PATH });
    return { ...pair, refreshToken: undefined };
  }

  private clearCookies(res: FastifyReply): void {
    clearCookie(res, REFRESH_COOKIE, COOKIE_PATH);
    clearCookie(res, SESSION_HINT_COOKIE, HINT_PATH);
  }
}
