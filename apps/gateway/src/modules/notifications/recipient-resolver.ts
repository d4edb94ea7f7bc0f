import { Injectable } from '@nestjs/common';
import type { NotificationChannelName } from '@layanan/domain';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { UsersService } from '../identity/users.service';

/** Finds where a user is reached on a channel, at send time; null when there is no such address. */
export interface RecipientResolver {
  addressOf(userId: string, channel: NotificationChannelName): Promise<string | null>;
}

export const RECIPIENT_RESOLVER = Symbol('RECIPIENT_RESOLVER');

/**
 * Addresses from the accounts: the phone number (encrypted in users.phone_enc)
 * for WhatsApp and SMS. Accounts hold no e-mail address yet, so e-mail finds
 * none. Disabled accounts are not written to.
 */
@Injectable()
export class UserRecipientResolver implements RecipientResolver {
  constructor(
    private readonly users: UsersService,
    private readonly cipher: FieldCipher,
  ) {}

  async addressOf(userId: string, channel: NotificationChannelName): Promise<string | null> {
    if (channel === 'email') return null;
    const user = await this.users.users.findOneBy({ id: userId });
    if (!user || user.disabledAt || !user.phoneEnc) return null;
    return this.cipher.decrypt(user.phoneEnc);
  }
}
