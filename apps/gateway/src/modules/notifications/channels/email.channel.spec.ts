import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { EmailChannel } from './email.channel';
import type { ChannelMessage } from './notification-channel';

/** A minimal SMTP server: accepts every command and keeps each message's envelope and data. */
function fakeSmtp(options: { rejectRecipients?: boolean } = {}) {
  const mails: { from: string; to: string[]; data: string }[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let mail = { from: '', to: [] as string[], data: '' };
    let inData = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let index: number;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(mail);
            mail = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else mail.data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 fake\r\n');
        else if (/^MAIL FROM:/i.test(line)) {
          mail.from = line.slice(10);
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          mail.to.push(line.slice(8));
          socket.write(options.rejectRecipients ? '550 5.1.1 <someone> no such user\r\n' : '250 ok\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return {
    mails,
    start: () =>
      new Promise<string>((done) =>
        server.listen(0, '127.0.0.1', () =>
          done(`smtp://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((done) => server.close(() => done()));
    },
  };
}

const message: ChannelMessage = {
  id: '5d1c1a8e-2f7b-4c1e-8a8e-0e6e0d7c9b21',
  to: 'siti@example.id',
  kind: 'case.updated',
  title: { id: 'Laporan Anda diperbarui', en: 'Your report was updated' },
  body: { id: 'Status: sedang dikerjakan', en: 'Status: in progress' },
  link: '/lorong/kasus/LRG-7K2Q-9M4X',
};

describe('EmailChannel', () => {
  it('is configured only with an SMTP server and a sender', () => {
    expect(new EmailChannel(null).isConfigured()).toBe(false);
    expect(new EmailChannel({ url: 'smtp://127.0.0.1:25', from: 'a@b.id' }).isConfigured()).toBe(true);
  });

  it('sends over SMTP with the Indonesian subject, both languages and a stable Message-ID', async () => {
    const smtp = fakeSmtp();
    const channel = new EmailChannel({
      url: await smtp.start(),
      from: 'Layanan Pamekasan <noreply@pamekasan.id>',
    });
    try {
      await channel.send(message);
    } finally {
      channel.close();
      await smtp.stop();
    }
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.from).toContain('noreply@pamekasan.id');
    expect(mail.to).toEqual(['<siti@example.id>']);
    expect(mail.data).toContain('Subject: Laporan Anda diperbarui');
    expect(mail.data).toContain(`Message-ID: <${message.id}@notifications.layanan>`);
    expect(mail.data).toContain('Status: sedang dikerjakan');
    expect(mail.data).toContain('Status: in progress');
    expect(mail.data).toContain('/lorong/kasus/LRG-7K2Q-9M4X');
  });

  it('fails when the server refuses the recipient', async () => {
    const smtp = fakeSmtp({ rejectRecipients: true });
    const channel = new EmailChannel({ url: await smtp.start(), from: 'noreply@pamekasan.id' });
    try {
      await expect(channel.send(message)).rejects.toThrow(/550/);
    } finally {
      channel.close();
      await smtp.stop();
    }
  });
});
