import { type KeyObject, createHash, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { roleSchema } from '@layanan/domain';
import type { Principal } from '../permissions.js';

export interface AccessTokenOptions {
  secret: string;
  /** Lifetime in seconds. */
  ttlSeconds: number;
  issuer?: string;
}

const ISSUER = 'layanan-pamekasan';

const secretKeys = new Map<string, KeyObject>();

/**
 * The HMAC key as a KeyObject, made once per secret. Given a string,
 * jsonwebtoken first tries to parse it as a PEM public key, which fails after
 * about 1 ms of CPU on every call (apps/bench measured 1.3 ms per verify
 * against 12 µs with a KeyObject).
 */
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, key);
  }
  return key;
}

/** Signs a short-lived access JWT (HS256) for a principal. */
export function signAccessToken(principal: Principal, options: AccessTokenOptions): string {
  return jwt.sign(
    { role: principal.role, agc: principal.agencyId, fac: principal.facilityId, sid: principal.sessionId },
    secretKey(options.secret),
    {
      algorithm: 'HS256',
      subject: principal.userId,
      expiresIn: options.ttlSeconds,
      issuer: options.issuer ?? ISSUER,
    },
  );
}

/** Verified access tokens, kept until they expire: a client sends the same token with every request. */
const VERIFIED_MAX = 10_000;
interface Verified {
  principal: Principal;
  expiresAtMs: number;
  /** What it was verified with: another secret or issuer checks it afresh. */
  secret: string;
  issuer: string;
}
const verified = new Map<string, Verified>();

/**
 * Verifies an access JWT; returns null when it is missing, tampered, expired or malformed. A token
 * verified before is answered from memory until its `exp` (the signature check and the claims' parse
 * were 5 % of the gateway's busy time under the submission bench): the answer is the same, as a
 * token's signature and claims cannot change, and the expiry is judged again on every call. The most
 * recent VERIFIED_MAX tokens are kept, each with the secret and issuer it was verified with.
 */
export function verifyAccessToken(
  token: string,
  options: Pick<AccessTokenOptions, 'secret' | 'issuer'>,
): Principal | null {
  const issuer = options.issuer ?? ISSUER;
  const known = verified.get(token);
  if (known && known.secret === options.secret && known.issuer === issuer) {
    if (Date.now() < known.expiresAtMs) return known.principal;
    verified.delete(token);
    return null;
  }
  try {
    const claims = jwt.verify(token, secretKey(options.secret), { algorithms: ['HS256'], issuer });
    if (typeof claims === 'string' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string')
      return null;
    const role = roleSchema.safeParse(claims.role);
    if (!role.success) return null;
    const principal: Principal = {
      userId: claims.sub,
      role: role.data,
      agencyId: typeof claims.agc === 'string' ? claims.agc : null,
      facilityId: typeof claims.fac === 'string' ? claims.fac : null,
      sessionId: claims.sid,
    };
    // jsonwebtoken refuses a token without `exp` only when told to; ours always carry one.
    if (typeof claims.exp === 'number') {
      if (verified.size >= VERIFIED_MAX && !verified.has(token))
        verified.delete(verified.keys().next().value!);
      verified.set(token, { principal, expiresAtMs: claims.exp * 1000, secret: options.secret, issuer });
    }
    return principal;
  } catch {
    return null;
  }
}

/**
 * Refresh tokens are opaque: `<tokenId>.<secret>`. Only a SHA-256 of the secret
 * is stored; the token id finds the row. Each use rotates the token; presenting
 * an already rotated token revokes its whole family (session).
 */
export interface IssuedRefreshToken {
  token: string;
  tokenId: string;
  secretHash: string;
}

export function issueRefreshToken(): IssuedRefreshToken {
  const tokenId = randomBytes(12).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { token: `${tokenId}.${secret}`, tokenId, secretHash: sha256(secret) };
}

export function parseRefreshToken(token: string): { tokenId: string; secret: string } | null {
  const match = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { tokenId: match[1], secret: match[2] } : null;
}

export function refreshSecretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
