import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpGatewayChannel } from './http-gateway.channel';
import type { ChannelMessage } from './notification-channel';

const message: ChannelMessage = {
  id: '0b0f6a4e-8d0c-4a55-9a8e-3f5f3b2f4a11',
  to: '+6281234567890',
  kind: 'booking.called',
  title: { id: 'Nomor antrean Anda dipanggil', en: 'Your queue number is called' },
  body: { id: 'Silakan ke loket 2', en: 'Please go to counter 2' },
  link: '/sehat/antrean',
};

describe('HttpGatewayChannel', () => {
  let server: Server;
  let url: string;
  let answer: { status: number; delayMs?: number };
  const received: { headers: IncomingMessage['headers']; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(data) });
        setTimeout(() => res.writeHead(answer.status).end('{"echo":"+6281234567890"}'), answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((done) => server.close(() => done()));
  });
  beforeEach(() => {
    received.length = 0;
    answer = { status: 202 };
  });

  it('is not configured without a URL', () => {
    expect(new HttpGatewayChannel('sms', null).isConfigured()).toBe(false);
    expect(new HttpGatewayChannel('sms', { url, token: null }).isConfigured()).toBe(true);
  });

  it('posts the message as JSON with the bearer token and the outbox id as Idempotency-Key', async () => {
    await new HttpGatewayChannel('whatsapp', { url, token: 'gw-token' }).send(message);
    expect(received).toHaveLength(1);
    expect(received[0].headers).toMatchObject({
      authorization: 'Bearer gw-token',
      'content-type': 'application/json',
      'idempotency-key': message.id,
    });
    expect(received[0].body).toEqual({
      messageId: message.id,
      to: '+6281234567890',
      text: 'Nomor antrean Anda dipanggil\n\nSilakan ke loket 2\n\n/sehat/antrean',
      kind: 'booking.called',
      link: '/sehat/antrean',
    });
  });

  it('sends no Authorization header without a token', async () => {
    await new HttpGatewayChannel('sms', { url, token: null }).send(message);
    expect(received[0].headers.authorization).toBeUndefined();
  });

  it('fails on an answer other than 2xx, without echoing the answer', async () => {
    answer = { status: 503 };
    const sending = new HttpGatewayChannel('sms', { url, token: null }).send(message);
    await expect(sending).rejects.toThrow('sms gateway answered HTTP 503');
    await expect(sending).rejects.not.toThrow(/812/);
  });

  it('gives up after its timeout', async () => {
    answer = { status: 200, delayMs: 500 };
    await expect(new HttpGatewayChannel('sms', { url, token: null }, 100).send(message)).rejects.toThrow(
      /sms gateway unreachable: TimeoutError/,
    );
  });

  it('fails when the gateway cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    await expect(
      new HttpGatewayChannel('whatsapp', { url: `http://127.0.0.1:${port}/`, token: null }).send(message),
    ).rejects.toThrow('whatsapp gateway unreachable: ECONNREFUSED');
  });
});
