import { notificationListQuerySchema, notifyInputSchema, portalLinkSchema } from './notification.schema.js';

const valid = {
  userIds: ['8f5c3c52-0c1e-4f7e-9d51-7c1f0b7f1a10'],
  kind: 'case.updated',
  title: { id: 'Laporan diperbarui', en: 'Report updated' },
  body: { id: 'Status: diproses', en: 'Status: in progress' },
  link: '/lorong/kasus/LRG-7K2Q-9M4X',
} as const;

describe('notification schemas', () => {
  it('accepts portal paths and refuses links that lead elsewhere', () => {
    expect(portalLinkSchema.safeParse('/lorong/kasus/LRG-7K2Q-9M4X').success).toBe(true);
    expect(portalLinkSchema.safeParse('/sehat/anc?ibu=12#jadwal').success).toBe(true);
    for (const bad of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'lorong/kasus', '']) {
      expect(portalLinkSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('needs the title and body in both languages and a known kind and channel', () => {
    expect(notifyInputSchema.safeParse(valid).success).toBe(true);
    expect(notifyInputSchema.safeParse({ ...valid, title: { id: 'Hanya id' } }).success).toBe(false);
    expect(notifyInputSchema.safeParse({ ...valid, body: { id: ' ', en: 'x' } }).success).toBe(false);
    expect(notifyInputSchema.safeParse({ ...valid, kind: 'case.deleted' }).success).toBe(false);
    expect(notifyInputSchema.safeParse({ ...valid, channels: ['fax'] }).success).toBe(false);
    expect(notifyInputSchema.safeParse({ ...valid, channels: [] }).success).toBe(true);
  });

  it('pages the inbox 20 at a time by default, at most 100', () => {
    expect(notificationListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(notificationListQuerySchema.parse({ page: '3', pageSize: '50' })).toEqual({
      page: 3,
      pageSize: 50,
    });
    expect(notificationListQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(notificationListQuerySchema.safeParse({ page: '0' }).success).toBe(false);
  });
});
