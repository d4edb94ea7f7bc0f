import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type UserView, maskNik, maskPhone, notFound } from '@layanan/domain';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { User } from './entities/user.entity';

/** Reads of accounts, and the one place that turns a row into what the API shows. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) readonly users: Repository<User>,
    private readonly cipher: FieldCipher,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound();
    return user;
  }

  findByNik(nik: string): Promise<User | null> {
    return this.users.findOneBy({ nikHash: this.cipher.hash(nik) });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.users.findOneBy({ username: username.toLowerCase() });
  }

  /** The account as shown to its owner and to staff: NIK and phone masked. */
  view(user: User): UserView {
    return {
      id: user.id,
      role: user.role,
      fullName: user.fullName,
      username: user.username,
      nikMasked: user.nikEnc ? maskNik(this.cipher.decrypt(user.nikEnc)) : null,
      phoneMasked: user.phoneEnc ? maskPhone(this.cipher.decrypt(user.phoneEnc)) : null,
      agencyId: user.agencyId,
      facilityId: user.facilityId,
      verified: !!user.verifiedAt,
      disabled: !!user.disabledAt,
      createdAt: user.createdAt.toISOString(),
    };
  }

  nikOf(user: User): string | null {
    return user.nikEnc ? this.cipher.decrypt(user.nikEnc) : null;
  }
}
