import { randomBytes } from 'node:crypto';
import { type DbTarget, gatewayDbEnv } from '../db/target';
import { benchAccounts, benchDataKey } from '../generate/reference';
import { gatewayMain } from '../paths';
import { type ServerProcess, startServer } from './server-process';

export interface GatewayOptions {
  name: string;
  target: DbTarget;
  port: number;
  logLevel: string;
  nodeArgs?: string[];
}

/**
 * The real gateway (apps/gateway/dist/main.js) on a bench database, as in
 * production (NODE_ENV=production, request logging at the given level), with
 * the SLA sweep off so that only the measured requests run.
 */
export function startGateway(options: GatewayOptions): Promise<ServerProcess> {
  return startServer({
    name: options.name,
    script: gatewayMain,
    port: options.port,
    nodeArgs: options.nodeArgs,
    readyPath: '/api/health',
    env: {
      ...gatewayDbEnv(options.target),
      NODE_ENV: 'production',
      DEMO_SEED: 'false',
      JWT_SECRET: randomBytes(48).toString('base64url'),
      DATA_ENCRYPTION_KEY: benchDataKey,
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      SLA_SWEEP_SECONDS: '0',
      LOG_LEVEL: options.logLevel,
      // The bench files every case as one resident; the per-account limit (20 a minute by default) still
      // runs on every request, it only must not answer 429 to the load.
      SUBMISSION_RATE_LIMIT_PER_MINUTE: '100000000',
    },
  });
}

/** Signs in through the API and returns the bearer token. */
export async function signIn(
  base: string,
  identifier: string,
  password = benchAccounts.password,
): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (!response.ok)
    throw new Error(`Sign-in of ${identifier} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string };
  return body.accessToken;
}
