import { Writable } from 'node:stream';
import { In } from 'typeorm';
import { OutboxMessage } from '../src/modules/notifications/entities/outbox-message.entity';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { OutboxDispatcher } from '../src/modules/notifications/outbox/outbox-dispatcher';
import { caseUpdate } from './support/notifications';
import { type TestApp, bootTestApp, registerResident } from './support/test-app';

// In a file of its own: nestjs-pino keeps one root logger per process, the first app's.
describe('the outbox dispatcher with no channel configured', () => {
  let t: TestApp;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });

  beforeAll(async () => {
    t = await bootTestApp({ NOTIFY_CHANNELS: 'whatsapp,sms' }, { logStream: stream });
  });
  afterAll(() => t.close());

  it('marks messages logged and logs them with the phone number masked', async () => {
    const resident = await registerResident(t, 53);
    const { outboxIds } = await t.app.get(NotificationsService).notify(caseUpdate([resident.user.id]));
    expect(outboxIds).toHaveLength(2);
    const report = await t.app.get(OutboxDispatcher).runOnce();
    expect(report).toMatchObject({ claimed: 2, logged: 2 });
    const rows = await t.dataSource.getRepository(OutboxMessage).findBy({ id: In(outboxIds) });
    expect(rows.map((r) => r.status)).toEqual(['logged', 'logged']);
    const logged = lines.filter((l) => outboxIds.some((id) => l.includes(id)));
    expect(logged).toHaveLength(2);
    for (const line of logged) {
      expect(line).toContain('is not configured');
      expect(line).toContain('0812•••••890');
      expect(line).toContain('Laporan Anda diperbarui');
      expect(line).not.toContain('81234567890');
    }
    expect(lines.join('')).not.toContain('81234567890');
  });
});
