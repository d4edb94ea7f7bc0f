import { Injectable } from '@nestjs/common';
import type { NotificationChannelName } from '@layanan/domain';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { UsersService } from '../identity/users.service';

/** Finds where a user is reached on a channel, at send time; null when there is no such address. */
export interface RecipientResolver {
  addressOf(userId: string, channel: NotificationChannelName): Promise<string | null>;
  /** The same for several users at once (the dispatcher's batch), when the resolver can. */
  addressesOf?(userIds: string[], channel: NotificationChannelName): Promise<Map<string, string | null>>;
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
    return (await this.addressesOf([userId], channel)).get(userId) ?? null;
  }

  /** One plain SELECT of the users' phone numbers. */
  async addressesOf(
    userIds: string[],
    channel: NotificationChannelName,
  ): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>(userIds.map((id) => [id, null]));
    if (channel === 'email' || !userIds.length) return found;
    const manager = this.users.users.manager;
    const postgres = manager.connection.options.type === 'postgres';
    const rows = await manager.query<{ id: string; phoneEnc: string | null }[]>(
      postgres
        ? 'SELECT "id", "phone_enc" AS "phoneEnc" FROM "users" WHERE "id" = ANY($1::varchar[]) AND "disabled_at" IS NULL'
        : 'SELECT "id", "phone_enc" AS "phoneEnc" FROM "users" WHERE "id" IN (SELECT value FROM json_each(?)) AND "disabled_at" IS NULL',
      [postgres ? userIds : JSON.stringify(userIds)],
    );
    for (const row of rows) if (row.phoneEnc) found.set(row.id, this.cipher.decrypt(row.phoneEnc));
    return found;
  }
}
