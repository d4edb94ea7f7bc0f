import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import {
  issueRefreshToken,
  parseRefreshToken,
  refreshSecretMatches,
  signAccessToken,
} from '@layanan/auth/server';
import { type TokenPair, unauthenticated } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { RefreshToken } from './entities/refresh-token.entity';
import type { User } from './entities/user.entity';
import { UsersService } from './users.service';

/**
 * Sessions: a short-lived access JWT plus a rotating refresh token. A family
 * is one sign-in; every refresh rotates within it; a rotated token presented
 * again means it was stolen or replayed, so the whole family is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly users: UsersService,
  ) {}

  /** Opens a new session (family) for a user who has just proven who they are. */
  start(user: User): Promise<TokenPair> {
    return this.issue(user, randomUUID());
  }

  async refresh(token: string | undefined): Promise<TokenPair> {
    const parsed = token ? parseRefreshToken(token) : null;
    if (!parsed) throw unauthenticated('invalid_refresh_token');
    const row = await this.tokens.findOneBy({ id: parsed.tokenId });
    if (!row || !refreshSecretMatches(parsed.secret, row.secretHash))
      throw unauthenticated('invalid_refresh_token');
    if (row.revokedAt || row.expiresAt.getTime() <= Date.now())
      throw unauthenticated('invalid_refresh_token');
    // Rotate only if nobody rotated it before us: a conditional update, not read-then-write.
    const rotated = await this.tokens.update(
      { id: row.id, rotatedAt: IsNull(), revokedAt: IsNull() },
      { rotatedAt: new Date() },
    );
    if (!rotated.affected) {
      await this.revokeFamily(row.familyId);
      throw unauthenticated('invalid_refresh_token');
    }
    const user = await this.users.users.findOneBy({ id: row.userId });
    if (!user || user.disabledAt) {
      await this.revokeFamily(row.familyId);
      throw unauthenticated('invalid_refresh_token');
    }
    return this.issue(user, row.familyId);
  }

  /** Ends the session the token belongs to; unknown tokens are ignored. */
  async logout(token: string | undefined): Promise<void> {
    const parsed = token ? parseRefreshToken(token) : null;
    if (!parsed) return;
    const row = await this.tokens.findOneBy({ id: parsed.tokenId });
    if (row && refreshSecretMatches(parsed.secret, row.secretHash)) await this.revokeFamily(row.familyId);
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Every session of a user, optionally keeping one (password change, account disabled). */
  async revokeAllOf(userId: string, keepFamilyId?: string): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(keepFamilyId ? 'family_id <> :keep' : '1=1', { keep: keepFamilyId })
      .execute();
  }

  private async issue(user: User, familyId: string): Promise<TokenPair> {
    const refresh = issueRefreshToken();
    await this.tokens.insert({
      id: refresh.tokenId,
      familyId,
      userId: user.id,
      secretHash: refresh.secretHash,
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
      rotatedAt: null,
      revokedAt: null,
    });
    const accessToken = signAccessToken(
      {
        userId: user.id,
        role: user.role,
        agencyId: user.agencyId,
        facilityId: user.facilityId,
        sessionId: familyId,
      },
      { secret: this.config.jwtSecret, ttlSeconds: this.config.accessTokenTtlSeconds },
    );
    return {
      accessToken,
      refreshToken: refresh.token,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: this.users.view(user),
    };
  }
}
