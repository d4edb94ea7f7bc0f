import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import {
  type Lang,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationView,
  type ReadAllResult,
  notFound,
} from '@layanan/domain';
import { Notification } from './entities/notification.entity';

/** A user's own inbox: list, mark one read, mark all read. Nobody reads another's. */
@Injectable()
export class InboxService {
  constructor(@InjectRepository(Notification) private readonly rows: Repository<Notification>) {}

  async list(userId: string, query: NotificationListQuery, lang: Lang): Promise<NotificationPage> {
    const [items, total] = await this.rows.findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: items.map((n) => this.view(n, lang)),
      total,
      page: query.page,
      pageSize: query.pageSize,
      unreadCount: await this.unreadCount(userId),
    };
  }

  /** Marks one of the user's notifications read (the first time only); another user's is not found. */
  async markRead(userId: string, id: string, lang: Lang): Promise<NotificationView> {
    const row = await this.rows.findOneBy({ id, userId });
    if (!row) throw notFound();
    if (!row.readAt) {
      await this.rows.update({ id, userId, readAt: IsNull() }, { readAt: new Date() });
    }
    return this.view((await this.rows.findOneBy({ id, userId }))!, lang);
  }

  async markAllRead(userId: string): Promise<ReadAllResult> {
    const result = await this.rows.update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return { updated: result.affected ?? 0, unreadCount: await this.unreadCount(userId) };
  }

  private unreadCount(userId: string): Promise<number> {
    return this.rows.countBy({ userId, readAt: IsNull() });
  }

  private view(n: Notification, lang: Lang): NotificationView {
    return {
      id: n.id,
      kind: n.kind,
      lang,
      title: lang === 'en' ? n.titleEn : n.titleId,
      body: lang === 'en' ? n.bodyEn : n.bodyId,
      titleId: n.titleId,
      titleEn: n.titleEn,
      bodyId: n.bodyId,
      bodyEn: n.bodyEn,
      link: n.link,
      readAt: n.readAt ? n.readAt.toISOString() : null,
      createdAt: n.createdAt.toISOString(),
    };
  }
}
