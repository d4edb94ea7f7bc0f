import { maskPhone } from '@layanan/domain';

const emailPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
/** Seven or more digits, possibly with +, spaces or dashes between them: phone numbers, NIKs. */
const numberPattern = /\+?\d[\d\s-]{5,}\d/g;
const credentialsPattern = /\/\/[^/\s:@]+:[^/\s@]+@/g;

/** An error as stored in outbox_messages.last_error: no addresses, numbers or credentials, at most 300 chars. */
export function safeErrorText(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const scrubbed = raw
    .replace(credentialsPattern, '//[credentials]@')
    .replace(emailPattern, '[address]')
    .replace(numberPattern, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  return scrubbed.length > 300 ? `${scrubbed.slice(0, 299)}…` : scrubbed;
}

/** An address as it may appear in a log line: 0812•••••890, s•••@example.id. */
export function maskAddress(address: string | null): string | null {
  if (!address) return null;
  const at = address.indexOf('@');
  if (at < 0) return maskPhone(address);
  return `${address.slice(0, 1)}•••${address.slice(at)}`;
}
