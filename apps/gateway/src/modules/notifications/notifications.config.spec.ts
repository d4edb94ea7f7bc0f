import { ConfigError, loadConfig } from '../../config/config.schema';
import { channelsFromConfig } from './channels/channels.provider';

describe('notification settings', () => {
  it('default to WhatsApp, every 5 s, 8 attempts, with no channel configured', () => {
    const { notifications } = loadConfig({});
    expect(notifications).toEqual({
      defaultChannels: ['whatsapp'],
      smtp: null,
      whatsapp: null,
      sms: null,
      outbox: { pollSeconds: 5, maxAttempts: 8 },
    });
    expect(channelsFromConfig({ notifications }).map((c) => [c.name, c.isConfigured()])).toEqual([
      ['email', false],
      ['whatsapp', false],
      ['sms', false],
    ]);
  });

  it('read the channels, gateways and SMTP server from the environment', () => {
    const { notifications } = loadConfig({
      NOTIFY_CHANNELS: 'sms, email,sms',
      SMTP_URL: 'smtps://user:pass@smtp.example.id:465',
      SMTP_FROM: 'Layanan <noreply@pamekasan.go.id>',
      WHATSAPP_GATEWAY_URL: 'https://wa.example.id/send',
      WHATSAPP_GATEWAY_TOKEN: 'wa-token',
      SMS_GATEWAY_URL: 'http://sms.local/api',
      OUTBOX_POLL_SECONDS: '30',
      OUTBOX_MAX_ATTEMPTS: '3',
    });
    expect(notifications).toEqual({
      defaultChannels: ['sms', 'email'],
      smtp: { url: 'smtps://user:pass@smtp.example.id:465', from: 'Layanan <noreply@pamekasan.go.id>' },
      whatsapp: { url: 'https://wa.example.id/send', token: 'wa-token' },
      sms: { url: 'http://sms.local/api', token: null },
      outbox: { pollSeconds: 30, maxAttempts: 3 },
    });
    expect(channelsFromConfig({ notifications }).every((c) => c.isConfigured())).toBe(true);
    expect(loadConfig({ NOTIFY_CHANNELS: 'none' }).notifications.defaultChannels).toEqual([]);
  });

  it('refuse unknown channels, bad URLs and an SMTP server without a sender', () => {
    expect(() => loadConfig({ NOTIFY_CHANNELS: 'whatsapp,fax' })).toThrow(/NOTIFY_CHANNELS/);
    expect(() => loadConfig({ WHATSAPP_GATEWAY_URL: 'ftp://wa.example.id' })).toThrow(/WHATSAPP_GATEWAY_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.id' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://smtp.example.id' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'smtp://smtp.example.id' })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ OUTBOX_POLL_SECONDS: '0' })).toThrow(/OUTBOX_POLL_SECONDS/);
  });
});
