import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { dummyHash, hashPassword, verifyPassword } from '@layanan/auth/server';
import type { Principal } from '@layanan/auth';
import {
  AppError,
  type LoginInput,
  type TokenPair,
  type UserView,
  badRequest,
  conflict,
  forbidden,
  parseNik,
  unauthenticated,
} from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { isUniqueViolation } from '../../database/errors';
import { RegionsService } from '../regions/regions.service';
import type { User } from './entities/user.entity';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

export interface RegisterInput {
  nik: string;
  fullName: string;
  phone: string;
  password: string;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly cipher: FieldCipher,
    private readonly regions: RegionsService,
  ) {}

  /** A resident registers with a NIK; one account per NIK. */
  async register(input: RegisterInput): Promise<TokenPair> {
    const parsed = parseNik(input.nik, this.regions.index);
    if (!parsed.ok) throw badRequest('validation_failed', { nik: parsed.error });
    const nikHash = this.cipher.hash(parsed.value.nik);
    if (await this.users.users.existsBy({ nikHash })) throw conflict('nik_taken', { nik: 'nik_taken' });
    const user = this.users.users.create({
      id: randomUUID(),
      role: 'resident',
      username: null,
      nikHash,
      nikEnc: this.cipher.encrypt(parsed.value.nik),
      phoneEnc: this.cipher.encrypt(input.phone),
      fullName: input.fullName,
      passwordHash: await hashPassword(input.password),
      agencyId: null,
      facilityId: null,
      verifiedAt: null,
      verifiedBy: null,
      failedLogins: 0,
      lockedUntil: null,
      disabledAt: null,
    });
    try {
      await this.users.users.insert(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('nik_taken', { nik: 'nik_taken' });
      throw error;
    }
    return this.sessions.start(await this.users.get(user.id));
  }

  /**
   * Residents sign in with their NIK, staff with their username. Repeated
   * failures lock the account for a while; the answer never says whether the
   * account exists.
   */
  async login({ identifier, password }: LoginInput): Promise<TokenPair> {
    const user = /^\d{16}$/.test(identifier)
      ? await this.users.findByNik(identifier)
      : await this.users.findByUsername(identifier);
    if (!user) {
      await verifyPassword(await dummyHash(), password);
      throw unauthenticated('invalid_credentials');
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now())
      throw new AppError('account_locked', 423);
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user);
      throw unauthenticated('invalid_credentials');
    }
    if (user.disabledAt) throw forbidden('account_disabled');
    if (user.failedLogins || user.lockedUntil) {
      await this.users.users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    }
    return this.sessions.start(user);
  }

  async me(principal: Principal): Promise<UserView> {
    return this.users.view(await this.users.get(principal.userId));
  }

  async updateMe(principal: Principal, input: { fullName?: string; phone?: string }): Promise<UserView> {
    const patch: Partial<User> = {};
    if (input.fullName !== undefined) patch.fullName = input.fullName;
    if (input.phone !== undefined) patch.phoneEnc = this.cipher.encrypt(input.phone);
    if (Object.keys(patch).length) await this.users.users.update({ id: principal.userId }, patch);
    return this.me(principal);
  }

  /** Changes the password and ends every other session of the user. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.get(principal.userId);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badRequest('wrong_password', { currentPassword: 'wrong_password' });
    }
    await this.users.users.update({ id: user.id }, { passwordHash: await hashPassword(newPassword) });
    await this.sessions.revokeAllOf(user.id, principal.sessionId);
  }

  private async recordFailure(user: User) {
    // Counted in the database so that parallel attempts all count.
    await this.users.users.increment({ id: user.id }, 'failedLogins', 1);
    const fresh = await this.users.get(user.id);
    if (fresh.failedLogins >= this.config.login.maxFailures) {
      await this.users.users.update(
        { id: user.id },
        { failedLogins: 0, lockedUntil: new Date(Date.now() + this.config.login.lockoutMinutes * 60_000) },
      );
    }
  }
}
