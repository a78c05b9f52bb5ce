/**
 * `demo --live`: the real APS client, auth included, against a loopback APS on 127.0.0.1 serving the demo dataset —
 * so a user sees the fetch path (a service-account sign-in, the clients, the feature catalogue, each app's daily
 * totals, paged) without credentials. Loaded only by that command.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { ConfigInput } from '../config/schema.js';
import { DEMO_APPS, DEMO_CONFIG, DEMO_END, generateDemoRecords } from '../sources/demo-data.js';
import { startLoopbackAps } from './loopback-aps.js';

export interface LiveDemo {
  config: ConfigInput;
  env: Record<string, string>;
  /** The mock's clock: the demo's last day, at noon UTC. */
  now: () => Date;
  baseUrl: string;
  requests(): number;
  close(): Promise<void>;
}

export async function startLiveDemo(): Promise<LiveDemo> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = () => new Date(`${DEMO_END}T12:00:00Z`);
  const client = { id: 'demo-live-client', secret: randomBytes(18).toString('base64url') };
  const account = { id: 'demo-service-account', keyId: 'demo-key-1' };
  const mock = await startLoopbackAps({
    records: generateDemoRecords(),
    now,
    client,
    serviceAccount: { ...account, publicKey },
  });
  return {
    config: {
      ...DEMO_CONFIG,
      source: 'aps',
      apps: DEMO_APPS.map((a) => ({
        id: a.id,
        ...(a.monthlyBudget ? { monthlyBudget: a.monthlyBudget } : {}),
      })),
      report: { ...DEMO_CONFIG.report, title: 'APS usage — live demo' },
    },
    env: {
      APS_BASE_URL: mock.baseUrl,
      APS_CLIENT_ID: client.id,
      APS_CLIENT_SECRET: client.secret,
      APS_SERVICE_ACCOUNT_ID: account.id,
      APS_SERVICE_ACCOUNT_KEY_ID: account.keyId,
      APS_SERVICE_ACCOUNT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
    now,
    baseUrl: mock.baseUrl,
    requests: () => mock.requests(),
    close: () => mock.close(),
  };
}
